import { figureClause } from './frame';
import type { Gate } from './gate';

/**
 * Gates about what a change is measured against: a change from the quarter before is not the
 * change from a year before that the data records for results. They follow PARTY_GATES in GATES.
 */
export const CHANGE_GATES: readonly Gate[] = [
  {
    id: 'period/sequential-change',
    summary:
      'A change from the quarter before ("up 15% sequentially", "quarter over quarter") is not ' +
      'the year-on-year change the data records, unless the fact says it is sequential.',
    vetoes: (frame, fact, q, ctx) =>
      frame.relation === 'change' &&
      SEQUENTIAL.test(figureClause(q, ctx).text) &&
      !fact.cues.some((c) => SEQUENTIAL.test(c)),
    examples: {
      silent: [
        "---\ndate: 2025-09-10\n---\n\nOracle's remaining performance obligations were up 20% " +
          'sequentially, the company said.',
      ],
      caught: [
        "---\ndate: 2025-09-10\n---\n\nOracle's remaining performance obligations were up 20% " +
          'from a year earlier, the company said.',
      ],
    },
  },
];

/** Words that measure a change against the quarter before. */
const SEQUENTIAL = new RegExp(
  String.raw`\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\bq\/q\b|\bqoq\b` +
    String.raw`|\bfrom the (?:prior|previous|preceding) quarter\b`,
  'i',
);
