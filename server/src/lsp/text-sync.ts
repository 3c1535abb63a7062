import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import { settingsFor } from './document-settings';
import { DEBOUNCE_MS, scheduleCheck } from './publish';
import type { ServerState } from './state';

type DocumentEvent = TextDocumentChangeEvent<TextDocument>;

/**
 * textDocument/didOpen: a file's text on opening is what is on disk, so it is kept as saved; the
 * document is checked at once.
 */
export function handleDidOpen(state: ServerState, { document }: DocumentEvent): void {
  state.pending.opening.add(document.uri);
  state.saved.opened(document);
  scheduleCheck(state, document, 0);
}

/**
 * A document's content changed: checked once typing pauses. The change TextDocuments reports
 * right after an open is skipped, so it does not delay the first check. In "onSave" mode the check
 * pushes the saved version's results, and only if they changed.
 */
export function handleDidChangeContent(state: ServerState, { document }: DocumentEvent): void {
  if (state.pending.opening.delete(document.uri)) return;
  scheduleCheck(state, document, DEBOUNCE_MS);
}

/**
 * textDocument/didSave: the text as it is now becomes the saved version and is checked at once.
 * A client that pulls asks again on edits, not on saves, so in "onSave" mode it is told the saved
 * results changed.
 */
export function handleDidSave(state: ServerState, { document }: DocumentEvent): void {
  state.saved.saved(document);
  scheduleCheck(state, document, 0);
  if (state.client.pull && state.client.refresh) {
    void settingsFor(state, document.uri).then((s) => {
      if (s.run === 'onSave') state.editor.refreshDiagnostics();
    });
  }
}

/**
 * textDocument/didClose: everything kept for the document goes, its pending check is cancelled,
 * and a client that is pushed diagnostics gets an empty list for it.
 */
export function handleDidClose(state: ServerState, { document }: DocumentEvent): void {
  const { uri } = document;
  state.pending.opening.delete(uri);
  state.saved.forget(uri);
  state.shown.savedResultIds.delete(uri);
  clearTimeout(state.pending.timers.get(uri));
  state.pending.timers.delete(uri);
  state.cache.forget(uri);
  state.shown.claims.delete(uri);
  state.settings.byUri.delete(uri);
  if (!state.client.pull) state.editor.publishDiagnostics({ uri, diagnostics: [] });
}
