import type { BlockContext, BlockFigures } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { NameMention, Quantity } from '../types';
import type { SentenceContext } from '../reading';
import { misdatedEvent, type MisdatedEvent } from './event-date';

/**
 * A table under a heading that names its subject is about that subject, as a sentence is about the
 * one it names.
 */
const IN_TABLE_COVERAGE = 0.6;

const EVENT_COLUMN = /\b(?:date|dated|when|announced|signed|closed|day)\b/i;

/**
 * What joins the cells of a row when it is read as one sentence: a date cell opens its row's
 * sentence.
 */
const CELL_GAP = ' ';

/**
 * A date cell checked against its row read as one sentence, date cell first ("| 22 Jul 2018 |
 * Microsoft invests $1 billion in OpenAI |"): a date in one cell against the event another cell
 * describes. Returns the misdated events by the cell's date figure.
 */
export function misdatedRowDates(
  blocks: BlockFigures[],
  j: number,
  context: BlockContext,
  index: ReferenceIndex,
): Map<Quantity, MisdatedEvent> {
  const out = new Map<Quantity, MisdatedEvent>();
  const cell = blocks[j];
  const dates = cell.quantities.filter((q) => q.dim === 'date');
  // a cell that is a date and little else, in a row with other cells
  if (
    dates.length !== 1 ||
    cell.quantities.length !== 1 ||
    cell.block.text.trim().length > dates[0].text.length + 12
  )
    return out;
  // only a column of dates of events ("Date", "Announced"): a column of timings ("Deployment") is
  // not
  if (!EVENT_COLUMN.test(headerOf(blocks, j))) return out;
  const row = rowSentence(blocks, j, context);
  // the cell opens the row: its date keeps its offsets
  const date = row?.quantities.find((q) => q.start === dates[0].start);
  if (!row || !date) return out;
  row.dates = [
    { min: date.min, max: date.max, inSentence: true, start: date.start, end: date.end },
  ];
  const misdated = misdatedEvent(date, row, index, IN_TABLE_COVERAGE);
  if (misdated) out.set(dates[0], misdated);
  return out;
}

/** The text of the column header over cell `j`, or nothing outside a table. */
export function headerOf(blocks: BlockFigures[], j: number): string {
  const { header } = blocks[j].block;
  return header !== undefined ? blocks[header].block.text : '';
}

/**
 * Cell `j`'s table row read as one sentence, cell `j` first (so its names and figures keep their
 * offsets), the header left out; undefined for a cell alone in its row.
 */
function rowSentence(
  blocks: BlockFigures[],
  j: number,
  context: BlockContext,
): SentenceContext | undefined {
  const cell = blocks[j];
  const others = (cell.block.related ?? []).filter((r) => r !== cell.block.header);
  if (others.length === 0) return undefined;
  let text = '';
  const names: NameMention[] = [];
  const quantities: Quantity[] = [];
  for (const k of [j, ...others]) {
    const shift = text.length;
    const part = blocks[k];
    for (const n of part.names) names.push({ ...n, start: n.start + shift, end: n.end + shift });
    for (const q of part.quantities)
      quantities.push({ ...q, start: q.start + shift, end: q.end + shift });
    text += part.block.text + CELL_GAP;
  }
  return {
    text,
    offset: 0,
    quantities,
    names,
    around: context.around,
    contextText: '',
    headerText: '',
    sectionText: '',
    rowKey: [],
    previousText: '',
    dates: quantities
      .filter((q) => q.dim === 'date')
      .map((q) => ({ min: q.min, max: q.max, inSentence: true, start: q.start, end: q.end })),
    ...(context.documentDate !== undefined ? { documentDate: context.documentDate } : {}),
  };
}
