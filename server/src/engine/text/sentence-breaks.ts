/**
 * Unicode's sentence boundaries (UAX #29, the rules ICU's sentence segmenter follows) for text
 * made only of characters whose sentence-break class is listed here: ASCII, Latin-1 and common
 * punctuation. Intl.Segmenter gives the same breaks, but the first one made in a process costs
 * ICU's start (some 10 to 20 ms, a tenth of the CLI on a short draft); a block with any other
 * character is left to it. test/unit/sentence-breaks.test.ts holds the table and the breaks to
 * ICU's.
 */

const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
/** not in the table: the caller asks ICU */
const UNKNOWN = 9;

/** Sentence-break classes of U+0000 to U+00FF. */
const LATIN1 = new Uint8Array(256).fill(UNKNOWN);
/** Sentence-break classes of U+2010 to U+2027 (dashes, quotes, leaders, the ellipsis). */
const PUNCTUATION = new Uint8Array(0x18).fill(OTHER);

function mark(table: Uint8Array, cls: number, codes: string, offset = 0): void {
  for (const c of codes) table[c.charCodeAt(0) - offset] = cls;
}
for (let c = 0x20; c <= 0x7e; c++) LATIN1[c] = OTHER;
for (let c = 0xa0; c <= 0xff; c++) LATIN1[c] = OTHER;
for (let c = 0x61; c <= 0x7a; c++) LATIN1[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) LATIN1[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) LATIN1[c] = NUMERIC;
// letters of Latin-1: capitals U+00C0 to U+00DE, small U+00DF to U+00FF, but for × and ÷
for (let c = 0xc0; c <= 0xde; c++) LATIN1[c] = UPPER;
for (let c = 0xdf; c <= 0xff; c++) LATIN1[c] = LOWER;
LATIN1[0xd7] = OTHER;
LATIN1[0xf7] = OTHER;
mark(LATIN1, LOWER, '\u00aa\u00b5\u00ba');
mark(LATIN1, SP, '\t\u000b\u000c \u00a0');
mark(LATIN1, STERM, '!?');
mark(LATIN1, ATERM, '.');
mark(LATIN1, CLOSE, '"\'()[]{}\u00ab\u00bb');
mark(LATIN1, SCONTINUE, ',-:;');
// the soft hyphen is a format character, which the rules skip: left to ICU
LATIN1[0xad] = UNKNOWN;
mark(PUNCTUATION, SCONTINUE, '\u2013\u2014', 0x2010);
mark(PUNCTUATION, CLOSE, '\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f', 0x2010);
mark(PUNCTUATION, ATERM, '\u2024', 0x2010);

function classOf(code: number): number {
  if (code < 0x100) return LATIN1[code];
  if (code >= 0x2010 && code < 0x2028) return PUNCTUATION[code - 0x2010];
  // euro sign, trade mark sign, minus sign
  return code === 0x20ac || code === 0x2122 || code === 0x2212 ? OTHER : UNKNOWN;
}

/**
 * Where each sentence after the first starts, or undefined when the text has a character the
 * table does not hold. Text without line breaks (the caller makes them spaces).
 */
export function sentenceStarts(text: string): number[] | undefined {
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === UNKNOWN) return undefined;
    cls[i] = c;
  }
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (cls[i] !== ATERM && cls[i] !== STERM) continue;
    // a break can only come after a terminator's run of closing marks, then spaces (SB9, SB10)
    let m = i + 1;
    while (m < n && cls[m] === CLOSE) m++;
    while (m < n && cls[m] === SP) m++;
    if (m < n && !holds(cls, i, m)) starts.push(m);
  }
  return starts;
}

/** Whether the sentence goes on at `m`, after the terminator at `i` and its closing marks and spaces. */
function holds(cls: Uint8Array, i: number, m: number): boolean {
  const next = cls[m];
  if (cls[i] === ATERM) {
    // SB6 "3.5"; SB7 "U.S"
    if (m === i + 1 && next === NUMERIC) return true;
    if (m === i + 1 && next === UPPER && i > 0 && (cls[i - 1] === UPPER || cls[i - 1] === LOWER))
      return true;
    // SB8: a lowercase letter comes before any other letter or terminator
    for (let j = m; j < cls.length; j++) {
      const c = cls[j];
      if (c === LOWER) return true;
      if (c === UPPER || c === ATERM || c === STERM) break;
    }
  }
  // SB8a "?!", "etc.,"
  return next === SCONTINUE || next === ATERM || next === STERM;
}
