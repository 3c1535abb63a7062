import type { Quantity } from '../types';
import { NUMERAL, parseNumber } from './numbers';
import { roundingOf } from './reader';

const LOWER_BOUND = new RegExp(
  String.raw`(?:\b(between)\s+)?(?<![\p{L}\p{N}.,$])(${NUMERAL})\s?(?:[-\u2013\u2014]|\s(to|and)\s)\s?$`,
  'u',
);

/**
 * "4–5 GW", "between 4 and 5 million GPUs": a bare number before a figure, joined by a dash, "to"
 * or "between ... and", is the low end of a range in the figure's own scale and unit.
 */
export function withLowerBound(text: string, q: Quantity): Quantity {
  if (q.min !== q.max || !['count', 'power', 'money', 'percent'].includes(q.dim) || q.style.prefix)
    return q;
  const m = LOWER_BOUND.exec(text.slice(Math.max(0, q.start - 30), q.start));
  if (!m || (m[3] === 'and' && !m[1])) return q;
  const low = parseNumber(m[2]);
  if (!low) return q;
  const min = low.value * q.style.scale;
  if (!(min < q.min)) return q;
  const start = q.start - m[0].length + (m[1] ? 0 : 0);
  return {
    ...q,
    start,
    text: text.slice(start, q.end),
    min,
    rounding: Math.max(q.rounding, roundingOf(low.decimals, q.style.scale, low.form)),
  };
}

/**
 * "$150 billion to $175 billion", "4–5 GW written in full", "between 4 and 5 million": two figures
 * of one dimension joined by a dash or "to" are one range ("from $132 billion to $142 billion"
 * is a change, not a range, and stays two figures).
 */
export function mergeRanges(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const written of found) {
    const prev = out[out.length - 1];
    const q = prev ? inCurrencyOf(prev, written) : written;
    const joint = prev ? text.slice(prev.end, q.start) : '';
    const joined =
      prev &&
      prev.dim === q.dim &&
      prev.dim !== 'date' &&
      prev.unit === q.unit &&
      prev.min === prev.max &&
      q.min === q.max &&
      ((/^\s?[-\u2013\u2014]\s?$|^ to $/.test(joint) &&
        !/\bfrom\s+(?:about\s+)?$/i.test(text.slice(Math.max(0, prev.start - 12), prev.start))) ||
        (joint === ' and ' &&
          /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start))));
    if (joined && prev.max < q.min) {
      out[out.length - 1] = {
        ...prev,
        end: q.end,
        text: text.slice(prev.start, q.end),
        max: q.max,
        rounding: Math.max(prev.rounding, q.rounding),
      };
    } else out.push(written);
  }
  return out;
}

/**
 * The high end of a range written bare after a sum ("USD 12 billion - 16 billion"), in the sum's
 * currency; any other figure as found.
 */
function inCurrencyOf(prev: Quantity, q: Quantity): Quantity {
  const bare =
    prev.dim === 'money' &&
    q.dim === 'count' &&
    !q.unit &&
    q.style.scaleWord !== '' &&
    q.style.scaleWord === prev.style.scaleWord &&
    !q.style.prefix &&
    !q.style.suffix;
  return bare ? { ...q, dim: 'money', unit: prev.unit } : q;
}
