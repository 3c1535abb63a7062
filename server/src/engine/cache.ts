import { identity, Memo, type MemoEntry } from './memo';
import type { ReferenceIndex } from './reference/index';
import type { LastRead, ProseBlock, ProseDocument } from './text/prose';
import type { SentenceSpan } from './text/sentences';
import type { BlockFigures, Surroundings } from './reading';
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
  /** the findings as kept under the rule severities last asked for (placed.ts `keptOf`) */
  kept?: KeptFindings;
}

/**
 * A chunk's findings under one setting of rule severities: those of rules that are on, each with
 * its rule's severity, in order; in the chunk's offsets. `key` names the severities.
 */
export interface KeptFindings {
  key: string;
  findings: Finding[];
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
  /**
   * what the document says of the names the chunk holds, where it misspells them somewhere
   * (check/document-names.ts `chunkNamesKey`; '' for most chunks)
   */
  names: string;
}

/** The parts as one key, for `CheckCache.outcomes`. */
export function surroundingsKey(parts: SurroundingsParts): string {
  return (
    `${parts.documentDate ?? ''}|${parts.previous}|${parts.headings}|${parts.shortForms}` +
    `|${parts.names}`
  );
}

/** Whether two chunks are read next to the same. */
export function sameSurroundings(a: SurroundingsParts, b: SurroundingsParts): boolean {
  return (
    a.documentDate === b.documentDate &&
    a.previous === b.previous &&
    a.headings === b.headings &&
    a.shortForms === b.shortForms &&
    a.names === b.names
  );
}

/**
 * Whether two chunks are read after the same: the same headings, block before and short forms,
 * each the same object. A chunk an edit left alone and read after the same as in the last check
 * leaves the same to the chunk after it, from the same objects (read.ts `surroundingsOf`), so the
 * chunks after an edit are known to be read as before by a few comparisons each.
 */
export function sameBefore(a: Surroundings, b: Surroundings): boolean {
  return a.headings === b.headings && a.previous === b.previous && a.shortForms === b.shortForms;
}

/** A chunk's blocks, what they were read after, and what they leave the chunks after them. */
export interface Walk {
  before: Surroundings;
  after: Surroundings;
}

/**
 * How many places of one text, or walks of one chunk's blocks, are kept: a paragraph written
 * twice (a draft that quotes itself, the bench's real-text draft) keeps what each place read, so
 * that neither is read again on every check because the other was read last.
 */
const PLACES_KEPT = 4;

/** Keeps `item` among `list`, the oldest dropped past `PLACES_KEPT`. */
export function placed<T>(list: T[], item: T): void {
  if (list.length === PLACES_KEPT) list.shift();
  list.push(item);
}

/** A number for a part of an outcome's key, as its memo entry. */
type KeyPart = MemoEntry<{ id: number }>;

/**
 * Where a chunk's parse was read, and its outcome there: what it was read after, the parts of its
 * key and their entries (kept while the place is used, so that their numbers stay the same).
 */
interface Place {
  parts: SurroundingsParts;
  entry: MemoEntry<ChunkOutcome>;
  before: Surroundings;
  keys: KeyPart[];
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
  /** parses of what follows a chunk's opening paragraph, by text (text/prose.ts `FragmentMemos`) */
  readonly rests = new Memo<ProseDocument>();
  /** the chunks of the text last checked, which the next check cuts its text from */
  lastRead?: LastRead;
  readonly figures = new Memo<BlockFigures[], ProseDocument>();
  readonly sentences = new Memo<SentenceSpan[], ProseBlock>();
  /** by chunk and surroundings (`surroundingsKey`) */
  readonly outcomes = new Memo<ChunkOutcome, string>();
  /** what each chunk's blocks were last read after and left the chunks after them (`placed`) */
  readonly walks = new WeakMap<BlockFigures[], Walk[]>();
  /** a number for each long part of those keys, so that the keys stay short */
  private readonly keyParts = new Memo<{ id: number }>();
  /**
   * where each chunk's parse was last read (the same text may stand in a few places): what it was
   * read next to, and its outcome's entry
   */
  private places = new WeakMap<ProseDocument, Place[]>();
  private index?: ReferenceIndex;
  private settings?: string;
  private day?: number;

  /** Called as a check starts, with the day and whatever else of the options results depend on. */
  begin(index: ReferenceIndex, settings: string): void {
    if (index === this.index && settings === this.settings) return;
    this.figures.clear();
    this.clearOutcomes();
    this.index = index;
    this.settings = settings;
  }

  /** Figures depend on the day the document speaks from (dates written without a year take it). */
  documentDay(day: number | undefined): void {
    if (day === this.day) return;
    this.figures.clear();
    this.clearOutcomes();
    this.day = day;
  }

  private clearOutcomes(): void {
    this.outcomes.clear();
    this.places = new WeakMap();
  }

  /**
   * The outcome the last check had for a chunk, when it read the chunk after the same
   * (`sameBefore`) on the same day of the document, with the same said of its names (`names`,
   * SurroundingsParts): what most chunks of a check take, with no key made for them.
   */
  reused(
    prose: ProseDocument,
    before: Surroundings,
    documentDate: number | undefined,
    names: string,
  ): ChunkOutcome | undefined {
    // a loop, not find: this runs for every chunk on each check
    for (const place of this.places.get(prose) ?? []) {
      if (
        place.parts.documentDate !== documentDate ||
        place.parts.names !== names ||
        !sameBefore(place.before, before)
      )
        continue;
      this.outcomes.keep(place.entry);
      for (const key of place.keys) this.keyParts.keep(key);
      return place.entry.value;
    }
    return undefined;
  }

  /**
   * The outcome of a chunk read next to `parts` (made of `keys`), after `before`, made by `make`
   * when no check had it. A chunk read next to the same as in the last check takes its outcome
   * from there, with no key made for it and looked up.
   */
  outcome(
    prose: ProseDocument,
    parts: SurroundingsParts,
    { before, keys }: Pick<Place, 'before' | 'keys'>,
    make: (key: string) => ChunkOutcome,
  ): ChunkOutcome {
    let places = this.places.get(prose);
    if (!places) this.places.set(prose, (places = []));
    const place = places.find((p) => sameSurroundings(p.parts, parts));
    if (place) {
      this.outcomes.keep(place.entry);
      place.before = before;
      place.keys = keys;
      return place.entry.value;
    }
    // by the chunk and its surroundings both: a paragraph written twice, under different
    // headings, keeps one outcome for each place
    const key = surroundingsKey(parts);
    const entry = this.outcomes.entry(`${identity(prose)}|${key}`, () => make(key));
    placed(places, { parts, entry, before, keys });
    return entry.value;
  }

  /**
   * A number for a part of an outcome's key, the same for as long as checks use the part, as its
   * entry: each chunk's key was looked up on every check, and a key with the part in full (short
   * forms and names in force, some hundreds of characters) was copied out whole for each chunk,
   * every time.
   */
  keyPart(part: string): KeyPart {
    return this.keyParts.entry(part, newKeyPart);
  }

  /** Called as a check ends. */
  end(): void {
    for (const memo of [
      this.openings,
      this.fragments,
      this.rests,
      this.figures,
      this.sentences,
      this.outcomes,
      this.keyParts,
    ])
      memo.sweep();
  }
}
