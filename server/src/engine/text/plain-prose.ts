import type { ProseDocument } from './prose-types';
import { SourceMap } from './source-map';

// Chunks of prose read without the markdown parser, where the text shows it would read them so
// (text/prose.ts; the chunk equivalence tests hold this to what the parser gives).

/**
 * Many chunks of a draft are one paragraph of plain prose, or a one-line heading: no markup
 * character, nothing a line could start a block with, no address an autolink would take. Such a
 * chunk is its own prose, read without the parser; anything else goes to the parser. A line may
 * end with one space, which the parser drops (the line break stays), and the paragraph with
 * spaces. The chunk equivalence tests hold this path to what the parser gives.
 */
export function plainParagraph(chunk: string): ProseDocument | undefined {
  const text = chunk.replace(/\n+$/, '');
  // "# Title", "## A plain heading": one line whose text after the marks is plain
  const heading = /^(#{1,6}) (?=[^ ])([^\n]*[^ #\n])$/.exec(text);
  const prose = heading ? heading[2] : withoutEndSpaces(text);
  if (!prose || MARKUP.test(prose) || AUTOLINK.test(prose) || /#/.test(prose)) return undefined;
  const map = new SourceMap();
  if (heading) {
    map.add(0, heading[1].length + 1, prose.length);
    return {
      blocks: [{ kind: 'heading', text: prose, map, sourceStart: 0, depth: heading[1].length }],
      directives: [],
    };
  }
  const lines = prose.split('\n').map((line) => (line.endsWith(' ') ? line.slice(0, -1) : line));
  // each line where it stands in the source, and the line break after the space dropped before it
  for (let i = 0, at = 0, written = 0; i < lines.length; i++) {
    map.add(written, at, lines[i].length);
    at += lines[i].length + (prose[at + lines[i].length] === ' ' ? 1 : 0);
    written += lines[i].length;
    if (i < lines.length - 1) map.add(written, at, 1);
    at += 1;
    written += 1;
  }
  return {
    blocks: [{ kind: 'paragraph', text: lines.join('\n'), map, sourceStart: 0 }],
    directives: [],
  };
}

/**
 * What the plain path leaves to the parser: markup and escape characters, tabs, carriage returns,
 * NUL and a byte order mark; a line that is blank, starts with white space, ends with two spaces
 * (a hard break), or starts as a block could (list, heading, quote, fence, table, setext
 * underline).
 */
const MARKUP =
  /[\\`*_[\]<>!&~|\t\r\0\uFEFF]|\n\n|(?:^|\n)(?:[ #=+-]|\d{1,9}[.)](?:[ \n]|$))|[ ]{2}\n/;
/** What GFM turns into a link without brackets: www., scheme://, an e-mail address. */
const AUTOLINK = /www\.|:\/\/|@/i;

/**
 * A chunk that is one list item of plain prose, whose later lines carry on its paragraph (lazy
 * continuation lines: "- the valuation of ... 2025.\nThe next sentence ..."): the paragraph is
 * read without the parser, two characters in. An item that opens with white space or a blank line
 * is left to the parser.
 */
export function plainListItem(chunk: string): ProseDocument | undefined {
  if (!chunk.startsWith('- ') || /\s/.test(chunk.charAt(2))) return undefined;
  const item = plainParagraph(chunk.slice(2));
  if (!item || item.blocks[0].kind !== 'paragraph') return undefined;
  const [block] = item.blocks;
  return {
    blocks: [{ ...block, map: block.map.shifted(2), sourceStart: 2, listed: true }],
    directives: [],
  };
}

/**
 * A plain paragraph cut short by a line that opens a heading, fenced code or a table, each of which
 * may interrupt a paragraph ("... as of 2024.\n## Section 25"): the paragraph is read without the
 * parser and only the rest, from that line, goes to `parseRest`. Both read as in a parse of the
 * whole: the paragraph ends where the line starts, and nothing in it refers on (a chunk with a link
 * definition is the whole document). A heading on the first line is left to the parser: the
 * blocks after it would sit under it.
 */
export function plainThenBlocks(
  chunk: string,
  parseRest: (rest: string) => ProseDocument,
): ProseDocument | undefined {
  const cut = INTERRUPTING_LINE.exec(chunk);
  // (a document parsed whole, for its link definitions, may open with blank lines)
  if (!cut || chunk.startsWith('\n')) return undefined;
  const head = plainParagraph(chunk.slice(0, cut.index));
  if (!head || head.blocks[0].kind !== 'paragraph') return undefined;
  const by = cut.index + 1;
  const rest = parseRest(chunk.slice(by));
  // a line of pipes interrupts the paragraph only as a table's header row; else it goes on with
  // it, and a delimiter row makes the paragraph's last line a header ("Name\n| --- |")
  if (chunk[by] === '|') {
    const lineEnd = chunk.indexOf('\n', by);
    const line = chunk.slice(by, lineEnd < 0 ? undefined : lineEnd);
    const first = rest.blocks[0];
    if (DELIMITER_ROW.test(line) || first?.kind !== 'cell' || first.sourceStart >= line.length)
      return undefined;
  }
  const base = head.blocks.length;
  return {
    blocks: [
      ...head.blocks,
      ...rest.blocks.map((b) => ({
        ...b,
        map: b.map.shifted(by),
        sourceStart: b.sourceStart + by,
        ...(b.heading !== undefined ? { heading: b.heading + base } : {}),
        ...(b.related ? { related: b.related.map((r) => r + base) } : {}),
        ...(b.header !== undefined ? { header: b.header + base } : {}),
      })),
    ],
    directives: rest.directives.map((d) => ({ ...d, offset: d.offset + by })),
  };
}

/**
 * A line break before an ATX heading ("#" to "######", then a space, a tab or the line's end), a
 * code fence (three backticks with none after them on the line, or three tildes) or a line that
 * opens with a pipe (a table's header row, when the parse of the rest says so), in the first column.
 */
/** A line a table's delimiter row could be: pipes, dashes, colons and white space only. */
const DELIMITER_ROW = /^[|:\- \t]*$/;

const INTERRUPTING_LINE = /\n(?=#{1,6}(?:[ \t\n]|$)|`{3,}[^`\n]*(?:\n|$)|~{3,}|\|)/;

/**
 * The text less the spaces it ends with, by a scan from the end: `/ +$/` tries every run of spaces
 * to the end, which is quadratic in a chunk of deeply indented lines.
 */
function withoutEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
  return text.slice(0, end);
}
const SPACE = 0x20;
