import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { checkSafely } from './document-check';
import { settingsFor } from './document-settings';
import type { DocumentCheck } from './saved-checks';
import type { ServerState } from './state';

/** Milliseconds of quiet after a keystroke before a document is checked. */
export const DEBOUNCE_MS = 200;

/**
 * Shows a document's check: keeps its claims for the Fact check view and tells the client their
 * counts. Returns the diagnostics to send.
 */
export function showCheck(state: ServerState, uri: string, check: DocumentCheck): Diagnostic[] {
  state.shown.claims.set(uri, check.claims);
  state.editor.notifyChecked(check.claims.checked);
  return check.items;
}

/**
 * Pushes a document's diagnostics: of its text as typed ("onType"), or of its saved version
 * ("onSave", and only when they differ from those last pushed). Nothing is published when the
 * document closed or moved on to a newer version while its settings were asked for.
 */
export async function publishCheck(state: ServerState, doc: TextDocument): Promise<void> {
  const settings = await settingsFor(state, doc.uri);
  const live = state.documents.get(doc.uri);
  if (!live || live.version !== doc.version) return; // a newer version is on its way
  const { editor, shown } = state;
  if (settings.run === 'onType') {
    shown.savedResultIds.delete(doc.uri); // the editor now shows typed text's results
    editor.publishDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: showCheck(state, doc.uri, checkSafely(state, doc, settings)),
    });
    return;
  }
  const check = state.saved.get(doc.uri, settings);
  if (!check || shown.savedResultIds.get(doc.uri) === check.resultId) return;
  shown.savedResultIds.set(doc.uri, check.resultId);
  editor.publishDiagnostics({
    uri: doc.uri,
    version: check.version,
    diagnostics: showCheck(state, doc.uri, check),
  });
}

/**
 * Publishes a document's check after `delay` milliseconds, replacing the one already waiting for
 * it. A client that pulls diagnostics asks for them itself, so nothing is scheduled for it.
 */
export function scheduleCheck(state: ServerState, doc: TextDocument, delay: number): void {
  if (state.client.pull) return;
  const { timers } = state.pending;
  clearTimeout(timers.get(doc.uri));
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      void publishCheck(state, doc).catch((e) =>
        state.editor.log.error(`factlint: publishing ${doc.uri} failed: ${e}`),
      );
    }, delay),
  );
}

/**
 * After data or settings change: every open document again, pushed at once, or for a client that
 * pulls, a request to pull again.
 */
export function recheckAll(state: ServerState): void {
  state.cache.clear();
  if (state.client.pull && state.client.refresh) state.editor.refreshDiagnostics();
  else for (const doc of state.documents.all()) scheduleCheck(state, doc, 0);
}
