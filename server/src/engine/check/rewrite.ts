import { MONTH_NAMES, yearOf } from '../reference/dates';
import type { RefValue } from '../reference/types';
import { formatNumber, ORDINAL_WORDS } from '../extract/numbers';
import type { Quantity, QuantityStyle } from '../types';
import { endOfSpan } from './tolerance';

/**
 * Scale words by family, smallest first, so a fix can move up or down within the author's family.
 */
const SCALE_FAMILIES: [string, number][][] = [
  [
    ['thousand', 1e3],
    ['million', 1e6],
    ['billion', 1e9],
    ['trillion', 1e12],
  ],
  [
    ['K', 1e3],
    ['M', 1e6],
    ['B', 1e9],
    ['T', 1e12],
  ],
  [
    ['k', 1e3],
    ['m', 1e6],
    ['b', 1e9],
    ['t', 1e12],
  ],
  [
    ['k', 1e3],
    ['mn', 1e6],
    ['bn', 1e9],
    ['tn', 1e12],
  ],
  [
    ['k', 1e3],
    ['mln', 1e6],
    ['bn', 1e9],
    ['trn', 1e12],
  ],
  [
    ['k', 1e3],
    ['mil', 1e6],
    ['bil', 1e9],
    ['tril', 1e12],
  ],
];

/**
 * Writes the reference value the way the author wrote the figure: same currency sign, scale word,
 * spacing, number form and unit word ("$83B" -> "$38B", "five-year" -> "seven-year").
 * Undefined when the value cannot be written faithfully in that style (a range of durations or
 * rates, an odd fraction).
 */
export function rewriteInStyle(q: Quantity, ref: RefValue, roughly = false): string | undefined {
  if (ref.min !== ref.max && q.dim !== 'date') return rewriteToRange(q, ref);
  if (q.min !== q.max && q.dim !== 'date') return undefined;
  switch (q.dim) {
    case 'money':
    case 'count':
      return rewriteAmount(q, ref, roughly);
    case 'duration':
      return rewriteDuration(q, ref.min);
    case 'power':
    case 'percent':
      return rewriteMeasure(q, ref.min);
    case 'date':
      return rewriteDate(q, endOfSpan(q, ref));
    case 'ordinal':
      return rewriteOrdinal(q, ref.min);
    default:
      return undefined;
  }
}

/**
 * An amount where the source gives a range: a range rewritten in its own style, or a single amount
 * given both ends ("$95 billion" for an outlook of $91 to $93 billion), each in the author's style
 * (not in words: "four to five million" is read as "five million" alone).
 */
function rewriteToRange(q: Quantity, ref: RefValue): string | undefined {
  if (q.dim !== 'money' && q.dim !== 'count') return undefined;
  if (q.min !== q.max) return rewriteRange(q, ref);
  if (ref.bound || q.style.form === 'words') return undefined;
  // ("up to $185 billion" for an outlook of $115 to $135 billion: the ceiling is its top)
  const end = q.hedge === 'at-most' ? ref.max : q.hedge === 'at-least' ? ref.min : undefined;
  if (end !== undefined) return rewriteAmount(q, { ...ref, min: end, max: end }, false);
  const centre = centreOf(ref);
  if (centre !== undefined) return rewriteAmount(q, { ...ref, min: centre, max: centre }, false);
  const [low, high] = [ref.min, ref.max].map((v) =>
    rewriteAmount(q, { ...ref, min: v, max: v }, false),
  );
  return low && high ? `${low} to ${high}` : undefined;
}

/**
 * The centre of a narrow range made from one ("$54 billion, plus or minus 2%" is held as $52.92
 * to $55.08 billion): a centre written with fewer digits than either end, at most 5% from each.
 */
function centreOf(ref: RefValue): number | undefined {
  const centre = (ref.min + ref.max) / 2;
  const digits = (v: number): number => String(Number(v.toPrecision(12))).replace(/0+$/, '').length;
  const narrow = ref.max - centre <= 0.05 * Math.abs(centre);
  return narrow && digits(centre) < Math.min(digits(ref.min), digits(ref.max)) ? centre : undefined;
}

/** An amount of money or a count: "$83B" -> "$38B", "100,000" -> "1 million". */
function rewriteAmount(q: Quantity, ref: RefValue, roughly: boolean): string | undefined {
  const value = ref.min;
  const s = q.style;
  // "100,000" -> "1 million": a figure of millions is written with a scale word, not six zeros
  const [scaleWord, scale] =
    !s.scaleWord && value >= 1e6 && s.form !== 'words'
      ? pickScale(value, 'million', 1e6)
      : pickScale(value, s.scaleWord, s.scale);
  const n = inWrittenDecimals(q, value / scale, scale === s.scale);
  if (n === undefined) return undefined;
  const scalePart = scaleWord ? `${s.scaleWord ? s.gap : ' '}${scaleWord}` : '';
  // `roughly`: the value that is now the case, given only roughly, is not written as exact
  // ("about $25 billion")
  const hedge = roughly && ref.approx && !q.hedge && s.prefix ? 'about ' : '';
  return `${hedge}${s.prefix}${formatNumber(n, wordsFit(q, n), s.capitalized)}${scalePart}${s.suffix}`;
}

/** A duration in the author's unit: "five-year" -> "seven-year", "five years" -> "one year". */
function rewriteDuration(q: Quantity, value: number): string | undefined {
  const s = q.style;
  const n = tidy(value / s.scale);
  if (n === undefined || n <= 0 || (s.scale === 120 && !Number.isInteger(n))) return undefined;
  // "seven-year" stays singular; "five years" -> "one year"; "one year" -> "seven years"
  const wasOne = q.min / s.scale === 1;
  const unit = s.gap === ' ' && (wasOne || s.suffix.endsWith('s')) ? agreeUnit(q, n) : s.suffix;
  return `${formatNumber(n, wordsFit(q, n), s.capitalized)}${s.gap}${unit}`;
}

/** Power or a percentage, its unit word agreeing with the number: "1 gigawatt", "2 gigawatts". */
function rewriteMeasure(q: Quantity, value: number): string | undefined {
  const s = q.style;
  const n = inWrittenDecimals(q, value / s.scale);
  if (n === undefined) return undefined;
  return `${formatNumber(n, wordsFit(q, n), s.capitalized)}${s.gap}${agreeUnit(q, n)}`;
}

/**
 * A range written with its scale word ("4 to 5 billion", "$4bn-$5bn"): both numbers and the scale
 * word move to the reference's range, separators and signs kept.
 */
function rewriteRange(q: Quantity, ref: RefValue): string | undefined {
  const s = q.style;
  const numbers = [...q.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)];
  if (numbers.length !== 2 || s.form === 'words' || !s.scaleWord) return undefined;
  const [word, scale] = pickScale(ref.max, s.scaleWord, s.scale);
  const [low, high] = [tidy(ref.min / scale), tidy(ref.max / scale)];
  if (low === undefined || high === undefined) return undefined;
  let i = 0;
  const values = [low, high];
  const renumbered = q.text.replace(/\d[\d,]*(?:\.\d+)?/g, () => formatNumber(values[i++], s.form));
  return renumbered.replace(new RegExp(`(?<=[\\d\\s])${s.scaleWord}\\b`, 'g'), word);
}

/**
 * Keeps the author's scale when the value reads well in it (1 to 999, as "$300 million" does and
 * "$300000 million" does not), else the fitting scale of the same family ("$1.4 trillion").
 */
function pickScale(value: number, scaleWord: string, scale: number): [string, number] {
  if (!scaleWord) return ['', 1];
  const reads = (v: number): boolean => v >= 1 && v < 1000 && tidy(v) !== undefined;
  if (reads(value / scale)) return [scaleWord, scale];
  const family = SCALE_FAMILIES.find((f) => f.some(([w, n]) => w === scaleWord && n === scale));
  if (!family) return [scaleWord, scale];
  for (let i = family.length - 1; i >= 0; i--) {
    const [w, n] = family[i];
    if (reads(value / n)) return [w, n];
  }
  return [scaleWord, scale];
}

/**
 * Numbers are spelled out only up to ten, as in most house styles ("six-year" -> "16-year"),
 * unless the author spelled a larger one ("thirty-two billion dollars" -> "twenty-three ...").
 */
function wordsFit(q: Quantity, n: number): QuantityStyle['form'] {
  const form = q.style.form;
  // "485-acre" -> "1,200-acre": thousands are grouped unless the author wrote them ungrouped
  if (form === 'digits') return q.min / q.style.scale < 1000 ? 'commas' : form;
  if (form !== 'words' || !Number.isInteger(n)) return form === 'words' ? 'digits' : form;
  return n <= 10 || (q.min / q.style.scale > 10 && n < 100) ? form : 'digits';
}

/**
 * A unit word agrees with its number ("1 gigawatt", "2 gigawatts"); abbreviations and "-year" do
 * not change.
 */
function agreeUnit(q: Quantity, n: number): string {
  const { suffix: unit, gap } = q.style;
  if (gap === '-' || !/^[a-z]{3,}$/i.test(unit) || /^per/i.test(unit)) return unit;
  // "a 50 megawatt site": a unit left singular after another number is an adjective's, and stays
  if (q.min / q.style.scale !== 1 && !unit.endsWith('s')) return unit;
  if (n === 1) return unit.replace(/s$/, '');
  return unit.endsWith('s') ? unit : `${unit}s`;
}

/**
 * The value as precisely as the author wrote, when they wrote decimals: "$52.1 billion" against
 * $51.24 billion gets "$51.2 billion", which the check accepts (it is within the written digit's
 * rounding of the value); as many decimals or as many significant digits, whichever keeps more
 * ("$12.5 trillion" against $1.25 trillion gets "$1.25 trillion"). Whole figures keep the value's
 * own decimals up to three significant digits, or as many as the author wrote ("$86 billion"
 * against a release's $88.268 billion gets "$88.3 billion"); a rounding that gives back the written
 * number keeps them all, unless the scale word changes ("$3.8 million" against $3.763 billion gets
 * "$3.8 billion": the digits were right).
 */
function inWrittenDecimals(q: Quantity, n: number, sameScale = true): number | undefined {
  const written = q.min / q.style.scale;
  const decimals = Math.round(Math.log10((0.5 * q.style.scale) / q.rounding));
  if (decimals < 1 && n && written) return tidy(toSignificant(n, Math.max(3, digitsOf(written))));
  if (!(decimals >= 1 && decimals <= 6) || !n || !written) return tidy(n);
  const magnitude = (v: number): number => Math.floor(Math.log10(Math.abs(v)));
  const kept = Math.max(decimals, decimals + magnitude(written) - magnitude(n));
  const rounded = Math.round(n * 10 ** kept) / 10 ** kept;
  return rounded === 0 || (sameScale && Math.abs(rounded - written) < 10 ** -(kept + 3))
    ? tidy(n)
    : rounded;
}

/** A number rounded to so many significant digits (its whole part is never cut). */
function toSignificant(n: number, digits: number): number {
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(n))));
  return Math.round(n * 10 ** decimals) / 10 ** decimals;
}

/** The digits of a whole number as written: 86 has two, 1200 four. */
const digitsOf = (whole: number): number => String(Math.round(Math.abs(whole))).length;

/** The number if it can be written with at most six decimals, else undefined. */
function tidy(n: number): number | undefined {
  // (to the millionth: an exchange ratio of 0.1433 is written whole, a third is not)
  const r = Math.round(n * 1e6) / 1e6;
  return Math.abs(r - n) <= Math.abs(n) * 1e-9 ? r : undefined;
}

/** A date in the author's form: a year, a month and year, a day, or a part of a year. */
function rewriteDate(q: Quantity, ref: RefValue): string | undefined {
  const year = yearOf(ref.min);
  if (/^\d{4}$/.test(q.text))
    return ref.unit === 'year' || yearOf(ref.max) === year ? String(year) : undefined;
  const monthYear = /^([A-Z][a-z]+)\.? (\d{4})$/.exec(q.text);
  if (monthYear && ref.unit !== 'year') return rewriteMonthYear(monthYear[1], ref, year);
  // "in July" -> "in September": a month written without its year is fixed without it, in the
  // same year ("in September 2024" where the year differs)
  if (q.yearInferred && MONTH_NAMES.includes(q.text) && ref.unit !== 'year') {
    const month = rewriteMonthYear(q.text, ref, year);
    return month && yearOf(q.min) === year ? month.slice(0, -5) : month;
  }
  return (
    (ref.unit === 'day' && ref.min === ref.max ? rewriteDay(q, ref, year) : undefined) ??
    rewritePartOfYear(q, ref, year)
  );
}

/** "March 2024" -> "May 2025", the month in full or short as written; none across months. */
function rewriteMonthYear(written: string, ref: RefValue, year: number): string | undefined {
  const month = new Date(ref.min * 86_400_000).getUTCMonth();
  if (new Date(ref.max * 86_400_000).getUTCMonth() !== month) return undefined;
  const name = MONTH_NAMES.includes(written) ? MONTH_NAMES[month] : MONTH_NAMES[month].slice(0, 3);
  return `${name} ${year}`;
}

/** A day, month first, day first or without its year, written again in the same form. */
function rewriteDay(q: Quantity, ref: RefValue, year: number): string | undefined {
  const day = new Date(ref.min * 86_400_000);
  // "December 2, 2024" -> "December 2, 2025"; "2 Dec 2024" -> "2 Dec 2025"
  const monthFirst = /^([A-Z][a-z]+)(\.?) (\d{1,2})(st|nd|rd|th)?(,?) (\d{4})$/.exec(q.text);
  const dayFirst = /^(\d{1,2}) ([A-Z][a-z]+)(\.?)(,?) (\d{4})$/.exec(q.text);
  // a month written in full ("June", "May") stays in full, an abbreviation ("Jun", "Sept")
  // shortens
  const name = (written: string): string =>
    MONTH_NAMES.includes(written)
      ? MONTH_NAMES[day.getUTCMonth()]
      : MONTH_NAMES[day.getUTCMonth()].slice(0, 3);
  if (monthFirst) {
    const suffix = monthFirst[4] ? ordinal(day.getUTCDate()) : '';
    return `${name(monthFirst[1])}${monthFirst[2]} ${day.getUTCDate()}${suffix}${monthFirst[5]} ${year}`;
  }
  if (dayFirst)
    return `${day.getUTCDate()} ${name(dayFirst[2])}${dayFirst[3]}${dayFirst[4]} ${year}`;
  // "Nov. 4" -> "Nov. 3", "18 April" -> "18 March": the year stays unwritten, as the author
  // left it
  if (!q.yearInferred || yearOf(q.min) !== year) return undefined;
  const yearless = /^([A-Z][a-z]+)(\.?) (\d{1,2})(st|nd|rd|th)?$/.exec(q.text);
  if (yearless)
    return `${name(yearless[1])}${yearless[2]} ${day.getUTCDate()}${yearless[4] ? ordinal(day.getUTCDate()) : ''}`;
  const dayFirstYearless = /^(\d{1,2}) ([A-Z][a-z]+)(\.?)$/.exec(q.text);
  return dayFirstYearless
    ? `${day.getUTCDate()} ${name(dayFirstYearless[2])}${dayFirstYearless[3]}`
    : undefined;
}

/**
 * "the second half of 2027", "Q3 2024", "late 2025": a part of a year gets the reference's year,
 * when only the year is off.
 */
function rewritePartOfYear(q: Quantity, ref: RefValue, year: number): string | undefined {
  const years = q.text.match(/\b\d{4}\b/g);
  const partOfYear = q.max - q.min < 366 && yearOf(q.min) === yearOf(q.max);
  if (years?.length === 1 && partOfYear && yearOf(ref.max) === year && Number(years[0]) !== year) {
    const shift = (year - Number(years[0])) * 365.25;
    const moved = { min: q.min + shift, max: q.max + shift };
    if (moved.min <= ref.max + 2 && ref.min <= moved.max + 2)
      return q.text.replace(/\b\d{4}\b/, String(year));
  }
  return undefined;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "sixth" -> "seventh", "6th" -> "7th", keeping a capital. */
function rewriteOrdinal(q: Quantity, n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  if (q.style.form === 'digits') return `${n}${ordinal(n)}`;
  const word = ORDINAL_WORDS[n - 1];
  if (!word) return undefined;
  return q.style.capitalized ? word[0].toUpperCase() + word.slice(1) : word;
}
