import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver';
import type { Finding } from '../engine/index';

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
export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const source = f.fact?.sources[0];
  return {
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
