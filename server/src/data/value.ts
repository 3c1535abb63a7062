import { parseIsoDate } from '../engine/reference/dates';
import { singular } from '../engine/extract/nouns';
import type { Dimension, RefValue } from '../engine/reference/types';

/** The month a duration in days is counted in, as the extraction of "122 days" counts it. */
const DAYS_PER_MONTH = 30.4375;

/** The keys a value may name its dimension with, and what each normalizes to. */
const DIMENSION_KEYS: Record<string, { dim: Dimension; scale: number; unit?: string }> = {
  money: { dim: 'money', scale: 1 },
  years: { dim: 'duration', scale: 12, unit: 'month' },
  months: { dim: 'duration', scale: 1, unit: 'month' },
  // durations are kept in months, as the text's are ("122 days" is 4.008 months); `day` says how to
  // write one
  days: { dim: 'duration', scale: 1 / DAYS_PER_MONTH, unit: 'day' },
  gigawatts: { dim: 'power', scale: 1e9, unit: 'W' },
  megawatts: { dim: 'power', scale: 1e6, unit: 'W' },
  watts: { dim: 'power', scale: 1, unit: 'W' },
  count: { dim: 'count', scale: 1 },
  percent: { dim: 'percent', scale: 1, unit: '%' },
  date: { dim: 'date', scale: 1 },
  ordinal: { dim: 'ordinal', scale: 1 },
  multiple: { dim: 'multiple', scale: 1 },
};
const QUALIFIERS = new Set(['currency', 'noun', 'approx', 'bound']);
export const VALUE_KEYS = Object.keys(DIMENSION_KEYS);

/** Why a value in a data file is malformed, and the key it is about. */
type ValueError = { error: string; key?: string };

/**
 * Compiles a value as written in a data file ({ money: 38e9 }, { years: 7 }, { date: 2019 },
 * { money: [20e9, 25e9], approx: true }) into the engine's normalized form. Returns an error
 * message (with the offending key) instead when the value is malformed.
 */
export function compileValue(raw: unknown): RefValue | ValueError {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { error: 'a value must be a mapping such as { money: 38e9 }' };
  const obj = raw as Record<string, unknown>;
  const key = readDimensionKey(obj);
  if (typeof key !== 'string') return key;
  const spec = DIMENSION_KEYS[key];
  const out: RefValue = { dim: spec.dim, min: NaN, max: NaN };
  // each reader fills its part of `out` or says what is wrong; the first error wins
  const error =
    (spec.dim === 'date' ? readDateRange(obj, key, out) : readNumberRange(obj, key, out)) ??
    (spec.dim === 'money' ? readCurrency(obj, out) : undefined) ??
    (spec.dim === 'count' ? readNoun(obj, out) : undefined) ??
    readApprox(obj, out) ??
    readBound(obj, out);
  return error ?? out;
}

/** The one key that names the value's dimension (money, years, date, ...). */
function readDimensionKey(obj: Record<string, unknown>): string | ValueError {
  const dimKeys = Object.keys(obj).filter((k) => k in DIMENSION_KEYS);
  const unknown = Object.keys(obj).filter((k) => !(k in DIMENSION_KEYS) && !QUALIFIERS.has(k));
  if (unknown.length)
    return {
      error: `unknown value key "${unknown[0]}"; expected one of ${VALUE_KEYS.join(', ')}`,
      key: unknown[0],
    };
  if (dimKeys.length !== 1)
    return { error: `a value needs exactly one of ${VALUE_KEYS.join(', ')}` };
  return dimKeys[0];
}

/** A date or a [first, last] pair of dates: the days they span and the precision written. */
function readDateRange(
  obj: Record<string, unknown>,
  key: string,
  out: RefValue,
): ValueError | undefined {
  const raw = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [obj[key]];
  const ranges = raw.map((d) => parseIsoDate(String(d ?? '')));
  if (raw.length < 1 || raw.length > 2 || ranges.some((r) => !r)) {
    return {
      error: `"date" must be YYYY, YYYY-MM or YYYY-MM-DD (a real day), or a [first, last] pair of them`,
      key,
    };
  }
  const [first, last = first] = ranges as NonNullable<(typeof ranges)[number]>[];
  if (first.min > last.max) return { error: `"date" range is reversed`, key };
  Object.assign(out, { min: first.min, max: last.max, unit: first.precision });
  return undefined;
}

/** A number or a [low, high] pair, scaled to the dimension's unit (years to months, ...). */
function readNumberRange(
  obj: Record<string, unknown>,
  key: string,
  out: RefValue,
): ValueError | undefined {
  const spec = DIMENSION_KEYS[key];
  const nums = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [obj[key]];
  if (
    nums.length < 1 ||
    nums.length > 2 ||
    !nums.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    return { error: `"${key}" must be a number or a [low, high] pair of numbers`, key };
  }
  const [lo, hi = lo] = (nums as number[]).map((n) => n * spec.scale);
  if (lo > hi) return { error: `"${key}" range is reversed: low ${lo} > high ${hi}`, key };
  if (lo < 0 && spec.dim !== 'percent') return { error: `"${key}" must not be negative`, key };
  out.min = lo;
  out.max = hi;
  if (spec.unit) out.unit = spec.unit;
  return undefined;
}

/** Money's currency, a three-letter code; USD when none is given. */
function readCurrency(obj: Record<string, unknown>, out: RefValue): ValueError | undefined {
  const currency = obj.currency ?? 'USD';
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
    return { error: '"currency" must be a three-letter code such as USD', key: 'currency' };
  out.unit = currency;
  return undefined;
}

/** A count's noun: what is counted, kept as written and as a singular for matching. */
function readNoun(obj: Record<string, unknown>, out: RefValue): ValueError | undefined {
  if (typeof obj.noun !== 'string' || !obj.noun.trim())
    return {
      error: 'a count needs "noun": what is counted (shares, chips, users, ...)',
      key: 'noun',
    };
  out.unit = singular(obj.noun.trim().toLowerCase());
  out.noun = obj.noun.trim();
  return undefined;
}

/** `approx: true`: the sources say "about". */
function readApprox(obj: Record<string, unknown>, out: RefValue): ValueError | undefined {
  if (obj.approx === undefined) return undefined;
  if (typeof obj.approx !== 'boolean')
    return { error: '"approx" must be true or false', key: 'approx' };
  if (obj.approx) out.approx = true;
  return undefined;
}

/** `bound`: the sources say "more than" (at-least) or "up to" (at-most). */
function readBound(obj: Record<string, unknown>, out: RefValue): ValueError | undefined {
  if (obj.bound === undefined) return undefined;
  if (obj.bound !== 'at-least' && obj.bound !== 'at-most')
    return { error: '"bound" must be at-least or at-most', key: 'bound' };
  out.bound = obj.bound;
  return undefined;
}
