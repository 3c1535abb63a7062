import { identity, Memo, type MemoEntry } from './memo';
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

/**
 * What a chunk's results depend on besides its own text (read.ts `surroundingsParts`), by the
 * identity of the blocks it comes from: what is read from an unchanged chunk is the same, so equal
 * parts mean equal contexts. Each part stands as the number `CheckCache.keyPart` gives its text;
 * 0 is none.
 */
export interface SurroundingsParts {
  documentDate: number | undefined;
  /** what the paragraph before gives a paragraph that follows it */
  previous: number;
  /** the headings in force */
  headings: number;
  /** the short forms in force */
  shortForms: number;
}

/** The parts as one key, for `CheckCache.outcomes`. */
export function surroundingsKey(parts: SurroundingsParts): string {
  return `${parts.documentDate ?? ''}|${parts.previous}|${parts.headings}|${parts.shortForms}`;
}

/** Whether two chunks are read next to the same. */
export function sameSurroundings(a: SurroundingsParts, b: SurroundingsParts): boolean {
  return (
    a.documentDate === b.documentDate &&
    a.previous === b.previous &&
    a.headings === b.headings &&
    a.shortForms === b.shortForms
  );
}

/** Where a chunk's parse was read, and its outcome there. */
interface Place {
  parts: SurroundingsParts;
  entry: MemoEntry<ChunkOutcome>;
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
  /** where each chunk's parse was last read: what it was read next to, and its outcome's entry */
  private places = new WeakMap<ProseDocument, Place>();
  private index?: ReferenceIndex;
  private settings?: string;
  private year?: number;

  /** Called as a check starts, with the day and whatever else of the options results depend on. */
  begin(index: ReferenceIndex, settings: string): void {
    if (index === this.index && settings === this.settings) return;
    this.figures.clear();
    this.clearOutcomes();
    this.index = index;
    this.settings = settings;
  }

  /** Figures depend on the year the document speaks from (dates written without one take it). */
  documentYear(year: number | undefined): void {
    if (year === this.year) return;
    this.figures.clear();
    this.clearOutcomes();
    this.year = year;
  }

  private clearOutcomes(): void {
    this.outcomes.clear();
    this.places = new WeakMap();
  }

  /**
   * The outcome of a chunk read next to `parts`, made by `make` when no check had it. A chunk read
   * next to the same as in the last check takes its outcome from there, with no key made for it
   * and looked up: most chunks of every check.
   */
  outcome(
    prose: ProseDocument,
    parts: SurroundingsParts,
    make: (key: string) => ChunkOutcome,
  ): ChunkOutcome {
    const place = this.places.get(prose);
    if (place && sameSurroundings(place.parts, parts)) {
      this.outcomes.keep(place.entry);
      return place.entry.value;
    }
    // by the chunk and its surroundings both: a paragraph written twice, under different
    // headings, keeps one outcome for each place
    const key = surroundingsKey(parts);
    const entry = this.outcomes.entry(`${identity(prose)}|${key}`, () => make(key));
    this.places.set(prose, { parts, entry });
    return entry.value;
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
