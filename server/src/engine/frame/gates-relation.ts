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
 * Gates about a percentage's relation: a change is no level (a share, a stake), and a level no
 * change. They stand before MODALITY_GATES in GATES (gates.ts).
 */
export const RELATION_GATES: readonly Gate[] = [
  {
    id: 'relation/change-is-no-level',
    summary:
      'A percentage written as a change ("up 9.6%") is a growth rate, never a share or stake ' +
      '(one that agrees with it is chance).',
    vetoes: (frame, fact) =>
      frame.relation === 'change' && ['stake', 'market-share'].includes(fact.property),
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
