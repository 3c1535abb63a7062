import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { NameMention, Quantity } from '../types';
import { STARTED_PARTICIPLE } from './words';

/**
 * Whose figure a sentence's grammar says it is, read once per figure for the gates of
 * gates-subject.ts (which weigh it against every fact).
 */
export interface GrammarSubject {
  /** the company the sentence opens with, as its subject ("Intel's margin was 40%, and ...") */
  opener?: NameMention;
  /**
   * that company, when an apposition describes it and the figure's clause goes on with its verb
   * ("Crusoe, a startup ..., is raising $818 million"), with where that clause starts
   */
  described?: { name: NameMention; clauseStart: number };
  /** the known name a relative clause holding the figure is said of ("Samsung, which ...") */
  antecedent?: NameMention;
  /** the known name whose start a date right after it tells ("Acme, launched in 2022 by ...") */
  started?: NameMention;
}

/** What the sentence's grammar says of the figure; `clauseStart`: its clause's start. */
export function grammarSubject(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  clause: { text: string; start: number },
): GrammarSubject {
  const first = ctx.names[0] as NameMention | undefined;
  const opens = first !== undefined && OPENS.test(ctx.text.slice(0, first.start - ctx.offset));
  const opener = opens && index.entity(first.entityId)?.kind === 'company' ? first : undefined;
  const described =
    opens &&
    APPOSITIVE.test(ctx.text.slice(first.end - ctx.offset)) &&
    clause.start > first.end - ctx.offset &&
    VERB_GOES_ON.test(clause.text)
      ? { name: first, clauseStart: clause.start }
      : undefined;
  const antecedent = relativeAntecedent(q, ctx);
  const started = q.dim === 'date' ? nameBefore(q, ctx, STARTED_UP_TO_FIGURE) : undefined;
  return {
    ...(opener ? { opener } : {}),
    ...(described ? { described } : {}),
    ...(antecedent ? { antecedent } : {}),
    ...(started ? { started } : {}),
  };
}

/**
 * The known name a relative clause holding the figure is said of: "Samsung, which had reported
 * 4.6 trillion won", "Nvidia, whose revenue rose to $57 billion".
 */
function relativeAntecedent(q: Quantity, ctx: SentenceContext): NameMention | undefined {
  return nameBefore(q, ctx, RELATIVE_UP_TO_FIGURE);
}

/** The last known name before the figure whose words up to it `between` matches. */
function nameBefore(q: Quantity, ctx: SentenceContext, between: RegExp): NameMention | undefined {
  const at = q.start - ctx.offset;
  let found: NameMention | undefined;
  for (const n of ctx.names) {
    const end = n.end - ctx.offset;
    if (end > at) break;
    if (between.test(ctx.text.slice(end, at))) found = n;
  }
  return found;
}

/** From a name to a figure in its relative clause, no break between: ", which had reported ". */
const RELATIVE_UP_TO_FIGURE = /^(?:['’]s)?\s*,\s*(?:which|who|whose)\b[^,;:()\u2014]{0,80}$/i;
/** From a name to a date its start is told by: ", launched in ", ", which was founded back in ". */
const STARTED_UP_TO_FIGURE = new RegExp(
  String.raw`^\s*,\s*(?:(?:which|that) was\s+)?${STARTED_PARTICIPLE}\s+(?:back\s+)?(?:in|on)\s+$`,
  'i',
);
/** Nothing but punctuation or a bold mark before a sentence's first name. */
const OPENS = /^\W*$/;
/**
 * An apposition right after a name: ", a startup ...", ", the maker of ...", ", which ...", or a
 * person's title: ", former chief technology officer of OpenAI, ...".
 */
const APPOSITIVE = new RegExp(
  String.raw`^(?:['’]s)?\s*,\s*(?:a|an|the|one of|which|who|whose|backed by|founded` +
    String.raw`|(?:former|ex-|then|co-?founder and)\s*(?:[\w-]+\s+){0,3}?(?:of|at))\s`,
  'i',
);
/** The clause after an apposition goes on with its subject's verb: ", is raising $818 million". */
const VERB_GOES_ON = new RegExp(
  String.raw`^\s*(?:is|was|are|were|has|had|have|will|would|could|can|may|might|plans|planned` +
    String.raw`|said|says|announced|agreed|expects|expected|raised|raises|reported|secured` +
    String.raw`|signed|closed|posted|struck|won|got|received|became|remains)\b`,
  'i',
);
