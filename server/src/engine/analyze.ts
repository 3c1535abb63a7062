import type {
  BlockContext,
  BlockFigures,
  BlockReading,
  ChunkReading,
  DocumentReading,
  SentenceContext,
  Surroundings,
} from './reading';
import { fiscalCalendars } from './frame/period';
import { datesOf, datesWithPeriods, yearlessMonths } from './sentence-dates';
import { impliedSubjects } from './check/implied';
import type { CheckCache } from './cache';
import { extractQuantities } from './extract/quantities';
import { identity, remembered } from './memo';
import { parseIsoDate, yearOf } from './reference/dates';
import type { ReferenceIndex } from './reference/index';
import type { Directive } from './text/directives';
import { extractProseWhole, proseChunks, type ProseChunk } from './text/prose';
import { splitSentences } from './text/sentences';
import { oneNamed, recordNames } from './records';
import { shortFormsIn, withShortForms } from './short-forms';
import { ANAPHORA, OPENS_REFERRING } from './text/referring';
import type { NameMention, Quantity } from './types';

/** A sentence that asks: the one after it answers. */
const QUESTION_END = /\?["”’)*_]*\s*$/;

/** Weights of names seen around a sentence rather than in it. */
const EARLIER_IN_BLOCK = 0.7;
/**
 * A table row is read like a sentence: its cells and the column headers name what a cell is about.
 */
const TABLE_ROW = 1;
const HEADING = 0.6;
const PREVIOUS_BLOCK = 0.5;
/** Names in a bold label that opens the paragraph ("**Google Ironwood.** Google's ... TPU") */
const LEAD_LABEL = 0.9;
/** A short label and one value, nothing more: "Run rate: $132B", "Backlog: $200 billion". */
const LABEL_LINE = /^\s*\p{L}[\p{L}\p{N} ’'&/-]{1,30}:\s+[^\s:][^:,;]{0,30}$/u;
const LABEL_UNDER_HEADING = 0.7;
/** Work per sentence is bounded: longer "sentences" are lists or dumps, not prose. */
const MAX_SENTENCE_CHARS = 1500;
const MAX_FIGURES_PER_SENTENCE = 40;

/**
 * Reads a markdown document chunk by chunk: each chunk's prose, and each block's names and
 * figures. With a cache, an unchanged chunk keeps what was found in it.
 */
export function readChunks(
  source: string,
  index: ReferenceIndex,
  cache?: CheckCache,
  parts: ProseChunk[] = proseChunks(source, cache?.fragments),
): DocumentReading {
  // front matter can only open the document
  const date = parts[0]?.prose.date;
  const documentDate = date ? parseIsoDate(date)?.min : undefined;
  const documentYear = documentDate === undefined ? undefined : yearOf(documentDate);
  cache?.documentYear(documentYear);
  const directives: Directive[] = [];
  const chunks = parts.map(({ start, prose }): ChunkReading => {
    for (const d of prose.directives) directives.push({ ...d, offset: d.offset + start });
    const blocks = remembered(cache?.figures, prose, () =>
      prose.blocks.map((block) => {
        const names = findNames(block.text, index);
        const calendars = fiscalCalendars(new Set(names.map((n) => n.entityId)), index);
        return {
          block,
          names,
          quantities: extractQuantities(block.text, documentYear),
          ...(calendars.size ? { calendars } : {}),
        };
      }),
    );
    return { start, prose, blocks };
  });
  return { chunks, directives, ...(documentDate !== undefined ? { documentDate } : {}) };
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
  let { headings, previous, shortForms } = before;
  chunk.blocks.forEach((b, j) => {
    visit?.(j, headings, previous, shortForms);
    shortForms = withShortForms(shortForms, b.names);
    if (b.block.kind === 'heading') {
      // a heading closes the sections of its level and below
      const depth = b.block.depth ?? 0;
      headings = [b, ...headings.filter((h) => (h.block.depth ?? 0) < depth)];
    }
    previous = b;
  });
  return { headings, ...(previous ? { previous } : {}), ...(shortForms ? { shortForms } : {}) };
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

/**
 * What a chunk's results depend on besides its own text, by the identity of the blocks it comes
 * from: what is read from an unchanged chunk is the same, so equal keys mean equal contexts.
 */
export function surroundingsKey(
  chunk: ChunkReading,
  before: Surroundings,
  documentDate: number | undefined,
): string {
  const id = (b: BlockFigures): number => identity(b.block);
  const first = chunk.blocks[0]?.block;
  // the block before matters only to a paragraph that follows a paragraph
  const previous =
    first?.kind === 'paragraph' && before.previous?.block.kind === 'paragraph'
      ? id(before.previous)
      : '';
  const shortForms = [...(before.shortForms ?? [])].join(',');
  return `${documentDate ?? ''}|${previous}|${before.headings.map(id).join(',')}|${shortForms}`;
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
  const around = new Map<string, number>();
  const add = (names: NameMention[], w: number): void => {
    for (const { entityId } of names) around.set(entityId, Math.max(around.get(entityId) ?? 0, w));
  };
  const headingDates: SentenceContext['dates'] = [];
  const headed: string[] = [];
  const follows = previous?.block.kind === 'paragraph' && block.kind === 'paragraph';
  const related = block.related ?? [];
  // the fiscal calendars of what is named in and around the block
  const calendars = new Map(
    [
      ...headings,
      ...related.map((r) => blocks[r]),
      ...(follows ? [previous] : []),
      blocks[j],
    ].flatMap((b) => [...(b.calendars ?? [])]),
  );
  // a heading's periods are read through the calendar of what the headings name, nearest first
  const headingIds = headings.flatMap((h) => h.names.map((n) => n.entityId));
  for (const h of headings) {
    add(h.names, HEADING);
    headed.push(...h.names.map((n) => n.entityId));
    headingDates.push(
      ...datesWithPeriods(
        h.block.text,
        0,
        h.quantities,
        headingIds,
        calendars,
        documentDate,
        false,
        false,
      ),
    );
  }
  const rowDates: SentenceContext['dates'] = [];
  for (const r of related) {
    add(blocks[r].names, TABLE_ROW);
    rowDates.push(...datesOf(blocks[r].quantities, true, false));
  }
  if (follows) add(previous.names, PREVIOUS_BLOCK);
  const cells = related.filter((r) => r !== block.header);
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
    around,
    rowDates,
    headingDates,
    // the words of a cell with a figure of its own are that figure's ("first 1 GW in H2 2026")
    rowText: cells
      .filter((r) => !blocks[r].quantities.some((q) => q.dim !== 'date'))
      .map((r) => blocks[r].block.text)
      .join(' | '),
    headerText: [block.header !== undefined ? blocks[block.header].block.text : '', ...label]
      .join(' ')
      .trim(),
    rowKey: rowStart !== j ? blocks[rowStart].names.map((n) => n.entityId) : [],
    headed,
    ...(oneNamed(headings[0]) ? { nearestHeading: oneNamed(headings[0]) } : {}),
    previousNamed: follows ? previous.names.map((n) => n.entityId) : [],
    ...(follows && QUESTION_END.test(previous.block.text) ? { previousAsks: true } : {}),
    ...(shortForms ? { shortForms } : {}),
    ...(documentDate !== undefined ? { documentDate } : {}),
    ...(calendars.size ? { calendars } : {}),
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
  for (const [chunk, surroundings] of inSurroundings(chunks)) {
    const contexts = contextsOf(chunk, surroundings, documentDate);
    chunk.blocks.forEach((b, j) => {
      const block = {
        ...b.block,
        map: b.block.map.shifted(chunk.start),
        sourceStart: b.block.sourceStart + chunk.start,
      };
      blocks.push({ ...b, block, sentences: sentencesOf(b, contexts[j]) });
    });
  }
  return { blocks };
}

/**
 * Each chunk with what the chunks before it leave it: the headings in force and the block before.
 */
export function* inSurroundings(chunks: ChunkReading[]): Generator<[ChunkReading, Surroundings]> {
  let surroundings: Surroundings = { headings: [] };
  for (const chunk of chunks) {
    yield [chunk, surroundings];
    surroundings = walkChunk(chunk, surroundings);
  }
}

/**
 * A block's sentences, each with what binding needs: its names and figures, and what is named and
 * dated around it.
 */
export function sentencesOf(
  reading: BlockFigures,
  context: BlockContext,
  spans = splitSentences(reading.block.text),
): SentenceContext[] {
  const { block } = reading;
  const sentences: SentenceContext[] = [];
  // names from the last two sentences carry over strongly ("The company", "the deal"); older
  // ones only weakly, as a long paragraph moves on
  const older = new Set<string>();
  const recent: string[][] = [];
  const earlierDates: SentenceContext['dates'] = [];
  const entry = recordNames(reading, spans, context.nearestHeading);
  // a short form may follow its full name in the same paragraph
  let shortForms = context.shortForms;
  let n = 0;
  let q = 0;
  for (const [k, span] of spans.entries()) {
    // names and figures are sorted by position: take each sentence's share in one pass
    const names: NameMention[] = shortFormsIn(block.text, span, shortForms);
    const quantities: Quantity[] = [];
    const from = n;
    while (n < reading.names.length && reading.names[n].start < span.end) {
      if (reading.names[n].start >= span.start && reading.names[n].end <= span.end)
        names.push(reading.names[n]);
      n++;
    }
    shortForms = withShortForms(shortForms, reading.names.slice(from, n));
    names.sort((a, b) => a.start - b.start);
    while (q < reading.quantities.length && reading.quantities[q].start < span.end) {
      if (reading.quantities[q].start >= span.start && reading.quantities[q].end <= span.end)
        quantities.push(reading.quantities[q]);
      q++;
    }
    const around = new Map(context.around);
    // a bold label that opens the paragraph names what the sentences after it are about
    if (block.lead !== undefined && span.start >= block.lead) {
      for (const name of reading.names) {
        if (name.end <= block.lead)
          around.set(name.entityId, Math.max(around.get(name.entityId) ?? 0, LEAD_LABEL));
      }
    }
    for (const id of entry) around.set(id, Math.max(around.get(id) ?? 0, EARLIER_IN_BLOCK));
    // a bare label line under a heading ("Run rate: $132B") is about what the heading names
    const sentenceText = block.text.slice(span.start, span.end);
    if (block.kind === 'paragraph' && names.length === 0 && LABEL_LINE.test(sentenceText)) {
      for (const id of context.headed)
        around.set(id, Math.max(around.get(id) ?? 0, LABEL_UNDER_HEADING));
    }
    // names from earlier sentences count fully only when this one refers back to them
    // an answer speaks of what its question named ("Q: How long do Microsoft's rights last? A:
    // ...")
    const answers =
      k > 0
        ? QUESTION_END.test(block.text.slice(spans[k - 1].start, spans[k - 1].end))
        : context.previousAsks === true;
    const refersBack = answers || ANAPHORA.test(sentenceText);
    const carry = (id: string, w: number): void => {
      around.set(id, Math.max(around.get(id) ?? 0, refersBack ? w : Math.min(w, PREVIOUS_BLOCK)));
    };
    // a paragraph that opens by referring back ("the company", "it") speaks of what the one before
    // named
    if (k === 0 && (OPENS_REFERRING.test(sentenceText) || answers)) {
      for (const id of context.previousNamed) carry(id, EARLIER_IN_BLOCK);
    }
    for (const id of older) carry(id, PREVIOUS_BLOCK);
    for (const ids of recent) for (const id of ids) carry(id, EARLIER_IN_BLOCK);
    // what a sentence that names nothing is about, without naming it (check/implied.ts)
    const implied = impliedSubjects(
      names.map((m) => m.entityId),
      recent,
      [...older, ...context.previousNamed],
      context.headed,
      around,
    );
    // a "sentence" this long is a list or a dump, not prose: its names are read, its figures are
    // not bound
    const bindable =
      span.end - span.start <= MAX_SENTENCE_CHARS && quantities.length <= MAX_FIGURES_PER_SENTENCE;
    // periods are read through the fiscal calendar of what the sentence names, else of what is
    // named around it
    const salient = [
      ...names.map((m) => m.entityId),
      ...[...around].sort((a, b) => b[1] - a[1]).map(([id]) => id),
    ];
    const ownDates = datesWithPeriods(
      sentenceText,
      span.start,
      quantities,
      salient,
      context.calendars ?? new Map(),
      context.documentDate,
      true,
      true,
    );
    sentences.push({
      text: block.text.slice(span.start, span.end),
      offset: span.start,
      quantities: bindable ? quantities : [],
      names,
      around,
      ...(implied.size ? { implied } : {}),
      ...(context.nearestHeading ? { section: context.nearestHeading } : {}),
      contextText: context.rowText,
      headerText: context.headerText,
      rowKey: context.rowKey,
      ...(context.documentDate !== undefined ? { documentDate: context.documentDate } : {}),
      previousText: block.text.slice(spans[Math.max(0, k - 2)].start, span.start),
      dates: [
        ...ownDates,
        ...yearlessMonths(block.text.slice(span.start, span.end), span.start, context.documentDate),
        ...context.rowDates,
        ...earlierDates.slice(-2),
        ...context.headingDates,
      ],
    });
    recent.push(names.map((m) => m.entityId));
    if (recent.length > 2) for (const id of recent.shift()!) older.add(id);
    earlierDates.push(...ownDates.map(({ min, max }) => ({ min, max, inSentence: false })));
    if (earlierDates.length > 8) earlierDates.splice(0, earlierDates.length - 8);
  }
  return sentences;
}

/** Whether a block's text is its names and nothing more. */
function onlyNames(b: BlockFigures): boolean {
  let rest = b.block.text;
  for (const n of [...b.names].reverse()) rest = rest.slice(0, n.start) + rest.slice(n.end);
  return !/\p{L}/u.test(rest);
}

/**
 * Known names in a block, and near misses of them; a name two entities share is left out as
 * ambiguous.
 */
function findNames(text: string, index: ReferenceIndex): NameMention[] {
  const known = knownNames(text, index);
  return [...known, ...nearMisses(text, known, index)].sort((a, b) => a.start - b.start);
}

/**
 * One or two capitalized words ("Antropic", "Open Ai", "Jensen Haung") that nearly spell a known
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
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const spans = [] as { start: number; end: number }[];
    if (next && /^ $/.test(text.slice(w.index! + w[0].length, next.index)))
      spans.push({ start: w.index!, end: next.index! + next[0].length });
    spans.push({ start: w.index!, end: w.index! + w[0].length });
    for (const span of spans) {
      const written = text.slice(span.start, span.end).replace(/['’]s$/, '');
      const end = span.start + written.length;
      // an all-capitals word is a heading's style or an acronym, not a misspelling
      if (taken(span.start, end) || written === written.toUpperCase() || index.names.has(written))
        continue;
      const hit = index.nearMisses.find(written);
      if (!hit || hit.name === written) continue;
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
    out.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      entityId: m.entries[0].entityId,
      misspelled: m.entries.every((e) => e.form === 'misspelling'),
    });
  }
  return out;
}
