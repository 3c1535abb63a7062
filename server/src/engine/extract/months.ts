import { dayNumber, MONTH_NAMES, yearOf } from '../reference/dates';
import { parseNumber, WORD_NUMBER } from './numbers';

/** Days a time named in words covers, and where it is written. */
export interface MonthSpan {
  min: number;
  max: number;
  start: number;
  end: number;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/**
 * "In August", "as of September": a month named without a year, in a dated document, is the
 * latest such month on or before the document's day (an article of February 2024 that says "in
 * August" means August 2023). Such a date says when the figures around it held; it is never a
 * claim of its own, so it is returned as a span of days, not as a figure.
 */
export function monthsWithoutYear(text: string, documentDate: number): MonthSpan[] {
  return [...text.matchAll(MONTH_ONLY)].map((m) => {
    const start = m.index + m[0].length - m[2].length;
    return monthsEndingIn(m[2], 1, documentDate, start, start + m[2].length);
  });
}

/**
 * "The September quarter": a quarter named by the month it ends in, the latest such quarter that
 * ended on or before the document's day. Like a month alone, when the figures around it held.
 */
export function quartersByLastMonth(text: string, documentDate: number): MonthSpan[] {
  return [...text.matchAll(QUARTER_BY_MONTH)].map((m) =>
    monthsEndingIn(m[1], 3, documentDate, m.index, m.index + m[0].length),
  );
}

/**
 * The `count` months that end with the month `name`, in the latest year that puts that month on
 * or before the document's day; `start` and `end`: where the words stand.
 */
function monthsEndingIn(
  name: string,
  count: number,
  documentDate: number,
  start: number,
  end: number,
): MonthSpan {
  const month = MONTHS.indexOf(name.toLowerCase()) + 1;
  const year = yearOfMonthAlone(month, documentDate);
  return {
    min: dayNumber(year, month - count + 1, 1),
    max: dayNumber(year, month + 1, 1) - 1,
    start,
    end,
  };
}

/** A month's full name, then "quarter": "the September quarter", "its December-quarter". */
const QUARTER_BY_MONTH = new RegExp(String.raw`\b(${MONTH_NAMES.join('|')})[- ]quarter\b`, 'g');

/** The year of the latest `month` (1-12) on or before the day `documentDate`. */
export function yearOfMonthAlone(month: number, documentDate: number): number {
  const docMonth = new Date(documentDate * 86_400_000).getUTCMonth() + 1;
  return month > docMonth ? yearOf(documentDate) - 1 : yearOf(documentDate);
}

/** A preposition of time, a month's full name, and no day or year after it. */
const MONTH_ONLY = new RegExp(
  String.raw`\b([Ii]n|[Ss]ince|[Aa]s of|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hrough|of|[Ll]ast|[Tt]his|` +
    String.raw`[Ee]arly|[Mm]id-|[Ll]ate)\s?(${MONTH_NAMES.join('|')})` +
    String.raw`\b(?![ ,.]*\d)`,
  'g',
);

/**
 * "Seven months back", "a year ago": a time counted back from the document's day, as the months
 * around it (a count of months is rarely exact), when the figures around it held. Like a month
 * alone, never a claim of its own.
 */
export function monthsAgo(text: string, documentDate: number): MonthSpan[] {
  const out: MonthSpan[] = [];
  // (most sentences count nothing back: no pass of the number words over them)
  if (!COUNTED_BACK_WORD.test(text)) return out;
  const day = new Date(documentDate * 86_400_000);
  for (const m of text.matchAll(COUNTED_BACK)) {
    // ("up 56% from a year ago": the base of a change, not the time of its figure)
    if (BASE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const months = (parseNumber(m[1])?.value ?? 0) * (/^y/i.test(m[2]) ? 12 : 1);
    if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS_BACK) continue;
    const year = day.getUTCFullYear();
    const month = day.getUTCMonth() + 1 - months;
    out.push({
      min: dayNumber(year, month - 1, 1),
      max: dayNumber(year, month + 2, 1) - 1,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

const MAX_MONTHS_BACK = 60;
const COUNTED_BACK_WORD = /\b(?:ago|back)\b/i;
const COUNTED_BACK = new RegExp(
  String.raw`\b(${WORD_NUMBER}|\d{1,2})\s+(months?|years?)\s+(?:ago|back)\b`,
  'gi',
);
const BASE_BEFORE = /\b(?:from|than|over|since|versus|vs\.?|against|with|to|on)\s+$/i;
