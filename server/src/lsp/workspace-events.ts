import {
  DiagnosticSeverity,
  type Diagnostic,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
} from 'vscode-languageserver';
import { readSettings } from '../config/settings';
import type { DataError } from '../data/parse';
import { readProjectSettings, settingsFor } from './document-settings';
import { recheckAll } from './publish';
import type { ServerState } from './state';

/** A project settings file, by URI. */
const PROJECT_SETTINGS_FILE = /\/\.factlintrc\.(?:json|ya?ml)$/;

/**
 * Reads the project's settings and every data file again, publishes each data file's errors (an
 * empty list for one that had some and is fixed), then checks every open document again.
 */
export async function reloadData(state: ServerState): Promise<void> {
  readProjectSettings(state);
  state.settings.byUri.clear();
  const uri = state.documents.all()[0]?.uri ?? state.root?.uri ?? '';
  const settings = await settingsFor(state, uri);
  for (const [file, errors] of state.data.reload(settings))
    state.editor.publishDiagnostics({ uri: file, diagnostics: errors.map(dataErrorDiagnostic) });
  recheckAll(state);
}

/** A data file's error as a diagnostic at its line and column (both counted from 1). */
function dataErrorDiagnostic(e: DataError): Diagnostic {
  return {
    range: {
      start: { line: e.line - 1, character: e.column - 1 },
      end: { line: e.line - 1, character: e.column },
    },
    severity: DiagnosticSeverity.Error,
    source: 'factlint',
    code: 'invalid-data',
    message: e.message,
  };
}

/**
 * workspace/didChangeConfiguration: settings pulled so far are dropped; a client that cannot be
 * asked sends its settings along, and they are kept. Then data and documents are read again.
 */
export function handleDidChangeConfiguration(
  state: ServerState,
  change: DidChangeConfigurationParams,
): void {
  state.settings.byUri.clear();
  if (!state.client.configuration)
    state.settings.pushed = readSettings(
      (change.settings as { factlint?: unknown } | undefined)?.factlint,
    ).settings;
  void reloadData(state);
}

/** workspace/didChangeWatchedFiles: a data file or the project's settings file changed. */
export function handleDidChangeWatchedFiles(
  state: ServerState,
  params: DidChangeWatchedFilesParams,
): void {
  if (params.changes.some((c) => state.data.isDataFile(c.uri) || PROJECT_SETTINGS_FILE.test(c.uri)))
    void reloadData(state);
}
