import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';
import type { Span } from './cue-search';
import { moveStartOf } from '../frame/moves';
import { respectiveList } from '../frame/respectively';

// Which figure of a sentence a cue word belongs to (cues.ts weighs what it finds).

/** Where a figure stands in its sentence's text. */
export function spanOf(q: Quantity, ctx: SentenceContext): Span {
  return { start: q.start - ctx.offset, end: q.end - ctx.offset };
}

/**
 * Which figure a cue belongs to: the figure of the same dimension nearest to it, where a comma,
 * semicolon or bracket in between puts the cue in another item of a list.
 */
export interface Ownership {
  gap: (c: Span, o: Span) => number;
  belongs: (c: Span) => boolean;
  peers: { q: Quantity; start: number; end: number }[];
  /**
   * the figures before this one that it is set against as their earlier value ("$70 billion in
   * 2025, up from $37 billion"): their words of the measure are this figure's too
   */
  priors: ReadonlySet<Quantity>;
}

/** Who owns the cues around `q`, worked out once per figure. */
export function ownership(q: Quantity, ctx: SentenceContext): Ownership {
  // a figure's sentence is fixed, so this is worked out once per figure, not once per fact
  let known = ownershipCache.get(q);
  if (!known) ownershipCache.set(q, (known = ownershipOf(q, ctx)));
  return known;
}

const ownershipCache = new WeakMap<Quantity, Ownership>();

const CONJUNCT_AFTER = /\b(?:and|or|but|while|whereas)\b/;

function ownershipOf(q: Quantity, ctx: SentenceContext): Ownership {
  const peers = ctx.quantities
    .filter((o) => o.dim === q.dim)
    .map((o) => ({ q: o, ...spanOf(o, ctx) }));
  const { text } = ctx;
  const gap = (c: Span, o: Span): number => gapBetween(text, c, o);
  const span = spanOf(q, ctx);
  // every fact of the figure asks about the same runs of cue words: each run's answer is kept, in
  // a map made when first asked (a server keeps every figure's ownership while its chunk stands)
  let answers: Map<number, boolean> | undefined;
  const belongs = (c: Span): boolean => {
    const key = spanKey(c);
    let answer = answers?.get(key);
    if (answer === undefined) {
      const nearest = peers.reduce((m, o) => (gap(c, o) < gap(c, m) ? o : m), peers[0]);
      answer = (!nearest || nearest.q === q) && gap(c, span) !== Infinity;
      (answers ??= new Map()).set(key, answer);
    }
    return answer;
  };
  // ("raised it from $85 billion to $95 billion": the start's words are the end's; so are the
  // words of a list said "respectively", "available in 2026 and 2027, respectively")
  const moveStart = moveStartOf(q, ctx);
  const listed = respectiveList(q, ctx)?.figures ?? [];
  const priors = new Set(
    peers
      .filter(
        (p) =>
          p.q !== q &&
          p.q.end <= q.start &&
          (PRIOR_VALUE.test(textBetween(text, p, span)) ||
            moveStart === p.q ||
            listed.includes(p.q)),
      )
      .map((p) => p.q),
  );
  return { gap, belongs, peers, priors };
}

/** A span of a sentence as one number (sentence offsets: far below 2^26). */
const spanKey = (c: Span): number => c.start * 0x4000000 + c.end;

/**
 * How far a cue stands from a figure: the characters between them, more across a comma or bracket
 * or after a conjunction, and no nearness at all across a semicolon. Read by character codes, not
 * by a slice and regexes: it runs for every run of cue words by every figure for every fact.
 */
function gapBetween(text: string, c: Span, o: Span): number {
  const cueFirst = c.end <= o.start;
  const from = cueFirst ? c.end : o.end;
  const to = cueFirst ? o.start : c.start;
  let broken = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // a semicolon ends a clause: nothing on one side describes a figure on the other
    if (code === SEMICOLON) return Infinity;
    if (code === COMMA || code === OPEN_BRACKET || code === CLOSE_BRACKET) broken = true;
  }
  // "a profit of $2.10 a share on sales of $40 billion": a noun's "of" takes the figure after it,
  // as near as any figure on its other side
  if (cueFirst && to - from <= OF_MAX && OF_BETWEEN.test(text.slice(from, to))) return 0;
  // a word before "and" ends the conjunct it stands in: "$5 billion paid upfront and $35 billion
  // on conditions" does not say the $35 billion is paid upfront
  const conjunct = cueFirst && CONJUNCT_AFTER.test(text.slice(from, to)) ? 30 : 0;
  return Math.max(0, to - from) + (broken ? 30 : 0) + conjunct;
}

/** " of ", perhaps with a hedge: what stands between a noun and the figure it governs. */
const OF_BETWEEN = /^\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|over)\s+)?$/;
const OF_MAX = 16;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;

/** Between a figure and the earlier value it is set against: ", doubling from", " up from". */
const PRIOR_VALUE = new RegExp(
  String.raw`^[^;:.]{0,50}\b(?:up|down|rising|falling|doubling|tripling|increasing|decreasing` +
    String.raw`|jumping|climbing|growing|rose|fell|grew|jumped|climbed)\s+from\s+` +
    String.raw`(?:about\s+|roughly\s+|nearly\s+|around\s+)?$`,
  'i',
);

/** The text between two spans of a sentence, whichever comes first. */
export function textBetween(text: string, a: Span, b: Span): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}
