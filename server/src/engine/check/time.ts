import { DataMemo } from '../memo';
import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { SentenceContext } from '../reading';
import { TIME_VARYING } from './properties';
import { SEGMENT_CUE } from '../frame/gates';
import { FORECAST_FACT } from '../frame/words';

/** Which of a subject's values over time a figure speaks of. */

/**
 * For values that change over time: a date in the sentence that matches the fact's date helps,
 * one that contradicts it rules the fact out. Without a date the fact stays in, unscored.
 */
export function timeFit(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  owned: boolean[],
  index: ReferenceIndex,
): number {
  // a date is itself the claim: other dates in the sentence say nothing about which fact it is
  if (q.dim === 'date') return 0;
  const dates = ctx.dates;
  if (dates.length === 0)
    return ctx.documentDate === undefined ? 0 : currentAt(fact, ctx.documentDate, index);
  const asOf = parseIsoDate(fact.asOf);
  if (!asOf) return 0;
  const varying = TIME_VARYING.has(fact.property);
  let best = -Infinity;
  for (const [i, d] of dates.entries()) {
    // a date in the sentence is the time of the figure nearest to it ("$500 billion, up from $157
    // billion in October 2024"): for other figures it is only context, and says little
    const own = owned[i];
    const overlaps = d.min <= asOf.max && asOf.min <= d.max;
    let score: number;
    if (overlaps) score = own ? 1 : d.inSentence ? 0.25 : 0.5;
    else if (varying) score = own ? -Infinity : -0.5;
    else score = -0.3;
    best = Math.max(best, score);
  }
  // no date of this figure's own: the draft's own date decides, if it has one
  if (best < 1 && ctx.documentDate !== undefined && !dates.some((d) => d.inSentence)) {
    const current = currentAt(fact, ctx.documentDate, index);
    // a date around the sentence that matches the fact is not undone by a newer value of the
    // property
    if (current !== 0) return best >= 0.5 ? Math.max(best, current) : current;
  }
  return best;
}

/**
 * Whether a date in the sentence is `q`'s own: the figure nearest to it, in the same clause (no
 * comma or bracket between), or the date opens the sentence ("In March 2025, OpenAI raised ...").
 */
export function ownsDate(
  d: SentenceContext['dates'][number],
  q: Quantity,
  ctx: SentenceContext,
): boolean {
  if (d.start === undefined) return true;
  const at = d.start;
  const gap = (o: Quantity): number => Math.abs((o.start + o.end) / 2 - at);
  const figures = ctx.quantities.filter((o) => o.dim !== 'date');
  const nearest = figures.reduce<Quantity | undefined>(
    (m, o) => (!m || gap(o) < gap(m) ? o : m),
    undefined,
  );
  // a date that opens the sentence dates all of it, and a date dates every figure of its clause
  const opens = /^\W*(?:(?:in|on|by|as of|since|during|at the end of|at)\s+)?$/i.test(
    ctx.text.slice(0, at - ctx.offset),
  );
  const between =
    at < q.start
      ? ctx.text.slice((d.end ?? at) - ctx.offset, q.start - ctx.offset)
      : ctx.text.slice(q.end - ctx.offset, at - ctx.offset);
  // "$1 billion in July 2019 to the October 2025 agreement": a date that qualifies a noun further
  // on is that noun's time ("$40 billion in the March 2025 round" is the figure's own)
  if (
    at > q.end &&
    ATTRIBUTIVE_BEFORE.test(between) &&
    !OWN_PHRASE.test(between) &&
    /^\s+\p{L}/u.test(ctx.text.slice((d.end ?? at) - ctx.offset))
  )
    return false;
  return (
    opens ||
    !/[,;()]/.test(between) ||
    (nearest === q && !/[;()]/.test(between)) ||
    // "its $20 billion Series E, announced around 6 January 2026, ...": the participle after the
    // comma dates the phrase before it
    (at > q.start && APPOSITIVE_DATE.test(between))
  );
}

const ATTRIBUTIVE_BEFORE = /\s(?:the|its|their|this|that|an?)\s+$/i;
const OWN_PHRASE =
  /^\s*(?:(?:in|at|of|during|for|from|with)\s+)?(?:the|its|their|this|that|an?)\s+$/i;
const APPOSITIVE_DATE = new RegExp(
  String.raw`^[^,;()]{0,40},\s*(?:announced|signed|closed|completed|agreed|unveiled` +
    String.raw`|reported|dated)\s+(?:(?:on|in|around|about)\s+)?$`,
  'i',
);

/**
 * For a draft dated in its front matter, a value the data has at several times is read as the
 * one current on that date: 0.5 for it, -0.5 for the others, 0 for a value with no history.
 */
function currentAt(fact: Fact, day: number, index: ReferenceIndex): number {
  // the same for every figure a fact is weighed against in a document of that date
  return currentness.get(index, `${fact.id}|${day}`, () => currentnessOf(fact, day, index));
}

const currentness = new DataMemo<number>();

function currentnessOf(fact: Fact, day: number, index: ReferenceIndex): number {
  // (a forecast, or one segment's figure, is another thing than the actual total of the property)
  const kind = (f: Fact): string =>
    `${f.cues.some((c) => FORECAST_FACT.test(c))}|${f.cues.find((c) => SEGMENT_CUE.test(c)) ?? ''}`;
  const all = index
    .factsAbout(fact.subject)
    .filter((f) => f.property === fact.property && kind(f) === kind(fact));
  // values of one thing over time are one chain of `supersededBy` (not a segment's revenue, nor a
  // forecast, of the same property); a fact in no chain is weighed against the property's others
  const head = index.current(fact);
  const chain = all.filter((f) => index.current(f) === head);
  const history = chain.length >= 2 ? chain : all;
  if (history.length < 2) return 0;
  const started = (f: Fact): number => parseIsoDate(f.asOf)?.min ?? Infinity;
  const current = history
    .filter((f) => started(f) <= day)
    .sort((a, b) => started(b) - started(a))[0];
  if (!current) return 0;
  return current.asOf === fact.asOf ? 0.5 : -0.5;
}
