import type { SentenceContext } from '../reading';
import { parseIsoDate, yearOf } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { ownsDate } from '../frame/own-date';
import { supports } from './judge';
import { sameSeries } from './time';

/**
 * A figure that is the next or the last period's value of the same series, written with a period
 * the data gives another value for ("capital spending of about $200 billion in 2025", which is
 * 2026's outlook; "fiscal Q3 revenue of $15.9 billion", which is Q4's): the period slipped or the
 * figure did, and the text cannot say which.
 */
export interface PeriodSlip {
  /** the period written, the figure's own (block offsets) */
  period: { start: number; end: number; text: string };
  /** the fact of the other period that the figure agrees with */
  other: Fact;
  /** the period as it would read for that fact */
  rewritten: string;
}

/**
 * The slip of a year, for a figure contradicted by `fact`: its own year is the fact's, and one
 * other year of the series next to it (only one) has the figure's value. (A quarter's slip:
 * check/quarter-slip.ts.)
 */
export function yearSlip(
  q: Quantity,
  fact: Fact,
  ctx: SentenceContext,
  index: ReferenceIndex,
): PeriodSlip | undefined {
  const year = ownYear(q, ctx);
  const written = year && yearOf(year.min);
  if (!year || written !== yearOfFact(fact)) return undefined;
  const others = index
    .factsAbout(fact.subject)
    .filter(
      (f) =>
        f !== fact &&
        sameSeries(f, fact) &&
        supports(q, f) &&
        Math.abs(yearOfFact(f) - written) === 1,
    );
  const years = new Set(others.map(yearOfFact));
  if (others.length === 0 || years.size > 1) return undefined;
  const [other] = others;
  return { period: year, other, rewritten: String(yearOfFact(other)) };
}

/** The one bare year written in the sentence ("in 2025") that dates the figure. */
const ownYear = (q: Quantity, ctx: SentenceContext): Quantity | undefined =>
  ownDateWritten(q, ctx, (text) => BARE_YEAR.test(text));

/** The one date of the sentence written as `written` says that dates the figure. */
export function ownDateWritten(
  q: Quantity,
  ctx: SentenceContext,
  written: (text: string) => boolean,
): Quantity | undefined {
  const dates = ctx.quantities.filter(
    (d) =>
      d.dim === 'date' &&
      written(d.text) &&
      ownsDate({ min: d.min, max: d.max, inSentence: true, start: d.start, end: d.end }, q, ctx),
  );
  return dates.length === 1 ? dates[0] : undefined;
}

const BARE_YEAR = /^(?:19|20)\d\d$/;

function yearOfFact(fact: Fact): number {
  return yearOf(parseIsoDate(fact.asOf)?.min ?? NaN);
}
