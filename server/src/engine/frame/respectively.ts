import type { SentenceContext } from '../reading';
import type { NameMention, Quantity } from '../types';

/**
 * "Its AI200 and AI250 chips ship in 2026 and 2027, respectively": a list of figures said
 * "respectively" of a list of as many names before them pairs them in order. The name the figure
 * is paired with, or undefined where the sentence pairs nothing.
 */
export function respectiveName(q: Quantity, ctx: SentenceContext): NameMention | undefined {
  const list = respectiveList(q, ctx);
  return list?.names[list.figures.indexOf(q)];
}

/**
 * The figures of a list said "respectively" and the names they pair with, where a figure stands in
 * one: the first figure's words ("available in 2026 and 2027") are every figure's.
 */
export function respectiveList(q: Quantity, ctx: SentenceContext): RespectiveList | undefined {
  // (asked for every fact a date may be: read once per figure of a sentence as read)
  let lists = listsOf.get(ctx);
  if (!lists) listsOf.set(ctx, (lists = new Map()));
  let list = lists.get(q);
  if (list === undefined) lists.set(q, (list = readList(q, ctx) ?? null));
  return list ?? undefined;
}

/** Figures said "respectively" and the names they pair with, in order. */
interface RespectiveList {
  figures: Quantity[];
  names: NameMention[];
}

const listsOf = new WeakMap<SentenceContext, Map<Quantity, RespectiveList | null>>();

function readList(q: Quantity, ctx: SentenceContext): RespectiveList | undefined {
  if (!RESPECTIVELY_AFTER.test(ctx.text.slice(q.end - ctx.offset))) return undefined;
  const between = (a: { end: number }, b: { start: number }): string =>
    ctx.text.slice(a.end - ctx.offset, b.start - ctx.offset);
  const figures = listAround(
    ctx.quantities.filter((o) => o.dim === q.dim),
    q,
    between,
  );
  if (figures.length < 2) return undefined;
  const last = ctx.names.filter((n) => n.end <= figures[0].start).at(-1);
  const names = last ? listAround(ctx.names, last, between) : [];
  return names.length === figures.length ? { figures, names } : undefined;
}

/** The run of items around `item` that only list separators part: "A, B and C". */
function listAround<T extends { start: number; end: number }>(
  items: T[],
  item: T,
  between: (a: T, b: T) => string,
): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let from = sorted.indexOf(item);
  let to = from;
  while (from > 0 && LIST_SEPARATOR.test(between(sorted[from - 1], sorted[from]))) from--;
  while (to < sorted.length - 1 && LIST_SEPARATOR.test(between(sorted[to], sorted[to + 1]))) to++;
  return sorted.slice(from, to + 1);
}

/** Between two items of a list: ", ", " and ", ", and ", " & ". */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;
/** "respectively" later in the same clause run, before the sentence ends. */
const RESPECTIVELY_AFTER = /^[^.;]*\brespectively\b/i;
