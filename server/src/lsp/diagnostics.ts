import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import {
  chunkClaimsOf,
  claimsOfFacts,
  findingsByChunk,
  type CheckResult,
  type ChunkClaim,
  type Claim,
  type Finding,
} from '../engine/index';
import {
  alsoAbout,
  diagnosticOf,
  MAX_RELATED,
  relatedEntry,
  toDiagnostic,
  tooManyProblems,
} from './convert';

/** A check's findings chunk by chunk (engine `findingsByChunk`). */
type ChunkedFindings = NonNullable<ReturnType<typeof findingsByChunk>>;

/** Where a finding or claim stands in its chunk: lines counted from the chunk's first line. */
interface InChunk {
  range: Range;
  /** for a claim, what related information says of it */
  message?: string;
  /** the range last placed, and the line its chunk started then */
  placed?: Range;
  line?: number;
  /** for a claim, its related information as last placed, at `line` */
  entry?: DiagnosticRelatedInformation;
}

/**
 * One open document's diagnostics, converted from each check's findings chunk by chunk. The
 * engine keeps each chunk's findings and claims in the chunk's own offsets, the same objects for
 * as long as the chunk's text is unchanged, wherever it moves; and a chunk starts a line, so where
 * each stands within the chunk's lines is worked out once, and a diagnostic is placed by adding
 * the line the chunk now starts. An edit converts again only what its own chunks found. Related
 * information names other claims of a finding's fact, found from each chunk's index of its claims
 * by fact.
 */
export class DocumentDiagnostics {
  private inChunk = new WeakMap<Finding | Claim, InChunk>();
  private uri?: string;

  /**
   * The diagnostics of `result`, a check of `doc` as it is now: the first `maxProblems`, then a
   * notice of the rest.
   */
  convert(doc: TextDocument, result: CheckResult, maxProblems: number): Diagnostic[] {
    if (doc.uri !== this.uri) {
      this.inChunk = new WeakMap();
      this.uri = doc.uri;
    }
    const chunked = findingsByChunk(result);
    return chunked
      ? this.convertChunks(doc, result, chunked, maxProblems)
      : convertAll(doc, result, maxProblems);
  }

  private convertChunks(
    doc: TextDocument,
    result: CheckResult,
    { lists, starts }: ChunkedFindings,
    maxProblems: number,
  ): Diagnostic[] {
    // the line each chunk starts, for the chunks read
    const lines = new Map<number, number>();
    const lineOf = (i: number): number => {
      let line = lines.get(i);
      if (line === undefined) lines.set(i, (line = doc.positionAt(starts[i]).line));
      return line;
    };
    // what is placed at the line it was placed at before is used again: most of it, as an edit
    // that puts in or takes out no line break moves no chunk to another line
    const place = (item: Finding | Claim, i: number): InChunk => {
      const line = lineOf(i);
      const kept = this.within(doc, item, starts[i], line);
      if (kept.line !== line) {
        kept.placed = placed(kept.range, line);
        kept.line = line;
        kept.entry = undefined;
      }
      return kept;
    };
    const shown = shownFindings(lists, maxProblems);
    // only the facts of the findings shown: the rest of the claims are never read
    const facts = new Set<string>();
    for (const { finding } of shown) if (finding.fact) facts.add(finding.fact.id);
    const byFact = facts.size ? chunkClaimsOf(result, facts) : undefined;
    const items = shown.map(({ finding, chunk }) => {
      const start = finding.start + starts[chunk];
      const others: DiagnosticRelatedInformation[] = [];
      for (const c of (finding.fact && byFact?.get(finding.fact.id)) || []) {
        if (others.length === MAX_RELATED) break;
        if (sameSpan(c, starts, finding, start)) continue;
        const kept = place(c.claim, c.chunk);
        kept.entry ??= { location: { uri: doc.uri, range: kept.placed! }, message: kept.message! };
        others.push(kept.entry);
      }
      return diagnosticOf(finding, place(finding, chunk).placed!, start, doc.version, others);
    });
    let total = 0;
    for (const list of lists) total += list.length;
    if (total <= maxProblems) return items;
    const leftOut = firstLeftOut(lists, starts, maxProblems);
    return [...items, tooManyProblems(doc, leftOut, maxProblems, total)];
  }

  /** Where a finding or claim of the chunk at `at`, whose first line is `line`, stands in it. */
  private within(doc: TextDocument, item: Finding | Claim, at: number, line: number): InChunk {
    let kept = this.inChunk.get(item);
    if (kept === undefined) {
      const start = doc.positionAt(at + item.start);
      const end = doc.positionAt(at + item.end);
      kept = {
        range: {
          start: { line: start.line - line, character: start.character },
          end: { line: end.line - line, character: end.character },
        },
        ...('status' in item ? { message: alsoAbout(item) } : {}),
      };
      this.inChunk.set(item, kept);
    }
    return kept;
  }
}

/** A range within a chunk, placed in the document, the chunk starting line `line`. */
function placed(range: Range, line: number): Range {
  return {
    start: { line: range.start.line + line, character: range.start.character },
    end: { line: range.end.line + line, character: range.end.character },
  };
}

/** The first `maxProblems` findings, in order, each with its chunk's place. */
function shownFindings(
  lists: ChunkedFindings['lists'],
  maxProblems: number,
): { finding: Finding; chunk: number }[] {
  const shown: { finding: Finding; chunk: number }[] = [];
  for (let i = 0; i < lists.length && shown.length < maxProblems; i++)
    for (const finding of lists[i]) {
      if (shown.length === maxProblems) break;
      shown.push({ finding, chunk: i });
    }
  return shown;
}

/** The source offset of the finding after the first `maxProblems`, which there is. */
function firstLeftOut(
  lists: ChunkedFindings['lists'],
  starts: readonly number[],
  maxProblems: number,
): number {
  let before = 0;
  let i = 0;
  while (before + lists[i].length <= maxProblems) before += lists[i++].length;
  return lists[i][maxProblems - before].start + starts[i];
}

/** Whether a claim stands where the finding does (at source offset `start`). */
function sameSpan(
  c: ChunkClaim,
  starts: readonly number[],
  finding: Finding,
  start: number,
): boolean {
  const at = starts[c.chunk];
  return (
    c.claim.start + at === start && c.claim.end - c.claim.start === finding.end - finding.start
  );
}

/**
 * The diagnostics of a check whose findings are not kept chunk by chunk (a document with
 * directives): each finding converted from where it stands.
 */
function convertAll(doc: TextDocument, result: CheckResult, maxProblems: number): Diagnostic[] {
  const findings = result.findings.slice(0, maxProblems);
  const facts = new Set<string>();
  for (const f of findings) if (f.fact) facts.add(f.fact.id);
  const related = {
    claims: claimsOfFacts(result, facts),
    entry: (c: Claim) => relatedEntry(doc, c),
  };
  const shown = findings.map((f) => toDiagnostic(doc, f, related));
  if (result.findings.length <= maxProblems) return shown;
  const total = result.findings.length;
  return [...shown, tooManyProblems(doc, result.findings[maxProblems].start, maxProblems, total)];
}
