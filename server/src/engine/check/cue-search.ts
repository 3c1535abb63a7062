/**
 * Finding cue words in a sentence: where each word occurs (as a whole word, with its inflections),
 * and runs of adjacent ones. Every figure of a sentence asks about the same words in the same
 * text, so the answers are remembered.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * The last few texts asked about and what was worked out for each. Found by comparing strings,
 * not by hashing them: a sentence is asked about again and again as the same string, which
 * compares at once, where a map would hash or compare its whole text on every question.
 */
class Recent<V> {
  private texts: string[] = [];
  private values: V[] = [];
  constructor(private readonly size: number) {}

  get(text: string, make: () => V): V {
    const i = this.texts.indexOf(text);
    if (i >= 0) return this.values[i];
    if (this.texts.length >= this.size) {
      this.texts.shift();
      this.values.shift();
    }
    const value = make();
    this.texts.push(text);
    this.values.push(value);
    return value;
  }
}

const cueCache = new Map<string, RegExp>();

function cueRegex(word: string): RegExp {
  let re = cueCache.get(word);
  if (!re) {
    const exact = word.startsWith('=');
    const escaped = word.replace(/^=/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]');
    // no lookbehind at the front: a pattern that starts with its literal is searched for quickly;
    // the word boundary before it is checked by the caller
    // inflected: "raise" finds "raised" and "raising", "invest" finds "invests" and "invested"
    // "put" finds "putting", "ship" finds "shipped": a short word's last consonant doubles
    const doubled = /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/i.test(escaped) && escaped.length <= 4 ? `|${escaped.slice(-1)}(?:ing|ed)` : '';
    const stem = exact ? escaped
      : /[^aeiou]e$/i.test(escaped) ? `${escaped.slice(0, -1)}(?:e|es|ed|ing)` : `${escaped}(?:s|es|ed|d|ing${doubled})?`;
    re = new RegExp(`${stem}(?![\\p{L}\\p{N}])`, 'giu');
    cueCache.set(word, re);
  }
  return re;
}

/** Phrases whose words mean something else inside them: a cue word inside one does not count. */
const OWNING_PHRASES = ['market value', 'market cap', 'market capitalization', 'market capitalisation', 'share price',
  'per share', 'a share', 'run rate', 'market share', 'share sale', 'price target'];

/** Where the cue words occur, adjacent ones merged into runs; the figure's own text is not a cue. */
export function cueRuns(words: string[], text: string, figure: Span, found: string[]): Span[] {
  // many facts share a word list (their property's, a subject's events'): ask once per sentence and figure
  let byText = runCache.get(words);
  if (!byText) runCache.set(words, (byText = new Recent(RUN_TEXTS)));
  const byFigure = byText.get(text, () => new Map());
  const key = figure.start * FIGURE_KEY + figure.end;
  let known = byFigure.get(key);
  if (!known) byFigure.set(key, (known = runsOf(words, text, figure)));
  for (const word of known.found) if (!found.includes(word)) found.push(word);
  return known.runs;
}

/** Runs are asked for the sentence being bound: a couple of sentences' worth is all that is reused. */
const RUN_TEXTS = 2;
/** a figure's span as one number: start and end are offsets in a sentence, far below this */
const FIGURE_KEY = 2 ** 26;
/** Word lists are cached arrays (per property, fact, subject): their identity stands for their words. */
const runCache = new WeakMap<string[], Recent<Map<number, { runs: Span[]; found: string[] }>>>();

/**
 * A word list made ready once: whether each owning phrase is one of its words, and per text
 * (the last few asked about) every word's hits, so the figures of a sentence share one search.
 */
interface ListMatcher {
  owning: boolean[];
  texts: Recent<Span[][]>;
}
const matchers = new WeakMap<string[], ListMatcher>();
/** a sentence, the one before it, a table's header and row: what one figure's binding asks about */
const LIST_TEXTS = 4;

function matcherOf(words: string[]): ListMatcher {
  let m = matchers.get(words);
  if (!m) matchers.set(words, (m = { owning: OWNING_PHRASES.map((p) => words.includes(p)), texts: new Recent(LIST_TEXTS) }));
  return m;
}

/** Each word's hits in `text` (hits below), in the order of `words`: a list of words asked about as one. */
export function listHits(words: string[], text: string): Span[][] {
  return matcherOf(words).texts.get(text, () => {
    const known = textOf(text);
    return words.map((w) => hitsIn(known, w, text));
  });
}

/** Whether any of the words occurs in the text. */
export function anyHit(words: string[], text: string): boolean {
  return listHits(words, text).some((h) => h.length > 0);
}

function runsOf(words: string[], text: string, figure: Span): { runs: Span[]; found: string[] } {
  const found: string[] = [];
  const spans: Span[] = [];
  const { owning } = matcherOf(words);
  const owned = listHits(OWNING_PHRASES, text).filter((_, i) => !owning[i]).flat();
  const wordHits = listHits(words, text);
  words.forEach((word, i) => {
    for (const hit of wordHits[i]) {
      if (hit.start < figure.end && hit.end > figure.start) continue;
      // "value" inside "market value" is the market value's, not a valuation's
      if (owned.some((o) => o.start <= hit.start && hit.end <= o.end && (o.end - o.start) > (hit.end - hit.start))) continue;
      spans.push(hit);
      if (!found.includes(word)) found.push(word);
    }
  });
  spans.sort((a, b) => a.start - b.start);
  const runs: Span[] = [];
  for (const sp of spans) {
    const last = runs[runs.length - 1];
    if (last && sp.start - last.end <= 2) last.end = Math.max(last.end, sp.end);
    else runs.push({ ...sp });
  }
  return { runs, found };
}

export function hits(word: string, text: string): Span[] {
  return hitsIn(textOf(text), word, text);
}

/** What is known of a text: the stems its words begin with, and each word's hits, as asked. */
interface KnownText {
  stems?: Set<string>;
  byWord: Map<string, Span[]>;
}
const knownTexts = new Recent<KnownText>(16);
const textOf = (text: string): KnownText => knownTexts.get(text, () => ({ byWord: new Map() }));

function hitsIn(known: KnownText, word: string, text: string): Span[] {
  // every figure of a sentence asks about the same words in the same text: remember the answers
  let found = known.byWord.get(word);
  if (!found && !mayContain(known, text, word)) {
    found = [];
    known.byWord.set(word, found);
  }
  if (!found) {
    const re = cueRegex(word.toLowerCase());
    re.lastIndex = 0;
    found = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!WORD_END.test(text.slice(Math.max(0, m.index - 2), m.index))) found.push({ start: m.index, end: m.index + m[0].length });
    }
    known.byWord.set(word, found);
  }
  return found;
}

/** A letter or digit just before a hit makes it part of a longer word ("ideal" holds no "deal"). */
const WORD_END = /[\p{L}\p{N}]$/u;

/**
 * A cheap test before the regex: the cue's first word (its first four letters, so "invested"
 * still finds "invest") must begin some word of the text.
 */
function mayContain(known: KnownText, text: string, cue: string): boolean {
  // three letters as well as four: a short cue ('put') still finds its longer forms ('putting')
  const stems = (known.stems ??= new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((w) => [w.slice(0, 4), w.slice(0, 3)])));
  let stem = stemCache.get(cue);
  if (stem === undefined) stemCache.set(cue, (stem = /[\p{L}\p{N}]+/u.exec(cue.replace(/^=/, '').toLowerCase())?.[0].slice(0, 4) ?? ''));
  return !stem || stems.has(stem);
}

/** The first four letters of a cue's first word, per cue: cues are few, and asked about for every figure. */
const stemCache = new Map<string, string>();
