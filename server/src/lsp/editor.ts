import {
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Connection,
  type PublishDiagnosticsParams,
  type WorkDoneProgressServerReporter,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { CHECKED_NOTIFICATION, type CheckedParams } from './claims';
import { settle } from './requests';

/**
 * The editor at the other end of the connection, as the handlers use it: one method per message
 * the server sends. Handlers hold this and never the connection, so a test can stand in for the
 * editor and see what was sent, in order.
 */
export interface Editor {
  /** the server's log (window/logMessage) */
  log: { warn(message: string): void; error(message: string): void };
  /** textDocument/publishDiagnostics */
  publishDiagnostics(params: PublishDiagnosticsParams): void;
  /** factlint/checked: a document's claim counts after a check */
  notifyChecked(params: CheckedParams): void;
  /** workspace/diagnostic/refresh; a refusal is logged */
  refreshDiagnostics(): void;
  /** workspace/configuration: the factlint section for one resource */
  configuration(uri: string): Promise<unknown>;
  /** client/registerCapability for workspace/didChangeWatchedFiles; a refusal is logged */
  watchFiles(globPatterns: string[]): void;
  /** client/registerCapability for workspace/didChangeConfiguration; a refusal is logged */
  watchSettings(): void;
  /** window/showMessage at information level */
  showInformation(message: string): void;
  /** workspace/workspaceFolders */
  workspaceFolders(): Promise<WorkspaceFolder[] | null>;
  /** window/workDoneProgress/create */
  createProgress(): Promise<WorkDoneProgressServerReporter>;
}

/** The editor reached through a language server connection. */
export function connectionEditor(connection: Connection): Editor {
  return {
    log: connection.console,
    publishDiagnostics: (params) => void connection.sendDiagnostics(params),
    notifyChecked: (params) => void connection.sendNotification(CHECKED_NOTIFICATION, params),
    // sent ourselves: the library's refresh() drops the reply, and a client that refuses it would
    // leave a rejected promise nobody handles
    refreshDiagnostics: () =>
      settle(
        connection,
        'diagnostics refresh',
        connection.sendRequest(DiagnosticRefreshRequest.type),
      ),
    configuration: (uri) =>
      connection.workspace.getConfiguration({ scopeUri: uri, section: 'factlint' }),
    watchFiles: (globPatterns) =>
      settle(
        connection,
        'registering file watchers',
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: globPatterns.map((globPattern) => ({ globPattern })),
        }),
      ),
    watchSettings: () =>
      settle(
        connection,
        'registering for settings',
        connection.client.register(DidChangeConfigurationNotification.type, {
          section: 'factlint',
        }),
      ),
    showInformation: (message) => void connection.window.showInformationMessage(message),
    workspaceFolders: () => connection.workspace.getWorkspaceFolders(),
    createProgress: () => connection.window.createWorkDoneProgress(),
  };
}
