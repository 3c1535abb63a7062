import { REQUIREMENTS } from './check/requirements';
import { GATES } from './frame/gates';
import type { RuleId } from './types';

/** A diagnostic rule: what a writer sees flagged, with texts that show it. */
export interface RuleInfo {
  id: RuleId;
  title: string;
  description: string;
  /**
   * Against the embedded data: each `flagged` text raises this rule (at its default severity, or
   * as information when it is off by default); no `clean` text does. test/unit/rules.test.ts runs
   * them.
   */
  examples: { flagged: string[]; clean: string[] };
}

/** Every rule factlint has, in one place: ids are stable (diagnostic codes, CLI, directives). */
export const RULES: RuleInfo[] = [
  {
    id: 'wrong-figure',
    title: 'Wrong figure',
    description:
      'A figure that contradicts the reference value of the fact it speaks of. Where the figure ' +
      "is the series' value of the year or quarter next to the one written, the flag covers " +
      'the period too and offers both fixes.',
    examples: {
      flagged: ['OpenAI signed a seven-year, $83 billion cloud deal with Amazon Web Services.'],
      clean: ['OpenAI signed a seven-year, $38 billion cloud deal with Amazon Web Services.'],
    },
  },
  {
    id: 'wrong-term',
    title: 'Wrong term',
    description: "A duration (a deal's length) that contradicts the reference.",
    examples: {
      flagged: ['OpenAI signed a five-year, $38 billion cloud deal with Amazon Web Services.'],
      clean: ['OpenAI signed a seven-year, $38 billion cloud deal with Amazon Web Services.'],
    },
  },
  {
    id: 'wrong-date',
    title: 'Wrong date',
    description: 'A date or year that contradicts the reference.',
    examples: {
      flagged: ['Satya Nadella became chief executive of Microsoft in 2016.'],
      clean: ['Satya Nadella became chief executive of Microsoft in 2014.'],
    },
  },
  {
    id: 'outdated-figure',
    title: 'Outdated figure',
    description: 'A value that a newer one has replaced, stated as current.',
    examples: {
      flagged: ['OpenAI is now valued at $157 billion.'],
      clean: ['OpenAI was valued at $157 billion in October 2024.'],
    },
  },
  {
    id: 'wrong-attribution',
    title: 'Wrong attribution',
    description:
      'A person named in a role they do not hold, or given a company as theirs ("Dario ' +
      'Amodei\'s OpenAI") where they hold no role and lead another. Someone told of as leaving a ' +
      'title ("the ouster of CEO X", "X is to step down") must have held it by then; a title at ' +
      'another time ("former", "incoming") is not judged. A round said to be led by an investor ' +
      'its sources do not name as a lead; "the round" with none named before it in its paragraph ' +
      "is the one the news of the document's date is about.",
    examples: {
      flagged: [
        'AWS chief executive Andy Jassy announced the deal.',
        "Dario Amodei's OpenAI announced the deal.",
        "The ouster of OpenAI's CEO Greg Brockman stunned the staff.",
        '---\ndate: 2024-10-04\n---\n\nOpenAI closed its funding.\n\nThe round was led by Tiger Global.',
      ],
      clean: [
        'AWS chief executive Matt Garman announced the deal.',
        "Sam Altman's OpenAI announced the deal.",
        '---\ndate: 2024-05-20\n---\n\nOutgoing AWS CEO Adam Selipsky thanked the staff.',
      ],
    },
  },
  {
    id: 'name-spelling',
    title: 'Name spelling',
    description:
      'A known name written in a non-canonical or misspelled form; a surname said alone is read ' +
      'as misspelt ("Slipsky") only where the document names the person too.',
    examples: {
      flagged: ['Open AI signed the deal.', 'Adam Selipsky left AWS. Jassy thanked Slipsky.'],
      clean: ['OpenAI signed the deal.', 'Jassy thanked Slipsky.'],
    },
  },
  {
    id: 'name-style',
    title: 'Name style',
    description:
      'A known name in the right letters but not in the case its owner writes it ("Softbank"): ' +
      'a rule of its own, for a house style that keeps it to turn down.',
    examples: { flagged: ['Softbank led the round.'], clean: ['SoftBank led the round.'] },
  },
  {
    id: 'unsupported-figure',
    title: 'Unsupported figure',
    description: 'A figure about a known entity that no fact in the data covers (off by default).',
    examples: {
      flagged: ['Anthropic raised $40 billion from Zebra Capital in 1999.'],
      clean: ['Anthropic is based in San Francisco.'],
    },
  },
];

/**
 * A registered rule as `factlint rules` lists it: a diagnostic a writer sees, or a binding gate.
 */
export interface RegisteredRule {
  id: string;
  kind: 'diagnostic' | 'requirement' | 'gate';
  summary: string;
  /** how many example texts the rule carries (its tests run them all) */
  examples: number;
}

/**
 * Every rule, requirement of binding and gate, in the order a figure meets them last to first:
 * what a writer sees, what binding asks of a fact, what rules a fact out; each with what it does
 * and how many examples show it.
 */
export function registeredRules(): RegisteredRule[] {
  return [
    ...RULES.map((r) => ({
      id: r.id,
      kind: 'diagnostic' as const,
      summary: r.description,
      examples: r.examples.flagged.length + r.examples.clean.length,
    })),
    ...REQUIREMENTS.map((r) => ({
      id: r.id,
      kind: 'requirement' as const,
      summary: r.summary,
      examples: r.examples.length,
    })),
    ...GATES.map((g) => ({
      id: g.id,
      kind: 'gate' as const,
      summary: g.summary,
      examples: g.examples.silent.length + g.examples.caught.length,
    })),
  ];
}
