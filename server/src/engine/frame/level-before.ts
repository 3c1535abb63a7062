import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/**
 * The amount a change is said of, when the change follows it in the next clause: "$81.6 billion
 * in first-quarter revenue, up 85% from a year earlier". The change measures that amount over the
 * same period, so the amount's clause gives the change's period too.
 */
export function levelBefore(q: Quantity, ctx: SentenceContext): Quantity | undefined {
  if (q.dim !== 'percent') return undefined;
  let level: Quantity | undefined;
  for (const p of ctx.quantities) if (p.end <= q.start && p.dim !== 'date') level = p;
  if (level?.dim !== 'money') return undefined;
  return CHANGE_OF_LEVEL.test(ctx.text.slice(level.end - ctx.offset, q.start - ctx.offset))
    ? level
    : undefined;
}

/**
 * What stands between an amount and the change said of it: the rest of the amount's clause (no
 * other break), then the change's opening words.
 */
const CHANGE_OF_LEVEL = new RegExp(
  String.raw`^[^,;:.()\u2014]{0,50}(?:,|\s[\u2013\u2014-]|\u2014)\s*(?:up|down|rising|falling` +
    String.raw`|growing|climbing|an? (?:increase|rise|jump|gain|decline|drop) of)\s+` +
    String.raw`(?:(?:about|roughly|nearly|almost|some|around|over|more than|just over)\s+)?$`,
  'i',
);
