import type {
  BlockContext,
  BlockFigures,
  BlockReading,
  ChunkReading,
  DocumentReading,
  Surroundings,
} from './reading';
import { fiscalCalendars } from './frame/period';
import { carriedDates, datesOf, datesWithPeriods } from './sentence-dates';
import { placed, sameBefore, type CheckCache, type SurroundingsParts, type Walk } from './cache';
import { extractQuantities } from './extract/quantities';
import { identity, remembered } from './memo';
import { parseIsoDate } from './reference/dates';
import type { ReferenceIndex } from './reference/index';
import type { Directive } from './text/directives';
import {
  extractProseWhole,
  introducesList,
  proseChunks,
  type ProseChunk,
  type ProseDocument,
} from './text/prose';
import { oneNamed } from './records';
import { surnameSlips } from './full-name-slips';
import { PREVIOUS_BLOCK, QUESTION_END, sentencesOf } from './sentence-context';
import { withShortForms } from './short-forms';
import { withIntroducedNames } from './introduced-names';
import { titleDay } from './title-date';
import { withUnitNames } from './unit-names';
import { withFullNameSlips } from './full-name-slips';
import type { NameMention } from './types';

/** Weights of names seen around a block rather than in it. */
/**
 * A table row is read like a sentence: its cells and the column headers name what a cell is about.
 */
const TABLE_ROW = 1;
const HEADING = 0.6;

/**
 * Reads a markdown document chunk by chunk: each chunk's prose, and each block's names and
 * figures. With a cache, an unchanged chunk keeps what was found in it.
 */
export function readChunks(
  source: string,
  index: ReferenceIndex,
  cache?: CheckCache,
  parts: ProseChunk[] = proseChunks(source, cache),
): DocumentReading {
  // front matter can only open the document; without its date, a day the title gives
  const date = parts[0]?.prose.date;
  const documentDate = date ? parseIsoDate(date)?.min : titleDay(parts);
  cache?.documentDay(documentDate);
  const directives: Directive[] = [];
  const chunks: ChunkReading[] = [];
  // a loop, and a closure only for a chunk not read before: this runs over every chunk each check
  for (const { start, prose } of parts) {
    for (const d of prose.directives) directives.push({ ...d, offset: d.offset + start });
    const blocks = cache?.figures.find(prose) ?? figuresOf(prose, index, documentDate, cache);
    chunks.push({ start, prose, blocks });
  }
  return { chunks, directives, ...(documentDate !== undefined ? { documentDate } : {}) };
}

/** The names and figures of each of a chunk's blocks, kept in the cache when there is one. */
function figuresOf(
  prose: ProseDocument,
  index: ReferenceIndex,
  documentDate: number | undefined,
  cache: CheckCache | undefined,
): BlockFigures[] {
  return remembered(cache?.figures, prose, () => blockFigures(prose, index, documentDate));
}

function blockFigures(
  prose: ProseDocument,
  index: ReferenceIndex,
  documentDate: number | undefined,
): BlockFigures[] {
  return prose.blocks.map((block) => {
    const names = findNames(block.text, index);
    const calendars = fiscalCalendars(new Set(names.map((n) => n.entityId)), index);
    const slips = surnameSlips(block.text, names, index);
    return {
      block,
      names,
      quantities: extractQuantities(block.text, documentDate),
      ...(calendars.size ? { calendars } : {}),
      ...(slips.length ? { surnameSlips: slips } : {}),
    };
  });
}

/**
 * Visits a chunk's blocks, each with the headings in force over it and the block before it, and
 * returns what the chunk leaves to the chunks after it.
 */
export function walkChunk(
  chunk: ChunkReading,
  before: Surroundings,
  visit?: (
    j: number,
    headings: BlockFigures[],
    previous: BlockFigures | undefined,
    shortForms?: Map<string, string>,
  ) => void,
): Surroundings {
  // a chunk without prose (code, HTML) leaves what it found: the same object, so that the chunks
  // after it are seen to be read after the same wherever it stands
  if (chunk.blocks.length === 0) return before;
  let { headings, previous, shortForms } = before;
  // a loop, not forEach: a closure over these three for every chunk of every check
  for (let j = 0; j < chunk.blocks.length; j++) {
    const b = chunk.blocks[j];
    visit?.(j, headings, previous, shortForms);
    shortForms = withShortForms(shortForms, b.names);
    if (b.block.kind === 'heading') {
      // a heading closes the sections of its level and below
      const depth = b.block.depth ?? 0;
      headings = [b, ...headings.filter((h) => (h.block.depth ?? 0) < depth)];
    }
    // (the items of a list a paragraph introduces each follow it, not the item before)
    if (!(b.block.listed && previous && introducesList(previous.block))) previous = b;
  }
  // built field by field: the spreads made two objects more for every chunk of every check
  const after: Surroundings = { headings };
  if (previous) after.previous = previous;
  if (shortForms) after.shortForms = shortForms;
  return after;
}

/** The context of each of a chunk's blocks. */
export function contextsOf(
  chunk: ChunkReading,
  before: Surroundings,
  documentDate: number | undefined,
): BlockContext[] {
  const contexts: BlockContext[] = [];
  walkChunk(chunk, before, (j, headings, previous, shortForms) =>
    contexts.push(contextOf(chunk.blocks, j, headings, previous, documentDate, shortForms)),
  );
  return contexts;
}

/** The parts of what a chunk is read next to (`SurroundingsParts`). */
export function surroundingsParts(
  chunk: ChunkReading,
  before: Surroundings,
  documentDate: number | undefined,
  numbered: (part: string) => number,
  names = '',
): SurroundingsParts {
  // nor does what a chunk without prose yields depend on where it stands: one outcome for a code
  // block written in many places
  if (chunk.blocks.length === 0)
    return { documentDate, previous: 0, headings: 0, shortForms: 0, names: '' };
  const first = chunk.blocks[0]?.block;
  // the block before matters only to a paragraph that follows a paragraph, and then only by what
  // `contextOf` takes from it: so typing in a paragraph leaves the next one's results in place
  // (and whether this chunk opens on a list item, which follows a paragraph that introduces it)
  const previous =
    first?.kind === 'paragraph' && before.previous?.block.kind === 'paragraph'
      ? numbered(`${followedKey(before.previous)}${first.listed ? 'L' : ''}`)
      : 0;
  return {
    documentDate,
    previous,
    headings: numbered(headingsKey(before.headings)),
    shortForms: before.shortForms ? numbered(shortFormsKey(before.shortForms)) : 0,
    names,
  };
}

// Every chunk's key is made on every check, from blocks, heading lists and short-form maps that
// most chunks share with the chunks around them and with the last check: each part is made once
// per object.
const followedKeys = new WeakMap<BlockFigures, string>();
const headingsKeys = new WeakMap<BlockFigures[], string>();
const shortFormsKeys = new WeakMap<Map<string, string>, string>();

/**
 * What a paragraph takes from the paragraph it follows (`contextOf`): the entities it names, in
 * order (their fiscal calendars follow from them), whether it asks a question, and whether it
 * introduces a list.
 */
function followedKey(follows: BlockFigures): string {
  let key = followedKeys.get(follows);
  if (key === undefined) {
    const asks = QUESTION_END.test(follows.block.text) ? '?' : '';
    const leads = introducesList(follows.block) ? ':' : '';
    key = `${JSON.stringify(follows.names.map((n) => n.entityId))}${asks}${leads}`;
    followedKeys.set(follows, key);
  }
  return key;
}

/** The headings in force, by the identity of their blocks. */
function headingsKey(headings: BlockFigures[]): string {
  let key = headingsKeys.get(headings);
  if (key === undefined) {
    key = headings.map((h) => identity(h.block)).join(',');
    headingsKeys.set(headings, key);
  }
  return key;
}

/** The short forms in force, each as "head,entity id". */
function shortFormsKey(shortForms: Map<string, string>): string {
  let key = shortFormsKeys.get(shortForms);
  if (key === undefined) {
    key = [...shortForms].join(',');
    shortFormsKeys.set(shortForms, key);
  }
  return key;
}

/** What block `j` of a chunk takes from the blocks around it. */
function contextOf(
  blocks: BlockFigures[],
  j: number,
  headings: BlockFigures[],
  previous: BlockFigures | undefined,
  documentDate: number | undefined,
  shortForms: Map<string, string> | undefined,
): BlockContext {
  const { block } = blocks[j];
  const row = (block.related ?? []).map((r) => blocks[r]);
  // the paragraph before counts only for a paragraph that follows it
  const follows =
    previous?.block.kind === 'paragraph' && block.kind === 'paragraph' ? previous : undefined;
  // the fiscal calendars of what is named in and around the block
  const calendars = calendarsOf([...headings, ...row, ...(follows ? [follows] : []), blocks[j]]);
  // a heading's periods are read through the calendar of what the headings name, nearest first
  const headed = headings.flatMap((h) => h.names.map((n) => n.entityId));
  return {
    around: namesAround(headings, row, follows),
    rowDates: row.flatMap((r) => datesOf(r.quantities, true, false)),
    headingDates: headings.flatMap((h) =>
      datesWithPeriods(
        h.block.text,
        0,
        h.quantities,
        headed,
        calendars,
        documentDate,
        false,
        false,
      ),
    ),
    ...rowOf(blocks, j),
    sectionText: headings[0]?.block.text ?? '',
    headed,
    ...(oneNamed(headings[0]) ? { nearestHeading: oneNamed(headings[0]) } : {}),
    previousNamed: follows ? follows.names.map((n) => n.entityId) : [],
    previousDates: follows ? carriedDates(follows, block.text, calendars, documentDate) : [],
    ...(follows && QUESTION_END.test(follows.block.text) ? { previousAsks: true } : {}),
    ...(shortForms ? { shortForms } : {}),
    ...(documentDate !== undefined ? { documentDate } : {}),
    ...(calendars.size ? { calendars } : {}),
  };
}

/** The fiscal calendars of what `blocks` name, by entity id. */
function calendarsOf(blocks: BlockFigures[]): Map<string, number> {
  return new Map(blocks.flatMap((b) => [...(b.calendars ?? [])]));
}

/**
 * The names around a block, each at the weight of the nearest place it is named: the headings
 * over it, the other cells of its table row, the paragraph it follows.
 */
function namesAround(
  headings: BlockFigures[],
  row: BlockFigures[],
  follows: BlockFigures | undefined,
): Map<string, number> {
  const around = new Map<string, number>();
  const add = (names: NameMention[], w: number): void => {
    for (const { entityId } of names) around.set(entityId, Math.max(around.get(entityId) ?? 0, w));
  };
  for (const h of headings) add(h.names, HEADING);
  for (const r of row) add(r.names, TABLE_ROW);
  if (follows) add(follows.names, PREVIOUS_BLOCK);
  return around;
}

/** What a table cell's row says of it: the row's other words, its header, what the row is about. */
function rowOf(
  blocks: BlockFigures[],
  j: number,
): Pick<BlockContext, 'rowText' | 'headerText' | 'rowKey'> {
  const { block } = blocks[j];
  const cells = (block.related ?? []).filter((r) => r !== block.header);
  // a table row is about what its first cell names ("| Nvidia | $30 billion into OpenAI's round |")
  const rowStart = Math.min(j, ...cells);
  // a row of a label and a value ("| Backlog | $200B |"): the label says what the value is, as a
  // header does
  // (a first cell that is only a name, "| CloudCo East | Jane Roe |", says what the row is about,
  // not what the value is)
  const first = blocks[rowStart];
  const label =
    cells.length === 1 && rowStart !== j && first.quantities.length === 0 && !onlyNames(first)
      ? [first.block.text]
      : [];
  return {
    // the words of a cell with a figure of its own are that figure's ("first 1 GW in H2 2026")
    rowText: cells
      .filter((r) => !blocks[r].quantities.some((q) => q.dim !== 'date'))
      .map((r) => blocks[r].block.text)
      .join(' | '),
    headerText: [block.header !== undefined ? blocks[block.header].block.text : '', ...label]
      .join(' ')
      .trim(),
    rowKey: rowStart !== j ? first.names.map((n) => n.entityId) : [],
  };
}

/**
 * The whole reading at once, each block with its sentences and with offsets into the source:
 * for tests and tools. Checking goes through the parts above, which let it reuse a chunk's results.
 * `whole` reads the document as one chunk, which the chunked reading must equal.
 */
export function readDocument(
  source: string,
  index: ReferenceIndex,
  whole = false,
): { blocks: BlockReading[] } {
  const { chunks, documentDate } = readChunks(
    source,
    index,
    undefined,
    whole ? [{ start: 0, prose: extractProseWhole(source) }] : undefined,
  );
  const blocks: BlockReading[] = [];
  const around = surroundingsOf(chunks);
  chunks.forEach((chunk, i) => {
    const contexts = contextsOf(chunk, around[i], documentDate);
    chunk.blocks.forEach((b, j) => {
      const block = {
        ...b.block,
        map: b.block.map.shifted(chunk.start),
        sourceStart: b.block.sourceStart + chunk.start,
      };
      blocks.push({ ...b, block, sentences: sentencesOf(b, contexts[j]) });
    });
  });
  return { blocks };
}

/**
 * What the chunks before each chunk leave it: the headings in force and the block before. One list,
 * not a generator of pairs: this runs over every chunk on each check. With `walks` (a cache's), a
 * chunk's blocks read after the same as last time leave what they left then, the same objects, so
 * that the chunks after it are seen to be read after the same as before (cache.ts `sameBefore`).
 */
export function surroundingsOf(
  chunks: ChunkReading[],
  walks?: WeakMap<BlockFigures[], Walk[]>,
): Surroundings[] {
  const out: Surroundings[] = [];
  let surroundings: Surroundings = NOTHING_BEFORE;
  for (const chunk of chunks) {
    out.push(surroundings);
    surroundings = walks ? walkedOnce(chunk, surroundings, walks) : walkChunk(chunk, surroundings);
  }
  return out;
}

/** What a chunk leaves the chunks after it, from its walks when one was after the same. */
function walkedOnce(
  chunk: ChunkReading,
  before: Surroundings,
  walks: WeakMap<BlockFigures[], Walk[]>,
): Surroundings {
  let kept = walks.get(chunk.blocks);
  if (!kept) walks.set(chunk.blocks, (kept = []));
  for (const walk of kept) if (sameBefore(walk.before, before)) return walk.after;
  const after = walkChunk(chunk, before);
  placed(kept, { before, after });
  return after;
}

/** What the first chunk is read after: one object, so that it is the same on every check. */
const NOTHING_BEFORE: Surroundings = { headings: [] };

/** Whether a block's text is its names and nothing more. */
function onlyNames(b: BlockFigures): boolean {
  let rest = b.block.text;
  for (const n of [...b.names].reverse()) rest = rest.slice(0, n.start) + rest.slice(n.end);
  return !/\p{L}/u.test(rest);
}

/** Known names in a block and near misses of them; a name two entities share is left out. */
function findNames(text: string, index: ReferenceIndex): NameMention[] {
  const known = withFullNameSlips(text, withUnitNames(text, knownNames(text, index), index), index);
  return [...known, ...nearMisses(text, known, index)].sort((a, b) => a.start - b.start);
}

/**
 * Two entities are kin when one is the other, a part of it, or its partner in a deal: "Goggle"
 * beside Alphabet or Anthropic may be Google misspelt; beside Amazon's hiring plans, a goggle.
 */
function kin(a: string, b: string, index: ReferenceIndex): boolean {
  return (
    index.lineage(a).includes(b) ||
    index.lineage(b).includes(a) ||
    index.involving(b).some((deal) => deal.parties?.includes(a))
  );
}

const POSSESSIVE = /['’]s$/;

/**
 * One to three capitalized words ("Antropic", "Open Ai", "Jensen Haung") that nearly spell a known
 * name.
 */
function nearMisses(text: string, known: NameMention[], index: ReferenceIndex): NameMention[] {
  const out: NameMention[] = [];
  const words = [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{L}]+)?/gu)];
  // known names are sorted and near misses are found left to right: overlap checks stay cheap
  const taken = (start: number, end: number): boolean => {
    const last = out[out.length - 1];
    if (last && start < last.end && last.start < end) return true;
    let lo = 0;
    let hi = known.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (known[mid].end <= start) lo = mid + 1;
      else if (known[mid].start >= end) hi = mid - 1;
      else return true;
    }
    return false;
  };
  // (a possessive ends a name: "Inflection's AI models" is no "Inflection AI")
  const spaced = (a: RegExpMatchArray, b: RegExpMatchArray | undefined): boolean =>
    b !== undefined &&
    !POSSESSIVE.test(a[0]) &&
    text.slice(a.index! + a[0].length, b.index) === ' ';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const spans = [] as { start: number; end: number }[];
    // (a full name of three words, "Michelle Johnston Holthouse", slips as one): the longest run
    // of up to three words a single space apart first
    let last = i;
    while (last < i + 2 && spaced(words[last], words[last + 1])) last++;
    for (let k = last; k > i; k--)
      spans.push({ start: w.index!, end: words[k].index! + words[k][0].length });
    spans.push({ start: w.index!, end: w.index! + w[0].length });
    for (const span of spans) {
      const written = text.slice(span.start, span.end).replace(POSSESSIVE, '');
      const end = span.start + written.length;
      // an all-capitals word is a heading's style or an acronym, not a misspelling
      if (taken(span.start, end) || written === written.toUpperCase() || index.names.has(written))
        continue;
      const hit = index.nearMisses.find(written);
      if (!hit || hit.name === written) continue;
      // "Human Resources" is no Humain: a word that is a word is the name only beside its kin
      if (hit.wordSlip && !known.some((k) => kin(k.entityId, hit.entityId, index))) continue;
      out.push({ start: span.start, end, text: written, entityId: hit.entityId, misspelled: true });
      break;
    }
  }
  return out;
}

function knownNames(text: string, index: ReferenceIndex): NameMention[] {
  const out: NameMention[] = [];
  for (const m of index.names.findAll(text)) {
    const ids = new Set(m.entries.map((e) => e.entityId));
    if (ids.size !== 1) continue;
    const entityId = m.entries[0].entityId;
    out.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      entityId,
      misspelled: m.entries.every((e) => e.form === 'misspelling'),
      ...(index.entity(entityId)?.kind === 'person' ? { person: true as const } : {}),
    });
  }
  return withIntroducedNames(text, out, index);
}
