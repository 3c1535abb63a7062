import { FOREIGN_MEASURES } from '../frame/lexicon';
import type { Fact } from '../reference/types';
import { ownsName, related } from './anchoring';
import { evokes } from './cues';
import { dateOnSubject, dateWorded } from './date-wording';
import { converted, listedPart, restated } from './figure-shapes';
import { TOTAL_CUE } from './properties';
import { otherMeasure } from './other-measure';
import { oneRoleInPlay, titleJustBefore } from './role-dates';
import { ownRoundLabels } from './round-terms';
import type { Requirement } from './requirement';

/**
 * Requirements: what must hold for a fact to be a candidate for a figure at all, each named, in
 * the order binding asks them. Where a gate (frame/gates.ts) says a fact cannot be what the
 * figure claims, a requirement says what the text must show before binding weighs a fact: its
 * subject named, a word of its property, a date's own word. Each has examples: texts with the
 * flags factlint raises on them, some of which change when the requirement is switched off
 * (test/unit/requirements.test.ts runs them both ways).
 */
const RESPECTIVELY = /\brespectively\b/i;

export const REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'binding/no-foreign-measure',
    stage: 'figure',
    summary:
      'A figure whose own clause names a measure the data has no property for ("an operating ' +
      'loss of") is about that measure and is bound to no fact.',
    holds: (_q, _ctx, around) => !around.some((t) => FOREIGN_MEASURES.test(t)),
    examples: [
      // (a value before debt is taken off is no valuation of the buyer)
      {
        text:
          '---\ndate: 2025-03-31\n---\n\nMusk valued xAI at $70 billion and the platform at ' +
          '$33 billion ($45B less debt of $12B).',
        flags: ['wrong-figure $70 billion'],
      },
      // (a non-profit is a kind of organisation, no measure)
      { text: 'OpenAI was founded in 2016 as a non-profit.', flags: ['wrong-date 2016'] },
    ],
  },
  {
    id: 'binding/not-converted',
    stage: 'figure',
    summary:
      'An amount in brackets right after another ("¥248.6bn ($1.6bn)") is the same amount ' +
      'converted, judged where it was first written.',
    holds: (q, ctx) => !converted(q, ctx),
    examples: [
      {
        text:
          '---\ndate: 2026-02-13\n---\n\nSoftBank Group said on Friday it booked a net profit of ' +
          '¥248.6bn ($1.6bn) for the quarter, helped by the higher valuation ' +
          'of its investment in OpenAI.',
        flags: [],
      },
      {
        text: 'OpenAI signed a seven-year, $83 billion cloud deal with AWS ($38 billion was rumoured).',
        flags: ['wrong-figure $83 billion'],
      },
      // (in the same currency too: the first amount is the claim, here with its currency slipped)
      {
        text:
          '---\ndate: 2024-09-04\n---\n\nBlackstone and a Canadian pension fund will acquire ' +
          'AirTrunk, valuing the Australian data centre firm at US$24 billion ($16 billion), ' +
          'with debt and investment commitments included.',
        flags: [],
      },
    ],
  },
  {
    id: 'binding/not-restated',
    stage: 'figure',
    summary:
      '"the $100 billion" right after a "$100 billion" is the same figure again, judged where it ' +
      'was first written.',
    holds: (q, ctx) => !restated(q, ctx),
    examples: [
      {
        text: 'Mistral was valued at €11.7 billion in September 2025. It said €11.7 billion was raised.',
        flags: ['wrong-figure €11.7 billion'],
      },
      {
        text: 'Mistral was valued at €11.7 billion in September 2025. It said the €11.7 billion raised was a record.',
        flags: [],
      },
    ],
  },
  {
    id: 'binding/subject-named',
    stage: 'subject',
    summary:
      "A fact's subject, or every one of its parties, must be named in or around the sentence, " +
      'firmly enough (a heading, the paragraph before, a table row).',
    holds: (_view, _subject, coverage) => coverage.weight >= 0.5,
    examples: [
      {
        text: '| Chip | Maker | Notes |\n| --- | --- | --- |\n| Ironwood | Google | pods of 256 or 9,216 chips |',
        flags: [],
      },
      {
        text: 'OpenAI signed a seven-year, $83 billion cloud deal with AWS.',
        flags: ['wrong-figure $83 billion'],
      },
    ],
  },
  {
    id: 'binding/things-in-general',
    stage: 'subject',
    summary:
      'A sentence that names no company and speaks of a kind of thing in general ("most large ' +
      'facilities", "typically", "ranges from") is not about a company named only around it.',
    holds: (view, _subject, coverage) => coverage.weight >= 1 || !IN_GENERAL.test(view.ctx.text),
    examples: [
      {
        text:
          '---\ndate: 2025-09-23\n---\n\n# OpenAI and Nvidia plan 10 gigawatts of AI systems\n\n' +
          'Nvidia and OpenAI agreed a letter of intent for the systems.\n\nFor scale, a data ' +
          'center today draws anywhere from 10 megawatts up to 1 gigawatt, and most big sites ' +
          'use 50 to 100 megawatts.',
        flags: [],
      },
      {
        text:
          '---\ndate: 2025-09-23\n---\n\nNvidia and OpenAI agreed a letter of intent for 8 ' +
          'gigawatts of systems.',
        flags: ['wrong-figure 8 gigawatts'],
      },
    ],
  },
  {
    id: 'binding/unnamed-party',
    stage: 'subject',
    summary:
      'A sentence about a party it leaves unnamed ("a fifth customer", "another buyer") is not ' +
      'about a company named only around it.',
    holds: (view, _subject, coverage) => coverage.weight >= 1 || !UNNAMED_PARTY.test(view.ctx.text),
    examples: [
      {
        text:
          'OpenAI signed a seven-year cloud deal with AWS in November 2025. A second customer ' +
          'has signed, with the contract worth $83 billion.',
        flags: [],
      },
      {
        text:
          'OpenAI signed a seven-year cloud deal with AWS in November 2025. The contract is ' +
          'worth $83 billion.',
        flags: ['wrong-figure $83 billion'],
      },
    ],
  },
  {
    id: 'binding/company-referred',
    stage: 'subject',
    summary:
      "A figure of \"the company's\" plans or results is a company's: not a project's, site's " +
      "or deal's named only around the sentence.",
    holds: (view, subject, coverage) =>
      coverage.weight >= 1 ||
      !THE_COMPANY.test(view.ctx.text.slice(0, view.q.start - view.ctx.offset)) ||
      !NOT_COMPANIES.has(subject.kind),
    examples: [
      {
        text:
          '---\ndate: 2025-11-12\n---\n\nWhile OpenAI touts its Stargate project, Anthropic is ' +
          "planning its own build-out. The company's own sites are due to open during 2026.",
        flags: [],
      },
      {
        text:
          '---\ndate: 2025-11-12\n---\n\nWhile OpenAI touts its Stargate project, Anthropic is ' +
          "planning its own build-out. Stargate's own sites are due to open during 2026.",
        flags: ['wrong-date 2026'],
      },
    ],
  },
  {
    id: 'binding/company-referent',
    stage: 'subject',
    summary:
      'A sentence that opens on "the company" or "its", after one that named several companies, ' +
      'speaks of the one that sentence led with: not of another it named in passing.',
    holds: (view, subject, coverage) => {
      const referent = view.ctx.referent;
      if (!referent || coverage.weight >= 1 || !REFERRED_KINDS.has(subject.kind)) return true;
      return related(referent, subject.id, view.index);
    },
    examples: [
      // (not OpenAI's $10 billion of June 2025)
      {
        text:
          '---\ndate: 2025-11-12\n---\n\nAnthropic now leads in business use, well ahead of ' +
          "OpenAI. The company's annualized revenue reached $4 billion in June 2025.",
        flags: [],
      },
      // (Anthropic's, more than $5 billion by August)
      {
        text:
          '---\ndate: 2025-11-12\n---\n\nAnthropic now leads in business use, well ahead of ' +
          "OpenAI. The company's annualized revenue passed $1 billion in August 2025.",
        flags: ['wrong-figure $1 billion'],
      },
    ],
  },
  {
    id: 'binding/own-words-of-one-party-subject',
    stage: 'subject',
    summary:
      "A subject with one party (a company's own plan, its share sale) is not evoked by the " +
      "company's name alone: one of its own words must be there too.",
    holds: (view, subject, coverage) =>
      coverage.direct ||
      (subject.parties?.length ?? 0) >= 2 ||
      evokes(subject, view.ctx, view.index),
    examples: [
      { text: 'OpenAI says it has secured 10 GW of US capacity so far.', flags: [] },
      {
        text: "OpenAI's compute plan calls for about 300 GW at a cost of roughly $1.4 trillion.",
        flags: ['wrong-figure 300 GW'],
      },
    ],
  },
  {
    id: 'binding/one-role-in-play',
    stage: 'subject',
    summary:
      'When a role began is read only in a sentence about one person and one role of theirs at ' +
      'that organisation ("Garman succeeded Selipsky on June 3, 2024" gives one date for two).',
    holds: (view, subject) =>
      subject.kind !== 'role' || oneRoleInPlay(subject, view.q, view.ctx, view.index),
    examples: [
      { text: 'Matt Garman and Andy Jassy have led AWS since 2019.', flags: [] },
      { text: "Andy Jassy became Amazon's chief executive in 2019.", flags: ['wrong-date 2019'] },
      // (the one the new chief came after is no second person of the claim)
      {
        text:
          "Matt Garman's stint running AWS began in 2023, when he stepped in as CEO after Adam " +
          'Selipsky left.',
        flags: ['wrong-date 2023'],
      },
    ],
  },
  {
    id: 'binding/date-on-its-subject',
    stage: 'subject',
    summary:
      'A date is a claim only when its subject is named in the paragraph, before the date and on ' +
      'the name the date hangs on; otherwise it is more likely the time of another figure.',
    holds: (view, subject, coverage) =>
      view.q.dim !== 'date' || dateOnSubject(view, subject, coverage),
    examples: [
      {
        text:
          "xAI's Colossus 1 is in Memphis. It launched in July 2024 with 100,000 Nvidia H100 " +
          'GPUs and was built in 122 days.',
        flags: [],
      },
      { text: 'Colossus came online in July 2023.', flags: ['wrong-date July 2023'] },
    ],
  },
  {
    id: 'binding/no-other-measure',
    stage: 'fact',
    summary:
      "The words right around a figure make it another measure than the fact's: a run rate, not " +
      'revenue; "Oracle shares rose 4%", a share move only.',
    holds: (view, _s, fact) => !otherMeasure(fact, view.q, view.around),
    examples: [
      {
        text:
          '**OpenAI.** Its March 2026 close followed a February first close of $110 billion ' +
          'at a $730 billion pre-money valuation.',
        flags: [],
      },
      { text: 'OpenAI is now valued at $950 billion.', flags: ['wrong-figure $950 billion'] },
    ],
  },
  {
    id: 'binding/named-round',
    stage: 'fact',
    summary:
      'A sentence that names a round ("Series E") speaks of that round: a fact of another round ' +
      "is not its figure's, and a date there is the named round's.",
    holds: (view, _s, fact) => !otherRound(fact, view.rounds, view.q.dim === 'date'),
    examples: [
      {
        text:
          'Anthropic announced its Series E in March 2025, after it had agreed a deal with ' +
          'Microsoft.',
        flags: [],
      },
      { text: "Anthropic's Series E raised $5.3 billion.", flags: ['wrong-figure $5.3 billion'] },
    ],
  },
  {
    id: 'binding/sum-is-a-total',
    stage: 'after-gates',
    summary: 'A sum ("taken together, 26 GW") is a fact only where the data records that total.',
    holds: (view, _s, fact) => !view.sum || isTotal(fact),
    examples: [
      {
        text:
          'Add it up and OpenAI secured at least 26 GW from three chip partners in three ' +
          'weeks — before the 4.5 GW Oracle contract or the seven-year, $38 billion AWS ' +
          'deal that came in November.',
        flags: [],
      },
      {
        text: 'OpenAI signed a seven-year, $83 billion cloud deal with AWS.',
        flags: ['wrong-figure $83 billion'],
      },
    ],
  },
  {
    id: 'binding/respective-name',
    stage: 'subject',
    summary:
      'Figures listed "respectively" after as many names ("its AI200 and AI250 chips ship in ' +
      '2026 and 2027, respectively") are each the name\'s in the same place of its list.',
    holds: (view, subject) => {
      const paired = RESPECTIVELY.test(view.ctx.text) ? view.frame().respective : undefined;
      return !paired || ownsName(subject, paired.entityId, view.index);
    },
    examples: [
      // (Microsoft committed up to $5 billion, Nvidia up to $10 billion: written the other way)
      {
        text:
          '---\ndate: 2025-11-20\n---\n\nNvidia and Microsoft will invest up to $5 billion ' +
          'and $10 billion in Anthropic, respectively.',
        flags: ['wrong-figure $5 billion', 'wrong-figure $10 billion'],
      },
      {
        text:
          '---\ndate: 2025-11-20\n---\n\nMicrosoft and Nvidia will invest up to $5 billion ' +
          'and $10 billion in Anthropic, respectively.',
        flags: [],
      },
    ],
  },
  {
    id: 'binding/listed-part-is-no-total',
    stage: 'after-gates',
    summary:
      'One of several figures listed after a colon ("its contracts: $11.9 billion in March, $4 ' +
      'billion in May") is a part, never the total.',
    holds: (view, _s, fact) => !isTotal(fact) || !listedPart(view.q, view.ctx),
    examples: [
      {
        text:
          "The total of OpenAI's contracts with CoreWeave: $11.9 billion in March 2025, " +
          '$4 billion in May and $6.5 billion in September.',
        flags: [],
      },
      {
        text: "The total of OpenAI's contracts with CoreWeave is $32.4 billion.",
        flags: ['wrong-figure $32.4 billion'],
      },
    ],
  },
  {
    id: 'binding/date-worded',
    stage: 'after-gates',
    summary:
      'A date is a fact\'s only where a word of its property stands just before it ("founded in ' +
      '1993"), in the clause a leading date opens, in its column\'s header, or a label gives it.',
    holds: (view, subject, fact) => view.q.dim !== 'date' || dateWorded(view, subject, fact),
    examples: [
      { text: 'This note follows OpenAI from its founding to the end of 2025.', flags: [] },
      { text: 'OpenAI was founded in December 2016.', flags: ['wrong-date December 2016'] },
    ],
  },
  {
    id: 'binding/role-title',
    stage: 'after-gates',
    summary: "A role's start date is read only with the role's title just before it.",
    holds: (view, subject, fact) =>
      subject.subject.kind !== 'role' || titleJustBefore(fact, view.q, view.ctx),
    examples: [
      {
        text:
          '**The seller.** On the Amazon side the contract sits with AWS, run since June ' +
          '2022 by Adam Selipsky. Amazon itself has been led by Andy Jassy since 2021.',
        flags: [],
      },
      {
        text: 'Matt Garman became AWS chief executive in June 2023.',
        flags: ['wrong-date June 2023'],
      },
    ],
  },
  {
    id: 'binding/property-named',
    stage: 'scored',
    summary:
      "A word by the figure must name the fact's property, unless the dimension says it (power " +
      'is capacity), and no word there names another property of the subject.',
    holds: ({ cue, implied }) => (cue.score > 0 || implied) && !cue.another,
    examples: [
      { text: "Microsoft's IP rights to OpenAI's models run through 2032.", flags: [] },
      {
        text: "Microsoft's IP rights to OpenAI's models run through 2030.",
        flags: ['wrong-date 2030'],
      },
    ],
  },
  {
    id: 'binding/time-fits',
    stage: 'scored',
    summary: "A date by the figure that rules out the fact's time rules out the fact.",
    holds: ({ time }) => time !== -Infinity,
    examples: [
      { text: 'Anthropic raised $30 billion in February 2026.', flags: [], unsupported: true },
      {
        text: 'Anthropic raised $30 billion in 2019.',
        flags: ['unsupported-figure $30 billion'],
        unsupported: true,
      },
    ],
  },
];

type Stage = Requirement['stage'];
type OfStage<S extends Stage> = Extract<Requirement, { stage: S }>;
const STAGES = new WeakMap<readonly Requirement[], Map<Stage, Requirement[]>>();

/** The requirements of one stage, in order (split once per list: this runs for every fact). */
export function requirementsOf<S extends Stage>(
  all: readonly Requirement[],
  stage: S,
): readonly OfStage<S>[] {
  let split = STAGES.get(all);
  if (!split) {
    split = new Map();
    for (const r of all) split.set(r.stage, [...(split.get(r.stage) ?? []), r]);
    STAGES.set(all, split);
  }
  return (split.get(stage) ?? []) as OfStage<S>[];
}

const isTotal = (fact: Fact): boolean => fact.cues.some((c) => TOTAL_CUE.test(c));

/**
 * Round labels name one round: a fact tagged "Series H" is not bound in a sentence about "Series E"
 * only; and a date in a sentence that names a round ("announced its Series E around 6 January")
 * is that round's, not another event's of the same company.
 */
function otherRound(fact: Fact, named: string[], isDate: boolean): boolean {
  if (named.length === 0) return false;
  const own = ownRoundLabels(fact);
  return own.length > 0 ? !named.some((l) => own.includes(l)) : isDate;
}

/**
 * A party the sentence introduces without naming it: "another customer", "a new client", "the
 * fifth custom chip customer", "an unnamed buyer" (not "a customer", which may be the company
 * named before).
 */
const UNNAMED_PARTY = new RegExp(
  String.raw`\b(?:another|an? (?:new|unnamed|undisclosed|unidentified)|(?:a|the) (?:second|third` +
    String.raw`|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:[\w()-]+\s+){0,3}?` +
    String.raw`(?:customer|client|buyer|partner|hyperscaler|investor|backer)s?\b`,
  'i',
);

/** Words that speak of a kind of thing in general, not of one company's. */
const IN_GENERAL = new RegExp(
  String.raw`\b(?:typical(?:ly)?|on average|the average|ranges? from|anywhere from` +
    // ("generally available" is a product's launch, not things in general)
    String.raw`|in general(?! availab)|generally(?! availab)|most (?:large |big |new )?[a-z]+s)\b`,
  'i',
);

/** What "the company" may be: a company, or a product or model that a company's name stands for. */
const REFERRED_KINDS = new Set(['company', 'product', 'model']);
/** "The company's", "the startup's": a company the text refers back to, never a project. */
const THE_COMPANY = /\bthe (?:company|firm|startup|group)['’]s\b/i;
const NOT_COMPANIES = new Set(['project', 'site', 'deal', 'fund']);
