import type { ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { SentenceContext } from '../reading';
import { cueRuns, hits, type Span } from './cue-search';
import { cueWordsOf, evokingWords, eventWords } from './cue-words';
import { PROPERTY_CUES } from './properties';
import { lastMatch } from '../text/last-match';
import { aboutTheFigure } from './cue-relevance';
import { ownership, spanOf, textBetween, type Ownership } from './cue-ownership';
import { respectiveList } from '../frame/respectively';

// Cue words: the words around a figure that say which property of a subject it gives, read in
// its sentence (the words each fact and subject has: cue-words.ts).

/** Words a column header uses for a property where prose would not: "Amount" for a round's size. */
const HEADER_CUES: Partial<Record<string, string[]>> = { raised: ['amount', 'size'] };

/** One empty list for properties without cue words: word lists are remembered by identity. */
const NO_WORDS: string[] = [];

/** No comma, semicolon or bracket between two spans of the sentence. */
function sameClause(a: Span, b: Span, text: string): boolean {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return !/[,;()]/.test(text.slice(from, Math.max(from, to)));
}

/**
 * How strongly the words around a figure point at a fact's property. A cue belongs to the figure
 * of the fact's dimension nearest to it, measured from the whole run of adjacent cue words
 * ("post-money valuation of $157 billion"); a cue that belongs to another figure counts for little,
 * one in a table's header or row for a bit more. A fact's distinctive cues (ones its sibling facts
 * do not share, such as "in total" or "tranche") weigh for the figure they sit next to and against
 * the fact for any other figure.
 */
export function cueScore(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): {
  score: number;
  words: string[];
  distinctive: boolean;
  another?: boolean;
} {
  const { words, distinctive, sameTime } = cueWordsOf(fact, index);
  const span = spanOf(q, ctx);
  const owned = ownership(q, ctx);
  const { gap, belongs } = owned;
  const found: string[] = [];
  const runs = cueRuns(words, ctx.text, span, found);
  let best = 0;
  for (const run of runs) {
    if (gap(run, span) === Infinity || !aboutTheFigure(run, fact, q, ctx, span)) continue;
    best = Math.max(
      best,
      belongs(run)
        ? 1 + Math.max(0, 1 - gap(run, span) / 60)
        : coordinated(run, owned, q, ctx, span) || priorOf(run, owned)
          ? 1
          : 0.3,
    );
  }
  // a table's column header says what its cells are; the rest of the row only hints
  if (ctx.headerText) {
    if (foundIn(words, ctx.headerText, found)) best = Math.max(best, 1);
    if (foundIn(HEADER_CUES[fact.property] ?? NO_WORDS, ctx.headerText, found))
      best = Math.max(best, 1);
  }
  if (ctx.contextText && foundIn(words, ctx.contextText, found)) best = Math.max(best, 0.4);
  if (best === 0) return { score: 0, words: found, distinctive: false };
  const distinctiveRuns = cueRuns(distinctive, ctx.text, span, []);
  const mine = distinctiveRuns.some((run) => belongs(run) || priorOf(run, owned));
  // the figure's own words single out another fact of the same kind and time ("rights to models
  // and products run through ..." is not the research rights' end): the words are what tell such
  // facts apart, as the time the text names tells apart facts of other times
  // (unless another figure of the sentence has words of that fact's own: "quarterly and annual
  // revenue, topping $60 billion in the quarter and $201 billion for the full year")
  const another =
    !mine &&
    sameTime.some(
      (f) =>
        cueRuns(cueWordsOf(f, index).distinctive, ctx.text, span, []).some(belongs) &&
        !cueRuns(ownWordsOf(f, index), ctx.text, span, []).some((run) =>
          claimedElsewhere(run, q, owned),
        ),
    );
  const bonus = mine ? 0.5 : distinctiveRuns.length ? -0.2 : 0;
  return { score: Math.max(0.1, best + bonus), words: found, distinctive: mine, another };
}

/** Whether any of the words is in the text; each found is added to `found` (once). */
function foundIn(words: readonly string[], text: string, found: string[]): boolean {
  let any = false;
  for (const word of words) {
    if (!hits(word, text).length) continue;
    any = true;
    if (!found.includes(word)) found.push(word);
  }
  return any;
}

/** A fact's cue words less its property's (which any figure of that property shares). */
function ownWordsOf(fact: Fact, index: ReferenceIndex): string[] {
  let own = ownWords.get(fact);
  if (!own) {
    const shared = PROPERTY_CUES[fact.property] ?? NO_WORDS;
    ownWords.set(fact, (own = cueWordsOf(fact, index).words.filter((w) => !shared.includes(w))));
  }
  return own;
}
const ownWords = new WeakMap<Fact, string[]>();

/** Whether a run of words belongs to a figure of the sentence other than `q`. */
function claimedElsewhere(run: Span, q: Quantity, owned: Ownership): boolean {
  const owner = ownerOf(run, owned);
  return owner !== undefined && owner.q !== q;
}

/** The figure of the dimension nearest to a run of cue words, that the words belong to. */
function ownerOf(run: Span, { peers, gap }: Ownership): Ownership['peers'][number] | undefined {
  return peers.reduce<Ownership['peers'][number] | undefined>(
    (m, o) => (!m || gap(run, o) < gap(run, m) ? o : m),
    undefined,
  );
}

/**
 * "Acme will put in $3 billion and CloudCo $1 billion": a verb before the first of two coordinated
 * figures governs both.
 */
function coordinated(
  run: Span,
  owned: Ownership,
  q: Quantity,
  ctx: SentenceContext,
  span: Span,
): boolean {
  return owned.peers.some(
    (p) =>
      p.q !== q &&
      ownerOf(run, owned)?.q === p.q &&
      /^[^;:.,]{0,40}$/.test(textBetween(ctx.text, p, span)) &&
      /\band\b/.test(textBetween(ctx.text, p, span)),
  );
}

/**
 * "$70 billion in 2025, up from $37 billion": an earlier value set against another figure is of
 * the same measure, so the words of that figure are this one's too.
 */
function priorOf(run: Span, owned: Ownership): boolean {
  const of = owned.priors.size ? ownerOf(run, owned)?.q : undefined;
  return of !== undefined && owned.priors.has(of);
}

/** A short phrase, then prepositions of time, up to the date: "signed the deal in", "began as early as". */
const WORDS_THEN_TIME = new RegExp(
  String.raw`^[\s,]*(?:[\p{L}\p{N}’'-]+(?:[:.][\p{L}\p{N}]+)*\s+){0,6}?` +
    String.raw`(?:(?:in|on|since|from|by|at|during|as of|as early as|around|about|back in|until|through|` +
    String.raw`the end of|early|late|mid-?)\s*)*$`,
  'iu',
);

/**
 * Whether a word of the property itself (founded, began, signed), or of an announcement's own,
 * but not a word that only names the subject, stands right before a date, with at most a short
 * phrase and a preposition between.
 */
export function cueJustBefore(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  // (a figure listed "respectively" has the words before the list's first: "available in 2026
  // and 2027, respectively")
  const first = respectiveList(q, ctx)?.figures[0] ?? q;
  const span = { start: first.start - ctx.offset, end: q.end - ctx.offset };
  // the property's words; for an announcement, also the event's own ("made generally available at
  // re:Invent on ..."): other dates' own words are too plain ("capacity", "second half")
  // and for a role's start, its verbs and title ("became chief executive in ...")
  const own = EVENT_DATES.has(fact.property) || index.entity(fact.subject)?.kind === 'role';
  const words = own ? cueWordsOf(fact, index).words : (PROPERTY_CUES[fact.property] ?? NO_WORDS);
  // "OpenAI launched ChatGPT in November 2022": a name between the word and the date is what the
  // date belongs to, unless it names the fact's own subject
  // "its founding 2015 nonprofit charter": a year before a noun is that noun's, not the time of
  // a word before it
  if (q.dim === 'date' && ATTRIBUTIVE.test(ctx.text.slice(span.end))) return false;
  return cueRuns(words, ctx.text, span, []).some(
    (run) =>
      run.end <= span.start &&
      span.start - run.end <= 48 &&
      WORDS_THEN_TIME.test(ctx.text.slice(run.end, span.start)) &&
      !RANGE_END.test(ctx.text.slice(run.end, span.start)) &&
      !foreignName(fact, ctx, index, run.end, span.start) &&
      !figureBetween(first, ctx, run.end, span.start),
  );
}

/**
 * Another figure between a word and a date (sentence offsets): "up from 400 million in February"
 * gives when the 400 million was, not when anything started.
 */
function figureBetween(q: Quantity, ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.quantities.some(
    (o) => o !== q && o.start - ctx.offset >= from && o.end - ctx.offset <= to,
  );
}

/** A lower-case word right after a date that is no preposition, verb or conjunction: a noun's. */
const ATTRIBUTIVE = new RegExp(
  String.raw`^\s+(?!(?:and|or|but|to|in|on|at|for|with|by|from|as|of|was|is|were|are|when|after` +
    String.raw`|before|through|until|onwards?|the|an?|that|which|who|its?|he|she|they|we|has|had` +
    String.raw`|have|will|would|said|says)\b)[a-z][a-z-]+\s+[a-z]`,
);

/**
 * A date that ends a span ("from its founding to the end of 2025") is not the time of the word
 * before the span.
 */
const RANGE_END = /\b(?:to|till|until)\s+(?:(?:the end of|the start of|early|late|mid-?)\s*)?$/i;

/**
 * Dates of announcements and foundings, whose own words name the occasion ("at re:Invent", "at
 * GTC").
 */
const EVENT_DATES = new Set(['announced', 'founded']);

/**
 * A name in text[from, to) (sentence offsets) of an entity other than the fact's subject and its
 * parties.
 */
function foreignName(
  fact: Fact,
  ctx: SentenceContext,
  index: ReferenceIndex,
  from: number,
  to: number,
): boolean {
  const subject = index.entity(fact.subject);
  return ctx.names.some(
    (n) =>
      n.start - ctx.offset >= from &&
      n.end - ctx.offset <= to &&
      !(subject && (n.entityId === subject.id || subject.parties?.includes(n.entityId))),
  );
}

/**
 * A date that opens its sentence as the time of the main clause: "On September 22, 2025, Nvidia
 * and OpenAI signed ...", "March 31, 2025: a $40 billion round ...", "Founded in 2021, Anthropic
 * ...". Such a date is the time of what the clause after it says.
 */
export function leadsSentence(q: Quantity, ctx: SentenceContext): boolean {
  const before = ctx.text.slice(0, q.start - ctx.offset);
  const after = withoutAside(ctx.text.slice(q.end - ctx.offset)).slice(0, 3);
  // "Founded in 2019, Anthropic ...": a participle before it, whose subject follows the date
  // (or follows the rest of the participle's phrase: "Founded in 2021 by former Google staff,")
  return (
    /^[\s*_#>-]*(?:(?:[A-Z][a-z]+ed\s+)?(?:on|in|since|by|as of|back in)\s+)?$/.test(
      before.replace(/\b(?:On|In|Since|By|As of|Back in)\b/g, (w) => w.toLowerCase()),
    ) &&
    (/^[*_]*\s*(?:[,:\u2013\u2014]|-\s)/.test(after + ' ') ||
      (PARTICIPLE_START.test(before) &&
        PARTICIPLE_PHRASE_END.test(ctx.text.slice(q.end - ctx.offset))))
  );
}

/** A short aside in brackets right after a date: "On October 6 (local time), ...". */
const DATE_ASIDE = /^[*_]*\s*\([^()]{1,30}\)/;

/** Text after a date without the short aside in brackets that may follow it. */
function withoutAside(after: string): string {
  return after.replace(DATE_ASIDE, '');
}

/** A sentence that opens with a participle: "Founded in", "Launched on". */
const PARTICIPLE_START = /^[\s*_#>-]*[A-Z][a-z]+ed\s/;
/** The rest of a leading participle's phrase after its date, to the comma before the subject. */
const PARTICIPLE_PHRASE_END = /^[*_]*\s+by\b[^,.;:]{0,100}?,\s*(?:the\s+)?/i;

/**
 * For a date that leads its sentence after a participle ("Founded in 2021, Anthropic is ..."):
 * whether the name right after it, which the participle is about, is one of `ids`. True for a
 * date that opens its sentence otherwise.
 */
export function participleAbout(ids: string[], q: Quantity, ctx: SentenceContext): boolean {
  if (!PARTICIPLE_START.test(ctx.text.slice(0, q.start - ctx.offset))) return true;
  const rest = ctx.text.slice(q.end - ctx.offset);
  const gap = (/^[*_]*\s*,\s*(?:the\s+)?/i.exec(rest) ?? PARTICIPLE_PHRASE_END.exec(rest))?.[0]
    .length;
  // the subject is the name right after the phrase, whatever the phrase names
  const next = gap === undefined ? undefined : ctx.names.find((n) => n.start === q.end + gap);
  return next !== undefined && ids.includes(next.entityId);
}

/**
 * For a date that leads its sentence: a word of the property in the main clause after it, with no
 * other clause between ("On May 2, 2025, X signed" but not "On May 2, 2025, X, which had
 * signed ...").
 */
const NOT_IN_MAIN_CLAUSE = new Set(['first', 'from', 'since']);

export function cueInMainClause(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  const span = { start: q.start - ctx.offset, end: q.end - ctx.offset };
  // what the clause after the date does: a verb or a noun of the property, not a "first" or a
  // "from" that may qualify anything ("removes the right of first refusal")
  const words = (PROPERTY_CUES[fact.property] ?? NO_WORDS).filter(
    (w) => !NOT_IN_MAIN_CLAUSE.has(w),
  );
  return cueRuns(words, ctx.text, span, []).some(
    (run) =>
      run.start > span.end &&
      run.start - span.end <= 80 &&
      !/[,;:()]|\s[-\u2013\u2014]\s/.test(
        withoutAside(ctx.text.slice(span.end, run.start)).replace(
          /^[*_]*\s*(?:[,:\u2013\u2014]|-\s)/,
          '',
        ),
      ) &&
      // "OpenAI launched ChatGPT": what the verb takes is what the date is about
      !foreignName(fact, ctx, index, run.end, run.end + 24),
  );
}

/**
 * For a date: the subject named in the sentence is named before it ("Nvidia was founded in 1993").
 */
export function namedBefore(ids: string[], q: Quantity, ctx: SentenceContext): boolean {
  const inSentence = ctx.names.filter((n) => ids.includes(n.entityId));
  return inSentence.length === 0 || inSentence.some((n) => n.start < q.start);
}

const SUM_WORDS =
  String.raw`taken together|add(?:ed|ing)? (?:it|them|these|those) up|combined` +
  String.raw`|altogether|in total|in all|all told|a total of|total of|sum of|together`;
const SUM = new RegExp(String.raw`\b(?:${SUM_WORDS})\b`, 'i');
const SUM_OPENS = new RegExp(String.raw`^\W*(?:${SUM_WORDS})\b`, 'i');
/** SUM made global once, to find its last match without a new regex for every figure. */
const SUM_ALL = new RegExp(SUM.source, 'gi');

// a sum word just after the figure ("$26 billion in total"), not one that opens another phrase
// ("$250 billion and the combined group")
const SUM_AFTER = new RegExp(
  String.raw`^\s*(?:(?!(?:and|the|a|an|its|their|his` +
    String.raw`|her)\s)[\p{L}’']+\s+){0,4}?(?:in all|in total|all told|altogether|combined)\b`,
  'iu',
);

/** A figure that sums several things: "taken together, 26 GW", "$8 billion in all". */
export function aggregate(ctx: SentenceContext, q: Quantity): boolean {
  // the sum word governs the figure when it is close before it, in the same clause
  // ("that is 26 GW taken together"), or opens the sentence ("Taken together, that is 26 GW")
  const before = ctx.text.slice(0, q.start - ctx.offset);
  const sum = lastMatch(SUM_ALL, before.slice(-45));
  const opens = SUM_OPENS.test(before);
  const governs =
    opens ||
    (sum !== undefined && !/[,;]/.test(before.slice(-45).slice(sum.index + sum[0].length)));
  return (
    governs || SUM_AFTER.test(ctx.text.slice(q.end - ctx.offset)) || REACHED.test(before.slice(-60))
  );
}

/**
 * The writer's own arithmetic ("add 600 MW near Abilene and you get to nearly 7 GW"): a sum of
 * several things, not the figure of the one named. A level reported as reached ("bringing its
 * fleet to 5 million GPUs") is read as usual.
 */
const REACHED = new RegExp(
  String.raw`\b(?:you get|you'd get|you would get|gets you|get you|takes you` +
    String.raw`|you reach|you arrive)\s+(?:(?:to|at)\s+)?(?:(?:about|around|roughly` +
    String.raw`|nearly|almost|some|over|more than)\s+)?$`,
  'i',
);

/**
 * Whether the sentence names the event a fact belongs to, by a word the data gives to some fact of
 * the same subject and date ("Series H" on a round's size names its valuation too) and to none of
 * the subject's facts from other dates: 1 when it names this fact's event by a word of this
 * figure's, -1 when it names another event that way, little or nothing otherwise.
 */
export function eventFit(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): number {
  const named = eventsNamed(fact.subject, q, ctx, index);
  const mine = named.events.get(fact.asOf);
  if (mine !== undefined) return mine ? 1 : 0.25;
  return named.anyMine ? -1 : 0;
}

/**
 * The subject's events whose words the sentence uses (each date only its facts have words for),
 * with whether those words are the figure's own; and whether any is. The same for every fact of
 * the subject: read once per figure and subject.
 */
interface EventsNamed {
  events: Map<string, boolean>;
  anyMine: boolean;
}

function eventsNamed(
  subject: string,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): EventsNamed {
  // binding weighs one figure's facts one after another: only that figure's answers are kept
  if (lastFigure?.q !== q || lastFigure.index !== index)
    lastFigure = { q, index, bySubject: new Map() };
  const known = lastFigure;
  let named = known.bySubject.get(subject);
  if (named) return named;
  named = { events: new Map(), anyMine: false };
  const figure = spanOf(q, ctx);
  let belongs: ((c: Span) => boolean) | undefined;
  for (const [asOf, words] of eventWords(subject, index)) {
    const runs = cueRuns(words, ctx.text, figure, []);
    if (runs.length === 0) continue;
    // the event's word may sit by another figure ("$4 billion in total, in two tranches, the second
    // in 2024")
    belongs ??= ownership(q, ctx).belongs;
    const mine = runs.some((r) => belongs!(r) || sameClause(r, figure, ctx.text));
    named.events.set(asOf, mine);
    if (mine) named.anyMine = true;
  }
  known.bySubject.set(subject, named);
  return named;
}

/**
 * The figure last asked about (whose sentence is fixed), the data it was read against, and its
 * answers by subject: kept for that figure only, as every figure of a draft is kept for its next
 * check.
 */
let lastFigure:
  { q: Quantity; index: ReferenceIndex; bySubject: Map<string, EventsNamed> } | undefined;

/**
 * Whether the sentence uses one of the words the data attaches to any fact of `subject`, or one
 * its names add to its party's ("IPO").
 */
export function evokes(subject: Entity, ctx: SentenceContext, index: ReferenceIndex): boolean {
  return evokingWords(subject, index).some(
    (w) => hits(w, ctx.text).length > 0 || hits(w, ctx.previousText).length > 0,
  );
}
