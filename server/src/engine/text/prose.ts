import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents, PhrasingContent, RootContent, Table } from 'mdast';
import { remembered, type Memo, type MemoEntry } from '../memo';
import { alignInto } from './align';
import { chunksAfterEdit, chunksOf, type Chunk, type ChunkAfterEdit } from './chunks';
import { parseDirective } from './directives';
import { plainListItem, plainParagraph, plainThenBlocks } from './plain-prose';
import type { ProseBlock, ProseDocument } from './prose-types';
import { SourceMap } from './source-map';

export type { ProseBlock, ProseDocument } from './prose-types';

const SEPARATOR = ' ';

/** Parser options, made once: every chunk is parsed with them. */
const LATER = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const AT_START = {
  extensions: [...LATER.extensions, frontmatter(['yaml', 'toml'])],
  mdastExtensions: [...LATER.mdastExtensions, frontmatterFromMarkdown(['yaml', 'toml'])],
};
/** The same without GFM, for text that holds nothing GFM reads (see `needsGfm`). */
const LATER_COMMONMARK = { extensions: [], mdastExtensions: [] };
const AT_START_COMMONMARK = {
  extensions: [frontmatter(['yaml', 'toml'])],
  mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
};

/**
 * Whether GFM could read anything in the text: a table needs a pipe, strikethrough a tilde, a
 * footnote or a task a bracket, a literal autolink "www.", "://" or an at sign. Without any of
 * them the GFM extensions find nothing, and the parse without them (about half the time) gives
 * the same tree.
 */
function needsGfm(text: string): boolean {
  return /[|~[@]|www\.|:\/\//i.test(text);
}

/**
 * Chunk parses remembered by their text: the chunk that opens the document, which front matter may
 * open, in `openings`, the others in `fragments`; and the chunks of the text last read, which the
 * next reading starts from.
 */
export interface FragmentMemos {
  openings: Memo<ProseDocument>;
  fragments: Memo<ProseDocument>;
  /**
   * the parses of what follows a chunk's opening plain paragraph (`plainThenBlocks`), by text: a
   * table under a paragraph being typed in is parsed once, not on every keystroke
   */
  rests?: Memo<ProseDocument>;
  lastRead?: LastRead;
}

/** A text as last read: its chunks, and the memo entry that holds each one's parse. */
export interface LastRead {
  text: string;
  chunks: Chunk[];
  parses: MemoEntry<ProseDocument>[];
}

/** A chunk of the source (text/chunks.ts) and its prose, with offsets from the chunk's start. */
export interface ProseChunk {
  start: number;
  /** the same object for as long as the chunk's text is unchanged, when read through a memo */
  prose: ProseDocument;
}

/**
 * Parses markdown (CommonMark + GFM + front matter) chunk by chunk (text/chunks.ts) and returns
 * each chunk's prose: only text a reader reads as sentences. Code, HTML, URLs and front matter
 * are left out; directives in HTML comments are collected. With memos, a chunk parsed before is
 * not parsed again, so an edit costs the parse of its own chunk; and the text is cut from how the
 * last text read was cut, an unchanged chunk keeping its parse without its text being looked up.
 */
export function proseChunks(original: string, memos?: FragmentMemos): ProseChunk[] {
  if (!memos) {
    return chunksOf(original).map((chunk) => ({
      start: chunk.start,
      prose: parseChunk(original.slice(chunk.start, chunk.end), chunk.start === 0),
    }));
  }
  const last = memos.lastRead;
  const chunks: ChunkAfterEdit[] = last
    ? chunksAfterEdit(original, last.text, last.chunks)
    : chunksOf(original);
  const parses = chunks.map(({ start, end, was }) => {
    const atStart = start === 0;
    const memo = atStart ? memos.openings : memos.fragments;
    // the same chunk, unless it moved to or from the very start, where front matter may open it
    if (last && was !== undefined && atStart === (last.chunks[was].start === 0)) {
      const kept = last.parses[was];
      memo.keep(kept);
      return kept;
    }
    // by the text itself, not a copy marked with where it stands
    const text = original.slice(start, end);
    return memo.entry(text, () => parseChunk(ownCopy(text), atStart, memos.rests));
  });
  memos.lastRead = { text: original, chunks, parses };
  return chunks.map((chunk, i) => ({ start: chunk.start, prose: parses[i].value }));
}

/**
 * The text as a string of its own. A slice of the document is kept by V8 as a view of the whole
 * document, so what is read from a chunk and kept for later checks (its blocks' text, names,
 * figures) would keep that version of the whole document alive for as long as the chunk stays
 * unchanged: after edits in many places, many versions of a long draft. A string joined to another
 * is copied out whole when first read, and a slice of that copy is a view of the copy alone.
 */
function ownCopy(text: string): string {
  return text.length > 0 ? ` ${text}`.slice(1) : text;
}

/** One chunk's prose; front matter exists only at the very start of the document. */
function parseChunk(text: string, atStart: boolean, rests?: Memo<ProseDocument>): ProseDocument {
  return (
    plainParagraph(text) ??
    plainListItem(text) ??
    plainThenBlocks(
      text,
      (rest) => plainParagraph(rest) ?? remembered(rests, rest, () => parseFragment(rest, false)),
    ) ??
    parseFragment(text, atStart)
  );
}

/** The document's prose as one list of blocks, offsets into the whole source. */
export function extractProse(original: string, memos?: FragmentMemos): ProseDocument {
  const doc: ProseDocument = { blocks: [], directives: [] };
  let heading: number | undefined;
  for (const { start, prose: part } of proseChunks(original, memos)) {
    const base = doc.blocks.length;
    for (const b of part.blocks) {
      const block: ProseBlock = {
        ...b,
        map: b.map.shifted(start),
        sourceStart: b.sourceStart + start,
      };
      // indexes within the chunk become indexes in the document; a chunk's first blocks sit under
      // the heading in force where it starts
      const within = b.heading !== undefined ? b.heading + base : heading;
      if (within === undefined) delete block.heading;
      else block.heading = within;
      if (b.related) block.related = b.related.map((r) => r + base);
      if (b.header !== undefined) block.header = b.header + base;
      doc.blocks.push(block);
      if (b.kind === 'heading') heading = doc.blocks.length - 1;
    }
    for (const d of part.directives) doc.directives.push({ ...d, offset: d.offset + start });
    if (part.date && doc.date === undefined) doc.date = part.date;
  }
  return doc;
}

/**
 * The whole text parsed at once: what the chunked reading must equal (its tests compare the two).
 */
export function extractProseWhole(original: string): ProseDocument {
  return parseFragment(original, true, true);
}

/**
 * One chunk's prose, offsets from the chunk's start; parsed with GFM where the text may need it
 * (the whole reading, which the chunked one must equal, always is).
 */
function parseFragment(
  original: string,
  atStart: boolean,
  withGfm = needsGfm(original),
): ProseDocument {
  // micromark drops a byte order mark; parse without it and shift offsets back onto the source.
  // The defanged text has the original's length and offsets, so it stands in for it throughout.
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? `\uFEFF${defang(original.slice(1))}` : defang(original);
  const options = withGfm
    ? atStart
      ? AT_START
      : LATER
    : atStart
      ? AT_START_COMMONMARK
      : LATER_COMMONMARK;
  const tree = fromMarkdown(bom ? source.slice(1) : source, options);
  if (bom) shiftOffsets(tree, bom);
  const doc: ProseDocument = { blocks: [], directives: [] };
  const state = { heading: undefined as number | undefined };
  inDocumentOrder<RootContent>(tree.children, (node) => {
    switch (node.type) {
      case 'heading': {
        const block = inlineBlock(source, 'heading', node.children, doc, offsetOf(node));
        block.depth = node.depth;
        block.heading = state.heading;
        doc.blocks.push(block);
        state.heading = doc.blocks.length - 1;
        break;
      }
      case 'paragraph': {
        if (boldLabel(node.children)) {
          // "**Oracle**" on a line of its own heads what follows like a heading, below any "#"
          // heading
          const block = inlineBlock(source, 'heading', node.children, doc, offsetOf(node));
          block.depth = BOLD_LABEL_DEPTH;
          block.heading = state.heading;
          doc.blocks.push(block);
          state.heading = doc.blocks.length - 1;
          break;
        }
        const block = inlineBlock(source, 'paragraph', node.children, doc, offsetOf(node));
        block.heading = state.heading;
        const lead = leadLabel(node.children, block.text);
        if (lead) block.lead = lead;
        if (LIST_MARKER.test(lineBefore(source, offsetOf(node)))) block.listed = true;
        doc.blocks.push(block);
        break;
      }
      case 'table':
        walkTable(source, node, doc, state.heading);
        break;
      case 'html':
        collectDirective(node.value, offsetOf(node), doc);
        break;
      case 'yaml': {
        const date = /^date:\s*["']?(\d{4}-\d{2}-\d{2})\b/m.exec(node.value)?.[1];
        if (date) doc.date = date;
        break;
      }
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'footnoteDefinition':
        return node.children as RootContent[];
      default:
        // code, toml, definition, thematicBreak: not prose
        break;
    }
    return undefined;
  });
  return doc;
}

/** Deeper than "######": a bold label heads what follows until any heading. */
const BOLD_LABEL_DEPTH = 7;

/**
 * A paragraph that is only a short bold label, no figure and no full stop: "**Alphabet and
 * Google**".
 */
function boldLabel(children: PhrasingContent[]): boolean {
  const [only] = children;
  if (children.length !== 1 || only.type !== 'strong') return false;
  const label = only.children.map((c) => (c.type === 'text' ? c.value : '\0')).join('');
  return label.length > 0 && label.length <= 60 && !/[\0\d.!?]/.test(label);
}

/**
 * The end of a bold label that opens a paragraph and names its topic: "**Google Ironwood.**",
 * "**Oracle**:".
 */
function leadLabel(children: PhrasingContent[], text: string): number | undefined {
  const first = children[0];
  if (first?.type !== 'strong') return undefined;
  const label = first.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  const next = children[1];
  // closed by its own stop or colon, or by one or a dash after it ("**6 November 2025** - AMD ...")
  const closed =
    /[.:]\s*$/.test(label) ||
    (next?.type === 'text' && /^(?:[.:]|\s+[-\u2013\u2014]\s)/.test(next.value));
  if (!closed || !label || !text.startsWith(label)) return undefined;
  return label.length;
}

function walkTable(
  source: string,
  table: Table,
  doc: ProseDocument,
  heading: number | undefined,
): void {
  const header: number[] = [];
  table.children.forEach((row, r) => {
    const cells: number[] = [];
    for (const cell of row.children) {
      const block = inlineBlock(source, 'cell', cell.children, doc, offsetOf(cell));
      block.heading = heading;
      doc.blocks.push(block);
      cells.push(doc.blocks.length - 1);
    }
    if (r === 0) header.push(...cells);
    cells.forEach((idx, c) => {
      const related = cells.filter((o) => o !== idx);
      if (r > 0 && header[c] !== undefined) {
        related.push(header[c]);
        doc.blocks[idx].header = header[c];
      }
      doc.blocks[idx].related = related;
    });
  });
}

/**
 * A paragraph, not itself an item, that ends on a colon ("The AWS business kept growing:"): it
 * introduces the list after it, whose items each follow it.
 */
export function introducesList(block: ProseBlock): boolean {
  return block.kind === 'paragraph' && !block.listed && /:\s*$/.test(block.text);
}

/** What stands before a list item's text on its line: a bullet or a number, perhaps quoted. */
const LIST_MARKER = /^(?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)])\s+$/;

/** The text of the line up to `offset` (lines end at a line feed or a carriage return). */
function lineBefore(source: string, offset: number): string {
  const end = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1));
  return source.slice(end + 1, offset);
}

function inlineBlock(
  source: string,
  kind: ProseBlock['kind'],
  children: PhrasingContent[],
  doc: ProseDocument,
  sourceStart: number,
): ProseBlock {
  const block: ProseBlock = { kind, text: '', map: new SourceMap(), sourceStart };
  inDocumentOrder<PhrasingContent>(children, (node) => {
    switch (node.type) {
      case 'text':
        block.text = alignInto(
          block.text,
          block.map,
          node.value,
          source,
          offsetOf(node),
          endOf(node),
        );
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        return node.children;
      case 'link':
        // Autolinks and bare URLs are addresses, not prose: only bracketed link text is read.
        if (source[offsetOf(node)] === '[') return node.children;
        block.text += SEPARATOR;
        break;
      case 'image':
      case 'imageReference': {
        const start = offsetOf(node) + 2;
        const alt = node.alt ?? '';
        if (alt && source.startsWith(alt, start)) {
          block.map.add(block.text.length, start, alt.length);
          block.text += alt;
        }
        block.text += SEPARATOR;
        break;
      }
      case 'html':
        collectDirective(node.value, offsetOf(node), doc);
        block.text += SEPARATOR;
        break;
      case 'break':
        block.text += '\n';
        break;
      default:
        // inlineCode, footnoteReference: not prose
        block.text += SEPARATOR;
        break;
    }
    return undefined;
  });
  return block;
}

/**
 * Visits a tree depth-first in document order with an explicit stack, so markdown nested
 * thousands deep (legal, if absurd) cannot overflow the call stack. `visit` returns the children
 * to descend into, if any.
 */
function inDocumentOrder<T>(roots: T[], visit: (node: T) => T[] | undefined): void {
  const stack: { nodes: T[]; at: number }[] = [{ nodes: roots, at: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.at >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const children = visit(top.nodes[top.at++]);
    if (children?.length) stack.push({ nodes: children, at: 0 });
  }
}

function collectDirective(html: string, offset: number, doc: ProseDocument): void {
  const directive = parseDirective(html, offset);
  if (directive) doc.directives.push(directive);
}

function offsetOf(node: Nodes | Parents): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? offsetOf(node);
}

function shiftOffsets(root: Nodes, by: number): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      if (node.position.start.offset !== undefined) node.position.start.offset += by;
      if (node.position.end.offset !== undefined) node.position.end.offset += by;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/**
 * Deeper than any real draft nests; past it, the markdown parser's cost grows much faster than the
 * text.
 */
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
    while (
      lineStart + indent < lineEnd &&
      (text[lineStart + indent] === ' ' || text[lineStart + indent] === '\t')
    )
      indent++;
    let delimiters = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 42 || c === 95 || c === 126) delimiters++; // * _ ~
    }
    if (indent > MAX_INDENT || delimiters > MAX_DELIMITERS_PER_LINE) {
      out ??= [text.slice(0, lineStart)];
      let line = text.slice(lineStart, lineEnd);
      if (indent > MAX_INDENT)
        line =
          line.slice(0, MAX_INDENT) + '\u00a0'.repeat(indent - MAX_INDENT) + line.slice(indent);
      if (delimiters > MAX_DELIMITERS_PER_LINE) line = line.replace(/[*_~]/g, '\u00a0');
      out.push(line, lineEnd < text.length ? '\n' : '');
    } else if (out) {
      out.push(text.slice(lineStart, lineEnd), lineEnd < text.length ? '\n' : '');
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}
