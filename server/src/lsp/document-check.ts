import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Settings } from '../config/settings';
import { documentClaims } from './claims';
import { enabledFor, knownSettings } from './document-settings';
import type { DocumentCheck } from './saved-checks';
import type { ServerState } from './state';

/** Whether the document is longer than factlint.maxFileSize, so it is not checked. */
export function tooLarge(doc: TextDocument, settings: Settings): boolean {
  return doc.getText().length > settings.maxFileSize;
}

/** The one diagnostic of a file too large to check: an information at its start saying so. */
export function fileTooLargeNotice(doc: TextDocument, maxFileSize: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'factlint',
    code: 'file-too-large',
    message:
      `factlint did not check this file: ${doc.getText().length} characters ` +
      `is more than factlint.maxFileSize (${maxFileSize}).`,
  };
}

/**
 * The diagnostics and claims of a document as it is now: none for a document factlint does not
 * check, and only the notice for one too large to check.
 */
export function checkOf(state: ServerState, doc: TextDocument, settings: Settings): DocumentCheck {
  const index = state.data.data.index;
  if (!enabledFor(doc, settings))
    return { items: [], claims: documentClaims(doc, undefined, index) };
  if (tooLarge(doc, settings)) {
    return {
      items: [fileTooLargeNotice(doc, settings.maxFileSize)],
      claims: documentClaims(doc, undefined, index),
    };
  }
  const { cache } = state;
  const items = cache.diagnostics(doc, settings.rules, settings.maxProblems);
  return { items, claims: documentClaims(doc, cache.get(doc, settings.rules), index) };
}

/**
 * `checkOf`, where a check that fails on a bug shows no diagnostics for that version rather than
 * the last version's, which would sit on the wrong text; the failure goes to the log.
 */
export function checkSafely(
  state: ServerState,
  doc: TextDocument,
  settings: Settings,
): DocumentCheck {
  try {
    return checkOf(state, doc, settings);
  } catch (e) {
    state.editor.log.error(`factlint: checking ${doc.uri} failed: ${(e as Error).stack ?? e}`);
    return { items: [], claims: documentClaims(doc, undefined, state.data.data.index) };
  }
}

/**
 * An open document and its known settings, when factlint checks it (enabled, its language, not
 * too large): what hover and code actions answer for.
 */
export function checkedDocument(
  state: ServerState,
  uri: string,
): { doc: TextDocument; settings: Settings } | undefined {
  const doc = state.documents.get(uri);
  if (!doc) return undefined;
  const settings = knownSettings(state, doc.uri);
  if (!enabledFor(doc, settings) || tooLarge(doc, settings)) return undefined;
  return { doc, settings };
}
