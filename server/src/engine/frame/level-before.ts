import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';
import { FigureMemo } from '../memo';
import { YEAR_ON_YEAR } from './words';

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
  const between = ctx.text.slice(level.end - ctx.offset, q.start - ctx.offset);
  const after = ctx.text.slice(q.end - ctx.offset);
  return CHANGE_OF_LEVEL.test(between) ||
    (ARTICLE_AFTER_LEVEL.test(between) && CHANGE_NOUN_AFTER.test(after))
    ? level
    : undefined;
}

/**
 * What stands between an amount and the change said of it: the rest of the amount's clause (no
 * other break), then the change's opening words.
 */
const CHANGE_OF_LEVEL = new RegExp(
  String.raw`^[^,;:.()\u2014]{0,50}(?:,|\s[\u2013\u2014-]|\u2014)\s*` +
    // (", which is up 30%", ", which grew 30%")
    String.raw`(?:which\s+(?:(?:is|was|are|were)\s+(?=up|down)|(?=rose|grew|fell|climbed|jumped)))?` +
    String.raw`(?:(?:up|down|rising|falling|rose|grew|fell|climbed|jumped` +
    String.raw`|growing|climbing|an? (?:increase|rise|jump|gain|decline|drop) of)\s+` +
    String.raw`(?:(?:about|roughly|nearly|almost|some|around|over|more than|just over)\s+)?` +
    // ("$45.5B, +29% YoY": a sign says it as plainly)
    String.raw`|\+)$`,
  'i',
);

/**
 * A change named after its figure ("$4.1 billion, a 12% gain", "$2 billion — a 40% jump"): the rest
 * of the amount's clause, a break and an article, then the figure and the noun of change.
 */
const ARTICLE_AFTER_LEVEL = new RegExp(
  String.raw`^[^,;:.()\u2014]{0,50}(?:,|\s[\u2013\u2014-]|\u2014)\s*` +
    // ("— marking a healthy 31% increase": what the amount comes to, and a word of praise)
    String.raw`(?:(?:representing|implying|reflecting|marking|meaning)\s+)?an?\s+` +
    String.raw`(?:(?:robust|solid|strong|healthy|modest|whopping|staggering)\s+)?$`,
  'i',
);
const CHANGE_NOUN_AFTER =
  /^\s*(?:year-over-year\s+|annual\s+|sequential\s+)?(?:increase|rise|jump|gain|decline|drop|growth)\b/i;

/**
 * A change against the same period a year before is said of the amount ("$45.5B, +29% YoY",
 * "$20 billion, up 63% from a year earlier"): the amount is a period's result.
 */
export function comparedWithYearBefore(q: Quantity, ctx: SentenceContext): boolean {
  // (asked for every fact a figure weighs: read once)
  return compared.get(q, ctx, () =>
    ctx.quantities.some(
      (p) =>
        p.start >= q.end &&
        levelBefore(p, ctx) === q &&
        YEAR_BEFORE_AFTER.test(ctx.text.slice(p.end - ctx.offset, p.end - ctx.offset + 40)),
    ),
  );
}
const compared = new FigureMemo<boolean>();

const YEAR_BEFORE_AFTER = new RegExp(
  String.raw`^\s*(?:${YEAR_ON_YEAR}` +
    String.raw`|(?:from|over|on|versus|vs\.?) (?:a|the) year (?:earlier|ago|before)` +
    String.raw`|(?:from|over) the (?:same|year-ago) (?:quarter|period))`,
  'i',
);
