/**
 * Cuts markdown into chunks that parse the same alone as in the whole document, so that an edit
 * reparses only its own chunk. A chunk ends at a blank line followed by a line that starts in the
 * first column, outside front matter, fenced code and HTML blocks that may hold blank lines
 * (comments, <pre>, <script>, ...). What is indented after a blank line (list continuations,
 * indented code) stays with the chunk before it. One linear pass over the lines.
 *
 * A link reference or footnote definition makes references anywhere in the document resolve, so a
 * document that may hold one is a single chunk: parsed whole, as it must be to be read right.
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
const HTML_BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|c' +
  'olgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|foote' +
  'r|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|m' +
  'ain|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section' +
  '|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_BLOCK = new RegExp(`^ {0,3}</?(?:${HTML_BLOCK_TAGS})(?:[ \\t>]|/>|$)`, 'i');
const HTML_LONE_TAG = new RegExp(
  String.raw`^ {0,3}(?:<(?!(?:script|style|pre` +
    String.raw`|textarea)\b)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>` +
    String.raw`|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$`,
  'i',
);
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
/** Liberal on purpose: a line that might define a label, in a list or a quote too. */
const MAYBE_DEFINITION = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*\[[^\]\r\n]+\]:/m;
const BLANK = /^[ \t]*$/;
const CODE_INDENT = /^(?: {0,3}\t| {4})/;

/** What the pass over the lines knows between one line and the next. */
interface ChunkState {
  chunks: Chunk[];
  chunkStart: number;
  /** the fence that opened the fenced code the pass is in */
  fence?: string;
  /** what ends the HTML block (one that may hold blank lines) the pass is in */
  rawEnd?: RegExp;
  /** what ends the front matter the pass is in */
  frontMatterEnd?: RegExp;
  /** in an HTML block that ends at a blank line */
  inHtml: boolean;
  previousBlank: boolean;
  /** the last line that was not blank was indented code */
  afterCode: boolean;
}

/** Cuts the text into chunks (see Chunk): one pass over its lines. */
export function chunksOf(text: string): Chunk[] {
  // a definition needs "]:": most texts have none, and are not scanned line by line for one
  if (text.includes(']:') && MAYBE_DEFINITION.test(text)) return [{ start: 0, end: text.length }];
  return readChunksFrom(text, 0);
}

/**
 * The chunks from `from`, a line where a chunk starts, to the end; with `stop`, the pass ends at
 * the first chunk start it makes for which `stop` says so, and returns the chunks before it.
 */
function readChunksFrom(text: string, from: number, stop?: (start: number) => boolean): Chunk[] {
  // a chunk after the first starts after a blank line, in a pass that read the text before it
  const state: ChunkState = {
    chunks: [],
    chunkStart: from,
    inHtml: false,
    previousBlank: from > 0,
    afterCode: false,
  };
  // line ends found by indexOf, not a regex: a match object for every line of every check of a
  // long draft was a fifth of what an edit allocated
  const hasReturns = text.includes('\r');
  for (let lineStart = from, first = from === 0; lineStart <= text.length; first = false) {
    const end = lineEnd(text, lineStart, hasReturns);
    const line = text.slice(lineStart, end < 0 ? text.length : end);
    if (!readLine(state, line, lineStart, first)) break;
    if (stop && state.chunkStart === lineStart && lineStart > from && stop(lineStart))
      return state.chunks;
    if (end < 0) break;
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  state.chunks.push({ start: state.chunkStart, end: text.length });
  return state.chunks;
}

/** A chunk of the new text, and the chunk of the earlier text it is, unchanged, when it is one. */
export interface ChunkAfterEdit extends Chunk {
  /** the index of the same chunk among the earlier text's chunks */
  was?: number;
}

/**
 * The chunks of `text`, given the chunks of an earlier version of it: equal to `chunksOf(text)`.
 * The chunks that read the same at the start, and at the end (moved by the change in length), are
 * taken as they were; the lines between are read again from the last unchanged chunk at the start
 * until the pass starts a chunk where an unchanged one at the end started. Every chunk starts in
 * the same state (no block open, after a blank line), and the text from there on is the same, so
 * the rest cuts as it did. An edit costs the pass over its own chunks, not over the whole text.
 */
export function chunksAfterEdit(
  text: string,
  earlier: string,
  earlierChunks: readonly ChunkAfterEdit[],
): ChunkAfterEdit[] {
  if (text.includes(']:') && MAYBE_DEFINITION.test(text)) return [{ start: 0, end: text.length }];
  const n = earlierChunks.length;
  // one chunk may have been one for a definition: read the whole text again
  if (n < 2) return readChunksFrom(text, 0);
  const head = sameAtStart(text, earlier, earlierChunks);
  if (head === n && text.length === earlier.length) return earlierChunks.map(unmoved);
  const shift = text.length - earlier.length;
  // the last unchanged chunk at the start is read again: an edit right after it may extend it
  const from = head > 0 ? earlierChunks[head - 1].start : 0;
  const tail = sameAtEnd(text, earlier, earlierChunks, head, from);
  // where an unchanged chunk at the end starts, moved: found by a binary search of their starts,
  // not a map of them all made for every edit
  let met: number | undefined;
  // (not the first chunk: it was read as the text's first line, where front matter may open, and
  // cuts otherwise moved down after a line put in before it)
  const firstReusable = Math.max(tail, 1);
  const read = readChunksFrom(
    text,
    from,
    (start) => (met = chunkStartingAt(earlierChunks, firstReusable, start - shift)) !== undefined,
  );
  const out: ChunkAfterEdit[] = [];
  for (let i = 0; i < head - 1; i++) out.push(unmoved(earlierChunks[i], i));
  for (const c of read) out.push(c);
  if (met !== undefined) {
    for (let j = met; j < n; j++) {
      const c = earlierChunks[j];
      out.push({ start: c.start + shift, end: c.end + shift, was: j });
    }
  }
  return out;
}

/** The index from `from` on of the chunk that starts at `start`, if one does (chunks in order). */
function chunkStartingAt(
  chunks: readonly Chunk[],
  from: number,
  start: number,
): number | undefined {
  let lo = from;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = chunks[mid].start;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

// Which chunks read the same before and after an edit. The chunks cover the earlier text in
// order, so the first k all read the same when the texts open alike up to the k-th's end, and the
// chunks from the t-th on when they end alike from its start: each is found by a binary search
// over those comparisons, not by a slice of both texts for every chunk (most of what cutting the
// text cost a keystroke) nor a loop over characters, which is slower than comparing strings.

/** How many chunks, from the first, read the same in `text` as in `earlier`. */
function sameAtStart(text: string, earlier: string, chunks: readonly Chunk[]): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const count = (lo + hi + 1) >> 1;
    const end = chunks[count - 1].end;
    if (end <= text.length && text.slice(0, end) === earlier.slice(0, end)) lo = count;
    else hi = count - 1;
  }
  return lo;
}

/**
 * The first chunk, not before `head`, from which on every chunk reads the same at the end of
 * `text` (moved by the change in length) and starts after `from` there.
 */
function sameAtEnd(
  text: string,
  earlier: string,
  chunks: readonly Chunk[],
  head: number,
  from: number,
): number {
  const shift = text.length - earlier.length;
  let lo = head;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = chunks[mid].start;
    if (start + shift > from && text.slice(start + shift) === earlier.slice(start)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * An unchanged chunk that stands where it stood, as the `was`-th chunk: the earlier chunk itself
 * when it says so already, as every chunk before the edits does after the first (a copy of each
 * was most of what cutting the text cost a keystroke, after reading its new text).
 */
function unmoved(chunk: ChunkAfterEdit, was: number): ChunkAfterEdit {
  return chunk.was === was ? chunk : { start: chunk.start, end: chunk.end, was };
}

/** Where the line from `from` ends (its "\n", "\r" or "\r\n"), or -1 at the text's end. */
function lineEnd(text: string, from: number, hasReturns: boolean): number {
  const newline = text.indexOf('\n', from);
  if (!hasReturns) return newline;
  const cr = text.indexOf('\r', from);
  return cr < 0 || (newline >= 0 && newline < cr) ? newline : cr;
}

/** Reads one line; false when the rest of the text must stay one chunk. */
function readLine(state: ChunkState, line: string, lineStart: number, first: boolean): boolean {
  if (first && /^\uFEFF?(?:---|\+\+\+)[ \t]*$/.test(line)) {
    state.frontMatterEnd = line.includes('-') ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  } else if (state.frontMatterEnd) {
    if (state.frontMatterEnd.test(line)) state.frontMatterEnd = undefined;
  } else if (state.fence || state.rawEnd) {
    readInsideBlock(state, line);
  } else {
    return readOutsideBlock(state, line, lineStart);
  }
  return true;
}

/** A line in fenced code or in an HTML block that may hold blank lines: only its end counts. */
function readInsideBlock(state: ChunkState, line: string): void {
  if (state.fence) {
    if (closesFence(line, state.fence)) state.fence = undefined;
  } else if (state.rawEnd?.test(line)) {
    state.rawEnd = undefined;
  }
  state.previousBlank = false;
}

/**
 * A line outside such blocks: it may begin a chunk or open a block; false when it opens one
 * indented, so the rest of the text must stay one chunk.
 */
function readOutsideBlock(state: ChunkState, line: string, lineStart: number): boolean {
  const blank = BLANK.test(line);
  // not after indented code either: the parser reads what follows it a little differently
  if (
    !blank &&
    state.previousBlank &&
    !state.afterCode &&
    lineStart > state.chunkStart &&
    !/^[ \t]/.test(line)
  ) {
    state.chunks.push({ start: state.chunkStart, end: lineStart });
    state.chunkStart = lineStart;
  }
  if (blank) state.inHtml = false;
  const opened = openBlock(state, line, lineStart);
  // indented, such a block may sit in a list item, whose end closes it where no line says so:
  // past that point this pass cannot tell code from prose, so the rest stays one chunk
  if (opened && /^[ \t]/.test(line)) return false;
  if (!blank) state.afterCode = CODE_INDENT.test(line);
  state.previousBlank = blank;
  return true;
}

/** Notes the fenced code or HTML block this line opens, if any; says whether it opens one. */
function openBlock(state: ChunkState, line: string, lineStart: number): boolean {
  // every such block opens with a space, "<", "`" or "~": most lines open none (the patterns
  // below say the same of them, more slowly)
  const first = line.charCodeAt(0);
  if (first !== 32 && first !== 60 && first !== 96 && first !== 126) {
    state.fence = undefined;
    state.rawEnd = undefined;
    return false;
  }
  state.fence = state.inHtml ? undefined : FENCE_OPEN.exec(line)?.[1];
  const raw = state.fence || state.inHtml ? undefined : rawHtml(line);
  state.rawEnd = raw?.end;
  const html =
    !state.fence &&
    !raw &&
    (HTML_BLOCK.test(line) ||
      ((state.previousBlank || lineStart === 0) && HTML_LONE_TAG.test(line)));
  if (html) state.inHtml = true;
  return Boolean(state.fence || state.rawEnd || html);
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length >= fence.length &&
    trimmed[0] === fence[0] &&
    /^(`+|~+)$/.test(trimmed) &&
    /^ {0,3}\S/.test(line)
  );
}

/**
 * Whether this line opens an HTML block that may hold blank lines, and what ends it if not this
 * line.
 */
function rawHtml(line: string): { end?: RegExp } | undefined {
  for (const [start, end] of RAW_HTML) {
    const opened = start.exec(line);
    if (opened) return end.test(line.slice(opened[0].length)) ? {} : { end };
  }
  return undefined;
}
