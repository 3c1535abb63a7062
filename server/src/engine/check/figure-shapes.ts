import type { SentenceContext } from '../reading';
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

/** An amount in brackets right after an amount in another currency: its conversion. */
export function converted(q: Quantity, ctx: SentenceContext): boolean {
  if (q.dim !== 'money') return false;
  let before: Quantity | undefined;
  for (const o of ctx.quantities) if (o.end <= q.start) before = o;
  return (
    before !== undefined &&
    before.dim === 'money' &&
    before.unit !== q.unit &&
    /^\s*\(\s*(?:about|around|roughly|approximately|some|~|≈)?\s*$/i.test(
      ctx.text.slice(before.end - ctx.offset, q.start - ctx.offset),
    )
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
      !EQUAL_PARTS.test(ctx.text.slice(0, o.start - ctx.offset)),
  );
  return listed.length >= 2;
}

/** A count of equal parts right before a figure: "in two ", "of 3 ". */
const EQUAL_PARTS = /\b(?:two|three|four|five|six|\d)\s+$/i;
