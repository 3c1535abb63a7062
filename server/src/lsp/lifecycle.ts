import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { FIX_ALL_KIND } from './code-actions';
import { COMMANDS } from './commands';
import type { ClientSupport, ServerState } from './state';
import { reloadData } from './workspace-events';

/** Files whose change reloads data: workspace data files and the project's settings file. */
const WATCHED_FILES = ['**/.factlint/*.{yaml,yml,json}', '**/.factlintrc.{json,yaml,yml}'];

/** What factlint uses of the client's capabilities. */
export function clientSupportOf(caps: ClientCapabilities): ClientSupport {
  return {
    configuration: caps.workspace?.configuration === true,
    watch: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    pull: caps.textDocument?.diagnostic !== undefined,
    refresh: caps.workspace?.diagnostics?.refreshSupport === true,
    progress: caps.window?.workDoneProgress === true,
  };
}

/**
 * initialize: keeps what the client supports and the workspace folders (the first file: one is
 * the root), and answers with factlint's capabilities; diagnostics are offered for pulling only to
 * a client that pulls.
 */
export function handleInitialize(state: ServerState, params: InitializeParams): InitializeResult {
  state.client = clientSupportOf(params.capabilities);
  const folders = [
    ...(params.workspaceFolders ?? []).map((f) => f.uri),
    ...(params.rootUri ? [params.rootUri] : []),
  ];
  state.data.setWorkspaceFolders(folders);
  const rootUri = folders.find((f) => f.startsWith('file:'));
  state.root = rootUri ? { uri: rootUri, folder: fileURLToPath(rootUri) } : undefined;
  return {
    capabilities: {
      textDocumentSync: {
        openClose: true,
        change: TextDocumentSyncKind.Incremental,
        save: { includeText: false },
      },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: Object.values(COMMANDS) },
      ...(state.client.pull
        ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }
        : {}),
    },
    serverInfo: { name: 'factlint' },
  };
}

/**
 * initialized: loads settings and data, then asks the client to watch data files and to send
 * settings changes, as far as it can.
 */
export function handleInitialized(state: ServerState): void {
  void reloadData(state);
  if (state.client.watch) state.editor.watchFiles(WATCHED_FILES);
  if (state.client.configuration) state.editor.watchSettings();
}
