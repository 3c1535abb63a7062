import { SEQUENTIAL } from './frame';
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
    vetoes: (frame, fact) =>
      frame.relation === 'change' &&
      frame.sequential === true &&
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
