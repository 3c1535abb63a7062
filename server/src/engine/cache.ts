import { Memo } from './memo';
import type { ReferenceIndex } from './reference/index';
import type { LastRead, ProseBlock, ProseDocument } from './text/prose';
import type { SentenceSpan } from './text/sentences';
import type { BlockFigures } from './reading';
import type { CheckResult, Claim, ClaimSummary, Finding } from './types';

/**
 * What checking one chunk gave, in offsets from the chunk's start; `key` says what it was checked
 * next to (read.ts `surroundingsKey`), and it serves only there. Its claims include a claim for
 * each finding no claim stands for (claims.ts `withFindings`), in the order they stand. The rest
 * is made from these when first asked for (placed.ts).
 */
export interface ChunkOutcome {
  findings: Finding[];
  claims: Claim[];
  names: CheckResult['names'];
  key: string;
  /** the same findings, claims and names moved to where the chunk stood last */
  placed?: PlacedAt;
  /** how many claims have each status */
  summary?: ClaimSummary;
  /** the claims bound to a fact, by the fact's id */
  bound?: BoundClaims;
}

/** A chunk's claims bound to a fact: `claims[k]` are those bound to the fact `ids[k]`. */
export interface BoundClaims {
  ids: string[];
  claims: Claim[][];
}

/** A chunk's results moved to source offsets, the chunk starting at `at`: each made when read. */
export interface PlacedAt {
  at: number;
  findings?: Finding[];
  claims?: Claim[];
  /** claims placed one by one, by the claim in the chunk's offsets */
  claim?: Map<Claim, Claim>;
  names?: CheckResult['names'];
}

// numbers for key parts are never given twice, by any cache: a part dropped and seen again gets a
// new one
let lastKeyPart = 0;
const newKeyPart = (): { id: number } => ({ id: ++lastKeyPart });

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
  /** the chunks of the text last checked, which the next check cuts its text from */
  lastRead?: LastRead;
  readonly figures = new Memo<BlockFigures[], ProseDocument>();
  readonly sentences = new Memo<SentenceSpan[], ProseBlock>();
  /** by chunk and surroundings (`surroundingsKey`) */
  readonly outcomes = new Memo<ChunkOutcome, string>();
  /** a number for each long part of those keys, so that the keys stay short */
  private readonly keyParts = new Memo<{ id: number }>();
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

  /**
   * A number for a part of an outcome's key, the same for as long as checks use the part: each
   * chunk's key is looked up on every check, and a key with the part in full (short forms and names
   * in force, some hundreds of characters) was copied out whole for each chunk, every time.
   */
  keyPart(part: string): number {
    return this.keyParts.get(part, newKeyPart).id;
  }

  /** Called as a check ends. */
  end(): void {
    for (const memo of [
      this.openings,
      this.fragments,
      this.figures,
      this.sentences,
      this.outcomes,
      this.keyParts,
    ])
      memo.sweep();
  }
}
