/** Deeper than any real draft nests; past it, the markdown parser's cost grows much faster than the text. */
const MAX_INDENT = 48;
const MAX_DELIMITERS_PER_LINE = 200;

/**
 * Neutralises pathological markdown without moving a character: indentation deeper than
 * MAX_INDENT becomes no-break spaces (the line is read as plain text, not a list nested a
 * thousand deep), and a line with hundreds of emphasis delimiters loses them. Real drafts pass
 * through unchanged.
 */
export function defang(text: string): string {
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let indent = 0;
    while (lineStart + indent < lineEnd && (text[lineStart + indent] === ' ' || text[lineStart + indent] === '\t')) indent++;
    let delimiters = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 42 || c === 95 || c === 126) delimiters++; // * _ ~
    }
    if (indent > MAX_INDENT || delimiters > MAX_DELIMITERS_PER_LINE) {
      out ??= [text.slice(0, lineStart)];
      let line = text.slice(lineStart, lineEnd);
      if (indent > MAX_INDENT) line = line.slice(0, MAX_INDENT) + '\u00a0'.repeat(indent - MAX_INDENT) + line.slice(indent);
      if (delimiters > MAX_DELIMITERS_PER_LINE) line = line.replace(/[*_~]/g, '\u00a0');
      out.push(line, lineEnd < text.length ? '\n' : '');
    } else if (out) {
      out.push(text.slice(lineStart, lineEnd), lineEnd < text.length ? '\n' : '');
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}
