import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
} from 'vscode-languageserver';
import { claimsOfFacts, type CheckResult, type Claim } from '../engine/index';
import { relatedEntry, toDiagnostic, type ClaimsByFact, type RelatedOf } from './convert';

/**
 * One open document's diagnostics, converted from each check's findings. Related information
 * names other claims of a finding's fact; each claim's entry is made once and shared by every
 * diagnostic that lists it, and kept for the next check while the claim is: the engine hands out
 * the same claim object for as long as its chunk's outcome is reused at the same offset (cache.ts,
 * placed.ts), so after an edit only the claims of the edited chunk, and of chunks whose
 * offset moved, are converted again. A kept entry's range is checked against the document's line
 * starts in constant time and looked up again when a line break before it came or went.
 */
export class DocumentDiagnostics {
  private entries = new WeakMap<Claim, DiagnosticRelatedInformation>();
  private uri?: string;

  /**
   * The diagnostics of `result`, a check of `doc` as it is now: the first `maxProblems`, then a
   * notice of the rest.
   */
  convert(doc: TextDocument, result: CheckResult, maxProblems: number): Diagnostic[] {
    if (doc.uri !== this.uri) {
      this.entries = new WeakMap();
      this.uri = doc.uri;
    }
    const findings = result.findings.slice(0, maxProblems);
    // only the facts of the findings shown: the rest of the claims are never placed
    const facts = new Set<string>();
    for (const f of findings) if (f.fact) facts.add(f.fact.id);
    const related = this.relatedOf(doc, claimsOfFacts(result, facts));
    const shown = findings.map((f) => toDiagnostic(doc, f, related));
    if (result.findings.length <= maxProblems) return shown;
    // like a compiler's error limit: the first problems, and a notice where the rest would start
    const firstLeftOut = doc.positionAt(result.findings[maxProblems].start);
    return [
      ...shown,
      {
        range: { start: firstLeftOut, end: firstLeftOut },
        severity: DiagnosticSeverity.Information,
        source: 'factlint',
        code: 'too-many-problems',
        message:
          `factlint shows the first ${maxProblems} of ${result.findings.length} problems ` +
          'in this file (factlint.maxProblems); the command line lists them all.',
      },
    ];
  }

  private relatedOf(doc: TextDocument, byFact: ClaimsByFact): RelatedOf {
    const entry = (c: Claim): DiagnosticRelatedInformation => {
      const kept = this.entries.get(c);
      if (
        kept &&
        stillAt(doc, kept.location.range.start, c.start) &&
        stillAt(doc, kept.location.range.end, c.end)
      )
        return kept;
      const made = relatedEntry(doc, c);
      this.entries.set(c, made);
      return made;
    };
    return { claims: byFact, entry };
  }
}

/**
 * Whether `position` is still what `doc.positionAt(offset)` gives, in constant time: the line it
 * names starts `character` before the offset, the next line starts after it, and no line break
 * ends right before it (positionAt would step back over that).
 */
function stillAt(doc: TextDocument, position: Position, offset: number): boolean {
  const { line, character } = position;
  if (line >= doc.lineCount || doc.offsetAt({ line, character: 0 }) + character !== offset)
    return false;
  if (line + 1 < doc.lineCount && doc.offsetAt({ line: line + 1, character: 0 }) <= offset)
    return false;
  if (offset > doc.getText().length) return false;
  const before = character > 0 ? doc.getText().charCodeAt(offset - 1) : 0;
  return before !== 10 && before !== 13;
}
