import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { AnalysisCache } from './analysis';
import type { DocumentClaims } from './claims';
import type { DataSource } from './data-source';
import type { Editor } from './editor';
import type { SavedChecks } from './saved-checks';
import type { Settings } from '../config/settings';

/** What the client said at initialize that it supports. */
export interface ClientSupport {
  /** answers workspace/configuration, so settings are pulled per document */
  configuration: boolean;
  /** registers file watchers on request */
  watch: boolean;
  /** pulls diagnostics (textDocument/diagnostic) instead of having them pushed */
  pull: boolean;
  /** can be told to pull again (workspace/diagnostic/refresh) */
  refresh: boolean;
  /** shows server-created progress */
  progress: boolean;
}

/** Before initialize, nothing is assumed. */
export const NO_CLIENT_SUPPORT: ClientSupport = {
  configuration: false,
  watch: false,
  pull: false,
  refresh: false,
  progress: false,
};

/** The open documents, as the handlers read them (TextDocuments in the server, a map in tests). */
export type OpenDocuments = Pick<TextDocuments<TextDocument>, 'get' | 'all'>;

/** The first file: workspace folder, where the project's settings file and data live. */
export interface WorkspaceRoot {
  uri: string;
  /** the same folder as a file system path */
  folder: string;
}

/** Where a document's settings come from, and those already pulled. */
export interface SettingsState {
  /** what the client pushed with didChangeConfiguration, for a client that cannot be asked */
  pushed: Settings;
  /** the project's .factlintrc file, read again whenever settings or data reload */
  project?: Settings;
  /** settings pulled per document, dropped when they change */
  byUri: Map<string, Settings>;
}

/** What the editor shows of each document. */
export interface ShownState {
  /** the claims of the check each document shows now, for the Fact check view */
  claims: Map<string, DocumentClaims>;
  /** the result id of the saved check last pushed, so an unchanged one is not sent again */
  savedResultIds: Map<string, string>;
}

/** Checks waiting to run. */
export interface PendingState {
  /** the timer of each document's next pushed check */
  timers: Map<string, NodeJS.Timeout>;
  /** documents just opened, whose first content change must not delay their first check */
  opening: Set<string>;
}

/**
 * Everything the language server keeps between messages. Handlers take it with their params; only
 * `client` and `root` are replaced (at initialize), the rest is changed in place.
 */
export interface ServerState {
  readonly editor: Editor;
  readonly documents: OpenDocuments;
  readonly data: DataSource;
  readonly cache: AnalysisCache;
  readonly saved: SavedChecks;
  /** today's date as YYYY-MM-DD, what figures are judged against */
  readonly today: () => string;
  client: ClientSupport;
  root?: WorkspaceRoot;
  readonly settings: SettingsState;
  readonly shown: ShownState;
  readonly pending: PendingState;
}
