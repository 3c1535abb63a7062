/** A sentence inside a prose block: [start, end) offsets in the block's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc',
  'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est',
  'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'fig', 'vol', 'dept',
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
  for (const seg of segmenter.segment(unwrapped)) raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  const out: SentenceSpan[] = [];
  for (const s of raw) {
    const prev = out[out.length - 1];
    if (prev && continuesSentence(text, prev, s)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** True when the break between `prev` and `next` falls after an abbreviation or before lowercase. */
function continuesSentence(text: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  const before = text.slice(prev.start, prev.end).trimEnd();
  const after = text.slice(next.start, next.end).trimStart();
  if (!before.endsWith('.')) return false;
  const lastWord = /([A-Za-z](?:\.?[A-Za-z])*)\.$/.exec(before)?.[1]?.toLowerCase();
  // Merging two real sentences only widens the context a figure is read in; splitting one in two
  // can separate a figure from its subject. So when in doubt, merge.
  if (lastWord && ABBREVIATIONS.has(lastWord)) return true;
  return /^[a-z0-9$€£]/.test(after);
}
