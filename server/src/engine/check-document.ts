import { contextsOf, readChunks, surroundingsOf, surroundingsParts } from './read';
import type { CheckCache, ChunkOutcome } from './cache';
import { remembered } from './memo';
import type { ChunkReading, Surroundings } from './reading';
import { sentencesOf } from './sentence-context';
import { binderOf, type Binder, type Explain, type FigureTrace } from './check/binder';
import { checkFigures, type FigureOptions } from './check/figures';
import { eventDateFinding } from './check/figure-findings';
import { checkNames } from './check/name-spelling';
import { chunkNamesKey, documentNames, type DocumentNames } from './check/document-names';
import { checkAttributions } from './check/people';
import { misdatedRowDates } from './check/row-dates';
import { misattributedRowLeads, subjectsByRow } from './check/table-rows';
import { parseIsoDate } from './reference/dates';
import type { ReferenceIndex } from './reference/index';
import { makeSuppressor, type Directive } from './text/directives';
import { lineIndex, lineStartsOf } from './text/lines';
import { splitSentences } from './text/sentences';
import type { CheckResult, Claim, Finding, RuleId, Severity } from './types';
import { withFindings } from './claims';
import {
  chunkClaimsOfFacts,
  claimsAt,
  documentClaimsOfFacts,
  documentSummary,
  findingAt,
  findingsAt,
  inOrder,
  keptOf,
  namesAt,
  type ChunkClaim,
  type PlacedOutcomes,
  withSeverities,
} from './placed';

export interface CheckOptions {
  /** the day "now" means, YYYY-MM-DD; roles and outdated values are judged as of it */
  today: string;
  /** severity per rule; 'off' drops the rule */
  severities?: Partial<Record<RuleId, Severity | 'off'>>;
  /** what earlier checks of this document found, reused where the text is the same (cache.ts) */
  cache?: CheckCache;
  /**
   * binding requirements and gates to switch off, by id (check/requirements.ts, frame/gates.ts):
   * to see what each one does
   */
  gatesOff?: readonly string[];
  /**
   * called with each figure's source span and why it was bound or left alone (`factlint explain`)
   */
  explain?: Explain;
}

export const DEFAULT_SEVERITIES: Record<RuleId, Severity | 'off'> = {
  'wrong-figure': 'error',
  'wrong-term': 'error',
  'wrong-date': 'error',
  'wrong-attribution': 'error',
  'outdated-figure': 'warning',
  'name-spelling': 'warning',
  'name-style': 'warning',
  'unsupported-figure': 'off',
};

/** What checking each chunk of a document is told. */
interface DocumentCheck {
  source: string;
  index: ReferenceIndex;
  options: CheckOptions;
  binder: Binder;
  /** whether figures the data cannot check are reported */
  unsupported: boolean;
  documentDate: number | undefined;
  /** the day "now" means, in days since 1970 */
  today: number;
  /** how the document writes the names it misspells somewhere */
  names: DocumentNames;
}

/**
 * Checks a markdown document against the reference data. Pure: text, index and options in,
 * findings (what is wrong, with fixes) and claims (what was checked, for hovers) out.
 * All offsets are UTF-16 code units into `source`, half-open.
 */
export function checkDocument(
  source: string,
  index: ReferenceIndex,
  options: CheckOptions,
): CheckResult {
  const { cache } = options;
  const binder = binderOf(options.gatesOff, options.explain !== undefined);
  const severities = { ...DEFAULT_SEVERITIES, ...options.severities };
  const unsupported = severities['unsupported-figure'] !== 'off';
  cache?.begin(index, `${options.today}|${unsupported}`);
  const { chunks, documentDate, directives } = readChunks(source, index, cache);
  const today = parseIsoDate(options.today)?.min ?? Math.floor(Date.now() / 86_400_000);
  const spelt = documentNames(chunks);
  const doc: DocumentCheck = {
    source,
    index,
    options,
    binder,
    unsupported,
    documentDate,
    today,
    names: spelt,
  };
  const outcomes: ChunkOutcome[] = [];
  const starts: number[] = [];
  const around = surroundingsOf(chunks, cache?.walks);
  for (let i = 0; i < chunks.length; i++) {
    outcomes.push(outcomeOf(chunks[i], around[i], doc));
    starts.push(chunks[i].start);
  }
  const kept = keptByChunk(outcomes, starts, severities, directives);
  // without chunk lists (a directive may silence findings of other chunks): all placed and kept
  let findings = kept
    ? undefined
    : keptFindings(
        outcomes.flatMap((o, i) => findingsAt(o, starts[i])),
        severities,
        directives,
        source,
      );
  cache?.end();
  // findings, claims and names in source offsets only when read (the CLI's report, a hover, code
  // actions): placing them anew for every chunk an edit moved was a good part of what a keystroke
  // cost; the server's diagnostics read each chunk's findings where they stand (`findingsByChunk`)
  const placed: PlacedOutcomes = { outcomes, starts, ...(kept ? { kept } : {}) };
  let claims: Claim[] | undefined;
  let names: CheckResult['names'] | undefined;
  const result: CheckResult = {
    get findings() {
      return (findings ??= kept!.flatMap((list, i) => list.map((f) => findingAt(f, starts[i]))));
    },
    get claims() {
      return (claims ??= outcomes.flatMap((o, i) => claimsAt(o, starts[i])));
    },
    get summary() {
      return documentSummary(placed);
    },
    get names() {
      return (names ??= outcomes.flatMap((o, i) => namesAt(o, starts[i])));
    },
  };
  checked.set(result, placed);
  return result;
}

/** The outcomes behind each check's result, for `claimsOfFacts`. */
const checked = new WeakMap<CheckResult, PlacedOutcomes>();

/**
 * Each chunk's findings as kept (placed.ts `keptOf`), when that is all there is to keeping them:
 * no directive may silence a finding, and the lists, one after another, are in order. Otherwise
 * undefined, and the findings are kept all together.
 */
function keptByChunk(
  outcomes: readonly ChunkOutcome[],
  starts: readonly number[],
  severities: Record<RuleId, Severity | 'off'>,
  directives: readonly Directive[],
): Finding[][] | undefined {
  if (directives.length) return undefined;
  const key = SEVERITY_RULES.map((rule) => severities[rule]).join();
  const lists = outcomes.map((o) => keptOf(o, severities, key));
  return inOrder(lists, starts) ? lists : undefined;
}

/** The rules whose severities name a setting of them all. */
const SEVERITY_RULES = Object.keys(DEFAULT_SEVERITIES) as RuleId[];

/**
 * A check's findings chunk by chunk, as they are kept: for each chunk in order, its findings in
 * its own offsets, and where it starts. None for a check that kept its findings all together
 * (directives), or that `checkDocument` did not make; read `findings` then.
 */
export function findingsByChunk(
  result: CheckResult,
): { lists: readonly (readonly Finding[])[]; starts: readonly number[] } | undefined {
  const placed = checked.get(result);
  return placed?.kept && { lists: placed.kept, starts: placed.starts };
}

/**
 * The claims of a check bound to each of `factIds`, in document order, each in its chunk's offsets
 * with the chunk's place among `findingsByChunk`'s starts; none for a check that
 * `checkDocument` did not make.
 */
export function chunkClaimsOf(
  result: CheckResult,
  factIds: ReadonlySet<string>,
): Map<string, ChunkClaim[]> | undefined {
  const placed = checked.get(result);
  return placed && chunkClaimsOfFacts(placed, factIds);
}

/**
 * The claims of a check bound to each of `factIds`, in document order: what a diagnostic lists as
 * related information. Placed from the chunks' indexes of claims by fact, so only these claims are
 * moved to where their chunks now stand; for a result made otherwise, by a scan of its claims.
 */
export function claimsOfFacts(
  result: CheckResult,
  factIds: ReadonlySet<string>,
): Map<string, Claim[]> {
  const placed = checked.get(result);
  if (placed) return documentClaimsOfFacts(placed, factIds);
  const byFact = new Map<string, Claim[]>();
  for (const c of result.claims) {
    const id = c.binding?.fact.id;
    if (id === undefined || !factIds.has(id)) continue;
    const list = byFact.get(id);
    if (list) list.push(c);
    else byFact.set(id, [c]);
  }
  return byFact;
}

/** What a chunk yields, from the cache when the chunk and its surroundings are unchanged. */
function outcomeOf(
  chunk: ChunkReading,
  surroundings: Surroundings,
  doc: DocumentCheck,
): ChunkOutcome {
  const { cache } = doc.options;
  if (!cache) return checkChunk(chunk, surroundings, '', doc);
  // (what the document says of the names a chunk holds is all of it the chunk depends on)
  const names = chunkNamesKey(chunk, doc.names);
  return (
    cache.reused(chunk.prose, surroundings, doc.documentDate, names) ??
    keyedOutcome(chunk, surroundings, doc, cache, names)
  );
}

/**
 * What a chunk yields that the last check did not read after the same: found by its key, or
 * checked. Apart from `outcomeOf`, so that the closures here are made only for these chunks.
 */
function keyedOutcome(
  chunk: ChunkReading,
  surroundings: Surroundings,
  doc: DocumentCheck,
  cache: CheckCache,
  names: string,
): ChunkOutcome {
  const keys: ReturnType<CheckCache['keyPart']>[] = [];
  const parts = surroundingsParts(
    chunk,
    surroundings,
    doc.documentDate,
    (part) => {
      const key = cache.keyPart(part);
      keys.push(key);
      return key.value.id;
    },
    names,
  );
  return cache.outcome(chunk.prose, parts, { before: surroundings, keys }, (key) =>
    checkChunk(chunk, surroundings, key, doc),
  );
}

/** Checks one chunk's blocks: figures, dates in table rows, names, attributions, row leads. */
function checkChunk(
  chunk: ChunkReading,
  surroundings: Surroundings,
  key: string,
  doc: DocumentCheck,
): ChunkOutcome {
  const { index, options, binder, documentDate } = doc;
  // every field from the start: outcomes of one shape keep reading them fast
  const outcome: ChunkOutcome = {
    key,
    findings: [],
    claims: [],
    names: [],
    placed: undefined,
    summary: undefined,
    bound: undefined,
    kept: undefined,
  };
  const contexts = contextsOf(chunk, surroundings, documentDate);
  const readings = chunk.blocks.map((b, j) => {
    const spans = remembered(options.cache?.sentences, b.block, () => splitSentences(b.block.text));
    return { ...b, sentences: sentencesOf(b, contexts[j], spans) };
  });
  const rowSubjects = subjectsByRow(readings, index, binder);
  const figureOptions: FigureOptions = {
    today: options.today,
    unsupported: doc.unsupported,
    binder,
    explain: explainAt(options.explain, chunk.start),
  };
  const { findings, claims } = outcome;
  // the facts each block's figures were bound to, for the cells of a "Lead" column
  const bound = readings.map((reading, j) => {
    const facts = checkFigures(
      { block: reading, index, findings, claims, options: figureOptions },
      rowSubjects[j],
    );
    if (reading.block.kind === 'cell') {
      for (const [q, misdated] of misdatedRowDates(chunk.blocks, j, contexts[j], index))
        findings.push(...eventDateFinding(q, misdated, reading, index));
    }
    checkNames(reading, index, findings, outcome.names, claims, doc.names);
    // a dated document speaks of its own day: "AWS CEO Adam Selipsky" was right in May 2024
    checkAttributions(reading, index, documentDate ?? doc.today, findings, claims);
    return facts;
  });
  // a lead named in a row is checked against the round the row's other cells were bound to
  findings.push(...misattributedRowLeads(readings, bound, index));
  // a finding's claim stands in its own chunk, so the chunk's claims are complete and in order
  outcome.claims = withFindings(claims, findings, doc.source.slice(chunk.start));
  return outcome;
}

/** `explain` told of a chunk's spans where they stand in the document, the chunk at `start`. */
function explainAt(explain: Explain | undefined, start: number): Explain | undefined {
  return (
    explain &&
    ((span: Parameters<Explain>[0], trace: FigureTrace): void =>
      explain({ ...span, start: span.start + start, end: span.end + start }, trace))
  );
}

/**
 * The findings their rules are on for and no directive silences, each with its rule's severity, in
 * the order they stand in the source.
 */
function keptFindings(
  findings: Finding[],
  severities: Record<RuleId, Severity | 'off'>,
  directives: Directive[],
  source: string,
): Finding[] {
  // lines matter only to directives
  const lineStarts = directives.length ? lineStartsOf(source) : [0];
  const lineOf = (offset: number): number => lineIndex(lineStarts, offset);
  const suppressed = makeSuppressor(directives, lineOf);
  return withSeverities(findings, severities, (f) => suppressed(f.rule, lineOf(f.start)));
}
