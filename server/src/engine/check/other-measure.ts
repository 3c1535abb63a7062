import type { Fact } from '../reference/types';
import type { Quantity } from '../types';

/**
 * Measures of a property that are not the property as usually meant: a run rate is no revenue, a
 * pre-money valuation no post-money one, a share move no stake.
 */

/**
 * Words by a figure that make it a different measure from a property, unless the fact itself
 * uses them: a run rate is no revenue, a pre-money valuation no post-money one, a cluster's chips
 * no rack's or server's.
 */
export const OTHER_MEASURE: Partial<Record<string, RegExp>> = {
  revenue: /\brun[- ]rate\b|\bannuali[sz]ed\b/i,
  valuation: /\bpre-?money\b/i,
  chips: /\bclusters?\b/i,
};

/**
 * Words that name the usual measure against a fact of the other one (`OTHER_MEASURE`): "post-money"
 * by a figure is not a pre-money valuation.
 */
export const USUAL_MEASURE: Partial<Record<string, RegExp>> = {
  valuation: /\bpost-?money\b/i,
};

const SHARES_MOVED = new RegExp(
  String.raw`\b(?:shares?|stock)\s+(?:\w+\s+)?(?:rose|fell|jumped|climbed|gained` +
    String.raw`|dropped|slid|sank|surged|closed|ended|were|was|traded)\b(?:\s+(?:up` +
    String.raw`|down|about|roughly|nearly|by))*\s*$`,
  'i',
);

/**
 * The words right around a figure (`around`: before it, after it) make it another measure than
 * the fact's: a run rate, not revenue; "Oracle shares rose 4%", a share move only.
 */
export function otherMeasure(fact: Fact, q: Quantity, around: [string, string]): boolean {
  if (q.dim === 'percent' && fact.property !== 'share-move' && SHARES_MOVED.test(around[0]))
    return true;
  const words = OTHER_MEASURE[fact.property];
  if (!words) return false;
  // (a fact of the other measure itself: only words of the usual one set the figure apart)
  if (ofOtherMeasure(fact)) {
    const usual = USUAL_MEASURE[fact.property];
    return usual !== undefined && around.some((t) => usual.test(t));
  }
  return around.some((t) => words.test(t));
}

/** A fact of the other measure of its property, by its own words: a pre-money valuation. */
export function ofOtherMeasure(fact: Fact): boolean {
  const words = OTHER_MEASURE[fact.property];
  return words !== undefined && fact.cues.some((c) => words.test(c));
}
