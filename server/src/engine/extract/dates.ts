import { dayNumber, MONTH_NAMES, rangeOf, yearOf, type DateRange } from '../reference/dates';
import type { Quantity } from '../types';
import { yearOfMonthAlone } from './months';
import { insideToken, plainStyle, type Reader } from './reader';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date phrase matched by the date pattern: "2019", "March 2025", "November 3, 2025",
 * "3 Nov 2025", "H2 2026", "the second half of 2026", "Q3 2025", "end of 2026", "end-2028",
 * "mid-2026".
 */
export function readDate(phrase: string): DateRange | undefined {
  const year = Number(/(\d{4})$/.exec(phrase)?.[1]);
  if (!Number.isInteger(year)) return undefined;
  const head = phrase.slice(0, -4).trim().toLowerCase().replace(/\.$/, '');
  if (!head) return rangeOf(year);
  // anything else (a fiscal year): the calendar year, the best guess without the company's calendar
  return readMonthOrDay(head, year) ?? readPartOfYear(head, year) ?? rangeOf(year);
}

/** A month or a day named before the year: "March", "November 3,", "3 Nov". */
function readMonthOrDay(head: string, year: number): DateRange | undefined {
  const monthIdx = MONTHS.findIndex((m) => head.startsWith(m) || new RegExp(`\\b${m}`).test(head));
  if (monthIdx >= 0 && /^[a-z]/.test(head) && !/half|quarter|end|early|late|mid/.test(head)) {
    const day = Number(/(\d{1,2})/.exec(head)?.[1]);
    return Number.isInteger(day) && day >= 1 && day <= 31
      ? rangeOf(year, monthIdx + 1, day)
      : rangeOf(year, monthIdx + 1);
  }
  if (/^\d/.test(head) && monthIdx >= 0)
    return rangeOf(year, monthIdx + 1, Number(/^(\d{1,2})/.exec(head)![1]));
  return undefined;
}

/** A part of the year named before it: a half, a quarter, its end or start, early, late or mid. */
function readPartOfYear(head: string, year: number): DateRange | undefined {
  const span = (fromMonth: number, toMonth: number): DateRange => ({
    min: dayNumber(year, fromMonth, 1),
    max: dayNumber(year, toMonth + 1, 1) - 1,
    precision: 'year',
  });
  if (/^h1|first half/.test(head)) return span(1, 6);
  if (/^h2|second half/.test(head)) return span(7, 12);
  const quarter =
    /^q([1-4])/.exec(head)?.[1] ??
    ['first', 'second', 'third', 'fourth'].findIndex((q) => head.includes(`${q} quarter`)) + 1;
  if (Number(quarter) >= 1) return span(Number(quarter) * 3 - 2, Number(quarter) * 3);
  if (/\bend\b/.test(head)) return span(10, 12);
  if (/\b(?:start|beginning)\b/.test(head)) return span(1, 3);
  if (/^early/.test(head)) return span(1, 4);
  if (/^late/.test(head)) return span(9, 12);
  if (/^mid/.test(head)) return span(4, 9);
  return undefined;
}

/**
 * Marks the two ends of a span of dates ("from 2026 through 2028", "between H2 2026 and the end of
 * 2029", "2026–2028"): each end is said of the matching end of what it dates, not of all of it.
 */
export function markDateSpans(text: string, sorted: Quantity[]): Quantity[] {
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.dim !== 'date' || b.dim !== 'date' || a.rangePart || a.yearInferred || b.yearInferred)
      continue;
    const joint = text.slice(a.end, b.start);
    const opener = text.slice(Math.max(0, a.start - 10), a.start);
    // "from X through Y", or "X through Y" opening its text ("| H2 2026 through end-2028 |")
    const spans =
      /^\s?[\u2013-]\s?$/.test(joint) ||
      (/^\s+(?:through|to|until|till)\s+$/.test(joint) &&
        (/\bfrom\s+$/i.test(opener) || a.start === 0)) ||
      (/^\s+and\s+$/.test(joint) && /\bbetween\s+$/i.test(opener));
    if (spans && a.max < b.min) {
      a.rangePart = 'start';
      b.rangePart = 'end';
      // "2026–" is not "2026 onward" here
      delete a.hedge;
      delete b.hedge;
    }
  }
  sorted.forEach((q, i) => {
    if (q.dim !== 'date' || q.rangePart) return;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    if (STARTS_AT.test(before)) q.rangePart = 'start';
    // "begins in 2026, with deployments completing by the end of 2029": the same span's end
    else if (sorted[i - 1]?.rangePart === 'start' && ENDS_AT.test(before)) q.rangePart = 'end';
  });
  return sorted;
}

/**
 * Words that make a date the start of what it dates: "deliveries begin late 2027", "comes online
 * starting in 2028", "is to commence in the first half of 2026". A span's start is said of the
 * fact's first period, not of all of it.
 */
/** Words that make a date, after a start, the end of the same span: "completing by", "ending in". */
const ENDS_AT = new RegExp(
  String.raw`\b(?:complet(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|finish(?:es|ed|ing)?` +
    String.raw`|end(?:s|ed|ing)?|wrap(?:s|ped|ping)? up)\s+(?:(?:by|in|through)\s+)?(?:the\s+)?$`,
  'i',
);
const STARTS_AT = new RegExp(
  String.raw`\b(?:begin|begins|began|beginning|start|starts|started|starting|commenc(?:e|es|ed|ing)` +
    String.raw`|kick(?:s|ed)? off)\s+(?:(?:in|on|from|during|by)\s+)?(?:the\s+)?$`,
  'i',
);

const MONTH =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?` +
  String.raw`|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/**
 * 2019, March 2025, November 3, 2025, 3 Nov 2025, H2 2026, the second half of 2026, end of 2026,
 * end-2028, the start of 2025
 */
const DATE = new RegExp(
  String.raw`\b(?:${MONTH}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?|\d{1,2} ${MONTH}\.?,? ` +
    String.raw`|(?:H[12]|Q[1-4]|the (?:first|second) half of|the (?:first|second|third` +
    String.raw`|fourth) quarter of|(?:the )?(?:year-)?end(?: of|-| )|(?:the )?(?:start|beginning) of` +
    String.raw`|(?:early|late` +
    String.raw`|mid)-|early|late|mid|fiscal(?: year)?|FY) ?)?(?:19` +
    String.raw`|20)\d{2}(?![\p{L}\p{N}%]|[.,]\d)`,
  'gu',
);

/** A date with its year: "2019", "March 2025", "November 3, 2025", "H2 2026", "end-2028". */
export const DATE_READER: Reader = { pattern: DATE, read: readDateMatch };

function readDateMatch(m: RegExpExecArray, text: string): Quantity | undefined {
  if (/[$€£\d.,]/.test(text[m.index - 1] ?? '')) return undefined;
  // ("ended 2025 at a run rate of $7 billion": a bare year a level is said to close at is its
  // end, where "finished 2024 with $1.9 billion of sales" is the year's sum)
  const closed =
    /^\d{4}$/.test(m[0]) &&
    CLOSED_ON.test(text.slice(0, m.index)) &&
    /^\s+at\b/.test(text.slice(m.index + 4));
  const date = readDate(closed ? `end of ${m[0]}` : m[0]);
  if (!date) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    dim: 'date',
    min: date.min,
    max: date.max,
    unit: date.precision,
    rounding: 0,
    style: plainStyle(),
  };
}

/** A verb of closing a year right before it: "ended", "exited", "closed out". */
const CLOSED_ON =
  /\b(?:ended|ending|ends|exited|exiting|closed out|closing out|finished|wrapped up)\s+$/i;

/** "Nov. 3", "March 18th", "18 March": a month and a day, no year after them. */
const YEARLESS_DATE = new RegExp(
  String.raw`\b(?:(${MONTH})(\.?) (\d{1,2})(st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? (${MONTH}))` +
    String.raw`\b(?!,? (?:19|20)\d{2})(?![\p{L}\p{N}:.,]\d)`,
  'gu',
);
const MONTH_PREFIXES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * Dates without a year, given the year of the last dated figure before them, else the year of the
 * context's day `contextDay` (a day number).
 */
export function yearlessDates(
  text: string,
  sorted: Quantity[],
  contextDay: number | undefined,
): Quantity[] {
  const out: Quantity[] = [];
  YEARLESS_DATE.lastIndex = 0;
  let k = 0;
  let year = contextDay === undefined ? undefined : yearOf(contextDay);
  for (let m = YEARLESS_DATE.exec(text); m; m = YEARLESS_DATE.exec(text)) {
    for (; k < sorted.length && sorted[k].start < m.index; k++)
      if (sorted[k].dim === 'date') year = yearOf(sorted[k].min);
    const day = Number(m[3] ?? m[5]);
    const month = MONTH_PREFIXES.indexOf((m[1] ?? m[6]).slice(0, 3).toLowerCase()) + 1;
    if (
      year === undefined ||
      day < 1 ||
      day > 31 ||
      insideToken(text, m.index, m.index + m[0].length)
    )
      continue;
    const range = rangeOf(year, month, day);
    if (yearOf(range.min) !== year || new Date(range.min * 86_400_000).getUTCDate() !== day)
      continue; // "Feb 30"
    out.push(yearless(m.index, m[0], range, 'day'));
  }
  return out.concat(bareMonths(text, sorted, contextDay));
}

/**
 * Months named alone after a preposition ("a deal in May", "since March"), given the year of the
 * last dated figure before them in their sentence, else the latest such month on or before the
 * context's day (a year two sentences back is often another story's: "first invested in 2019. It
 * announced in January that"): full names only, capitalised, so that "may" and "Mar" stay words.
 */
function bareMonths(text: string, sorted: Quantity[], contextDay: number | undefined): Quantity[] {
  const out: Quantity[] = [];
  BARE_MONTH.lastIndex = 0;
  for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    const month = MONTH_NAMES.indexOf(m[1]) + 1;
    const before = sorted.filter((q) => q.dim === 'date' && q.end <= start).pop();
    const sameSentence = before && !SENTENCE_BREAK.test(text.slice(before.end, start));
    const year = sameSentence
      ? yearOf(before.min)
      : contextDay === undefined
        ? undefined
        : yearOfMonthAlone(month, contextDay);
    if (year === undefined) continue;
    out.push(yearless(start, m[1], rangeOf(year, month), 'month'));
  }
  return out;
}

function yearless(start: number, text: string, range: DateRange, unit: 'day' | 'month'): Quantity {
  return {
    start,
    end: start + text.length,
    text,
    dim: 'date',
    min: range.min,
    max: range.max,
    unit,
    rounding: 0,
    style: plainStyle(),
    yearInferred: true,
  };
}

/** The end of a sentence and the start of the next. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+["“(]?\p{Lu}/u;
/**
 * A full month's name after a preposition, no day or year after it: "in May", "since March" (not
 * "from March", often where a figure was taken from).
 */
const BARE_MONTH = new RegExp(
  String.raw`\b(?:in|since|until|by|through|during)\s+(${MONTH_NAMES.join('|')})\b(?![\s.,]*\d)`,
  'gu',
);
