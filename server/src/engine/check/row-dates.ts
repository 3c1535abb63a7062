import type { BlockContext, BlockFigures } from '../analyze';
import type { ReferenceIndex } from '../reference/index';
import type { NameMention, Quantity } from '../types';
import type { SentenceContext } from './bind';
import { misdatedEvent, type MisdatedEvent } from './event-date';

/** A table under a heading that names its subject is about that subject, as a sentence is about the one it names. */
const IN_TABLE_COVERAGE = 0.6;

const EVENT_COLUMN = /\b(?:date|dated|when|announced|signed|closed|day)\b/i;

/** What joins the cells of a row when it is read as one sentence: a date cell opens its row's sentence. */
const CELL_GAP = ' ';

/**
 * A table row read as one sentence, date cell first ("| 22 Jul 2018 | Microsoft invests $1 billion
 * in OpenAI |"), so that a date in one cell is checked against the event another cell describes.
 * Returns the misdated events by the date's index among its cell's figures.
 */
export function misdatedRowDates(blocks: BlockFigures[], j: number, context: BlockContext, index: ReferenceIndex): Map<Quantity, MisdatedEvent> {
  const out = new Map<Quantity, MisdatedEvent>();
  const cell = blocks[j];
  const dates = cell.quantities.filter((q) => q.dim === 'date');
  // a cell that is a date and little else, in a row with other cells
  if (dates.length !== 1 || cell.quantities.length !== 1 || cell.block.text.trim().length > dates[0].text.length + 12) return out;
  const others = (cell.block.related ?? []).filter((r) => r !== cell.block.header);
  // only a column of dates of events ("Date", "Announced"): a column of timings ("Deployment") is not
  const header = cell.block.header !== undefined ? blocks[cell.block.header].block.text : '';
  if (others.length === 0 || !EVENT_COLUMN.test(header)) return out;
  let text = '';
  const names: NameMention[] = [];
  const quantities: Quantity[] = [];
  let date: Quantity | undefined;
  for (const k of [j, ...others]) {
    const shift = text.length;
    const part = blocks[k];
    for (const n of part.names) names.push({ ...n, start: n.start + shift, end: n.end + shift });
    for (const q of part.quantities) {
      const moved = { ...q, start: q.start + shift, end: q.end + shift };
      quantities.push(moved);
      if (k === j) date = moved;
    }
    text += part.block.text + CELL_GAP;
  }
  if (!date) return out;
  const row: SentenceContext = {
    text, offset: 0, quantities, names, around: context.around, contextText: '', headerText: '', rowKey: [], previousText: '',
    dates: [{ min: date.min, max: date.max, inSentence: true, start: date.start, end: date.end }],
    ...(context.documentDate !== undefined ? { documentDate: context.documentDate } : {}),
  };
  const misdated = misdatedEvent(date, row, index, IN_TABLE_COVERAGE);
  if (misdated) out.set(dates[0], misdated);
  return out;
}
