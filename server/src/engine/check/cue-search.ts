/**
 * Finding cue words in a sentence: where each word occurs (as a whole word, with its inflections),
 * and runs of adjacent ones. Every figure of a sentence asks about the same words in the same
 * text, so the answers are remembered.
 */

import { findForms, folded, matchable, type Span, type WordForms } from '../text/word-forms';

export type { Span };

/** How a cue word is searched for: by its forms, or by a regex for a word they cannot take. */
type CueSearch = { forms: WordForms } | { regex: RegExp };

const cueCache = new Map<string, CueSearch>();

function cueSearch(word: string): CueSearch {
  let search = cueCache.get(word);
  if (!search) {
    const forms = cueForms(word);
    search = matchable(forms.base) ? { forms } : { regex: cueRegex(word) };
    cueCache.set(word, search);
  }
  return search;
}

/**
 * A cue word's forms. Inflected: "raise" finds "raised" and "raising", "invest" finds "invests"
 * and "invested"; "put" finds "putting", "ship" finds "shipped": a short word's last consonant
 * doubles. A word written "=GA" is found as written only.
 */
function cueForms(word: string): WordForms {
  const base = word.replace(/^=/, '');
  if (word.startsWith('=')) return { base, endings: [], bare: true };
  const escaped = escapeCue(base);
  if (/[^aeiou]e$/i.test(escaped))
    return { base: base.slice(0, -1), endings: ['e', 'es', 'ed', 'ing'], bare: false };
  const doubled =
    /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/i.test(escaped) && escaped.length <= 4
      ? [`${escaped.slice(-1)}ing`, `${escaped.slice(-1)}ed`]
      : [];
  return { base, endings: ['s', 'es', 'ed', 'd', 'ing', ...doubled], bare: true };
}

const escapeCue = (base: string): string =>
  base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]');

/** The regex of a cue word's forms, for a word that is not plain ASCII. */
function cueRegex(word: string): RegExp {
  const { base, endings, bare } = cueForms(word);
  const alternatives = endings.map(escapeCue).join('|');
  const stem = !endings.length
    ? escapeCue(base)
    : `${escapeCue(base)}(?:${alternatives})${bare ? '?' : ''}`;
  // no lookbehind at the front: a pattern that starts with its literal is searched for quickly;
  // the word boundary before it is checked by the caller
  return new RegExp(`${stem}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Phrases whose words mean something else inside them: a cue word inside one does not count. */
const OWNING_PHRASES = [
  'market value',
  'market cap',
  'market capitalization',
  'market capitalisation',
  'share price',
  'per share',
  'a share',
  'run rate',
  'market share',
  'share sale',
  'price target',
  // "initial" of a listing is no first tranche
  'initial public offering',
];

/**
 * Where the cue words occur, adjacent ones merged into runs; the figure's own text is not a cue.
 */
export function cueRuns(words: string[], text: string, figure: Span, found: string[]): Span[] {
  if (words.length === 0) return [];
  const known = runsFor(occurrencesOf(words, text), figure);
  for (const word of known.found) if (!found.includes(word)) found.push(word);
  return known.runs;
}

/** Runs of cue words by a figure, and the words found in them. */
interface Runs {
  runs: Span[];
  found: string[];
}

/**
 * A word list's hits in one text, less those inside a phrase that owns them: the same for every
 * figure of the text, so found once; most lists have no word in a given sentence.
 */
interface Occurrences {
  text: string;
  /** the words with hits, in the list's order, each with its hits */
  words: { word: string; hits: Span[] }[];
  /**
   * the runs by each figure asked about (many facts share a list: a property's, an event's); made
   * when first asked, as most lists have no word in the text
   */
  byFigure?: Map<number, Runs>;
}

const NO_RUNS: Runs = { runs: [], found: [] };

/**
 * Runs are asked for the sentence being bound: a couple of sentences' worth is all that is reused.
 */
const RUN_TEXTS = 2;
/**
 * Word lists are cached arrays (per property, fact, subject): their identity stands for their
 * words. The latest texts first.
 */
const runCache = new WeakMap<string[], Occurrences[]>();

function occurrencesOf(words: string[], text: string): Occurrences {
  let recent = runCache.get(words);
  if (!recent) runCache.set(words, (recent = []));
  for (const o of recent) if (o.text === text) return o;
  const made: Occurrences = { text, words: wordsIn(words, text) };
  recent.unshift(made);
  if (recent.length > RUN_TEXTS) recent.pop();
  return made;
}

function wordsIn(words: string[], text: string): Occurrences['words'] {
  const out: Occurrences['words'] = [];
  let owned: Span[] | undefined;
  const known = textKnown(text);
  let stems = listStems.get(words);
  if (!stems) listStems.set(words, (stems = words.map(cueStem)));
  for (let i = 0; i < words.length; i++) {
    // most words of a list are not in the sentence: ruled out by their stem, before any search
    if (stems[i] && !known.stems.has(stems[i])) continue;
    const word = words[i];
    const all = hitsIn(known, word);
    if (!all.length) continue;
    owned ??= ownedSpans(known, words);
    // "value" inside "market value" is the market value's, not a valuation's
    const own = owned.length
      ? all.filter(
          (hit) =>
            !owned!.some(
              (o) =>
                o.start <= hit.start && hit.end <= o.end && o.end - o.start > hit.end - hit.start,
            ),
        )
      : all;
    if (own.length) out.push({ word, hits: own });
  }
  return out;
}

/**
 * The spans of the owning phrases in a text, less the phrases the list itself holds: the phrases
 * are looked for once per text, and most texts hold none.
 */
function ownedSpans(known: TextKnown, words: string[]): Span[] {
  known.owning ??= OWNING_PHRASES.map((phrase) => ({ phrase, hits: hitsIn(known, phrase) })).filter(
    (o) => o.hits.length > 0,
  );
  if (!known.owning.length) return NO_SPANS;
  return known.owning.filter((o) => !words.includes(o.phrase)).flatMap((o) => o.hits);
}

const NO_SPANS: Span[] = [];

function runsFor(occurrences: Occurrences, figure: Span): Runs {
  if (!occurrences.words.length) return NO_RUNS;
  // sentence offsets: far below 2^26
  const key = figure.start * 0x4000000 + figure.end;
  occurrences.byFigure ??= new Map();
  let runs = occurrences.byFigure.get(key);
  if (!runs) occurrences.byFigure.set(key, (runs = runsOf(occurrences, figure)));
  return runs;
}

function runsOf(occurrences: Occurrences, figure: Span): Runs {
  const found: string[] = [];
  const spans: Span[] = [];
  for (const { word, hits: wordHits } of occurrences.words) {
    for (const hit of wordHits) {
      if (hit.start < figure.end && hit.end > figure.start) continue;
      spans.push(hit);
      if (!found.includes(word)) found.push(word);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const runs: Span[] = [];
  for (const sp of spans) {
    const last = runs[runs.length - 1];
    if (last && sp.start - last.end <= 2) last.end = Math.max(last.end, sp.end);
    else runs.push({ ...sp });
  }
  return { runs, found };
}

/** Where a cue word occurs in a text, as a whole word with its inflections. */
export function hits(word: string, text: string): Span[] {
  return hitsIn(textKnown(text), word);
}

/**
 * What is known of one recent text: every figure of a sentence asks about the same words in the
 * same text, so the answers are kept with it, and the text is looked up once per word list, not
 * once per word.
 */
interface TextKnown {
  text: string;
  /** the first three and four letters of each of its words (`stemsOfWords`) */
  stems: Set<string>;
  /** the text folded for an ASCII case-insensitive search, when first needed */
  folded?: string;
  /** each word asked about, with its hits */
  hits: Map<string, Span[]>;
  /** the owning phrases it holds, with their hits, when first needed */
  owning?: { phrase: string; hits: Span[] }[];
}

/** The recent texts, latest last: a couple of sentences' worth is all that is reused. */
const recentTexts = new Map<string, TextKnown>();
const RECENT_TEXTS = 16;

function textKnown(text: string): TextKnown {
  // the facts of a figure ask about one text after another: a comparison finds it before a lookup
  if (lastKnown?.text === text) return lastKnown;
  let known = recentTexts.get(text);
  if (!known) {
    if (recentTexts.size >= RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value!);
    known = { text, stems: stemsOfWords(text.toLowerCase()), hits: new Map() };
    recentTexts.set(text, known);
  }
  return (lastKnown = known);
}

let lastKnown: TextKnown | undefined;

function hitsIn(known: TextKnown, word: string): Span[] {
  let found = known.hits.get(word);
  if (found) return found;
  // a cheap test before the search: the cue's first word (its first four letters, so "invested"
  // still finds "invest") must begin some word of the text
  const stem = cueStem(word);
  if (stem && !known.stems.has(stem)) found = [];
  else {
    const { text } = known;
    found = matchesOf(cueSearch(word.toLowerCase()), known).filter(
      (m) => !WORD_END.test(text.slice(Math.max(0, m.start - 2), m.start)),
    );
  }
  known.hits.set(word, found);
  return found;
}

function matchesOf(search: CueSearch, known: TextKnown): Span[] {
  const { text } = known;
  if ('forms' in search) return findForms(search.forms, text, (known.folded ??= folded(text)));
  const out: Span[] = [];
  const re = search.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A letter or digit just before a hit makes it part of a longer word ("ideal" holds no "deal"). */
const WORD_END = /[\p{L}\p{N}]$/u;

/**
 * The first three and four letters of each run of letters and digits in a lower-cased text, by
 * one scan of its characters: a regex over the text and an array per word cost some 15 µs a
 * sentence, and every sentence of a long draft asks for them.
 */
function stemsOfWords(lower: string): Set<string> {
  const stems = new Set<string>();
  let start = -1;
  for (let i = 0; i <= lower.length;) {
    const width = i < lower.length ? wordCharWidth(lower, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      // three letters as well as four: a short cue ('put') still finds its longer forms ('putting')
      stems.add(lower.slice(start, Math.min(i, start + 4)));
      stems.add(lower.slice(start, Math.min(i, start + 3)));
      start = -1;
    }
    i++;
  }
  return stems;
}

/**
 * How many UTF-16 units the letter or digit at `i` takes (2 for one beyond the BMP), or 0 when the
 * character there is neither. A lower-cased text holds no ASCII capitals.
 */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  const point = text.codePointAt(i)!;
  if (!LETTER_OR_DIGIT.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function cueStem(cue: string): string {
  let stem = stemCache.get(cue);
  if (stem === undefined)
    stemCache.set(
      cue,
      (stem = /[\p{L}\p{N}]+/u.exec(cue.replace(/^=/, '').toLowerCase())?.[0].slice(0, 4) ?? ''),
    );
  return stem;
}

/** The stems of a word list's cues, by the list's identity. */
const listStems = new WeakMap<string[], string[]>();

const stemCache = new Map<string, string>();
