/**
 * Link reference and footnote definitions across chunks (text/chunks.ts). A definition makes a
 * reference to its label resolve anywhere in the document, so a chunk parsed alone would read
 * "[the deal][aws]" or "[^1]" differently from the whole. Instead of parsing such a document whole,
 * each chunk is parsed with stand-ins for the definitions it may refer to appended after it
 * ("[aws]: #", "[^1]:"): the parser sees the same defined labels where it looks one up, and the
 * stand-ins add no prose. Which definitions a chunk may refer to is decided by a test that can
 * only err towards appending: a reference to a label holds every word of it, in some case.
 */

/** A definition as another chunk needs it. */
export interface Definition {
  /** what stands in for it: "[label]: #" or "[^label]:" */
  line: string;
  /** its node type and identifier, as the parser reports the stand-in */
  id: string;
  /** the longest word of its label, case-folded as labels are matched */
  word: string;
}

/** Case folding as label matching does it (micromark normalizeIdentifier), applied to any text. */
export const fold = (s: string): string => s.toLowerCase().toUpperCase();

/**
 * The stand-in for a definition node, or undefined for one that cannot be written on one line
 * (a label across lines): the document is then read whole.
 */
export function definitionOf(node: { type: string; label?: string | null; identifier: string }): Definition | undefined {
  const label = node.label;
  if (typeof label !== 'string' || /[\r\n]/.test(label)) return undefined;
  const footnote = node.type === 'footnoteDefinition';
  const word = label.split(/[\t\n\r ]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return { line: footnote ? `[^${label}]:` : `[${label}]: #`, id: `${node.type}:${node.identifier}`, word: fold(word) };
}

/**
 * The definitions a chunk may refer to, besides its own (`own`, ids): those whose longest word it
 * holds, case-folded. Undefined when it needs none.
 */
export function neededBy(text: string, all: Definition[], own: Set<string>): Definition[] | undefined {
  if (!all.length || !text.includes(']')) return undefined;
  const folded = fold(text);
  const needed = all.filter((d) => !own.has(d.id) && folded.includes(d.word));
  return needed.length ? needed : undefined;
}

/** What is appended to a chunk for `needed`: a blank line, then one stand-in a line. */
export function suffixFor(needed: Definition[]): string {
  return `\n\n${needed.map((d) => d.line).join('\n')}`;
}
