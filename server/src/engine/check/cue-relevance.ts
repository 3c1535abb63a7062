import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { SentenceContext } from '../reading';
import { hits, type Span } from './cue-search';
import { startsAnother } from './founding-object';
import { PROPERTY_CUES } from './properties';

// Which runs of a fact's cue words say something of what a figure is (cues.ts weighs those).

/**
 * Whether a run of cue words says something of what the figure is: not words that name only a
 * time, describe another thing ("the 1 GW Ohio cluster"), start another's founding, or count
 * something else.
 */
export function aboutTheFigure(
  run: Span,
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  span: Span,
): boolean {
  return !(
    onlyDates(run, fact, ctx) ||
    describesAnother(run, span, ctx.text) ||
    (fact.property === 'founded' && startsAnother(run, ctx.text)) ||
    countedByAnother(run, q, ctx)
  );
}

/**
 * A cue that is what another figure counts ("4,000 employees and spent $2 billion"): the noun
 * right after a number, perhaps with one word between, names that number's unit, whatever the
 * number's dimension, and says nothing of the figure in question.
 */
function countedByAnother(run: Span, q: Quantity, ctx: SentenceContext): boolean {
  return ctx.quantities.some(
    (o) =>
      o !== q &&
      o.dim === 'count' &&
      o.end - ctx.offset <= run.start &&
      COUNTED_GAP.test(ctx.text.slice(o.end - ctx.offset, run.start)),
  );
}

const COUNTED_GAP = /^\s*(?:[\p{L}-]+\s+)?$/u;

/**
 * A cue that describes something other than the figure near it: what the figure is set against
 * ("Against that plan, $38 billion is a down payment"), or a clause of its own after the figure
 * ("about $29 billion when Microsoft made its investment").
 */
function describesAnother(run: Span, figure: Span, text: string): boolean {
  if (COMPARAND_BEFORE.test(text.slice(0, run.start))) return true;
  return run.start >= figure.end && OWN_CLAUSE.test(text.slice(figure.end, run.start));
}

const COMPARAND_BEFORE =
  /\b(?:against|compared (?:with|to)|versus|vs\.?|relative to)\s+(?:(?:the|that|this|its|their|a|an)\s+)?$/i;
const OWN_CLAUSE =
  /\b(?:when|after|before|while|because|although|whereas|once|until)\s+(?:\p{Lu}|(?:it|they|he|she|the)\b)/u;

/**
 * Whether a run of a fact's cue words only dates the figure ("fiscal 2025", "the third quarter"):
 * time.ts weighs the time; as a word of what the figure is, it counts only where a word of the
 * fact's property stands around it.
 */
function onlyDates(run: Span, fact: Fact, ctx: SentenceContext): boolean {
  return namesOnlyATime(run, ctx.text) && !propertyNamed(fact, ctx);
}

/** A run of words of a time only, with a word of a period in it. */
function namesOnlyATime(run: Span, text: string): boolean {
  const words = text.slice(run.start, run.end);
  return TIME_WORDS_ONLY.test(words) && PERIOD_WORD.test(words);
}
const TIME_WORDS_ONLY = new RegExp(
  String.raw`^(?:[\s,'’-]|\b(?:the|of|in|for|fiscal|financial|calendar|full|first|second|third` +
    String.raw`|fourth|quarter|half|year|end|q[1-4]|h[12]|fy\d{0,4}|\d{4}|early|late|mid)\b)+$`,
  'i',
);
/** A word that names a period ("first" alone may be a first tranche). */
const PERIOD_WORD = /\b(?:quarter|half|year|fiscal|fy\d{0,4}|q[1-4]|h[12]|\d{4})\b/i;

/**
 * A word of the fact's property in the sentence, the one before ("... revenue of $57 billion. This
 * figure marks a 62 percent increase"), its table row or the heading over it ("**Revenue**"): then
 * a time the fact's words give tells which of its values is meant.
 */
function propertyNamed(fact: Fact, ctx: SentenceContext): boolean {
  return [ctx.text, ctx.previousText, ctx.contextText, ctx.sectionText].some((text) =>
    namesProperty(fact.property, text),
  );
}

/** Whether a text holds a word of a property (properties.ts `PROPERTY_CUES`): "revenue", "capex". */
export function namesProperty(property: string, text: string): boolean {
  return (PROPERTY_CUES[property] ?? NO_WORDS).some((w) => hits(w, text).length > 0);
}
const NO_WORDS: string[] = [];
