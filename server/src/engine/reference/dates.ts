/** Dates as whole UTC day numbers (days since 1970-01-01), so ranges compare as plain numbers. */

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateRange {
  min: number;
  max: number;
  precision: DatePrecision;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** A day number as "YYYY-MM-DD". */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1;
}

/** The days covered by a year, a month of a year, or a day: [first, last], both inclusive. */
export function rangeOf(year: number, month?: number, day?: number): DateRange {
  if (month === undefined)
    return { min: dayNumber(year, 1, 1), max: dayNumber(year, 12, 31), precision: 'year' };
  if (day === undefined)
    return { min: dayNumber(year, month, 1), max: lastDay(year, month), precision: 'month' };
  const d = dayNumber(year, month, day);
  return { min: d, max: d, precision: 'day' };
}

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD; undefined when malformed or impossible (2025-02-30). The
 * answers are remembered: binding parses the same facts' dates for every figure it weighs them
 * against. The ranges are shared, never to be changed.
 */
export function parseIsoDate(text: string): DateRange | undefined {
  if (parsedDates.has(text)) return parsedDates.get(text);
  if (parsedDates.size >= MAX_PARSED_DATES) parsedDates.clear();
  const range = parseIsoDateOnce(text);
  parsedDates.set(text, range);
  return range;
}

/** Dates are the data's and a few of each document's: this is far more than a dataset holds. */
const MAX_PARSED_DATES = 20_000;
const parsedDates = new Map<string, DateRange | undefined>();

function parseIsoDateOnce(text: string): DateRange | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [
    Number(m[1]),
    m[2] ? Number(m[2]) : undefined,
    m[3] ? Number(m[3]) : undefined,
  ];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate()))
    return undefined;
  return rangeOf(year, month, day);
}

/** The calendar year a day number falls in. */
export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
