/**
 * A word and its inflected forms, found in a text as a case-insensitive unicode regex would find
 * them (`base(?:s|es|ed|...)?(?![\p{L}\p{N}])`, flags `giu`), without compiling one: such a regex
 * costs about half a millisecond to compile, and a first check asks about hundreds of cue words.
 * For words of ASCII characters; a space in the base stands for any white space or a hyphen.
 */
export interface WordForms {
  /** the lowercase base; never empty, never opening with a space */
  base: string;
  /** endings tried after the base, in the order the regex's alternatives are */
  endings: string[];
  /** the base alone, with no ending, is a form too */
  bare: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** Whether a base can be found without a regex: printable ASCII, opening with a non-space. */
export function matchable(base: string): boolean {
  return base.length > 0 && base[0] !== ' ' && !/[^\x20-\x7e]/.test(base);
}

/**
 * The text as an ASCII case-insensitive match reads it: the same length, with the characters that
 * an ASCII letter matches under `iu` (its capital, the Kelvin sign, the long s) made that letter.
 */
export function folded(text: string): string {
  // a text of ASCII alone (most sentences) is what `toLowerCase` makes of it: one native pass
  // instead of a call back for every capital
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z\u212a\u017f]/g, (c) =>
    c === '\u212a' ? 'k' : c === '\u017f' ? 's' : c.toLowerCase(),
  );
}

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The forms' matches in `text` (`lower` is `folded(text)`), left to right, each search going on
 * from the end of the last match, as a global regex's would.
 */
export function findForms(forms: WordForms, text: string, lower: string): Span[] {
  const { base } = forms;
  const space = base.indexOf(' ');
  const head = space < 0 ? base : base.slice(0, space);
  const out: Span[] = [];
  for (let from = 0; ;) {
    const at = lower.indexOf(head, from);
    if (at < 0) return out;
    const end = baseAt(base, text, lower, at) ? formEnd(forms, text, lower, at + base.length) : -1;
    if (end < 0) from = at + 1;
    else {
      out.push({ start: at, end });
      from = end;
    }
  }
}

/** Whether the base stands at `at`, its spaces matching any white space or a hyphen. */
function baseAt(base: string, text: string, lower: string, at: number): boolean {
  if (at + base.length > text.length) return false;
  for (let i = 0; i < base.length; i++) {
    if (base[i] === ' ' ? !spaceOrHyphen(text.charCodeAt(at + i)) : lower[at + i] !== base[i])
      return false;
  }
  return true;
}

/** Where the first ending (then the bare base) that no letter or digit follows ends, or -1. */
function formEnd(forms: WordForms, text: string, lower: string, stemEnd: number): number {
  for (const ending of forms.endings) {
    if (lower.startsWith(ending, stemEnd) && !wordCharAt(text, stemEnd + ending.length))
      return stemEnd + ending.length;
  }
  return forms.bare && !wordCharAt(text, stemEnd) ? stemEnd : -1;
}

/** `[\s-]` under the `u` flag. */
function spaceOrHyphen(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2d ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The regex's lookahead `[\p{L}\p{N}]` under `iu`, read at one place. */
const WORD_CHAR = /[\p{L}\p{N}]/iuy;

function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  // ASCII decides at once; other characters go through the regex's own class
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text);
}
