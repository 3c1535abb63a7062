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
const MAX_RELATED = 10;

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
  return {
    location: { uri: doc.uri, range: rangeOf(doc, c.start, c.end) },
    message: `also about this: "${c.text}" (${c.status === 'match' ? 'matches' : 'does not match'})`,
  };
}

/**
 * A finding as an LSP diagnostic; `data` carries what code actions need to find it again. With
 * `related`, it lists up to ten other claims of the finding's fact, in document order.
 */
export function toDiagnostic(doc: TextDocument, f: Finding, related?: RelatedOf): Diagnostic {
  const source = f.fact?.sources[0];
  // other places in the document that speak of the same fact, so a writer can see them together
  const others: DiagnosticRelatedInformation[] = [];
  for (const c of (related && f.fact && related.claims.get(f.fact.id)) || []) {
    if (others.length === MAX_RELATED) break;
    if (!(c.start === f.start && c.end === f.end)) others.push(related!.entry(c));
  }
  return {
    ...(others.length ? { relatedInformation: others } : {}),
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    ...(source && /^https?:\/\//.test(source.url) ? { codeDescription: { href: source.url } } : {}),
    source: 'factlint',
    message: f.message,
    data: { start: f.start, end: f.end, rule: f.rule, version: doc.version },
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
