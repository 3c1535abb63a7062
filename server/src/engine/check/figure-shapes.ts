import type { SentenceContext } from '../reading';
import { SET_AGAINST_BEFORE } from '../frame/words';
import type { Quantity } from '../types';

/**
 * Where a figure stands among the sentence's others, which says whether it makes a claim of its
 * own: said again, converted into another currency, or one of a list's parts.
 */

/**
 * "the $100 billion" after a "$100 billion" said just before is that figure again: it was judged
 * where it was first written, and the words around the repeat ("had never been a commitment")
 * need not name its property.
 */
export function restated(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  if (!/\b(?:the|that|this)\s+$/i.test(ctx.text.slice(Math.max(0, start - 6), start))) return false;
  return ctx.previousText.includes(q.text) || ctx.text.slice(0, start).includes(q.text);
}

/**
 * An amount in brackets right after an amount: its conversion into another currency, or, alone in
 * its brackets in the same one, a restatement or a slip of the currency before it ("US$24 billion
 * ($16 billion)" for A$24 billion): the amount written first is the claim.
 */
export function converted(q: Quantity, ctx: SentenceContext): boolean {
  if (q.dim !== 'money') return false;
  let before: Quantity | undefined;
  for (const o of ctx.quantities) if (o.end <= q.start) before = o;
  return (
    before !== undefined &&
    before.dim === 'money' &&
    /^\s*\(\s*(?:about|around|roughly|approximately|some|~|≈)?\s*$/i.test(
      ctx.text.slice(before.end - ctx.offset, q.start - ctx.offset),
    ) &&
    // (in the same currency, only an amount the brackets hold alone: "($45B less debt of $12B)"
    // is a sum of its own)
    (before.unit !== q.unit || /^\s*\)/.test(ctx.text.slice(q.end - ctx.offset)))
  );
}

/**
 * One of two or more figures of its kind listed after a colon; not a figure and the size of its
 * equal parts ("**Amazon:** $8B, in two $4B tranches").
 */
export function listedPart(q: Quantity, ctx: SentenceContext): boolean {
  const colon = ctx.text.lastIndexOf(':', q.start - ctx.offset);
  if (colon < 0) return false;
  const listed = ctx.quantities.filter(
    (o) =>
      o.dim === q.dim &&
      o.start - ctx.offset > colon &&
      !EQUAL_PARTS.test(ctx.text.slice(0, o.start - ctx.offset)) &&
      !SET_AGAINST_BEFORE.test(ctx.text.slice(0, o.start - ctx.offset)),
  );
  return listed.length >= 2;
}

/** A count of equal parts right before a figure: "in two ", "of 3 ". */
const EQUAL_PARTS = /\b(?:two|three|four|five|six|\d)\s+$/i;
