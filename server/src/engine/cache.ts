import { Memo } from './memo';
import type { ReferenceIndex } from './reference/index';
import type { ProseBlock, ProseDocument } from './text/prose';
import type { SentenceSpan } from './text/sentences';
import type { BlockFigures } from './reading';
import type { CheckResult, Claim, Finding } from './types';

/**
 * What checking one chunk gave, in offsets from the chunk's start; `key` says what it was checked
 * next to (read.ts `surroundingsKey`), and it serves only there.
 */
export interface ChunkOutcome extends Placed {
  names: CheckResult['names'];
  key: string;
  /** the same findings and claims moved to where the chunk stood last */
  placed?: Placed & { at: number };
  /** the same names moved to where they were last asked for */
  placedNames?: { at: number; names: CheckResult['names'] };
}

/** Findings and claims in some offsets. */
export interface Placed {
  findings: Finding[];
  claims: Claim[];
}

/**
 * What checking one document can reuse from its previous check: for each unchanged chunk, its
 * parse, its blocks' names, figures and sentences, and its results. A chunk's parse is found by its
 * text; what follows from the parse is found by the parse's identity. Keep one cache per open
 * document and pass it to every check of it. Each check drops what it did not use, so the cache
 * holds about one version's worth; a change of data or of the day drops what depends on them.
 */
export class CheckCache {
  /** chunk parses by text (text/prose.ts `FragmentMemos`) */
  readonly fragments = new Memo<ProseDocument>();
  readonly openings = new Memo<ProseDocument>();
  readonly figures = new Memo<BlockFigures[], ProseDocument>();
  readonly sentences = new Memo<SentenceSpan[], ProseBlock>();
  /** by chunk and surroundings (`surroundingsKey`) */
  readonly outcomes = new Memo<ChunkOutcome, string>();
  private index?: ReferenceIndex;
  private settings?: string;
  private year?: number;

  /** Called as a check starts, with the day and whatever else of the options results depend on. */
  begin(index: ReferenceIndex, settings: string): void {
    if (index === this.index && settings === this.settings) return;
    this.figures.clear();
    this.outcomes.clear();
    this.index = index;
    this.settings = settings;
  }

  /** Figures depend on the year the document speaks from (dates written without one take it). */
  documentYear(year: number | undefined): void {
    if (year === this.year) return;
    this.figures.clear();
    this.outcomes.clear();
    this.year = year;
  }

  /** Called as a check ends. */
  end(): void {
    for (const memo of [this.openings, this.fragments, this.figures, this.sentences, this.outcomes])
      memo.sweep();
  }
}
