import { sentenceStarts } from './sentence-breaks';

/** A sentence inside a prose block: [start, end) offsets in the block's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// made on first need: the first Intl object of a process costs ICU's start
let segmenter: Intl.Segmenter | undefined;
const MAX_SEGMENT = 8_000;

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'fig',
  'vol',
  'dept',
]);

/**
 * Splits one block of prose into sentences. Always called per block: one Intl.Segmenter pass over
 * a whole document is quadratic on Node 20, per block it is linear.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  // A line break inside a markdown paragraph is a soft wrap, not the end of a sentence; replacing
  // it with a space keeps every offset where it was.
  const unwrapped = text.replace(/[\r\n]/g, ' ');
  // Intl.Segmenter slows down faster than the text grows: a huge block is segmented in pieces
  // cut at spaces, which no sentence in real prose comes near
  for (let from = 0; from < unwrapped.length;) {
    let to = Math.min(unwrapped.length, from + MAX_SEGMENT);
    if (to < unwrapped.length) {
      const cut = unwrapped.lastIndexOf(' ', to);
      if (cut > from) to = cut + 1;
    }
    const piece = unwrapped.slice(from, to);
    const starts = sentenceStarts(piece);
    if (starts) {
      let start = 0;
      for (const s of starts) {
        raw.push({ start: from + start, end: from + s });
        start = s;
      }
      if (start < piece.length) raw.push({ start: from + start, end: to });
    } else {
      segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
      for (const seg of segmenter.segment(piece))
        raw.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
    }
    from = to;
  }
  const out: SentenceSpan[] = [];
  for (const s of raw.flatMap((span) => atCamelCaseStarts(unwrapped, span))) {
    const prev = out[out.length - 1];
    if (prev && continuesSentence(text, prev, s)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/**
 * True when the break between `prev` and `next` falls after an abbreviation or before lowercase.
 */
function continuesSentence(text: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  const before = text.slice(prev.start, prev.end).trimEnd();
  const after = text.slice(next.start, next.end).trimStart();
  if (!before.endsWith('.')) return false;
  const lastWord = /([A-Za-z](?:\.?[A-Za-z])*)\.$/.exec(before)?.[1]?.toLowerCase();
  // Merging two real sentences only widens the context a figure is read in; splitting one in two
  // can separate a figure from its subject. So when in doubt, merge.
  if (lastWord && ABBREVIATIONS.has(lastWord)) return true;
  return /^[a-z0-9$€£]/.test(after) && !CAMEL_WORD.test(after);
}

/**
 * A sentence may open with a name written in camel case ("xAI has now raised ..."), where the
 * segmenter, seeing a lowercase letter, reads on: such a span is cut after the period before it,
 * unless the period ends an abbreviation.
 */
function atCamelCaseStarts(text: string, span: SentenceSpan): SentenceSpan[] {
  const piece = text.slice(span.start, span.end);
  if (!CAMEL_START.test(piece)) return [span];
  const out: SentenceSpan[] = [];
  let start = span.start;
  for (const m of piece.matchAll(CAMEL_START_ALL)) {
    const cut = span.start + m.index + m[0].length;
    const lastWord = /([A-Za-z](?:\.?[A-Za-z])*)\.$/
      .exec(text.slice(start, span.start + m.index + m[1].length))?.[1]
      ?.toLowerCase();
    if (lastWord && ABBREVIATIONS.has(lastWord)) continue;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: span.end });
  return out;
}

const CAMEL_WORD = /^[a-z]+[A-Z]/;
const CAMEL_START = /[.!?]["”’)]?\s+[a-z]+[A-Z]/;
const CAMEL_START_ALL = /([.!?]["”’)]?)\s+(?=[a-z]+[A-Z])/g;
