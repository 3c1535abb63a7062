import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver';
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

/** A finding as an LSP diagnostic; `data` carries what code actions need to find it again. */
export function toDiagnostic(doc: TextDocument, f: Finding, claims: readonly Claim[] = []): Diagnostic {
  const source = f.fact?.sources[0];
  // other places in the document that speak of the same fact, so a writer can see them together
  const related = f.fact ? claims.filter((c) => c.binding?.fact.id === f.fact!.id && !(c.start === f.start && c.end === f.end)).slice(0, 10) : [];
  return {
    ...(related.length ? {
      relatedInformation: related.map((c) => ({
        location: { uri: doc.uri, range: rangeOf(doc, c.start, c.end) },
        message: `also about this: "${c.text}" (${c.status === 'match' ? 'matches' : 'does not match'})`,
      })),
    } : {}),
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
        [doc.uri]: fix.edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.newText })),
      },
    },
  }));
}
