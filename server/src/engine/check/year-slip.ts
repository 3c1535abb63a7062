import type { SentenceContext } from '../reading';
import { parseIsoDate, yearOf } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { ownsDate } from '../frame/own-date';
import { supports } from './judge';
import { currentAt, sameSeries } from './time';
import { PERIOD_END_SLACK_DAYS } from '../frame/period';

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
  if (!year) return dayYearSlip(q, fact, ctx, index);
  const written = yearOf(year.min);
  if (written !== yearOfFact(fact)) return undefined;
  const others = valuesElsewhere(q, fact, index, (f) => Math.abs(yearOfFact(f) - written) === 1);
  const years = new Set(others.map(yearOfFact));
  if (others.length === 0 || years.size > 1) return undefined;
  const [other] = others;
  return { period: year, other, rewritten: String(yearOfFact(other)) };
}

/**
 * The slip of the year of a day or month written for the figure ("the quarter ended April 26,
 * 2025", which is 2026's): the fact's day falls in what is written, and the same day a year
 * before or after (only one) is the day of the fact with the figure's value.
 */
function dayYearSlip(
  q: Quantity,
  fact: Fact,
  ctx: SentenceContext,
  index: ReferenceIndex,
): PeriodSlip | undefined {
  const date = ownDateWritten(q, ctx, (text) => DATED_YEAR.test(text));
  if (!date || !near(dayOf(fact), date, 0)) return undefined;
  // (the period the text's day last saw reported is the one a report is about: there, the
  // figure slipped, not the period)
  if (ctx.documentDate !== undefined && currentAt(fact, ctx.documentDate, index) > 0)
    return undefined;
  const others = valuesElsewhere(
    q,
    fact,
    index,
    (f) => near(dayOf(f), date, 1) || near(dayOf(f), date, -1),
  );
  if (others.length !== 1) return undefined;
  const [other] = others;
  const rewritten = date.text.replace(/\d{4}$/, String(yearOfFact(other)));
  return { period: date, other, rewritten };
}

/** The facts of the series with the figure's value, of another period that `when` picks. */
function valuesElsewhere(
  q: Quantity,
  fact: Fact,
  index: ReferenceIndex,
  when: (f: Fact) => boolean,
): Fact[] {
  return index
    .factsAbout(fact.subject)
    .filter((f) => f !== fact && sameSeries(f, fact) && supports(q, f) && when(f));
}

/** A day or month with its year: "April 26, 2025", "26 April 2025", "April 2025". */
const DATED_YEAR =
  /^[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d$|^\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d$/;

/** Whether `day` falls in the date written, moved by `years`, give or take a fiscal week. */
function near(day: number | undefined, date: Quantity, years: number): boolean {
  if (day === undefined) return false;
  const shift = Math.round(years * 365.25);
  const slack = PERIOD_END_SLACK_DAYS;
  return day >= date.min + shift - slack && day <= date.max + shift + slack;
}

/** The last day of a fact's time: a quarter's end. */
export function dayOf(fact: Fact): number | undefined {
  return parseIsoDate(fact.asOf)?.max;
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
