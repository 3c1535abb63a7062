import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS } from '../config/settings';
import { AnalysisCache } from './analysis';
import { CLAIMS_REQUEST } from './claims';
import { handleExecuteCommand } from './commands';
import { DataSource } from './data-source';
import { checkSafely } from './document-check';
import {
  handleClaims,
  handleCodeAction,
  handleDocumentDiagnostic,
  handleHover,
} from './document-requests';
import { connectionEditor, type Editor } from './editor';
import { handleInitialize, handleInitialized } from './lifecycle';
import { answering } from './requests';
import { SavedChecks } from './saved-checks';
import { NO_CLIENT_SUPPORT, type OpenDocuments, type ServerState } from './state';
import { handleDidChangeContent, handleDidClose, handleDidOpen, handleDidSave } from './text-sync';
import { handleDidChangeConfiguration, handleDidChangeWatchedFiles } from './workspace-events';

/** Today as YYYY-MM-DD in UTC. */
const utcToday = (): string => new Date().toISOString().slice(0, 10);

/**
 * A server's state before initialize: the embedded data, default settings, nothing open yet
 * shown or pending. `documents` are the open documents as the connection syncs them.
 */
export function createServerState(
  editor: Editor,
  documents: OpenDocuments,
  today: () => string = utcToday,
): ServerState {
  const data = new DataSource();
  const state: ServerState = {
    editor,
    documents,
    data,
    cache: new AnalysisCache(() => data.data.index, today),
    saved: new SavedChecks(
      (doc, settings) => checkSafely(state, doc, settings),
      () => data.data.index.version,
    ),
    today,
    client: { ...NO_CLIENT_SUPPORT },
    settings: { pushed: DEFAULT_SETTINGS, byUri: new Map() },
    shown: { claims: new Map(), savedResultIds: new Map() },
    pending: { timers: new Map(), opening: new Set() },
  };
  return state;
}

/**
 * Wires factlint's language features onto a connection: one state, and each message to its
 * handler. A bug in a request is logged and answered with an error (`answering`).
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const state = createServerState(connectionEditor(connection), documents);

  connection.onInitialize((params) => handleInitialize(state, params));
  connection.onInitialized(() => handleInitialized(state));
  connection.onDidChangeConfiguration((change) => handleDidChangeConfiguration(state, change));
  connection.onDidChangeWatchedFiles((params) => handleDidChangeWatchedFiles(state, params));

  documents.onDidOpen((e) => handleDidOpen(state, e));
  documents.onDidChangeContent((e) => handleDidChangeContent(state, e));
  documents.onDidSave((e) => handleDidSave(state, e));
  documents.onDidClose((e) => handleDidClose(state, e));

  connection.languages.diagnostics.on((params) => handleDocumentDiagnostic(state, params));
  connection.onHover((params) => answering(connection, 'hover', () => handleHover(state, params)));
  connection.onCodeAction((params) =>
    answering(connection, 'code actions', () => handleCodeAction(state, params)),
  );
  connection.onRequest(CLAIMS_REQUEST, (params: { uri: string }) =>
    answering(connection, 'claims', () => handleClaims(state, params)),
  );
  connection.onExecuteCommand((params) => handleExecuteCommand(state, params));

  documents.listen(connection);
  connection.listen();
}
