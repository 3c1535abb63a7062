import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver';
import type { Claim, Finding } from '../engine/index';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/**
 * Claims of one check by the id of the fact each is bound to, each list in document order
 * (engine `claimsOfFacts`).
 */
export type ClaimsByFact = ReadonlyMap<string, readonly Claim[]>;

/** At most this many other places are listed as related information of a diagnostic. */
export const MAX_RELATED = 10;

/**
 * Where a diagnostic's related information comes from: the check's claims by fact, and each claim's
 * entry.
 */
export interface RelatedOf {
  claims: ClaimsByFact;
  entry: (claim: Claim) => DiagnosticRelatedInformation;
}

/** A claim as related information: its place, its text and whether it matches. */
export function relatedEntry(doc: TextDocument, c: Claim): DiagnosticRelatedInformation {
  return { location: { uri: doc.uri, range: rangeOf(doc, c.start, c.end) }, message: alsoAbout(c) };
}

/** What related information says of a claim: its text and whether it matches. */
export function alsoAbout(c: Claim): string {
  return `also about this: "${c.text}" (${c.status === 'match' ? 'matches' : 'does not match'})`;
}

/**
 * A finding as an LSP diagnostic; `data` carries what code actions need to find it again. With
 * `related`, it lists up to ten other claims of the finding's fact, in document order.
 */
export function toDiagnostic(doc: TextDocument, f: Finding, related?: RelatedOf): Diagnostic {
  // other places in the document that speak of the same fact, so a writer can see them together
  const others: DiagnosticRelatedInformation[] = [];
  for (const c of (related && f.fact && related.claims.get(f.fact.id)) || []) {
    if (others.length === MAX_RELATED) break;
    if (!(c.start === f.start && c.end === f.end)) others.push(related!.entry(c));
  }
  return diagnosticOf(f, rangeOf(doc, f.start, f.end), f.start, doc.version, others);
}

/**
 * A finding as an LSP diagnostic at `range`, the finding starting at source offset `start`, with
 * `related` as its related information (none when empty).
 */
export function diagnosticOf(
  f: Finding,
  range: Range,
  start: number,
  version: number,
  related: DiagnosticRelatedInformation[],
): Diagnostic {
  const source = f.fact?.sources[0];
  const severity = SEVERITY[f.severity];
  // built in order a property at a time: spread in, the optional parts made each diagnostic an
  // object of some 1 KB (a dictionary), where it is a fifth of that
  const d = (
    related.length
      ? { relatedInformation: related, range, severity, code: f.rule }
      : { range, severity, code: f.rule }
  ) as Diagnostic;
  if (source && /^https?:\/\//.test(source.url)) d.codeDescription = { href: source.url };
  d.source = 'factlint';
  d.message = f.message;
  d.data = { start, end: start + f.end - f.start, rule: f.rule, version };
  return d;
}

/**
 * Like a compiler's error limit: what stands where the first finding left out of the diagnostics
 * (at source offset `at`) would, saying how many there are in all.
 */
export function tooManyProblems(
  doc: TextDocument,
  at: number,
  maxProblems: number,
  total: number,
): Diagnostic {
  const position = doc.positionAt(at);
  return {
    range: { start: position, end: position },
    severity: DiagnosticSeverity.Information,
    source: 'factlint',
    code: 'too-many-problems',
    message:
      `factlint shows the first ${maxProblems} of ${total} problems ` +
      'in this file (factlint.maxProblems); the command line lists them all.',
  };
}

/** The quick fixes of a finding as code actions, the first one preferred. */
export function fixActions(doc: TextDocument, f: Finding, diagnostic: Diagnostic): CodeAction[] {
  return f.fixes.map((fix, i) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0,
    edit: {
      changes: {
        [doc.uri]: fix.edits.map((e) => ({
          range: rangeOf(doc, e.start, e.end),
          newText: e.newText,
        })),
      },
    },
  }));
}
