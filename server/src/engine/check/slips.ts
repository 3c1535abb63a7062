import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { Candidate } from './candidate';
import { agrees } from './tolerance';

/**
 * Slips of a writer's hand that tell which value a figure meant: digits swapped, a scale missed,
 * one end of a range changed.
 */

/** Orders of magnitude between a figure and a fact's value (0 when either is not positive). */
export function magnitudesApart(q: Quantity, fact: Fact): number {
  const [written, ref] = midpoints(q, fact);
  return written > 0 && ref > 0 ? Math.abs(Math.log10(written / ref)) : 0;
}

function midpoints(q: Quantity, fact: Fact): [number, number] {
  return [(q.min + q.max) / 2, (fact.value.min + fact.value.max) / 2];
}

/**
 * A figure under a ceiling the data gives ("up to $19.4 billion") whose digits are another value
 * of the same subject's, swapped ("$14.7 billion" for the firm $17.4 billion): the slip of that
 * value, not an amount within the ceiling.
 */
export function slipOfAnother(q: Quantity, fact: Fact, weighed: readonly Candidate[]): boolean {
  return (
    fact.value.bound === 'at-most' &&
    weighed.some((c) => c.fact !== fact && c.fact.subject === fact.subject && transposed(q, c.fact))
  );
}

/**
 * The figure is the fact's value with its digits swapped: the same nonzero digits (two or more),
 * another number, within tenfold.
 */
export function transposed(q: Quantity, fact: Fact): boolean {
  if (q.min !== q.max || fact.value.min !== fact.value.max || magnitudesApart(q, fact) >= 1)
    return false;
  // (the value as the writer would write it: $15,952 million to the cent of a billion, $15.95)
  // (by size: a fall of 17% is written "fell 17%", which is no slip of -17)
  const ref = atWrittenStep(Math.abs(fact.value.min), q);
  const written = Math.abs(q.min);
  return written !== ref && nonzeroDigits(written).length >= 2 && !digitsDiffer(written, ref);
}

/** A value rounded to the step of a figure's last written digit. */
function atWrittenStep(value: number, q: Quantity): number {
  const step = 2 * q.rounding;
  if (!(step > 0)) return value;
  // (to the step's own digits: 15.95e9 is not 15.950000000000001e9)
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** Whether two numbers are written with different digits (not a transposition or a scale slip). */
function digitsDiffer(a: number, b: number): boolean {
  const sorted = (n: number): string => [...nonzeroDigits(n)].sort().join('');
  return sorted(a) !== sorted(b);
}

function nonzeroDigits(n: number): string {
  return String(n).replace(/[^1-9]/g, '');
}

/**
 * How far a figure is from a fact's value, on a log scale; a thousandfold slip (million for
 * billion) counts as near.
 */
export function distanceTo(q: Quantity, fact: Fact): number {
  const [written, ref] = midpoints(q, fact);
  if (written <= 0 || ref <= 0) return Math.abs(written - ref);
  const ratio = magnitudesApart(q, fact);
  return Math.min(ratio, Math.abs(ratio - 3)) + (digitsDiffer(written, ref) ? 0.5 : 0);
}

/**
 * The figure is the fact's value a thousand times over or under, bounds and all: million for
 * billion.
 */
export function scaleSlipped(q: Quantity, fact: Fact): boolean {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9;
  return [1e3, 1e-3].some(
    (k) => near(q.min, fact.value.min * k) && near(q.max, fact.value.max * k),
  );
}

/**
 * A range written with one end of a value's range and the other end off ("$115 billion to $153
 * billion" for an outlook of $115 to $135 billion): of the candidates, the one whose range it
 * slips, when only one is.
 */
export function oneEndSlipOf(q: Quantity, candidates: readonly Candidate[]): Candidate | undefined {
  if (q.min === q.max || q.dim === 'date') return undefined;
  const slipped = candidates.filter((c) => {
    const v = c.fact.value;
    if (v.min === v.max || v.bound) return false;
    const end = (written: number, ref: number): boolean =>
      agrees({ ...q, min: written, max: written }, { ...v, min: ref, max: ref });
    return end(q.min, v.min) !== end(q.max, v.max);
  });
  return slipped.length === 1 ? slipped[0] : undefined;
}
