import { parseIsoDate } from '../reference/dates';
import { SEQUENTIAL } from './frame';
import { PROJECTED_FACT } from './words';
import type { Gate } from './gate';

/**
 * Gates about what a change is measured against: a change from the quarter before is not the
 * change from a year before that the data records for results; nor is a change of a quarter the
 * data knows a later one of. They follow PARTY_GATES in GATES.
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
  {
    id: 'time/newer-quarter-known',
    summary:
      "A growth rate is one quarter's: where the data holds a later figure of the same measure " +
      'from before the document, and the text names no date of the rate, it speaks of a later ' +
      'quarter than the rate the data records.',
    vetoes: (_frame, fact, _q, ctx, index) => {
      if (fact.value.dim !== 'percent' || ctx.documentDate === undefined) return false;
      const asOf = parseIsoDate(fact.asOf);
      if (!asOf || ctx.dates.some((d) => d.min <= asOf.max && asOf.min <= d.max)) return false;
      const known = ctx.documentDate;
      // a later result of the same length, reported (by its sources) before the document
      return index.factsAbout(fact.subject).some((f) => {
        if (f.property !== fact.property || f.value.dim === 'percent' || f.period !== fact.period)
          return false;
        const at = parseIsoDate(f.asOf);
        const reported = Math.min(
          ...f.sources.map(
            (src) => (src.date ? parseIsoDate(src.date)?.min : undefined) ?? Infinity,
          ),
        );
        return (
          at !== undefined &&
          at.min > asOf.max &&
          reported <= known &&
          !f.cues.some((c) => PROJECTED_FACT.test(c))
        );
      });
    },
    examples: {
      silent: [
        "---\ndate: 2026-03-12\n---\n\nOracle's remaining performance obligations were up 325% " +
          'from a year earlier, the company said.',
      ],
      caught: [
        "---\ndate: 2025-09-10\n---\n\nOracle's remaining performance obligations were up 325% " +
          'from a year earlier, the company said.',
      ],
    },
  },
];
