import type { BlockContext, BlockFigures, SentenceContext } from './reading';
import { datesWithPeriods, yearlessMonths } from './sentence-dates';
import { impliedSubjects } from './check/implied';
import { splitSentences } from './text/sentences';
import { recordNames } from './records';
import { shortFormsIn, withShortForms } from './short-forms';
import {
  ANAPHORA,
  OPENS_ON_A_COMPANY,
  OPENS_REFERRING,
  OPENS_WITH_MEASURE,
} from './text/referring';
import type { NameMention, Quantity } from './types';

// A block's sentences, each read with what is named and dated around it: the reader's last step
// (read.ts reads the blocks and what surrounds them).

/** A sentence that asks: the one after it answers. */
export const QUESTION_END = /\?["”’)*_]*\s*$/;

/** Weights of names seen around a sentence rather than in it. */
const EARLIER_IN_BLOCK = 0.7;
/** The weight of a name in the paragraph before, or in a sentence that does not refer back. */
export const PREVIOUS_BLOCK = 0.5;
/** Names in a bold label that opens the paragraph ("**Google Ironwood.** Google's ... TPU") */
const LEAD_LABEL = 0.9;
/** A short label and one value, nothing more: "Run rate: $132B", "Backlog: $200 billion". */
const LABEL_LINE = /^\s*\p{L}[\p{L}\p{N} ’'&/-]{1,30}:\s+[^\s:][^:,;]{0,30}$/u;
const LABEL_UNDER_HEADING = 0.7;
/** Work per sentence is bounded: longer "sentences" are lists or dumps, not prose. */
const MAX_SENTENCE_CHARS = 1500;
const MAX_FIGURES_PER_SENTENCE = 40;

/**
 * A block's sentences, each with what binding needs: its names and figures, and what is named and
 * dated around it.
 */
export function sentencesOf(
  reading: BlockFigures,
  context: BlockContext,
  spans = splitSentences(reading.block.text),
): SentenceContext[] {
  const { block } = reading;
  const sentences: SentenceContext[] = [];
  const scope: BlockScope = {
    reading,
    context,
    entry: recordNames(reading, spans, context.nearestHeading),
    earlier: { older: new Set(), recent: [], dates: [...context.previousDates] },
  };
  // a short form may follow its full name in the same paragraph
  let shortForms = context.shortForms;
  let n = 0;
  let q = 0;
  for (const [k, span] of spans.entries()) {
    // names and figures are sorted by position: take each sentence's share in one pass
    const namesFrom = n;
    const figuresFrom = q;
    n = passedBy(reading.names, n, span.end);
    q = passedBy(reading.quantities, q, span.end);
    const passedNames = reading.names.slice(namesFrom, n);
    const own = within(passedNames, span);
    // (a short form inside a name the data knows is that name's word: "Meta" of Meta AI)
    const short = shortFormsIn(block.text, span, shortForms).filter(
      (f) => !own.some((n) => n.start < f.end && f.start < n.end),
    );
    const names = [...short, ...own].sort((a, b) => a.start - b.start);
    shortForms = withShortForms(shortForms, passedNames);
    const quantities = within(reading.quantities.slice(figuresFrom, q), span);
    // an answer speaks of what its question named ("Q: How long do Microsoft's rights last? A:
    // ...")
    const answers =
      k > 0
        ? QUESTION_END.test(block.text.slice(spans[k - 1].start, spans[k - 1].end))
        : context.previousAsks === true;
    const sentence: SentenceSpan = {
      span,
      text: block.text.slice(span.start, span.end),
      names,
      quantities,
      first: k === 0,
      answers,
      previousText: block.text.slice(spans[Math.max(0, k - 2)].start, span.start),
    };
    const around = namesAroundSentence(scope, sentence);
    const ownDates = sentenceDates(scope, sentence, around);
    sentences.push(sentenceContext(scope, sentence, around, ownDates));
    remember(scope.earlier, carriedNames(names, block.text, span), ownDates);
  }
  return sentences;
}

/** What each of a block's sentences is read with: the block, its context, what came before. */
interface BlockScope {
  reading: BlockFigures;
  context: BlockContext;
  /** what an entry labelled by a name or a date is about (records.ts) */
  entry: string[];
  earlier: Earlier;
}

/**
 * What a block's earlier sentences leave to the next. Names from the last two sentences carry over
 * strongly ("The company", "the deal"); older ones only weakly, as a long paragraph moves on.
 */
interface Earlier {
  /** names of the sentences before the last two */
  older: Set<string>;
  /** names of each of the last two sentences, oldest first */
  recent: string[][];
  /** the last eight dates of the sentences before, as dates around a sentence */
  dates: SentenceContext['dates'];
  /**
   * what the last sentence that named anything led with, when it named two things or more (not
   * people): what "the company" after it refers to
   */
  lead?: string;
}

/** One sentence of a block, with its share of the block's names and figures. */
interface SentenceSpan {
  span: { start: number; end: number };
  text: string;
  names: NameMention[];
  quantities: Quantity[];
  /** the block's first sentence */
  first: boolean;
  /** the sentence answers the question before it */
  answers: boolean;
  /** the text of the two sentences before it in its block */
  previousText: string;
}

/** Where a list sorted by position first reaches `end`, counting on from `from`. */
function passedBy(items: { start: number }[], from: number, end: number): number {
  let at = from;
  while (at < items.length && items[at].start < end) at++;
  return at;
}

/** Those of `items` that lie inside `span`. */
function within<T extends { start: number; end: number }>(
  items: T[],
  span: { start: number; end: number },
): T[] {
  return items.filter((x) => x.start >= span.start && x.end <= span.end);
}

/**
 * The names around a sentence, with their weights: those around its block, its block's label and
 * entry, and the sentences before it.
 */
function namesAroundSentence(scope: BlockScope, sentence: SentenceSpan): Map<string, number> {
  const around = new Map(scope.context.around);
  const raise: Raise = (id, w) => {
    around.set(id, Math.max(around.get(id) ?? 0, w));
  };
  raiseLabelled(scope, sentence, raise);
  raiseEarlier(scope, sentence, raise);
  return around;
}

/** Raises the weight of a name around a sentence to at least `w`. */
type Raise = (id: string, w: number) => void;

/**
 * Raises what a sentence's block says it is about: the names of a bold label that opens it, of an
 * entry it is, and, for a bare label line, what the headings name.
 */
function raiseLabelled(scope: BlockScope, sentence: SentenceSpan, raise: Raise): void {
  const { reading, context, entry } = scope;
  const { block } = reading;
  // a bold label that opens the paragraph names what the sentences after it are about
  if (block.lead !== undefined && sentence.span.start >= block.lead) {
    for (const name of reading.names) if (name.end <= block.lead) raise(name.entityId, LEAD_LABEL);
  }
  for (const id of entry) raise(id, EARLIER_IN_BLOCK);
  // a bare label line under a heading ("Run rate: $132B") is about what the heading names
  if (block.kind === 'paragraph' && sentence.names.length === 0 && LABEL_LINE.test(sentence.text)) {
    for (const id of context.headed) raise(id, LABEL_UNDER_HEADING);
  }
}

/**
 * Raises the names of the sentences before, and of the paragraph before: fully only when the
 * sentence refers back to them.
 */
function raiseEarlier(scope: BlockScope, sentence: SentenceSpan, raise: Raise): void {
  const { context, earlier } = scope;
  const onMeasure = OPENS_WITH_MEASURE.test(sentence.text);
  const refersBack = sentence.answers || ANAPHORA.test(sentence.text) || onMeasure;
  const carry = (id: string, w: number): void =>
    raise(id, refersBack ? w : Math.min(w, PREVIOUS_BLOCK));
  // a paragraph that opens by referring back ("the company", "it") speaks of what the one before
  // named; one that opens on a bare measure ("Revenue rose ..."), of what the headline names, if
  // it names anything
  if (sentence.first && (OPENS_REFERRING.test(sentence.text) || sentence.answers)) {
    for (const id of context.previousNamed) carry(id, EARLIER_IN_BLOCK);
  } else if (sentence.first && onMeasure) {
    const { headed } = context;
    for (const id of context.previousNamed)
      if (!headed.length || headed.includes(id)) carry(id, EARLIER_IN_BLOCK);
  }
  for (const id of earlier.older) carry(id, PREVIOUS_BLOCK);
  for (const ids of earlier.recent) for (const id of ids) carry(id, EARLIER_IN_BLOCK);
}

/**
 * The dates a sentence itself gives, its periods read through the fiscal calendar of what it
 * names, else of what is named around it.
 */
function sentenceDates(
  scope: BlockScope,
  sentence: SentenceSpan,
  around: Map<string, number>,
): SentenceContext['dates'] {
  const { context } = scope;
  const salient = [
    ...sentence.names.map((m) => m.entityId),
    ...[...around].sort((a, b) => b[1] - a[1]).map(([id]) => id),
  ];
  return [
    ...datesWithPeriods(
      sentence.text,
      sentence.span.start,
      sentence.quantities,
      salient,
      context.calendars ?? new Map(),
      context.documentDate,
      true,
      true,
      sentence.names,
    ),
    // ("closed its seed round last July. The round valued it at ...": the next one's time too)
    ...yearlessMonths(
      sentence.text,
      sentence.span.start,
      sentence.quantities,
      context.documentDate,
    ),
  ];
}

/** A sentence ready for binding. */
function sentenceContext(
  scope: BlockScope,
  sentence: SentenceSpan,
  around: Map<string, number>,
  ownDates: SentenceContext['dates'],
): SentenceContext {
  const { context, earlier } = scope;
  const { span, names, quantities } = sentence;
  // what a sentence that names nothing is about, without naming it (check/implied.ts)
  const implied = impliedSubjects(
    names.map((m) => m.entityId),
    earlier.recent,
    [...earlier.older, ...context.previousNamed],
    context.headed,
    around,
  );
  // a "sentence" this long is a list or a dump, not prose: its names are read, its figures are
  // not bound
  const bindable =
    span.end - span.start <= MAX_SENTENCE_CHARS && quantities.length <= MAX_FIGURES_PER_SENTENCE;
  return {
    text: sentence.text,
    offset: span.start,
    quantities: bindable ? quantities : [],
    names,
    around,
    ...(implied.size ? { implied } : {}),
    ...(earlier.lead && OPENS_ON_A_COMPANY.test(sentence.text) ? { referent: earlier.lead } : {}),
    ...(context.nearestHeading ? { section: context.nearestHeading } : {}),
    ...(context.headed.length ? { headed: context.headed } : {}),
    contextText: context.rowText,
    headerText: context.headerText,
    sectionText: context.sectionText,
    rowKey: context.rowKey,
    ...(context.documentDate !== undefined ? { documentDate: context.documentDate } : {}),
    previousText: sentence.previousText,
    dates: [...ownDates, ...context.rowDates, ...earlier.dates.slice(-2), ...context.headingDates],
  };
}

/**
 * The names a sentence (at `span` in the block's `text`) hands to the ones after it: not one it
 * brings in as someone's customer or partner ("They also signed Meta as a new customer"), nor one
 * of a list of customers ("a customer roster that includes Microsoft and Meta"), nor one it gives
 * as what the company it refers back to has ("Its largest shareholder is Nvidia."): the next
 * sentence's figures are not about them.
 */
function carriedNames(
  names: NameMention[],
  text: string,
  span: { start: number; end: number },
): NameMention[] {
  if (names.length === 0) return names;
  const lists = customerLists(text, span);
  return names.filter(
    (n) =>
      !TAKEN_ON_AS.test(text.slice(n.end, n.end + 40)) &&
      !lists.some(([from, to]) => n.start >= from && n.end <= to) &&
      !(n.start >= span.start && REFERENT_HAS.test(text.slice(span.start, n.start))),
  );
}

/** A sentence that opens on what the company referred back to has: "Its largest shareholder is". */
const REFERENT_HAS =
  /^(?:its|their|the company['’]s)\s+(?:[\w-]+\s+){0,6}?(?:is|are|was|were|remains|include[sd]?)\s+(?:the\s+)?$/i;

/** The lists of customers a sentence gives, from the first name to the last, in block offsets. */
function customerLists(text: string, span: { start: number; end: number }): [number, number][] {
  const sentence = text.slice(span.start, span.end);
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(CUSTOMERS_INCLUDING)) {
    const from = m.index + m[0].length;
    const run = NAME_RUN.exec(sentence.slice(from));
    if (run) spans.push([span.start + from, span.start + from + run[0].length]);
  }
  return spans;
}

/** Words that open a list of customers: "a client list including", "customers such as". */
const CUSTOMERS_INCLUDING = new RegExp(
  /\b(?:clients?|customers?|tenants?)(?: list| base| roster)?\s+(?:that\s+)?/.source +
    /(?:including|includes?|such as|like|among them)\s+/.source,
  'gi',
);
/** Capitalised names run together by commas and "and": the list itself. */
const NAME_RUN =
  /^(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)*/;

const TAKEN_ON_AS =
  /^\s+as\s+(?:a|an|its|their)\s+(?:new\s+|major\s+|key\s+|anchor\s+)?(?:customer|client|tenant|partner|supplier)\b/i;

/** Moves a sentence's names and dates into what the sentences after it take from before. */
function remember(
  earlier: Earlier,
  names: NameMention[],
  ownDates: SentenceContext['dates'],
): void {
  earlier.recent.push(names.map((m) => m.entityId));
  if (names.length) {
    const things = new Set(names.filter((m) => !m.person).map((m) => m.entityId));
    earlier.lead = things.size >= 2 ? [...things][0] : undefined;
  }
  if (earlier.recent.length > 2) for (const id of earlier.recent.shift()!) earlier.older.add(id);
  earlier.dates.push(...ownDates.map(({ min, max }) => ({ min, max, inSentence: false })));
  if (earlier.dates.length > 8) earlier.dates.splice(0, earlier.dates.length - 8);
}
