import { rangeOf, yearOf } from '../reference/dates';
import type { Fact, RefValue } from '../reference/types';
import type { Quantity } from '../types';

/** How far "about" lets a figure stray from the reference, as a share of the value. */
const APPROX = 0.1;
/** How far "about" lets a figure written to three digits or more stray. */
const PRECISE_APPROX = 0.025;
/** How far below the reference "nearly" may start. */
const NEARLY = 0.15;

interface Interval {
  lo: number;
  hi: number;
}

/**
 * Whether a written figure agrees with a reference value. The figure's interval comes from how it
 * is written (the last digit's rounding) and its hedge; the reference's from its range, "about"
 * and bounds. They agree when the intervals meet. When both sides carry the same bound ("up to
 * $10 billion" against a fact that says up to $10 billion) the bounds themselves are compared.
 */
export function agrees(q: Quantity, ref: RefValue): boolean {
  if (q.dim !== ref.dim) return false;
  ref = bySize(q, endOfSpan(q, ref));
  // ("up to $185 billion" against an outlook of $115-135 billion: a ceiling written against a
  // range names its top, a floor its bottom)
  const end = endOfRange(q, ref);
  if (end) return agrees({ ...q, hedge: undefined }, end);
  const sameBound =
    (q.hedge === 'at-most' && ref.bound === 'at-most') ||
    (q.hedge === 'at-least' && ref.bound === 'at-least');
  if (rangeAgainstRange(q, ref))
    return (
      agrees({ ...q, max: q.min }, { ...ref, max: ref.min }) &&
      agrees({ ...q, min: q.max }, { ...ref, min: ref.max })
    );
  const written = sameBound ? pointInterval(q) : figureInterval(q);
  const reference = sameBound ? { lo: ref.min, hi: ref.max } : referenceInterval(ref);
  const widen = slackOf(q, ref);
  // a range written against one value: the value within the range, or the range within the
  // value's slack ("$81-$83 billion" is not "about $85 billion", whose slack only meets its end)
  if (q.min < q.max && ref.min === ref.max && !q.hedge && q.dim !== 'date')
    return (
      (written.lo <= ref.min && ref.max <= written.hi) ||
      (reference.lo - widen <= written.lo && written.hi <= reference.hi + widen)
    );
  return written.lo <= reference.hi + widen && reference.lo - widen <= written.hi;
}

/** A fall is stated with a verb ("fell 2%"), not a sign: a negative rate is compared by size. */
function bySize(q: Quantity, ref: RefValue): RefValue {
  return q.dim === 'percent' && ref.max < 0 && q.min >= 0
    ? { ...ref, min: -ref.max, max: -ref.min }
    : ref;
}

/** The end of a plain range in the data that a written ceiling or floor names, if it is one. */
function endOfRange(q: Quantity, ref: RefValue): RefValue | undefined {
  if (q.min !== q.max || ref.min === ref.max || ref.bound || q.dim === 'date') return undefined;
  if (q.hedge === 'at-most') return { ...ref, min: ref.max };
  return q.hedge === 'at-least' ? { ...ref, max: ref.min } : undefined;
}

/**
 * The figure gives the value as the data has it, to within `share` of it, hedges aside (a ceiling
 * as its top): at a tenth, "$12 billion" for up to $11.9 billion, not for up to $14.2 billion.
 */
export function statesValue(q: Quantity, v: RefValue, share: number): boolean {
  const written = (q.min + q.max) / 2;
  const value = v.bound === 'at-most' ? v.max : (v.min + v.max) / 2;
  return value !== 0 && Math.abs(written - value) <= share * Math.abs(value);
}

/**
 * How far "about" widens the reference, in its units. Dates are day numbers: a share of them
 * means nothing, and "about 2019" is still 2019. One slack, not two: "close to 9 GW" takes its own
 * 15% below; "about 7 GW" does not add 10%. A figure written to three digits or more,
 * "approximately $825 billion", is hedged only to within a few percent: the writer chose those
 * digits; and a plain figure against a value the data holds as "about" gets the data's rounding
 * and a few percent ("about $27 billion" is not said of $29 billion).
 */
function slackOf(q: Quantity, ref: RefValue): number {
  // (a range in the data is already the spread of the value: "about $48 billion" is not said of
  // an outlook of $42.1 to $43.9 billion)
  const spread = ref.min < ref.max && !ref.bound;
  const slack = significantDigits(q.text) >= 3 || !q.hedge || spread ? PRECISE_APPROX : APPROX;
  return q.dim !== 'date' && (q.hedge === 'approx' || (ref.approx && q.hedge !== 'nearly'))
    ? slack * Math.max(Math.abs(ref.min), Math.abs(ref.max))
    : 0;
}

/**
 * A plain range written against a plain range in the data: each end is compared with its own ("$66
 * billion to $72 billion" is not an outlook of $64 to $72 billion), not any overlap. Not for dates,
 * whose spans are compared whole.
 */
function rangeAgainstRange(q: Quantity, ref: RefValue): boolean {
  const plain = !q.hedge && !ref.bound && q.dim !== 'date';
  return plain && q.min < q.max && ref.min < ref.max;
}

function pointInterval(q: Quantity): Interval {
  const rounding = zeroEnded(q) ? TENS * q.rounding : q.rounding;
  return { lo: q.min - rounding, hi: q.max + rounding };
}

/**
 * A whole amount of three digits or more that ends in one zero ("$980 million", "1,250 jobs") may
 * be rounded to its tens: a trailing zero does not say it is significant ($981.6 million is
 * reported so).
 */
function zeroEnded(q: Quantity): boolean {
  if ((q.dim !== 'money' && q.dim !== 'count') || q.min !== q.max) return false;
  const digits = WHOLE_NUMBER.exec(q.text)?.[1];
  // (one zero only: "$100 billion" or "1,000 jobs" is a round number, not one rounded to tens)
  return digits !== undefined && /[1-9]0$/.test(digits) && digits.replace(/,/g, '').length >= 3;
}

/** How much wider a step of tens is than a step of ones. */
const TENS = 10;
/** The first number written, when it has no decimals: "$980 million" -> "980". */
const WHOLE_NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\d)/;

function figureInterval(q: Quantity): Interval {
  const { lo, hi } = pointInterval(q);
  switch (q.hedge) {
    case 'nearly':
      return { lo: q.min * (1 - NEARLY), hi };
    // "more than $20 billion" is not said of $200 billion, nor "up to $40 billion" of $4 billion
    case 'at-least':
      return { lo, hi: q.max * 2.5 };
    case 'at-most':
      return { lo: q.min / 4, hi };
    case 'below':
      return { lo: q.min / 4, hi: q.max };
    default:
      return truncated(q)
        ? { lo: Math.min(lo, q.min - 2 * q.rounding), hi: Math.max(hi, q.max + 2 * q.rounding) }
        : { lo, hi };
  }
}

/**
 * A figure written to a step finer than a thousandth of it may be cut short rather than rounded
 * ("$40.58 billion" for $40.589 billion): it covers up to its next step; and so may the value it
 * is checked against ("$28.20 billion" for a value the data cut to $28.19 billion): it covers the
 * step below too. Coarser figures do not, or 33% would pass for 34%.
 */
function truncated(q: Quantity): boolean {
  return (
    (q.dim === 'money' || q.dim === 'count') &&
    q.rounding > 0 &&
    2 * q.rounding < TRUNCATION_SHARE * Math.abs(q.max)
  );
}

const TRUNCATION_SHARE = 0.001;

/**
 * "More than 2 GW" is true of 20 GW, but no writer means the one by the other, and a figure well
 * under a ceiling ("$300 billion" for "up to $500 billion") is another amount, not the ceiling
 * restated: a bound in the data covers values within a share of it, above it (at least) or below
 * it (at most).
 */
function referenceInterval(ref: RefValue): Interval {
  if (ref.bound === 'at-least') return { lo: ref.min, hi: ref.max / BOUND_REACH };
  if (ref.bound === 'at-most') return { lo: ref.max * BOUND_REACH, hi: ref.max };
  // a point value is as it was reported, rounded at its last digit: 34% is what a 33.5% rise is
  // reported as, and $81.3 billion what $81.28 billion is (but not 33%, whose own rounding
  // reaches only to 33.5)
  if (ref.min === ref.max && ROUNDED.has(ref.dim)) {
    // (but "$1 trillion" is not how "$1.5 trillion" is rounded: a step of one leading digit is
    // not taken at its half)
    const slack = Math.min(HALF_STEP * lastDigitStep(ref.min), ROUNDING_SHARE * Math.abs(ref.min));
    return { lo: ref.min - slack, hi: ref.max + slack };
  }
  return { lo: ref.min, hi: ref.max };
}

/** How far from a bound in the data a figure may stand, as the ratio of the nearer to the farther. */
const BOUND_REACH = 0.7;

/** Dimensions whose reference values are reported rounded (a date or a rank is exact). */
const ROUNDED = new Set(['money', 'count', 'percent', 'power']);
/** How far a reported value may stand from the unrounded figure: just under half its last step. */
const HALF_STEP = 0.49;
/** The most a reported value may stand from the unrounded one, as a share of it. */
const ROUNDING_SHARE = 0.1;

/**
 * The step of a value's last written digit, in the scale it is said in: 81.3e9 is said "81.3
 * billion", a step of 0.1e9.
 */
function lastDigitStep(value: number): number {
  // the values are the data's, each asked about for every figure weighed against it
  let step = lastDigitSteps.get(value);
  if (step === undefined) {
    if (lastDigitSteps.size >= 20_000) lastDigitSteps.clear();
    lastDigitSteps.set(value, (step = lastDigitStepOf(value)));
  }
  return step;
}

const lastDigitSteps = new Map<number, number>();

function lastDigitStepOf(value: number): number {
  const size = Math.abs(value);
  const scale = size >= 1e12 ? 1e12 : size >= 1e9 ? 1e9 : size >= 1e6 ? 1e6 : 1;
  const decimals = String(Number((size / scale).toPrecision(12))).split('.')[1]?.length ?? 0;
  return scale / 10 ** decimals;
}

/**
 * One end of a written span of dates ("through 2030") against a fact that spans several periods
 * ("2026 to 2028") is said of the fact's own end: its last period (or its first, for a start).
 */
export function endOfSpan(q: Quantity, ref: RefValue): RefValue {
  if (q.dim !== 'date' || !q.rangePart || ref.dim !== 'date' || !spansPeriods(ref)) return ref;
  const edge = q.rangePart === 'start' ? ref.min : ref.max;
  const period = rangeOf(
    yearOf(edge),
    ref.unit === 'year' ? undefined : monthOf(edge),
    ref.unit === 'day' ? dayOf(edge) : undefined,
  );
  return { ...ref, min: Math.max(ref.min, period.min), max: Math.min(ref.max, period.max) };
}

/** A date value that covers more than one of its own periods: "2026 to 2028", not "2026". */
export function spansPeriods(ref: RefValue): boolean {
  const length = ref.max - ref.min;
  return ref.unit === 'year' ? length > 366 : ref.unit === 'month' ? length > 31 : length > 0;
}

const monthOf = (day: number): number => new Date(day * 86_400_000).getUTCMonth() + 1;
const dayOf = (day: number): number => new Date(day * 86_400_000).getUTCDate();

/** The digits a number is written to, less trailing zeros: 3 for "$825 billion", 1 for "$800". */
function significantDigits(text: string): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/[,.]/g, '') ?? '';
  return digits.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * A fact a gate ruled out agrees with the figure by more than coincidence: a value with no open
 * bound and no wide range, within 2% of the figure ("$77.7 billion", not "$3 billion" for 3.5), or
 * for a rate within its rounding, as the fact or any of its sources has it. A date agrees only
 * where its span meets the fact's: 2% of a day number is a year.
 */
export function agreesClosely(q: Quantity, fact: Fact): boolean {
  const values = [fact.value, ...fact.also.map((a) => a.value)];
  if (q.dim === 'date')
    return values.some((v) => v.dim === 'date' && q.min <= v.max && v.min <= q.max);
  const written = (q.min + q.max) / 2;
  // (a rate agrees only as rounded to its written digits: 61% is not another line's 62%)
  const rateOff = q.dim === 'percent' ? halfLastDigit(q.text) : undefined;
  return values.some((v) => {
    const ref = (v.min + v.max) / 2;
    const off = rateOff ?? Math.abs(ref) * 0.02;
    return !v.bound && v.max <= v.min * 1.25 && Math.abs(written - ref) <= off;
  });
}

/** Half a unit of the last digit a number is written to: 0.5 for "62%", 0.05 for "9.6%". */
function halfLastDigit(text: string): number {
  const decimals = /\d[.,](\d+)/.exec(text)?.[1].length ?? 0;
  return 0.5 * 10 ** -decimals;
}
