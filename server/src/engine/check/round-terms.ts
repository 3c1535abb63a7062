import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { agreesClosely } from './tolerance';
import { ofOtherMeasure } from './other-measure';

/**
 * A round's terms given together: "raised $2 billion at a $30 billion valuation". The amount
 * raised, stated right, names the round, and so the day of the valuation the sentence gives with
 * it (and the other way round): the two facts of one round share the day the data dates it by.
 */

/** The letters of the rounds a text names: "Series B" (or "series B") is B. */
export function roundLabelsIn(text: string): string[] {
  return [...text.matchAll(ROUND_LABELS)].map((m) => m[1]);
}

/** The letters of the rounds a fact's cues name ("Series B"). */
export function ownRoundLabels(fact: Fact): string[] {
  // (asked of every fact a stale gate weighs: worked out once per fact)
  let own = roundLabelsOf.get(fact);
  if (!own)
    roundLabelsOf.set(
      fact,
      (own = fact.cues
        .map((c) => ROUND_LABEL.exec(c)?.[1]?.toUpperCase())
        .filter((l): l is string => l !== undefined)),
    );
  return own;
}
const roundLabelsOf = new WeakMap<Fact, string[]>();

/** Whether a text names the round a fact's cues name. */
export function namesOwnRound(fact: Fact, text: string): boolean {
  const own = ownRoundLabels(fact);
  return own.length > 0 && roundLabelsIn(text).some((l) => own.includes(l));
}

// (a round's letter is a capital, wherever "series" is: "series B", not "a series of")
const ROUND_LABELS = /\b[Ss]eries ([A-Z])\b/g;
const ROUND_LABEL = /^series ([a-z])$/i;

/** The other term of a round, by property. */
const OTHER_TERM: Readonly<Record<string, string>> = { valuation: 'raised', raised: 'valuation' };

/**
 * Words between the two figures that set them apart in time ("raised $2 billion in 2024 and is
 * now valued at ..."), make one the other's comparison, or one a goal ("a $15 billion target").
 */
const SET_APART = new RegExp(
  String.raw`[;:]|\b(?:now|currently|today|since|later|after|before|previous(?:ly)?|prior|last` +
    String.raw`|earlier|up from|from|compared|versus|vs\.?|while|whereas|but|then|next|new` +
    String.raw`|target|goal|sought|seeking|than|above|below)\b`,
  'i',
);

/**
 * Whether another money figure of the sentence states the other term of the round `fact` belongs
 * to (the subject's fact of the other property, dated the same day), beside it: no other amount,
 * and nothing that sets them apart, between them.
 */
export function roundNamedByTerm(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  const other = OTHER_TERM[fact.property];
  if (!other || q.dim !== 'money') return false;
  // (asked of every such fact a figure weighs: the sentence's words first, the data after)
  const terms = ctx.quantities.filter((o) => besideIt(o, q, ctx));
  if (!terms.length) return false;
  // (only the round's one fact of its property: a tranche of it is named by its own words, and
  // a value of the other measure, a pre-money valuation, by its own)
  const sameDay = index.factsAbout(fact.subject).filter((f) => f.asOf === fact.asOf);
  const all = sameDay.filter((f) => f.property === fact.property);
  const named = all.length > 1 ? all.filter((f) => !ofOtherMeasure(f)) : all;
  if (named.length !== 1 || named[0] !== fact) return false;
  return terms.some((o) => sameDay.some((g) => g.property === other && agreesClosely(o, g)));
}

/** A plain amount beside the figure: no other amount, nor words that set them apart, between. */
function besideIt(o: Quantity, q: Quantity, ctx: SentenceContext): boolean {
  if (o === q || o.dim !== 'money' || o.change || o.per || o.hedge) return false;
  const [a, b] = o.start < q.start ? [o, q] : [q, o];
  if (SET_APART.test(ctx.text.slice(a.end - ctx.offset, b.start - ctx.offset))) return false;
  return !ctx.quantities.some((m) => m.dim === 'money' && m.start > a.end && m.end <= b.start);
}
