import { contextsOf, readChunks, surroundingsKey, surroundingsOf } from './read';
import type { CheckCache, ChunkOutcome, Placed } from './cache';
import { identity, remembered } from './memo';
import type { ChunkReading, Surroundings } from './reading';
import { sentencesOf } from './sentence-context';
import { binderOf, type Binder, type Explain, type FigureTrace } from './check/binder';
import { checkFigures, type FigureOptions } from './check/figures';
import { eventDateFinding } from './check/figure-findings';
import { checkNames } from './check/name-spelling';
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
  index: ReferenceIndex;
  options: CheckOptions;
  binder: Binder;
  /** whether figures the data cannot check are reported */
  unsupported: boolean;
  documentDate: number | undefined;
  /** the day "now" means, in days since 1970 */
  today: number;
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
  const doc: DocumentCheck = { index, options, binder, unsupported, documentDate, today };
  const findings: Finding[] = [];
  const claims: Claim[] = [];
  const outcomes: ChunkOutcome[] = [];
  const around = surroundingsOf(chunks);
  for (let i = 0; i < chunks.length; i++) {
    const outcome = outcomeOf(chunks[i], around[i], doc);
    outcomes.push(outcome);
    const placed = placedAt(outcome, chunks[i].start);
    for (const f of placed.findings) findings.push(f);
    for (const c of placed.claims) claims.push(c);
  }
  const kept = keptFindings(findings, severities, directives, source);
  cache?.end();
  // the names only when asked for (a hover asks; diagnostics do not): placing them anew for every
  // chunk an edit moved was a good part of what a keystroke cost
  let names: CheckResult['names'] | undefined;
  return {
    findings: kept,
    claims: withFindings(claims, findings, source),
    get names() {
      return (names ??= outcomes.flatMap((o, i) => namesAt(o, chunks[i].start)));
    },
  };
}

/** What a chunk yields, from the cache when the chunk and its surroundings are unchanged. */
function outcomeOf(
  chunk: ChunkReading,
  surroundings: Surroundings,
  doc: DocumentCheck,
): ChunkOutcome {
  const { cache } = doc.options;
  if (!cache) return checkChunk(chunk, surroundings, '', doc);
  // by the chunk and its surroundings both: a paragraph written twice, under different
  // headings, keeps one outcome for each place
  const key = surroundingsKey(chunk, surroundings, doc.documentDate);
  return cache.outcomes.get(`${identity(chunk.prose)}|${key}`, () =>
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
  const outcome: ChunkOutcome = { key, findings: [], claims: [], names: [] };
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
    checkNames(reading, index, findings, outcome.names, claims);
    // a dated document speaks of its own day: "AWS CEO Adam Selipsky" was right in May 2024
    checkAttributions(reading, index, documentDate ?? doc.today, findings, claims);
    return facts;
  });
  // a lead named in a row is checked against the round the row's other cells were bound to
  findings.push(...misattributedRowLeads(readings, bound, index));
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
 * A chunk's findings and claims in offsets into the source, the chunk starting at `at`: made once
 * for each place the chunk stands, so the chunks before an edit cost nothing.
 */
function placedAt(outcome: ChunkOutcome, at: number): Placed {
  if (at === 0) return outcome;
  if (outcome.placed?.at === at) return outcome.placed;
  outcome.placed = {
    at,
    findings: outcome.findings.map((f) => ({
      ...f,
      start: f.start + at,
      end: f.end + at,
      fixes: f.fixes.map((fix) => ({
        ...fix,
        edits: fix.edits.map((e) => ({ ...e, start: e.start + at, end: e.end + at })),
      })),
    })),
    claims: outcome.claims.map((c) => ({ ...c, start: c.start + at, end: c.end + at })),
  };
  return outcome.placed;
}

/** A chunk's names in offsets into the source, the chunk starting at `at`. */
function namesAt(outcome: ChunkOutcome, at: number): CheckResult['names'] {
  if (at === 0) return outcome.names;
  if (outcome.placedNames?.at !== at) {
    const names = outcome.names.map((n) => ({
      start: n.start,
      end: n.end,
      text: n.text,
      entityId: n.entityId,
      misspelled: n.misspelled,
      sourceStart: n.sourceStart + at,
      sourceEnd: n.sourceEnd + at,
    }));
    outcome.placedNames = { at, names };
  }
  return outcome.placedNames.names;
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
  const kept: Finding[] = [];
  // lines matter only to directives
  const lineStarts = directives.length ? lineStartsOf(source) : [0];
  const lineOf = (offset: number): number => lineIndex(lineStarts, offset);
  const suppressed = makeSuppressor(directives, lineOf);
  for (const f of findings) {
    const severity = severities[f.rule];
    if (severity === 'off' || suppressed(f.rule, lineOf(f.start))) continue;
    kept.push({ ...f, severity });
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}
