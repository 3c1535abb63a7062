import type { SourceMap } from './source-map';

/**
 * Appends a text node's value to the prose and records which of its characters sit verbatim in
 * the source. A value differs from its source slice where markdown resolved a backslash escape or
 * a character reference, replaced a NUL, dropped trailing spaces before a line break, or continued
 * a line after a
 * container prefix ("> ", list indent). Those source characters are stepped over; a character that
 * cannot be placed stays unmapped, so no edit is ever made through it.
 */
export function alignInto(
  prose: string,
  map: SourceMap,
  value: string,
  source: string,
  start: number,
  end: number,
): string {
  let s = start;
  for (let v = 0; v < value.length; v++) {
    const { at, next } = placeChar(value[v], source, s, end);
    if (at >= 0) map.add(prose.length + v, at, 1);
    s = next;
  }
  return prose + value;
}

const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Where a value's character sits in the source (-1: nowhere verbatim) and where to look next. */
interface Placement {
  at: number;
  next: number;
}

/** Places one character of the value, looking from `s` in the source. */
function placeChar(ch: string, source: string, s: number, end: number): Placement {
  if (s >= end) return { at: -1, next: s };
  return (
    placeAt(ch, source, s) ??
    (ch === '\n' ? placeLineBreak(source, s, end) : placeAfterPrefix(ch, source, s, end))
  );
}

/**
 * The character at `s` itself: verbatim, escaped, a NUL or a character reference markdown
 * resolved; undefined when none of these fits.
 */
function placeAt(ch: string, source: string, s: number): Placement | undefined {
  if (source[s] === ch) return { at: s, next: s + 1 };
  if (source[s] === '\\' && source[s + 1] === ch) return { at: s + 1, next: s + 2 };
  // markdown replaces NUL with U+FFFD: the source character is there, just not verbatim
  if (ch === '\uFFFD' && source[s] === '\u0000') return { at: -1, next: s + 1 };
  if (source[s] === '&') {
    const ref = CHARACTER_REFERENCE.exec(source.slice(s, s + 40));
    if (ref) return { at: -1, next: s + ref[0].length };
  }
  return undefined;
}

/** A line break of the value: the source's, after the trailing spaces markdown dropped. */
function placeLineBreak(source: string, s: number, end: number): Placement {
  let t = s;
  while (t < end && (source[t] === ' ' || source[t] === '\t')) t++;
  if (source[t] === '\r' && source[t + 1] === '\n') t++;
  if (source[t] === '\n' || source[t] === '\r') return { at: t, next: t + 1 };
  return { at: -1, next: s };
}

/** The first character of a continued line, after its container prefix ("> ", list indent). */
function placeAfterPrefix(ch: string, source: string, s: number, end: number): Placement {
  if (source[s - 1] === '\n' || source[s - 1] === '\r') {
    let t = s;
    while (t < end && (source[t] === ' ' || source[t] === '\t' || source[t] === '>')) t++;
    if (source[t] === ch) return { at: t, next: t + 1 };
  }
  return { at: -1, next: s };
}
