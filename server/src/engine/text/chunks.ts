/**
 * Cuts markdown into chunks that parse the same alone as in the whole document, so that an edit
 * reparses only its own chunk. A chunk ends at a blank line followed by a line that starts in the
 * first column, outside front matter, fenced code and HTML blocks that may hold blank lines
 * (comments, <pre>, <script>, ...). What is indented after a blank line (list continuations,
 * indented code) stays with the chunk before it. One linear pass over the lines.
 *
 * A link reference or footnote definition makes references anywhere in the document resolve: the
 * chunks are read with stand-ins for the definitions they may refer to (text/definitions.ts).
 */
export interface Chunk {
  start: number;
  end: number;
}

/** HTML blocks that do not end at a blank line, and what ends them (CommonMark types 1 to 5). */
const RAW_HTML: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];
/**
 * HTML blocks that end at a blank line, in which a fence is only text: type 6 (block-level tags,
 * which may interrupt a paragraph) and type 7 (a lone tag, which may not; micromark reads a lone
 * closing tag of any name, </pre> too, as one).
 */
const HTML_BLOCK_TAGS = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_BLOCK = new RegExp(`^ {0,3}</?(?:${HTML_BLOCK_TAGS})(?:[ \\t>]|/>|$)`, 'i');
const HTML_LONE_TAG = /^ {0,3}(?:<(?!(?:script|style|pre|textarea)\b)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/i;
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
/** Liberal on purpose: a line that might define a label, in a list or a quote too. */
export const MAYBE_DEFINITION = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*\[[^\]\r\n]+\]:/m;
const BLANK = /^[ \t]*$/;
const CODE_INDENT = /^(?: {0,3}\t| {4})/;

export function chunksOf(text: string): Chunk[] {
  return cut(text, 0);
}

/** The chunks of `text` and the text they were cut from: what the next cut can start from. */
export interface ChunkLayout {
  text?: string;
  chunks?: Chunk[];
}

/**
 * `chunksOf(text)`, reusing the chunks `layout` holds for the text before an edit, and leaving the
 * new ones in it. Every chunk starts in the same state of the pass (no fence, no HTML block, after
 * a blank line), so the pass can start at the chunk before the edit and stop at the first chunk
 * start past the edit that was one before it: from there on the text, and so the chunks, are the same.
 */
export function chunksAfterEdit(text: string, layout: ChunkLayout): Chunk[] {
  const { text: before, chunks: old } = layout;
  let chunks: Chunk[];
  if (before === undefined || !old) chunks = cut(text, 0);
  else if (before === text) chunks = old;
  else {
    const shortest = Math.min(before.length, text.length);
    let prefix = 0;
    while (prefix < shortest && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    // the chunk holding the edit may start differently: start at the one before it
    let k = 0;
    while (k + 1 < old.length && old[k + 1].start <= prefix) k++;
    const from = k > 0 ? k - 1 : 0;
    const delta = text.length - before.length;
    const editEnd = text.length - suffix;
    // the first chunk starts where the document does (front matter may open it), not after a blank line
    const oldStarts = new Map(old.slice(1).map((c, i) => [c.start, i + 1]));
    let resume = -1;
    const fresh = cut(text, old[from].start, (start) => {
      if (start < editEnd) return false;
      resume = oldStarts.get(start - delta) ?? -1;
      return resume >= 0;
    });
    chunks = old.slice(0, from).concat(fresh);
    if (resume >= 0) for (let i = resume; i < old.length; i++) chunks.push({ start: old[i].start + delta, end: old[i].end + delta });
  }
  layout.text = text;
  layout.chunks = chunks;
  return chunks;
}

/**
 * The pass, from `from` (0, or the start of a chunk); `stop` is asked at each chunk start after
 * the first, and true ends the pass there, the chunks before it cut.
 */
function cut(text: string, from: number, stop?: (start: number) => boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let fence: string | undefined;
  let rawEnd: RegExp | undefined;
  let frontMatterEnd: RegExp | undefined;
  let inHtml = false;
  // a chunk after the first starts after a blank line
  let previousBlank = from > 0;
  let afterCode = false;
  const newline = /\r\n?|\n/g;
  for (let lineStart = from, first = from === 0; lineStart <= text.length; first = false) {
    newline.lastIndex = lineStart;
    const m = newline.exec(text);
    const line = text.slice(lineStart, m ? m.index : text.length);
    if (first && /^\uFEFF?(?:---|\+\+\+)[ \t]*$/.test(line)) {
      frontMatterEnd = line.includes('-') ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    } else if (frontMatterEnd) {
      if (frontMatterEnd.test(line)) frontMatterEnd = undefined;
    } else if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      previousBlank = false;
    } else if (rawEnd) {
      if (rawEnd.test(line)) rawEnd = undefined;
      previousBlank = false;
    } else {
      const blank = BLANK.test(line);
      // not after indented code either: the parser reads what follows it a little differently
      if (!blank && previousBlank && !afterCode && lineStart > chunkStart && !/^[ \t]/.test(line)) {
        chunks.push({ start: chunkStart, end: lineStart });
        if (stop?.(lineStart)) return chunks;
        chunkStart = lineStart;
      }
      if (blank) inHtml = false;
      fence = inHtml ? undefined : FENCE_OPEN.exec(line)?.[1];
      const raw = fence || inHtml ? undefined : rawHtml(line);
      rawEnd = raw?.end;
      const html = !fence && !raw && (HTML_BLOCK.test(line) || ((previousBlank || lineStart === 0) && HTML_LONE_TAG.test(line)));
      if (html) inHtml = true;
      // indented, such a block may sit in a list item, whose end closes it where no line says so:
      // past that point this pass cannot tell code from prose, so the rest stays one chunk
      if ((fence || rawEnd || html) && /^[ \t]/.test(line)) break;
      if (!blank) afterCode = CODE_INDENT.test(line);
      previousBlank = blank;
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && trimmed[0] === fence[0] && /^(`+|~+)$/.test(trimmed) && /^ {0,3}\S/.test(line);
}

/** Whether this line opens an HTML block that may hold blank lines, and what ends it if not this line. */
function rawHtml(line: string): { end?: RegExp } | undefined {
  for (const [start, end] of RAW_HTML) {
    const opened = start.exec(line);
    if (opened) return end.test(line.slice(opened[0].length)) ? {} : { end };
  }
  return undefined;
}
