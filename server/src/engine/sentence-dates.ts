import { monthsAgo, monthsWithoutYear, quartersByLastMonth } from './extract/months';
import { periodsIn, type NamedAt } from './frame/period';
import type { BlockFigures, SentenceContext } from './reading';
import type { Quantity } from './types';

/**
 * The dates that qualify a sentence's figures in time: its date figures, its periods in words,
 * months without a year.
 */

/**
 * A text's dates as time qualifiers: its date figures, and the periods it names in words
 * (frame/period.ts) read through the calendar of the name nearest before them in `named`, else of
 * the first of `ids` that keeps a fiscal one. A period read so replaces the date figure it covers
 * ("fiscal 2026" is not the calendar year 2026 for Microsoft).
 */
export function datesWithPeriods(
  text: string,
  offset: number,
  quantities: Quantity[],
  ids: Iterable<string>,
  calendars: ReadonlyMap<string, number>,
  documentDate: number | undefined,
  inSentence: boolean,
  positioned: boolean,
  named?: readonly NamedAt[],
): SentenceContext['dates'] {
  const periods = periodsIn(text, offset, ids, calendars, documentDate, named);
  // (a year that holds a quarter the text names says no more than the quarter: "third-quarter
  // earnings for 2025" are the quarter's; and where a span starts, "its fastest growth since early
  // 2024", is no time of the figures around it)
  const dates = quantities.filter(
    (q) =>
      !(q.dim === 'date' && sinceBefore(text, q.start - offset)) &&
      !periods.some((p) => q.start < p.end && p.start < q.end) &&
      !(q.unit === 'year' && periods.some((p) => isQuarterOf(p, q))),
  );
  return [
    ...datesOf(dates, inSentence, positioned),
    ...periods.map((p) => ({
      min: p.min,
      max: p.max,
      inSentence,
      ...(positioned ? { start: p.start, end: p.end } : {}),
    })),
  ];
}

/**
 * A superlative over a span, then "since": "its fastest growth since early 2024", "a pace unseen
 * since" (not "in office since March", a role's start).
 */
const SINCE_BEFORE = new RegExp(
  String.raw`\b(?:\w+est|most|least|best|worst|unseen|first time|not seen)\b[^.;:]{0,40}?` +
    String.raw`\bsince\s+(?:(?:early|late|mid)[\s-]+|the\s+)?$`,
  'i',
);

/** SINCE_BEFORE asked of the words just before `at`: no match reaches further back. */
const sinceBefore = (text: string, at: number): boolean =>
  SINCE_BEFORE.test(text.slice(Math.max(0, at - SINCE_REACH), at));
const SINCE_REACH = 120;

function isQuarterOf(p: { min: number; max: number }, year: Quantity): boolean {
  return p.max - p.min < QUARTER_DAYS && year.min <= p.min && p.max <= year.max;
}
const QUARTER_DAYS = 100;

/**
 * Months named without a year in a sentence ("in August"), quarters named by their last month ("the
 * September quarter"), or counted back ("seven months ago"), in a dated document: when its figures
 * held. A month already read as a date figure (extract/dates.ts)
 * is that figure's alone, so that one month never stands for two years.
 */
export function yearlessMonths(
  text: string,
  offset: number,
  quantities: Quantity[],
  documentDate: number | undefined,
): SentenceContext['dates'] {
  if (documentDate === undefined) return [];
  return [
    ...monthsWithoutYear(text, documentDate),
    ...monthsAgo(text, documentDate),
    ...quartersByLastMonth(text, documentDate),
  ]
    .map((d) => ({ ...d, start: d.start + offset, end: d.end + offset, inSentence: true }))
    .filter((d) => !quantities.some((q) => q.dim === 'date' && q.start < d.end && d.start < q.end));
}

/**
 * Date figures as time qualifiers; `positioned` for those of the sentence itself, whose place
 * matters.
 */
export function datesOf(
  quantities: Quantity[],
  inSentence: boolean,
  positioned: boolean,
): SentenceContext['dates'] {
  return quantities
    .filter((q) => q.dim === 'date')
    .map((q) => ({
      min: q.min,
      max: q.max,
      inSentence,
      ...(positioned ? { start: q.start, end: q.end } : {}),
    }));
}

/**
 * The last dates of the paragraph before (`before`), for a paragraph (`text`) whose first sentence
 * refers back to an event ("Valued at EUR 17.1 billion following this round, ..."): its times are
 * that event's. None for another paragraph.
 */
export function carriedDates(
  before: BlockFigures,
  text: string,
  calendars: ReadonlyMap<string, number>,
  documentDate: number | undefined,
): SentenceContext['dates'] {
  if (!EVENT_REFERRED.test(text.split(/(?<=[.!?])\s+/, 1)[0])) return [];
  const ids = before.names.map((n) => n.entityId);
  return [
    ...datesWithPeriods(
      before.block.text,
      0,
      before.quantities,
      ids,
      calendars,
      documentDate,
      false,
      false,
    ),
    // ("raised EUR 1.7 billion last September")
    ...yearlessMonths(before.block.text, 0, before.quantities, documentDate).map(
      ({ min, max }) => ({
        min,
        max,
        inSentence: false,
      }),
    ),
  ].slice(-CARRIED_DATES);
}

/** How many of the paragraph before's dates a paragraph goes on with. */
const CARRIED_DATES = 2;
const EVENT_REFERRED = new RegExp(
  String.raw`\b(?:this|that|the)\s+(?:[\w-]+\s+)?(?:round|raise|fundraise|fundraising|funding` +
    String.raw`|financing|deal|agreement|transaction|offering)\b`,
  'i',
);
