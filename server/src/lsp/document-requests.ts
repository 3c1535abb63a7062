import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DocumentDiagnosticReportKind,
  type CodeAction,
  type CodeActionParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
} from 'vscode-languageserver';
import type { ClaimsReport } from './claims';
import { codeActionsFor, type StubTarget } from './code-actions';
import { checkedDocument, checkSafely } from './document-check';
import { settingsFor } from './document-settings';
import { hoverAt } from './hover';
import { showCheck } from './publish';
import type { ServerState } from './state';

/**
 * textDocument/diagnostic, for a client that pulls: the check of the text as typed ("onType"), or
 * of the saved version ("onSave"), answered "unchanged" when the client already has that one.
 */
export async function handleDocumentDiagnostic(
  state: ServerState,
  params: DocumentDiagnosticParams,
): Promise<DocumentDiagnosticReport> {
  const uri = params.textDocument.uri;
  const settings = await settingsFor(state, uri);
  const doc = state.documents.get(uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  if (settings.run === 'onType')
    return {
      kind: DocumentDiagnosticReportKind.Full,
      items: showCheck(state, uri, checkSafely(state, doc, settings)),
    };
  const check = state.saved.get(uri, settings);
  if (!check) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  if (params.previousResultId === check.resultId)
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: check.resultId };
  return {
    kind: DocumentDiagnosticReportKind.Full,
    resultId: check.resultId,
    items: showCheck(state, uri, check),
  };
}

/**
 * textDocument/hover: the card for the figure or name under the cursor, from the check of the
 * document as it is now; nothing in a document factlint does not check.
 */
export function handleHover(state: ServerState, params: HoverParams): Hover | null {
  const checked = checkedDocument(state, params.textDocument.uri);
  if (!checked) return null;
  const { doc, settings } = checked;
  return hoverAt(
    doc,
    doc.offsetAt(params.position),
    state.cache.get(doc, settings.rules),
    state.data.data.index,
  );
}

/**
 * textDocument/codeAction: the fixes of the findings in the range, and the whole file's "Fix all";
 * none in a document factlint does not check.
 */
export function handleCodeAction(state: ServerState, params: CodeActionParams): CodeAction[] {
  const checked = checkedDocument(state, params.textDocument.uri);
  if (!checked) return [];
  const { doc, settings } = checked;
  return codeActionsFor(
    doc,
    state.cache.get(doc, settings.rules),
    doc.offsetAt(params.range.start),
    doc.offsetAt(params.range.end),
    params.context.only,
    stubTarget(state),
  );
}

/**
 * factlint/claims: the claims of the check the editor shows (in "onSave" mode, the saved
 * version's), or null for a document not shown.
 */
export function handleClaims(state: ServerState, params: { uri: string }): ClaimsReport | null {
  return state.shown.claims.get(params.uri)?.report() ?? null;
}

/**
 * Where "Add to workspace data" writes: .factlint/facts.yaml in the workspace root, with its text
 * when it exists; nowhere without a root.
 */
export function stubTarget(state: ServerState): StubTarget | undefined {
  if (!state.root) return undefined;
  const path = join(state.root.folder, '.factlint', 'facts.yaml');
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = undefined;
  }
  return { uri: pathToFileURL(path).href, ...(text !== undefined ? { text } : {}) };
}
