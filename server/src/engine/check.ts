import { contextsOf, inSurroundings, readChunks, surroundingsKey } from './analyze';
import { sentencesOf } from './sentence-context';
import type { BlockReading } from './reading';
import type { CheckCache, ChunkOutcome, Placed } from './cache';
import { identity, remembered } from './memo';
import { misdatedEvent } from './check/event-date';
import { eventDateFinding, figureFinding } from './check/figure-findings';
import { headerOf, misdatedRowDates } from './check/row-dates';
import { misattributedLeads } from './check/round-leads';
import { checkAttributions, LEAD_COLUMN, leadFinding, partnerFinding } from './check/people';
import { swappedPartner } from './check/partners';
import { replacement } from './check/fixes';
import { spellingFix } from './check/name-fix';
import { candidatesFor, namesInSentence } from './check/bind';
import type { Candidate, Veto } from './check/candidate';
import type { SentenceContext } from './reading';
import {
  agreesClosely,
  binderOf,
  explainFigures,
  type Binder,
  type Explain,
  type FigureTrace,
} from './check/binder';
import { assignOneToOne } from './check/assign';
import { ownsDate } from './check/time';
import { unsupportedFinding } from './check/unsupported';
import { describeFactSubject } from './check/describe';
import { judge, PRESENT, supports, type Judgement } from './check/judge';
import { spansPeriods } from './check/verdict';
import { parseIsoDate } from './reference/dates';
import type { ReferenceIndex } from './reference/index';
import type { Fact } from './reference/types';
import { makeSuppressor } from './text/directives';
import { splitSentences } from './text/sentences';
import type { CheckResult, Claim, Finding, Quantity, RuleId, Severity, TextEdit } from './types';
import { isClaim, readingOf, STATUS_OF, whyNoData, withFindings } from './claims';

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
  'unsupported-figure': 'off',
};

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
  const findings: Finding[] = [];
  const claims: Claim[] = [];
  const names: CheckResult['names'] = [];
  for (const [chunk, surroundings] of inSurroundings(chunks)) {
    const check = (key: string): ChunkOutcome => {
      const outcome: ChunkOutcome = { key, findings: [], claims: [], names: [] };
      const contexts = contextsOf(chunk, surroundings, documentDate);
      const readings = chunk.blocks.map((b, j) => {
        const spans = remembered(cache?.sentences, b.block, () => splitSentences(b.block.text));
        return { ...b, sentences: sentencesOf(b, contexts[j], spans) };
      });
      const rowSubjects = subjectsByRow(readings, index, binder);
      // a chunk's spans are its own; `explain` is told where they stand in the document
      const explain =
        options.explain &&
        ((span: Parameters<Explain>[0], trace: FigureTrace): void =>
          options.explain!(
            { ...span, start: span.start + chunk.start, end: span.end + chunk.start },
            trace,
          ));
      // the facts each block's figures were bound to, for the cells of a "Lead" column
      const bound = readings.map((reading, j) => {
        const facts = checkFigures(
          reading,
          index,
          outcome.findings,
          outcome.claims,
          { today: options.today, unsupported, binder, explain },
          rowSubjects[j],
        );
        if (reading.block.kind === 'cell') {
          for (const [q, misdated] of misdatedRowDates(chunk.blocks, j, contexts[j], index))
            outcome.findings.push(...eventDateFinding(q, misdated, reading, index));
        }
        checkNames(reading, index, outcome.findings, outcome.names, outcome.claims);
        // a dated document speaks of its own day: "AWS CEO Adam Selipsky" was right in May 2024
        checkAttributions(reading, index, documentDate ?? today, outcome.findings, outcome.claims);
        return facts;
      });
      // a lead named in a row is checked against the round the row's other cells were bound to
      readings.forEach((reading, j) => {
        if (
          reading.block.kind !== 'cell' ||
          reading.names.length === 0 ||
          !LEAD_COLUMN.test(headerOf(chunk.blocks, j))
        )
          return;
        const facts = (reading.block.related ?? []).flatMap((r) => bound[r] ?? []);
        for (const lead of misattributedLeads(
          reading.block.text,
          reading.names,
          facts,
          index,
          true,
        ))
          outcome.findings.push(...leadFinding(lead, reading, 0, index));
      });
      return outcome;
    };
    let outcome: ChunkOutcome;
    if (cache) {
      // by the chunk and its surroundings both: a paragraph written twice, under different
      // headings, keeps one outcome for each place
      const key = surroundingsKey(chunk, surroundings, documentDate);
      outcome = cache.outcomes.get(`${identity(chunk.prose)}|${key}`, () => check(key));
    } else {
      outcome = check('');
    }
    const placed = placedAt(outcome, chunk.start);
    for (const f of placed.findings) findings.push(f);
    for (const c of placed.claims) claims.push(c);
    for (const n of placed.names) names.push(n);
  }
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
  cache?.end();
  return { findings: kept, claims: withFindings(claims, findings, source), names };
}

/**
 * A chunk's results in offsets into the source, the chunk starting at `at`: made once for each
 * place the chunk stands, so the chunks before an edit cost nothing.
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
    names: outcome.names.map((n) => ({
      start: n.start,
      end: n.end,
      text: n.text,
      entityId: n.entityId,
      misspelled: n.misspelled,
      sourceStart: n.sourceStart + at,
      sourceEnd: n.sourceEnd + at,
    })),
  };
  return outcome.placed;
}

/** Checks a block's figures; returns the facts they were bound to. */
function checkFigures(
  b: BlockReading,
  index: ReferenceIndex,
  findings: Finding[],
  claims: Claim[],
  options: { today: string; unsupported: boolean; binder: Binder; explain?: Explain },
  rowSubjects?: RowSubjects,
): Fact[] {
  const boundInBlock: Fact[] = [];
  for (const sentence of b.sentences) {
    const judged = judgeFigures(
      sentence,
      b.block.kind === 'cell',
      index,
      options.binder,
      rowSubjects,
    );
    if (options.explain) explainFigures(sentence, b, options.binder, options.explain);
    for (const { figure, judgement: j } of judged.judged) {
      const q = sentence.quantities[figure];
      const loose = b.block.map.toSourceLoose(q.start, q.end);
      if (!loose) continue;
      const reading = readingOf(q, sentence, index);
      claims.push({
        start: loose.start,
        end: loose.end,
        text: q.text,
        kind: 'figure',
        status: STATUS_OF[j.verdict],
        fact: j.current ?? j.fact,
        binding: {
          fact: j.fact,
          names: j.candidate.names,
          cues: j.candidate.cues,
          score: j.candidate.score,
        },
        ...(reading ? { reading } : {}),
      });
      if (j.verdict !== 'supported') findings.push(figureFinding(q, j, b, loose, index));
    }
    for (const left of judged.left) {
      const q = sentence.quantities[left.figure];
      const loose = b.block.map.toSourceLoose(q.start, q.end);
      if (loose && isClaim(q))
        claims.push({
          start: loose.start,
          end: loose.end,
          text: q.text,
          kind: 'figure',
          ...left.status,
        });
    }
    const bound = judged.judged.map((f) => f.judgement.candidate.fact);
    boundInBlock.push(...bound);
    for (const lead of misattributedLeads(sentence.text, namesInSentence(sentence), bound, index))
      findings.push(...leadFinding(lead, b, sentence.offset, index));
    // a date nothing was judged about may still be an event's, set in the wrong year
    for (const [figure, q] of sentence.quantities.entries()) {
      if (judged.judged.some((j) => j.figure === figure)) continue;
      const misdated = q.dim === 'date' ? misdatedEvent(q, sentence, index) : undefined;
      if (misdated) findings.push(...eventDateFinding(q, misdated, b, index));
    }
    // a figure bound to nothing may be a deal's whose partner is written wrong
    for (const figure of judged.unbound) {
      const swapped = swappedPartner(sentence.quantities[figure], sentence, index);
      if (swapped) findings.push(...partnerFinding(swapped, b, index));
    }
    if (!options.unsupported) continue;
    for (const figure of judged.unbound) {
      const q = sentence.quantities[figure];
      const at = b.block.map.toSourceLoose(q.start, q.end);
      const finding = at && unsupportedFinding(q, sentence, index, at, options.today);
      if (finding) findings.push(finding);
    }
  }
  return boundInBlock;
}

/** A sentence's figures as judged: by index into the sentence's figures. */
interface JudgedFigures {
  judged: { figure: number; judgement: Judgement }[];
  /** figures no fact could be bound to */
  unbound: number[];
  /** figures left unjudged (bound too loosely, or to nothing), with their status and why */
  left: { figure: number; status: Pick<Claim, 'status' | 'fact' | 'why'> }[];
}

/** Binds a sentence's figures to facts, one to one, and judges each binding. */
function judgeFigures(
  sentence: SentenceContext,
  inTable: boolean,
  index: ReferenceIndex,
  binder: Binder,
  rowSubjects?: RowSubjects,
): JudgedFigures {
  const all: Candidate[][] = [];
  const unbound: number[] = [];
  const left: JudgedFigures['left'] = [];
  // for each figure, a fact a gate ruled out that agrees with it closely
  const agreeing = new Map<Quantity, Fact>();
  sentence.quantities.forEach((q, i) => {
    const vetoed: Veto[] = [];
    const candidates = inRow(candidatesFor(q, sentence, index, binder, vetoed), q, rowSubjects);
    const agrees = vetoed.find((v) => v.gate.agreementCounts !== false && agreesClosely(q, v.fact));
    if (agrees) agreeing.set(q, agrees.fact);
    if (candidates.length) all.push(candidates);
    else {
      unbound.push(i);
      left.push({ figure: i, status: { status: 'no-data', why: whyNoData(vetoed, index) } });
    }
  });
  const judged: JudgedFigures['judged'] = [];
  const assigned = withSpanEnds(assignOneToOne(all, supports), sentence.quantities);
  for (const [q, { chosen, rivals }] of assigned) {
    // the figure is dated when a date of its own stands by it ("$157 billion in October 2024"),
    // not when another figure of the sentence has one
    // (`ownDated`: by a date written in the sentence itself)
    const own = sentence.dates.filter(
      (d) => d.inSentence && d.start !== q.start && ownsDate(d, q, sentence),
    );
    const ownDated = own.length > 0;
    // a date around the sentence dates it, unless the sentence says it speaks of now ("currently")
    const dated =
      ownDated || (sentence.dates.some((d) => !d.inSentence) && !PRESENT.test(sentence.text));
    // the other figures, with the subject each is about when it is bound
    const others = sentence.quantities
      .filter((o) => o !== q)
      .map((o) => ({ quantity: o, subject: assigned.get(o)?.chosen.fact.subject }));
    let judgement = judge(
      {
        q,
        chosen,
        rivals,
        sentence: sentence.text,
        dated,
        ownDated,
        inTable,
        others,
        now: sentence.documentDate,
      },
      index,
    );
    // Supported elsewhere: a figure that a ruled-out fact agrees with closely is not called wrong;
    // the frame may have been misread, and the writer may well mean that fact.
    const elsewhere = judgement?.verdict === 'contradicted' ? agreeing.get(q) : undefined;
    if (elsewhere) judgement = undefined;
    const figure = sentence.quantities.indexOf(q);
    if (judgement) judged.push({ figure, judgement });
    else {
      const fact = elsewhere ?? chosen.fact;
      const what = describeFactSubject(fact, index);
      const why = elsewhere
        ? `It agrees with ${what}, which its words do not clearly name.`
        : `It may be about ${what}, but its words do not tie it to that firmly enough to judge.`;
      left.push({ figure, status: { status: 'unsure', fact, why } });
    }
    const trace = binder.trace?.get(q);
    if (trace) {
      trace.outcome = judgement
        ? `${judgement.verdict}: ${judgement.fact.id}`
        : elsewhere
          ? `left alone: ${elsewhere.id} agrees with it`
          : `left alone: the binding to ${chosen.fact.id} is not firm enough to judge`;
    }
  }
  return { judged, unbound, left };
}

/** The end of a span of dates ("from 2026 through 2030") takes the fact its start was bound to. */
function withSpanEnds(
  assigned: ReturnType<typeof assignOneToOne>,
  quantities: Quantity[],
): ReturnType<typeof assignOneToOne> {
  quantities.forEach((q, i) => {
    const start = quantities[i - 1];
    const bound =
      q.rangePart === 'end' && start?.rangePart === 'start' ? assigned.get(start) : undefined;
    // (a fact of one time, "CEO from 2021 to 2024" bound to a start in 2021, has no end to check)
    if (bound && spansPeriods(bound.chosen.fact.value))
      assigned.set(q, {
        chosen: { ...bound.chosen, quantity: q },
        rivals: bound.rivals.map((r) => ({ ...r, quantity: q })),
      });
  });
  return assigned;
}

/** The subjects a cell's row is about, worked out only when a figure needs them. */
type RowSubjects = () => ReadonlySet<string> | undefined;

/**
 * The subjects the other cells of each cell's table row were bound to: a row is one record, so a
 * cell whose figure two subjects fit equally is about the one its row is about. Each cell is
 * judged for this at most once, and only for rows that a figure asks about.
 */
function subjectsByRow(
  readings: BlockReading[],
  index: ReferenceIndex,
  binder: Binder,
): (RowSubjects | undefined)[] {
  const judged = new Map<number, string[]>();
  const subjectsOf = (k: number): string[] => {
    let found = judged.get(k);
    if (!found) {
      found =
        readings[k]?.block.kind === 'cell'
          ? readings[k].sentences.flatMap((s) =>
              judgeFigures(s, true, index, binder).judged.map((j) => j.judgement.fact.subject),
            )
          : [];
      judged.set(k, found);
    }
    return found;
  };
  return readings.map((r) => {
    if (r.block.kind !== 'cell') return undefined;
    let row: Set<string> | undefined;
    return () => {
      row ??= new Set((r.block.related ?? []).flatMap(subjectsOf));
      return row.size ? row : undefined;
    };
  });
}

/**
 * A figure's candidates narrowed to its row's subjects, unless none is one or another subject's
 * fact agrees with it.
 */
function inRow(
  candidates: Candidate[],
  q: Quantity,
  rowSubjectsOf: RowSubjects | undefined,
): Candidate[] {
  if (!rowSubjectsOf || new Set(candidates.map((c) => c.fact.subject)).size < 2) return candidates;
  const rowSubjects = rowSubjectsOf();
  if (!rowSubjects) return candidates;
  const kept = candidates.filter((c) => rowSubjects.has(c.fact.subject));
  if (kept.length === 0 || kept.length === candidates.length) return candidates;
  if (candidates.some((c) => !rowSubjects.has(c.fact.subject) && supports(q, c.fact)))
    return candidates;
  return kept;
}

function checkNames(
  b: BlockReading,
  index: ReferenceIndex,
  findings: Finding[],
  names: CheckResult['names'],
  claims: Claim[],
): void {
  for (const n of b.names) {
    const loose = b.block.map.toSourceLoose(n.start, n.end);
    if (!loose) continue;
    names.push({ ...n, sourceStart: loose.start, sourceEnd: loose.end });
    if (!n.misspelled) continue;
    const entity = index.entity(n.entityId);
    if (!entity) continue;
    const fixed = spellingFix(n.text, entity.name, b.block.text);
    findings.push({
      rule: 'name-spelling',
      severity: 'warning',
      start: loose.start,
      end: loose.end,
      entityId: entity.id,
      message: `"${n.text}" is spelled "${fixed}".`,
      fixes: replacement(b.block.map.toSource(n.start, n.end), fixed),
    });
    claims.push({
      start: loose.start,
      end: loose.end,
      text: n.text,
      kind: 'name',
      status: 'wrong',
      entityId: entity.id,
    });
  }
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every finding's preferred fix, without overlaps (of two overlapping fixes the first wins):
 * what "fix all" applies, in the editor and on the command line alike.
 */
export function preferredEdits(findings: Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix || fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end)))
      continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Applies non-overlapping edits (source offsets) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
