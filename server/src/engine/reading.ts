import type { Directive } from './text/directives';
import type { ProseBlock, ProseDocument } from './text/prose';
import type { NameMention, Quantity } from './types';

// What reading a document yields, shared by the reader (read.ts), its caches and the binder:
// blocks with their names and figures, what surrounds them, and sentences ready for binding.

/** What a sentence offers for binding: its text, figures, names, and names from around it. */
export interface SentenceContext {
  text: string;
  /** offset of the sentence in its block's text */
  offset: number;
  quantities: Quantity[];
  names: NameMention[];
  /**
   * entity ids named near the sentence (earlier sentences, heading, table row) with a weight < 1
   */
  around: Map<string, number>;
  /**
   * what a sentence that names nothing is about, unnamed (implied.ts); what the nearest heading
   * alone names
   */
  implied?: Map<string, number>;
  /**
   * for a sentence that opens on "the company" or "its": the thing the sentence before led with,
   * when it named several
   */
  referent?: string;
  section?: string[];
  /** the entities the headings over the sentence name, the article's or the section's subject */
  headed?: string[];
  /**
   * text around the sentence whose words also count as cues, weakly: the other cells of a table row
   */
  contextText: string;
  /** a table cell's column header, whose words say what the cell's figure is */
  headerText: string;
  /** the nearest heading's words, which may say what its section measures */
  sectionText: string;
  /** for a table cell: the entities its row's first cell names, which the row is about */
  rowKey?: string[];
  /** the two sentences before this one in its block, for what the sentence refers back to */
  previousText: string;
  /** the day the document speaks from (its front matter's date), when it says */
  documentDate?: number;
  /**
   * dates stated in or around the sentence, as day ranges; those in the sentence carry their
   * position
   */
  dates: { min: number; max: number; inSentence: boolean; start?: number; end?: number }[];
}

/**
 * One block's names and figures: what depends on its text alone (and the data, and the document's
 * year).
 */
export interface BlockFigures {
  block: ProseBlock;
  names: NameMention[];
  quantities: Quantity[];
  /**
   * the month each named company's fiscal year ends in, for those not on the calendar year
   * (frame/period.ts)
   */
  calendars?: ReadonlyMap<string, number>;
  /**
   * words one slip from a person's surname said alone ("Slipsky"): misspelt where the document
   * names the person too
   */
  surnameSlips?: NameMention[];
}

/** A block read to the end: its sentences ready for binding. */
export interface BlockReading extends BlockFigures {
  sentences: SentenceContext[];
}

/**
 * One chunk of the document as read: its blocks with their names and figures, all in offsets
 * from the chunk's start, so that the reading serves wherever the chunk moves.
 */
export interface ChunkReading {
  /** where the chunk starts in the source */
  start: number;
  /**
   * the chunk's prose: the same object for as long as the chunk's text is unchanged, with a cache
   */
  prose: ProseDocument;
  blocks: BlockFigures[];
}

export interface DocumentReading {
  chunks: ChunkReading[];
  /** the day the front matter's `date:` names */
  documentDate?: number;
  /** directives, offsets into the source */
  directives: Directive[];
}

/** What a chunk's blocks take from the chunks before it. */
export interface Surroundings {
  /** the headings in force, nearest first, each of a higher level than the one before */
  headings: BlockFigures[];
  /** the last block before */
  previous?: BlockFigures;
  /** what "the Foundation" stands for: the last such name written before, by its head word */
  shortForms?: Map<string, string>;
}

/** What a block's sentences take from around the block: names, dates and table text. */
export interface BlockContext {
  /**
   * entity ids named around the block (heading, table row, previous paragraph) with their weights
   */
  around: Map<string, number>;
  /** dates in the table row, and in the headings above, as time qualifiers */
  rowDates: SentenceContext['dates'];
  headingDates: SentenceContext['dates'];
  rowText: string;
  headerText: string;
  rowKey: string[];
  /** the nearest heading's words ("## Revenue", "**Revenue**"): what its section measures */
  sectionText: string;
  /** entity ids the headings above the block name */
  headed: string[];
  /** entity ids the nearest heading names, when it names one thing */
  nearestHeading?: string[];
  /**
   * entity ids the paragraph before this one names, which "the company" or "it" may refer back to
   */
  previousNamed: string[];
  /** the last dates of the paragraph before, when this one goes on about its event */
  previousDates: SentenceContext['dates'];
  /** what the short forms of names written before stand for ("the Foundation") */
  shortForms?: Map<string, string>;
  /** the paragraph before asks a question, which this one answers */
  previousAsks?: boolean;
  documentDate?: number;
  /** the fiscal calendars of the companies named in and around the block, by entity id */
  calendars?: ReadonlyMap<string, number>;
}
