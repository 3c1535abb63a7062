import type { Directive } from './directives';
import type { SourceMap } from './source-map';

// What the prose reader (prose.ts) gives: blocks of prose, each mapped to the source.

/** A unit of prose: a paragraph, a heading or a table cell, with its text mapped to the source. */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'cell';
  text: string;
  map: SourceMap;
  /** source offset where the block starts */
  sourceStart: number;
  /** index of the nearest heading block before this one */
  heading?: number;
  /** heading depth, for headings */
  depth?: number;
  /** for table cells: indexes of the other cells in the row and the header cell of the column */
  related?: number[];
  /** for table cells below the header: index of the column's header cell */
  header?: number;
  /**
   * for a paragraph that opens with a bold label ("**Google Ironwood.** Its ..."): where the label
   * ends in `text`
   */
  lead?: number;
  /** a paragraph that is an item of a list ("- Q3 2025: revenue of $33 billion") */
  listed?: true;
}

export interface ProseDocument {
  blocks: ProseBlock[];
  directives: Directive[];
  /** the `date:` of YAML front matter (YYYY-MM-DD): when the draft speaks from */
  date?: string;
}
