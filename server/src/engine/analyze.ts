import type { CheckCache } from './cache';
import { extractQuantities } from './extract/quantities';
import { remembered } from './memo';
import { parseIsoDate, yearOf } from './reference/dates';
import type { ReferenceIndex } from './reference/index';
import { extractProse, type ProseBlock, type ProseDocument } from './text/prose';
import { splitSentences } from './text/sentences';
import type { NameMention, Quantity } from './types';
import type { SentenceContext } from './check/bind';

/** One block's reading: its names and figures, and its sentences ready for binding. */
export interface BlockReading {
  block: ProseBlock;
  names: NameMention[];
  quantities: Quantity[];
  sentences: SentenceContext[];
}

export interface DocumentReading {
  prose: ProseDocument;
  blocks: BlockReading[];
}

/** Weights of names seen around a sentence rather than in it. */
const EARLIER_IN_BLOCK = 0.7;
/** A table row is read like a sentence: its cells and the column headers name what a cell is about. */
const TABLE_ROW = 1;
const HEADING = 0.6;
const PREVIOUS_BLOCK = 0.5;
/** Names in a bold label that opens the paragraph ("**Google Ironwood.** Google's ... TPU") */
const LEAD_LABEL = 0.9;
/** Work per sentence is bounded: longer "sentences" are lists or dumps, not prose. */
const MAX_SENTENCE_CHARS = 1500;
const MAX_FIGURES_PER_SENTENCE = 40;

/** Words that refer back to something named before: "the company", "the deal", "its", "he". */
const ANAPHORA = /\b(?:it|its|it['’]s|they|their|them|he|she|his|her|the (?:company|firm|startup|group|deal|agreement|contract|pact|partnership|round|investment|plan|project|venture|chipmaker|maker|lab|cloud provider|transaction|arrangement|commitment|expansion)|this|that|these|those|both|the two)\b/i;

/**
 * Reads a markdown document: prose, names, figures, sentences, and each sentence's context. With
 * a cache, what an earlier reading of the same text found is reused.
 */
export function readDocument(source: string, index: ReferenceIndex, cache?: CheckCache): DocumentReading {
  const prose = extractProse(source, cache?.fragments);
  const documentDate = prose.date ? parseIsoDate(prose.date)?.min : undefined;
  const documentYear = documentDate === undefined ? undefined : yearOf(documentDate);
  cache?.documentYear(documentYear);
  // a block's names and figures depend on its text alone (and the data, and the document's year)
  const blocks: BlockReading[] = prose.blocks.map((block) => ({
    block,
    names: remembered(cache?.names, block.text, () => findNames(block.text, index)),
    quantities: remembered(cache?.quantities, block.text, () => extractQuantities(block.text, documentYear)),
    sentences: [],
  }));
  blocks.forEach((reading, i) => {
    const around = new Map<string, number>();
    const add = (ids: Iterable<string>, w: number): void => {
      for (const id of ids) around.set(id, Math.max(around.get(id) ?? 0, w));
    };
    const headingDates: SentenceContext['dates'] = [];
    for (let h = reading.block.heading, depth = Infinity; h !== undefined; h = blocks[h].block.heading) {
      const hb = blocks[h];
      if ((hb.block.depth ?? 0) >= depth) continue;
      depth = hb.block.depth ?? 0;
      add(hb.names.map((n) => n.entityId), HEADING);
      headingDates.push(...datesOf(hb.quantities, false, false));
    }
    const rowDates: SentenceContext['dates'] = [];
    const rowText = (reading.block.related ?? []).filter((r) => r !== reading.block.header).map((r) => blocks[r].block.text).join(' | ');
    const headerText = reading.block.header !== undefined ? blocks[reading.block.header].block.text : '';
    // a table row is about what its first cell names ("| Nvidia | $30 billion into OpenAI's round |")
    const rowStart = reading.block.related ? Math.min(i, ...reading.block.related.filter((r) => r !== reading.block.header)) : undefined;
    const rowKey = rowStart !== undefined && rowStart !== i ? blocks[rowStart].names.map((n) => n.entityId) : [];
    for (const r of reading.block.related ?? []) {
      add(blocks[r].names.map((n) => n.entityId), TABLE_ROW);
      rowDates.push(...datesOf(blocks[r].quantities, true, false));
    }
    const prev = blocks[i - 1];
    if (prev && prev.block.kind === 'paragraph' && reading.block.kind === 'paragraph') {
      add(prev.names.map((n) => n.entityId), PREVIOUS_BLOCK);
    }
    // names from the last two sentences carry over strongly ("The company", "the deal"); older
    // ones only weakly, as a long paragraph moves on
    const older = new Set<string>();
    const recent: string[][] = [];
    const earlierDates: SentenceContext['dates'] = [];
    const spans = remembered(cache?.sentences, reading.block.text, () => splitSentences(reading.block.text));
    let n = 0;
    let q = 0;
    for (const [k, span] of spans.entries()) {
      // names and figures are sorted by position: take each sentence's share in one pass
      const names: NameMention[] = [];
      const quantities: Quantity[] = [];
      while (n < reading.names.length && reading.names[n].start < span.end) {
        if (reading.names[n].start >= span.start && reading.names[n].end <= span.end) names.push(reading.names[n]);
        n++;
      }
      while (q < reading.quantities.length && reading.quantities[q].start < span.end) {
        if (reading.quantities[q].start >= span.start && reading.quantities[q].end <= span.end) quantities.push(reading.quantities[q]);
        q++;
      }
      const sentenceAround = new Map(around);
      // a bold label that opens the paragraph names what the sentences after it are about
      if (reading.block.lead !== undefined && span.start >= reading.block.lead) {
        for (const name of reading.names) {
          if (name.end <= reading.block.lead) sentenceAround.set(name.entityId, Math.max(sentenceAround.get(name.entityId) ?? 0, LEAD_LABEL));
        }
      }
      // names from earlier sentences count fully only when this one refers back to them
      const refersBack = ANAPHORA.test(reading.block.text.slice(span.start, span.end));
      const carry = (id: string, w: number): void => {
        sentenceAround.set(id, Math.max(sentenceAround.get(id) ?? 0, refersBack ? w : Math.min(w, PREVIOUS_BLOCK)));
      };
      for (const id of older) carry(id, PREVIOUS_BLOCK);
      for (const ids of recent) for (const id of ids) carry(id, EARLIER_IN_BLOCK);
      // a "sentence" this long is a list or a dump, not prose: its names are read, its figures are not bound
      const bindable = span.end - span.start <= MAX_SENTENCE_CHARS && quantities.length <= MAX_FIGURES_PER_SENTENCE;
      reading.sentences.push({
        text: reading.block.text.slice(span.start, span.end),
        offset: span.start,
        quantities: bindable ? quantities : [],
        names,
        around: sentenceAround,
        contextText: rowText,
        headerText,
        rowKey,
        ...(documentDate !== undefined ? { documentDate } : {}),
        previousText: reading.block.text.slice(spans[Math.max(0, k - 2)].start, span.start),
        dates: [...datesOf(quantities, true, true), ...rowDates, ...earlierDates.slice(-2), ...headingDates],
      });
      recent.push(names.map((m) => m.entityId));
      if (recent.length > 2) for (const id of recent.shift()!) older.add(id);
      earlierDates.push(...datesOf(quantities, false, false));
      if (earlierDates.length > 8) earlierDates.splice(0, earlierDates.length - 8);
    }
  });
  return { prose, blocks };
}

/** Date figures as time qualifiers; `positioned` for those of the sentence itself, whose place matters. */
function datesOf(quantities: Quantity[], inSentence: boolean, positioned: boolean): SentenceContext['dates'] {
  return quantities.filter((q) => q.dim === 'date').map((q) => ({ min: q.min, max: q.max, inSentence, ...(positioned ? { start: q.start, end: q.end } : {}) }));
}

/** Known names in a block, and near misses of them; a name two entities share is left out as ambiguous. */
function findNames(text: string, index: ReferenceIndex): NameMention[] {
  const known = knownNames(text, index);
  return [...known, ...nearMisses(text, known, index)].sort((a, b) => a.start - b.start);
}

/** One or two capitalized words ("Antropic", "Open Ai", "Jensen Haung") that nearly spell a known name. */
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
    if (next && /^ $/.test(text.slice(w.index! + w[0].length, next.index))) spans.push({ start: w.index!, end: next.index! + next[0].length });
    spans.push({ start: w.index!, end: w.index! + w[0].length });
    for (const span of spans) {
      const written = text.slice(span.start, span.end).replace(/['’]s$/, '');
      const end = span.start + written.length;
      // an all-capitals word is a heading's style or an acronym, not a misspelling
      if (taken(span.start, end) || written === written.toUpperCase() || index.names.has(written)) continue;
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
