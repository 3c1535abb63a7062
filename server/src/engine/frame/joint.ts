import type { SentenceContext } from '../reading';
import type { NameMention, Quantity } from '../types';

// The parties a figure is the joint amount of: a sum, not one party's (scope/joint-amount).

/**
 * "Acme and CloudCo will put in $2 billion": names joined by "and" before the figure, in its
 * sentence.
 */
export function jointNames(q: Quantity, ctx: SentenceContext, clauseStart: number): NameMention[] {
  const before = ctx.names.filter((n) => n.end <= q.start && n.start - ctx.offset >= clauseStart);
  const withUnknown = jointWithUnknown(before, q, ctx);
  if (withUnknown) return withUnknown;
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1], before[i]];
    const joint = ctx.text.slice(a.end - ctx.offset, b.start - ctx.offset);
    const rest = ctx.text.slice(b.end - ctx.offset, q.start - ctx.offset);
    // the pair is the clause's subject: its verb follows, not a preposition that makes it an object
    if (
      /^\s*(?:and|&)\s*$/.test(joint) &&
      a.entityId !== b.entityId &&
      !/^\s*(?:'s|’s)/.test(rest) &&
      /^\s+[a-z]+/.test(rest) &&
      !/\b(?:from|with|by|of|to|between)\s+$/i.test(ctx.text.slice(0, a.start - ctx.offset))
    )
      return [a, b];
  }
  return jointAfter(q, ctx);
}

/**
 * Two names after the figure that it comes from together: "$15 billion investment from Microsoft
 * and Nvidia", "$10 billion from A and B combined".
 */
function jointAfter(q: Quantity, ctx: SentenceContext): NameMention[] {
  const from = FROM_AFTER.exec(ctx.text.slice(q.end - ctx.offset, q.end - ctx.offset + 40));
  if (!from) return [];
  const at = q.end + from[0].length;
  const a = ctx.names.find((n) => n.start === at);
  const b =
    a &&
    ctx.names.find(
      (n) =>
        n.start > a.end &&
        /^\s*(?:and|&)\s*$/.test(ctx.text.slice(a.end - ctx.offset, n.start - ctx.offset)),
    );
  return a && b && a.entityId !== b.entityId ? [a, b] : [];
}

/** Up to the first name the figure comes from: "$15 billion investment from ". */
const FROM_AFTER = /^\s+(?:[\w-]+\s+){0,3}?from\s+(?:both\s+)?/i;

/**
 * "Samsung and SK together control 80%": a known name, "and" a capitalised name the data does not
 * know, then "together", "combined" or "jointly", before the figure: the two hold it between them.
 * The party the data does not know has no entity id. Said "together", a share adds up too.
 */
function jointWithUnknown(
  before: NameMention[],
  q: Quantity,
  ctx: SentenceContext,
): NameMention[] | undefined {
  for (const a of before) {
    const from = a.end - ctx.offset;
    const m = AND_UNKNOWN_TOGETHER.exec(ctx.text.slice(from, q.start - ctx.offset));
    if (!m || COMMON_WORDS.test(m[1])) continue;
    const start = a.end + m.index! + m[0].indexOf(m[1]);
    if (ctx.names.some((n) => n.start < start + m[1].length && n.end > start)) continue;
    const other = { start, end: start + m[1].length, text: m[1], entityId: '', misspelled: false };
    return [a, other];
  }
  return undefined;
}

/** Right after a name: "and" another capitalised name, then a word that adds them up. */
const TOGETHER_WORDS = String.raw`(?:together|combined|jointly)`;
const AND_UNKNOWN_TOGETHER = new RegExp(
  String.raw`^\s+(?:and|&)\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2})\s+` +
    String.raw`${TOGETHER_WORDS}\b`,
  'u',
);
/** Capitalised words that name no party: "and The", "and Its". */
const COMMON_WORDS = /^(?:The|Its|Their|Other|Others|Rivals?|Peers?)\b/;

/** Words that say the parties before a figure hold or put it in between them. */
export const TOGETHER = new RegExp(String.raw`\b${TOGETHER_WORDS}\b`, 'i');
