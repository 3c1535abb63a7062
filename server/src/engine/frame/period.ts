import { dayNumber, MONTH_NAMES, parseIsoDate, yearOf } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import { PROPERTIES } from '../reference/properties';
import type { Fact, PeriodLength } from '../reference/types';
import { FORECAST_FACT } from './words';

/**
 * Periods named in words, resolved to days: fiscal quarters and years through the company's own
 * fiscal calendar ("Q1 FY26", "fiscal 2026", "its fiscal third quarter"), and quarters written
 * without a year ("the third quarter", "Q3") through the document's date.
 *
 * A company's fiscal year N is the one that ends in calendar year N (Microsoft's fiscal 2026 runs
 * from July 2025 to June 2026); a company with no `fiscalYearEnd` keeps the calendar year. A
 * quarter
 * without a year is the latest such quarter that had begun by the document's date: a report dated
 * 2025-10-29 speaks of Microsoft's fiscal first quarter of 2026 (July to September 2025) when it
 * says "the first quarter". Without a document date such a quarter is left unresolved.
 */
export interface PeriodMention {
  /** offsets in the text read */
  start: number;
  end: number;
  /** said to be fiscal ("fiscal", "FY"): always read through the company's calendar */
  fiscal: boolean;
  quarter?: number;
  /** a span of calendar months, 1-12 ("the April-June period") */
  months?: { from: number; to: number };
  /** the year as written (four digits; "FY26" is 2026), when written */
  year?: number;
  /** a calendar year told from the document's ("this year" is 0, "next year" 1) */
  yearsOn?: number;
}

export interface Period {
  min: number;
  max: number;
  start: number;
  end: number;
}

/** A quarter's number by its word: "third" is 3. */
export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const RELATIVE_YEARS: Record<string, number> = { this: 0, next: 1 };
const YEAR = String.raw`(?:'?(\d{4}|\d{2}))(?![\p{L}\p{N}%]|[.,]\d)`;
export const QUARTER_WORD = 'first|second|third|fourth';
const FISCAL = String.raw`(?:fiscal(?:[- ]year)?|FY)`;

/**
 * Three calendar months written as a span: "the April-June period", "the July–September
 * quarter", "October to December 2025". Wire copy names quarters so, whatever the fiscal year.
 */
const MONTH_SPAN = new RegExp(
  String.raw`\b(?:(?:the|its|their)\s+)?(${MONTH_NAMES.join('|')})\s*(?:-|\u2013|\u2014|to|through)\s*` +
    String.raw`(${MONTH_NAMES.join('|')})\b(?:\s+(?:period|quarter))?(?:,?\s+(\d{4})\b)?`,
  'gu',
);

/** The forms read, each with what its groups hold. */
const FORMS: {
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<PeriodMention, 'start' | 'end'> | undefined;
}[] = [
  // "Q1 FY26", "Q3 fiscal 2026", "Q2 of fiscal year 2026"
  {
    pattern: new RegExp(String.raw`\bQ([1-4])\s+(?:of\s+)?${FISCAL}\s*${YEAR}`, 'giu'),
    read: (m) => ({ fiscal: true, quarter: +m[1], year: yearFrom(m[2]) }),
  },
  // "FY26 Q1", "FY2026 Q3", "fiscal 2026 Q3"
  {
    pattern: new RegExp(String.raw`\b${FISCAL}\s*${YEAR}\s+Q([1-4])\b`, 'giu'),
    read: (m) => ({ fiscal: true, quarter: +m[2], year: yearFrom(m[1]) }),
  },
  // "fiscal Q3", "fiscal Q3 2026"
  {
    pattern: new RegExp(String.raw`\b${FISCAL}\s+Q([1-4])\b(?:\s+${YEAR})?`, 'giu'),
    read: (m) => ({ fiscal: true, quarter: +m[1], ...(m[2] ? { year: yearFrom(m[2]) } : {}) }),
  },
  // "the second quarter of its 2026 fiscal year", "Q2 of the 2026 fiscal year"
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:the|its|their)\s+)?(?:(${QUARTER_WORD})[- ]quarter|Q([1-4]))` +
        String.raw`\s+(?:of|for)\s+(?:its|the|their)\s+(\d{4})\s+fiscal(?:[- ]year)?\b`,
      'giu',
    ),
    read: (m) => ({
      fiscal: true,
      quarter: m[1] ? ORDINAL[m[1].toLowerCase()] : +m[2],
      year: +m[3],
    }),
  },
  // "fiscal 2026 third-quarter", "FY26 second quarter"
  {
    pattern: new RegExp(String.raw`\b${FISCAL}\s*${YEAR}\s+(${QUARTER_WORD})[- ]quarter\b`, 'giu'),
    read: (m) => ({ fiscal: true, quarter: ORDINAL[m[2].toLowerCase()], year: yearFrom(m[1]) }),
  },
  // "third-quarter fiscal 2026", "the fourth quarter FY25" (without "of", fiscal said)
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:the|its|their)\s+)?(${QUARTER_WORD})[- ]quarter\s+${FISCAL}\s*${YEAR}`,
      'giu',
    ),
    read: (m) => ({ fiscal: true, quarter: ORDINAL[m[1].toLowerCase()], year: yearFrom(m[2]) }),
  },
  // "the third quarter of fiscal 2026", "fiscal third-quarter", "its fiscal first quarter of 2026",
  // "the third quarter", "third-quarter"
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:the|its|their)\s+)?(fiscal(?:[- ]year)?\s+)?(${QUARTER_WORD})` +
        String.raw`[- ]quarter\b(?:\s+(?:of|for)\s+(?:its\s+|the\s+)?(${FISCAL}\s*)?${YEAR})?`,
      'giu',
    ),
    read: (m) => {
      const fiscal = m[1] !== undefined || m[3] !== undefined;
      // "the third quarter of 2025" is a calendar date, read with the other dates
      if (m[4] && !fiscal) return undefined;
      if (m[4] && m[4].length === 2 && !m[3]) return undefined;
      return {
        fiscal,
        quarter: ORDINAL[m[2].toLowerCase()],
        ...(m[4] ? { year: yearFrom(m[4]) } : {}),
      };
    },
  },
  // "Q3" alone (not "Q3 2025", a calendar date read with the others)
  {
    pattern: /\bQ([1-4])\b(?!\s*(?:'?\d{2}\b|\d{4}|of\b|FY|fiscal))/gu,
    read: (m) => ({ fiscal: false, quarter: +m[1] }),
  },
  // "the April-June period": three months in a row, a calendar quarter
  {
    pattern: MONTH_SPAN,
    read: (m) => {
      const from = MONTH_NAMES.indexOf(m[1]) + 1;
      const to = MONTH_NAMES.indexOf(m[2]) + 1;
      if ((to - from + 12) % 12 !== 2) return undefined;
      return { fiscal: false, months: { from, to }, ...(m[3] ? { year: +m[3] } : {}) };
    },
  },
  // "this year", "next year": calendar years told from the document's date (not "a year", nor
  // "the past year", twelve months back from any day; "last year" is frame/own-date.ts's, which
  // reads the sentence's dates a year back)
  {
    pattern: /\b(this|next) year\b/giu,
    read: (m) => ({ fiscal: false, yearsOn: RELATIVE_YEARS[m[1].toLowerCase()] }),
  },
  // "fiscal 2026", "fiscal year 2026", "FY26", "FY 2026" (not followed by a quarter, read above)
  {
    pattern: new RegExp(String.raw`\b${FISCAL}\s*${YEAR}(?!\s+Q[1-4])`, 'giu'),
    read: (m) => ({ fiscal: true, year: yearFrom(m[1]) }),
  },
];

function yearFrom(written: string): number {
  const n = Number(written);
  return written.length === 2 ? 2000 + n : n;
}

/** Whether a text writes a span of months ("April-June"). */
function hasMonthSpan(text: string): boolean {
  MONTH_SPAN.lastIndex = 0;
  return MONTH_SPAN.test(text);
}

/**
 * Words that make the period after them the base of a comparison: "from the fourth quarter",
 * "above the $40 billion it reported in the second quarter".
 */
const COMPARED_WITH = new RegExp(
  String.raw`\b(?:(?:from|versus|vs\.?|compared (?:with|to)|than(?: in)?)` +
    String.raw`|(?:from|above|below|over) (?:the )?[$€£]\d[\d.,]*(?: ?(?:billion|million|bn))?` +
    String.raw`(?: (?:it|they|the company) (?:posted|reported|recorded|had|made))? in)\s+$`,
  'i',
);

/** The periods named in a text, left to right, none overlapping another. */
export function periodMentions(text: string): PeriodMention[] {
  if (!/Q[1-4]|quarter|fiscal|FY|(?:this|next) year/i.test(text) && !hasMonthSpan(text)) return [];
  const out: PeriodMention[] = [];
  for (const { pattern, read } of FORMS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (out.some((o) => start < o.end && o.start < end)) continue;
      // the base a change is measured from ("up 10% from the fourth quarter") is not the period
      // the figure is of
      if (COMPARED_WITH.test(text.slice(Math.max(0, start - 60), start))) continue;
      const mention = read(m as RegExpExecArray);
      if (mention && (mention.year === undefined || (mention.year >= 1990 && mention.year <= 2100)))
        out.push({ start, end, ...mention });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The month (1-12) each named organisation's fiscal year ends in, by entity id, through its
 * parents: 12 for one on the calendar year, so that a sentence about Amazon is not read through
 * Microsoft's calendar because Microsoft is named too. People and deals keep none.
 */
export function fiscalCalendars(ids: Iterable<string>, index: ReferenceIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) {
    const lineage = index.lineage(id).map((e) => index.entity(e));
    const end = lineage.find((e) => e?.fiscalYearEnd)?.fiscalYearEnd;
    if (end) out.set(id, Number(end.slice(0, 2)));
    else if (lineage.some((e) => e?.kind === 'company')) out.set(id, 12);
  }
  return out;
}

/**
 * The days of a mentioned period, under a fiscal year that ends in `endMonth`, told from
 * `documentDate`.
 */
export function resolvePeriod(
  p: PeriodMention,
  endMonth: number,
  documentDate: number | undefined,
): { min: number; max: number } | undefined {
  if (p.months) return monthSpanDays(p.months, p.year, documentDate);
  if (p.yearsOn !== undefined) {
    if (documentDate === undefined) return undefined;
    const year = yearOf(documentDate) + p.yearsOn;
    return { min: dayNumber(year, 1, 1), max: dayNumber(year + 1, 1, 1) - 1 };
  }
  const span = (year: number): { min: number; max: number } => {
    // fiscal year N begins the month after the year's end, in calendar year N - 1 (or N for
    // December)
    const first = endMonth === 12 ? dayNumber(year, 1, 1) : dayNumber(year - 1, endMonth + 1, 1);
    const firstMonth = endMonth === 12 ? 1 : endMonth + 1;
    const firstYear = endMonth === 12 ? year : year - 1;
    if (p.quarter === undefined) return { min: first, max: dayNumber(year, endMonth + 1, 1) - 1 };
    const from = firstMonth + (p.quarter - 1) * 3;
    return { min: dayNumber(firstYear, from, 1), max: dayNumber(firstYear, from + 3, 1) - 1 };
  };
  if (p.year !== undefined) return span(p.year);
  if (documentDate === undefined || p.quarter === undefined) return undefined;
  const now = yearOf(documentDate);
  // the latest such quarter begun by the document's date
  for (const year of [now + 1, now, now - 1]) {
    const s = span(year);
    if (s.min <= documentDate) return s;
  }
  return undefined;
}

/**
 * The days of a span of calendar months: of the year written (the year it ends in), else the
 * latest such span begun by the document's date.
 */
function monthSpanDays(
  { from, to }: { from: number; to: number },
  year: number | undefined,
  documentDate: number | undefined,
): { min: number; max: number } | undefined {
  const span = (end: number): { min: number; max: number } => ({
    min: dayNumber(from > to ? end - 1 : end, from, 1),
    max: dayNumber(end, to + 1, 1) - 1,
  });
  if (year !== undefined) return span(year);
  if (documentDate === undefined) return undefined;
  const now = yearOf(documentDate);
  return [now + 1, now, now - 1].map(span).find((s) => s.min <= documentDate);
}

/**
 * The periods a text names, resolved: through the fiscal calendar of the first of `ids` (names in
 * order of salience) that keeps one, else the calendar year. Offsets are shifted by `offset`.
 */
export function periodsIn(
  text: string,
  offset: number,
  ids: Iterable<string>,
  calendars: ReadonlyMap<string, number>,
  documentDate: number | undefined,
  named: readonly NamedAt[] = [],
): Period[] {
  const mentions = periodMentions(text);
  if (!mentions.length) return [];
  let endMonth = 12;
  for (const id of ids) {
    const month = calendars.get(id);
    if (month !== undefined) {
      endMonth = month;
      break;
    }
  }
  return mentions.flatMap((m) => {
    // ("Google Cloud grew 34% in the third quarter, while Azure grew 40% in its fiscal first
    // quarter": each period is read through the calendar of the company named nearest before it)
    let own: number | undefined;
    for (const n of named) if (n.end <= m.start + offset) own = calendars.get(n.entityId) ?? own;
    const days = resolvePeriod(m, own ?? endMonth, documentDate);
    return days ? [{ ...days, start: m.start + offset, end: m.end + offset }] : [];
  });
}

/** A name and where it ends, in the offsets a period's place is given in. */
export interface NamedAt {
  entityId: string;
  end: number;
}

/** A fact's words that say it is a quarter's figure, or a whole year's. */
const QUARTER_FACT = /\bquarter\b|^Q[1-4]$/i;
const YEAR_FACT = /^(?:full[- ]year|annual|\d{4}|fiscal (?:year|\d{4}))$/i;

/**
 * How long a period a result summed over one covers: its `period`, else what its words say. A
 * level (a run rate, a backlog) covers no period, whatever its words.
 */
export function periodOf(fact: Fact): PeriodLength | undefined {
  // (asked for every fact a figure is weighed against: its cues are read once)
  let known = periodsOf.get(fact);
  if (known === undefined) periodsOf.set(fact, (known = readPeriod(fact) ?? null));
  return known ?? undefined;
}

const periodsOf = new WeakMap<Fact, PeriodLength | null>();

function readPeriod(fact: Fact): PeriodLength | undefined {
  if (!PROPERTIES[fact.property]?.periodSum) return undefined;
  if (fact.period) return fact.period;
  if (fact.cues.some((c) => QUARTER_FACT.test(c))) return 'quarter';
  return fact.cues.some((c) => YEAR_FACT.test(c)) ? 'year' : undefined;
}

/**
 * Fiscal periods of whole weeks end a few days off their month's end (Dell's second quarter of
 * fiscal 2026 ended on August 1, 2025): how far a period's end and a date of it may stand apart.
 */
export const PERIOD_END_SLACK_DAYS = 7;

/** Results are reported weeks after the period ends, annual reports up to about three months. */
export const REPORTED_WITHIN_DAYS = 120;

/** Days of a quarter an outlook surely covers from the day it is given, weeks into it. */
const OUTLOOK_QUARTER_DAYS = 60;

/** Days a period of each length spans, at most. */
export const PERIOD_DAYS: Record<PeriodLength, number> = { quarter: 92, half: 184, year: 366 };

/**
 * The days a result summed over a period covers (a quarter's revenue: the quarter to its
 * `asOf`), or undefined for a fact that is no such result. An outlook is dated the day it was
 * given, in the period it is for: its span runs on from that day.
 */
export function periodSpanOf(fact: Fact): { min: number; max: number } | undefined {
  // (asked for every fact a time gate weighs, for every figure: worked out once per fact)
  let span = spansOf.get(fact);
  if (span === undefined) spansOf.set(fact, (span = readSpan(fact) ?? null));
  return span ?? undefined;
}

const spansOf = new WeakMap<Fact, { min: number; max: number } | null>();

function readSpan(fact: Fact): { min: number; max: number } | undefined {
  const length = periodOf(fact);
  const day = length && parseIsoDate(fact.asOf);
  if (!day || !length) return undefined;
  // (given weeks into the quarter, so the span stops short of its end; a year's outlook may be
  // given or raised in any month of it, and keeps the span that ends on its day)
  if (length === 'quarter' && fact.cues.some((c) => FORECAST_FACT.test(c)))
    return { min: day.min, max: day.min + OUTLOOK_QUARTER_DAYS - 1 };
  return { min: day.max - PERIOD_DAYS[length] + 1, max: day.max };
}
