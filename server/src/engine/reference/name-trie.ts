/**
 * One character trie over every name, alias and misspelling in the data. Matching walks it from
 * each word start, so the cost per position is bounded by the longest name, not by how many names
 * there are. Keys are case-sensitive; whitespace, dashes and apostrophes are folded to one form.
 */

export type NameForm = 'name' | 'alias' | 'misspelling';

export interface NameEntry {
  entityId: string;
  form: NameForm;
  /** the name as written in the data */
  text: string;
}

export interface NameMatch {
  start: number;
  end: number;
  entries: NameEntry[];
}

/** Folds a character to the form used as a trie key (same length: one UTF-16 unit in, one out). */
export function foldChar(ch: string): string {
  // printable ASCII other than the space folds to itself, without the regex: this runs for each
  // character of every name as the index is built, and of every draft as names are found
  const c = ch.charCodeAt(0);
  if (c > 32 && c < 127) return ch;
  if (/\s/.test(ch)) return ' ';
  if (ch === '\u2010' || ch === '\u2011' || ch === '\u2012' || ch === '\u2013' || ch === '\u2014')
    return '-';
  if (ch === '\u2019' || ch === '\u2018') return "'";
  return ch;
}

/** `foldChar` of the UTF-16 unit at `i`, as a code: printable ASCII without making a string. */
function foldedCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c > 32 && c < 127 ? c : foldChar(text[i]).charCodeAt(0);
}

const WORD = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII without the regex engine: this runs for every character of every draft
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(ch);
}

/** The root's node id; the trie's other nodes are numbered from 1 as they are made. */
const ROOT = 0;

export class NameTrie {
  /**
   * The edges, by character code, then by the node they leave: each maps to the node they reach.
   * Nodes are numbers, not objects with a map each: the 8,000 maps of the embedded names took
   * some 2 MB and a few ms of every start to make and to copy through the young generation. A
   * character past the Basic Multilingual Plane is keyed by its code point, above every UTF-16
   * unit, so that, as before, no lookup (one unit at a time) reaches it.
   */
  private readonly edges = new Map<number, Map<number, number>>();
  private readonly entries: (NameEntry[] | undefined)[] = [];
  private nodeCount = 1;
  private readonly written = new Set<string>();

  /** Whether `text` is exactly some entity's name, alias or misspelling. */
  has(text: string): boolean {
    return this.written.has(text.trim());
  }

  add(text: string, entityId: string, form: NameForm): void {
    const key = text.trim();
    if (!key) return;
    this.written.add(key);
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      let code = foldedCode(key, i);
      // a surrogate pair is one character of the name, as a string iterator reads it
      if (code >= 0xd800 && code <= 0xdbff && key.codePointAt(i)! > 0xffff)
        code = key.codePointAt(i++)!;
      let from = this.edges.get(code);
      if (!from) this.edges.set(code, (from = new Map()));
      let child = from.get(node);
      if (child === undefined) from.set(node, (child = this.nodeCount++));
      node = child;
    }
    (this.entries[node] ??= []).push({ entityId, form, text: key });
  }

  /**
   * All longest non-overlapping name matches in `text` that start and end on word boundaries.
   * A trailing possessive ('s, ’s) is allowed after a match and not included in it.
   */
  findAll(text: string): NameMatch[] {
    const out: NameMatch[] = [];
    let i = 0;
    while (i < text.length) {
      if (isWordChar(text[i - 1]) || !isWordChar(text[i])) {
        i++;
        continue;
      }
      const m = this.longestAt(text, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  private longestAt(text: string, start: number): NameMatch | undefined {
    let node: number | undefined = ROOT;
    let best: NameMatch | undefined;
    for (let j = start; j < text.length && node !== undefined; j++) {
      node = this.edges.get(foldedCode(text, j))?.get(node);
      const entries = node === undefined ? undefined : this.entries[node];
      if (entries && !isWordChar(text[j + 1]) && endsOnWord(text, j)) {
        best = { start, end: j + 1, entries };
      }
    }
    return best;
  }
}

/** A match may not end inside a word; "Amazon.com" may end on "m" but "AI" in "AIs" may not. */
function endsOnWord(text: string, j: number): boolean {
  return isWordChar(text[j]) || text[j] === '.' || text[j] === ')';
}
