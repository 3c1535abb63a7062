import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';
import { FigureMemo } from '../memo';
import type { Gate } from './gate';

/** Properties that are amounts of money: a percentage of one in the data is its growth. */
const AMOUNT_PROPERTIES = new Set([
  'revenue',
  'backlog',
  'capex',
  'run-rate',
  'valuation',
  'market-cap',
  'spend',
  'value',
  'investment',
  'raised',
]);

/**
 * Percentages that are shares of a whole (a stake, a market share): not rates of change, and one
 * ten times smaller is someone else's part (a 0.3% stake beside 20%), not a slip.
 */
export const SHARE_PERCENTS: ReadonlySet<string> = new Set(['stake', 'market-share']);

/**
 * A comparative and a determiner right before a figure: "smaller than the roughly", "bigger than
 * its". Not a bare "more than", which bounds the figure itself.
 */
const COMPARED_BEFORE = new RegExp(
  String.raw`\b(?:bigger|larger|smaller|greater|higher|lower|costlier|cheaper)\s+than\s+` +
    String.raw`(?:the|its|their|that|those)\s+` +
    String.raw`(?:(?:roughly|about|nearly|some|around|almost|approximately)\s+)?$`,
  'i',
);

/** The figure is what something is measured against (read once per figure). */
function comparedAmount(q: Quantity, ctx: SentenceContext): boolean {
  return compared.get(q, ctx, () =>
    COMPARED_BEFORE.test(
      ctx.text.slice(Math.max(0, q.start - ctx.offset - 60), q.start - ctx.offset),
    ),
  );
}
const compared = new FigureMemo<boolean>();

/**
 * Gates about a figure's relation: an amount something is measured against is not the subject's,
 * a change is no level (a share, a stake), and a level no change. They stand before
 * MODALITY_GATES in GATES (gates.ts).
 */
export const RELATION_GATES: readonly Gate[] = [
  {
    id: 'relation/compared-amount',
    summary:
      'An amount something is measured against ("smaller than the roughly $21 billion that ' +
      'contract grew into") is another thing\'s, told by the words after it: not a fact of ' +
      "the sentence's subject.",
    vetoes: (_frame, _fact, q, ctx) => comparedAmount(q, ctx),
    // (whose amount it is, the sentence does not say: a fact agreeing with it is chance)
    agreementCounts: false,
    examples: {
      silent: [
        // (Microsoft's Nebius deal is $17.4 billion, up to $19.4 billion with options)
        "---\ndate: 2026-03-01\n---\n\nMicrosoft's Nebius deal is larger than most but " +
          'smaller than the $25 billion that a rival deal reached.',
      ],
      caught: [
        "---\ndate: 2026-03-01\n---\n\nMicrosoft's Nebius deal is worth $25 billion, larger " +
          'than most.',
      ],
    },
  },
  {
    id: 'relation/change-is-no-level',
    summary:
      'A percentage written as a change ("up 9.6%") is a growth rate, never a share or stake ' +
      '(one that agrees with it is chance).',
    vetoes: (frame, fact) => frame.relation === 'change' && SHARE_PERCENTS.has(fact.property),
    agreementCounts: false,
    examples: {
      silent: [
        // (dated: the shares the data holds of that time are what the figure could be misread as)
        '---\ndate: 2025-11-01\n---\n\nIts cloud market share held steady as AWS grew ' +
          'operating profit, up 9.6% on the prior year, to $11.4 billion.',
      ],
      caught: ['Microsoft holds a stake of about 72% in OpenAI Group PBC.'],
    },
  },
  {
    id: 'relation/level-is-no-change',
    summary:
      'A percentage that measures an amount\'s growth ("revenue grew 40%") is ' +
      'judged only against a percentage written as a change, never a share ' +
      '("34% of the total").',
    vetoes: (frame, fact) =>
      fact.value.dim === 'percent' &&
      AMOUNT_PROPERTIES.has(fact.property) &&
      frame.relation !== 'change',
    examples: {
      silent: ["---\ndate: 2025-09-12\n---\n\nOracle's backlog: 34% of it comes from OpenAI."],
      caught: ['Azure revenue grew 25% in the quarter ended September 30, 2025.'],
    },
  },
];
