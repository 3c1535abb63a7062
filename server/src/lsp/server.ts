import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticRefreshRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { AnalysisCache } from './analysis';
import { codeActionsFor, FIX_ALL_KIND, type StubTarget } from './code-actions';
import { COMMANDS, registerCommands } from './commands';
import { DataSource } from './data-source';
import { SavedChecks, type DocumentCheck } from './saved-checks';
import {
  CHECKED_NOTIFICATION,
  CLAIMS_REQUEST,
  documentClaims,
  type DocumentClaims,
} from './claims';
import { answering, settle } from './requests';
import { hoverAt } from './hover';
import { loadConfig, mergeSettings } from '../config/file';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../config/settings';

/** Milliseconds of quiet after a keystroke before a document is checked. */
const DEBOUNCE_MS = 200;

/**
 * Wires factlint's language features onto a connection. Every handler gets what it needs passed in.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const data = new DataSource();
  const cache = new AnalysisCache(
    () => data.data.index,
    () => new Date().toISOString().slice(0, 10),
  );
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsByUri = new Map<string, Settings>();
  let globalSettings = DEFAULT_SETTINGS;
  let project: Settings | undefined;
  let rootFolder: string | undefined;
  let rootUri: string | undefined;
  /** The project's .factlintrc file, read again whenever settings or data reload. */
  const readProject = (): void => {
    if (!rootFolder) return;
    const loaded = loadConfig(undefined, rootFolder);
    if (loaded.error) connection.console.warn(`factlint: ${loaded.error}`);
    project = loaded.settings;
  };
  let client = { configuration: false, watch: false, pull: false, refresh: false, progress: false };

  /** Where "Add to workspace data" writes: .factlint/facts.yaml in the first workspace folder. */
  const stubTarget = (): StubTarget | undefined => {
    if (!rootFolder) return undefined;
    const path = join(rootFolder, '.factlint', 'facts.yaml');
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    return { uri: pathToFileURL(path).href, ...(text !== undefined ? { text } : {}) };
  };

  /** Settings for a document: pulled per resource when the client can, cached until they change. */
  const settingsFor = async (uri: string): Promise<Settings> => {
    if (!client.configuration) return mergeSettings(project, globalSettings);
    const cached = settingsByUri.get(uri);
    if (cached) return cached;
    const raw = await connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'factlint' })
      .catch(() => undefined);
    const { settings, problems } = readSettings(raw);
    for (const p of problems) connection.console.warn(p);
    const merged = mergeSettings(project, settings);
    settingsByUri.set(uri, merged);
    return merged;
  };
  const knownSettings = (uri: string): Settings =>
    settingsByUri.get(uri) ?? mergeSettings(project, globalSettings);
  const checked = (doc: TextDocument, settings: Settings): boolean =>
    settings.enable && settings.languages.includes(doc.languageId);

  /**
   * The diagnostics and claims of a document as it is now, or a notice when it is too large to
   * check.
   */
  const checkOf = (doc: TextDocument, settings: Settings): DocumentCheck => {
    const index = data.data.index;
    if (!checked(doc, settings))
      return { items: [], claims: documentClaims(doc, undefined, index) };
    if (doc.getText().length > settings.maxFileSize) {
      return {
        items: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Information,
            source: 'factlint',
            code: 'file-too-large',
            message:
              `factlint did not check this file: ${doc.getText().length} characters ` +
              `is more than factlint.maxFileSize (${settings.maxFileSize}).`,
          },
        ],
        claims: documentClaims(doc, undefined, index),
      };
    }
    const items = cache.diagnostics(doc, settings.rules, settings.maxProblems);
    return { items, claims: documentClaims(doc, cache.get(doc, settings.rules), index) };
  };

  /**
   * A check that fails on a bug shows no diagnostics for that version rather than the last
   * version's, which would sit on the wrong text; the failure goes to the log.
   */
  const checkedSafely = (doc: TextDocument, settings: Settings): DocumentCheck => {
    try {
      return checkOf(doc, settings);
    } catch (e) {
      connection.console.error(`factlint: checking ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      return { items: [], claims: documentClaims(doc, undefined, data.data.index) };
    }
  };

  const saved = new SavedChecks(checkedSafely, () => data.data.index.version);
  /**
   * the result id of the saved check last pushed, per document, so an unchanged one is not sent
   * again
   */
  const pushedSaved = new Map<string, string>();
  /** the claims of the check each document shows now, for the Fact check view */
  const shownClaims = new Map<string, DocumentClaims>();

  /** Shows a document's check: keeps its claims and tells the client their counts. */
  const shown = (uri: string, check: DocumentCheck): Diagnostic[] => {
    shownClaims.set(uri, check.claims);
    void connection.sendNotification(CHECKED_NOTIFICATION, check.claims.checked);
    return check.items;
  };

  const publish = async (doc: TextDocument): Promise<void> => {
    const settings = await settingsFor(doc.uri);
    const live = documents.get(doc.uri);
    if (!live || live.version !== doc.version) return; // a newer version is on its way: never publish stale results
    if (settings.run === 'onType') {
      pushedSaved.delete(doc.uri); // the editor now shows typed text's results
      void connection.sendDiagnostics({
        uri: doc.uri,
        version: doc.version,
        diagnostics: shown(doc.uri, checkedSafely(doc, settings)),
      });
      return;
    }
    const check = saved.get(doc.uri, settings);
    if (!check || pushedSaved.get(doc.uri) === check.resultId) return;
    pushedSaved.set(doc.uri, check.resultId);
    void connection.sendDiagnostics({
      uri: doc.uri,
      version: check.version,
      diagnostics: shown(doc.uri, check),
    });
  };

  const schedule = (doc: TextDocument, delay: number): void => {
    if (client.pull) return;
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void publish(doc).catch((e) =>
          connection.console.error(`factlint: publishing ${doc.uri} failed: ${e}`),
        );
      }, delay),
    );
  };

  /** After data or settings change: every open document again. */
  const recheckAll = (): void => {
    cache.clear();
    // sent ourselves: the library's refresh() drops the reply, and a client that refuses it would
    // leave a rejected promise nobody handles
    if (client.pull && client.refresh)
      settle(
        connection,
        'diagnostics refresh',
        connection.sendRequest(DiagnosticRefreshRequest.type),
      );
    else for (const doc of documents.all()) schedule(doc, 0);
  };

  const reloadData = async (): Promise<void> => {
    readProject();
    settingsByUri.clear();
    const settings = await settingsFor(documents.all()[0]?.uri ?? rootUri ?? '');
    for (const [uri, errors] of data.reload(settings)) {
      void connection.sendDiagnostics({
        uri,
        diagnostics: errors.map((e) => ({
          range: {
            start: { line: e.line - 1, character: e.column - 1 },
            end: { line: e.line - 1, character: e.column },
          },
          severity: DiagnosticSeverity.Error,
          source: 'factlint',
          code: 'invalid-data',
          message: e.message,
        })),
      });
    }
    recheckAll();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client = {
      configuration: caps.workspace?.configuration === true,
      watch: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      pull: caps.textDocument?.diagnostic !== undefined,
      refresh: caps.workspace?.diagnostics?.refreshSupport === true,
      progress: caps.window?.workDoneProgress === true,
    };
    const folders = [
      ...(params.workspaceFolders ?? []).map((f) => f.uri),
      ...(params.rootUri ? [params.rootUri] : []),
    ];
    data.setWorkspaceFolders(folders);
    rootUri = folders.find((f) => f.startsWith('file:'));
    rootFolder = rootUri ? fileURLToPath(rootUri) : undefined;
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
        ...(client.pull
          ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'factlint' },
    };
  });

  connection.onInitialized(() => {
    void reloadData();
    if (client.watch) {
      settle(
        connection,
        'registering file watchers',
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: '**/.factlint/*.{yaml,yml,json}' },
            { globPattern: '**/.factlintrc.{json,yaml,yml}' },
          ],
        }),
      );
    }
    if (client.configuration) {
      settle(
        connection,
        'registering for settings',
        connection.client.register(DidChangeConfigurationNotification.type, {
          section: 'factlint',
        }),
      );
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    if (!client.configuration)
      globalSettings = readSettings(
        (change.settings as { factlint?: unknown } | undefined)?.factlint,
      ).settings;
    void reloadData();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (
      params.changes.some(
        (c) => data.isDataFile(c.uri) || /\/\.factlintrc\.(?:json|ya?ml)$/.test(c.uri),
      )
    )
      void reloadData();
  });

  // TextDocuments reports an open as a content change too: that one must not delay the first check
  const opening = new Set<string>();
  documents.onDidOpen((e) => {
    opening.add(e.document.uri);
    saved.opened(e.document);
    schedule(e.document, 0);
  });
  // in "onSave" mode a pushed check of an edit sends the saved version's results, if they changed
  documents.onDidChangeContent((e) => {
    if (opening.delete(e.document.uri)) return;
    schedule(e.document, DEBOUNCE_MS);
  });
  documents.onDidSave((e) => {
    saved.saved(e.document);
    schedule(e.document, 0);
    // a pull client asks again on edits, not on saves: tell it the saved results changed
    if (client.pull && client.refresh) {
      void settingsFor(e.document.uri).then((s) => {
        if (s.run === 'onSave')
          settle(
            connection,
            'diagnostics refresh',
            connection.sendRequest(DiagnosticRefreshRequest.type),
          );
      });
    }
  });
  documents.onDidClose((e) => {
    opening.delete(e.document.uri);
    saved.forget(e.document.uri);
    pushedSaved.delete(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.forget(e.document.uri);
    shownClaims.delete(e.document.uri);
    settingsByUri.delete(e.document.uri);
    if (!client.pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (settings.run === 'onType')
      return {
        kind: DocumentDiagnosticReportKind.Full,
        items: shown(uri, checkedSafely(doc, settings)),
      };
    const check = saved.get(uri, settings);
    if (!check) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (params.previousResultId === check.resultId)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: check.resultId };
    return {
      kind: DocumentDiagnosticReportKind.Full,
      resultId: check.resultId,
      items: shown(uri, check),
    };
  });

  connection.onHover((params) =>
    answering(connection, 'hover', () => {
      const doc = documents.get(params.textDocument.uri);
      const settings = doc && knownSettings(doc.uri);
      if (
        !doc ||
        !settings ||
        !checked(doc, settings) ||
        doc.getText().length > settings.maxFileSize
      )
        return null;
      return hoverAt(
        doc,
        doc.offsetAt(params.position),
        cache.get(doc, settings.rules),
        data.data.index,
      );
    }),
  );

  connection.onCodeAction((params) =>
    answering(connection, 'code actions', () => {
      const doc = documents.get(params.textDocument.uri);
      const settings = doc && knownSettings(doc.uri);
      if (
        !doc ||
        !settings ||
        !checked(doc, settings) ||
        doc.getText().length > settings.maxFileSize
      )
        return [];
      return codeActionsFor(
        doc,
        cache.get(doc, settings.rules),
        doc.offsetAt(params.range.start),
        doc.offsetAt(params.range.end),
        params.context.only,
        stubTarget(),
      );
    }),
  );

  // the claims of the check the editor shows: in "onSave" mode, the saved version's
  connection.onRequest(CLAIMS_REQUEST, (params: { uri: string }) =>
    answering(connection, 'claims', () => shownClaims.get(params.uri)?.report() ?? null),
  );

  registerCommands(connection, {
    data,
    cache,
    documents,
    progress: () => client.progress,
    reloadData,
    settingsFor,
    publishFor: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  });

  documents.listen(connection);
  connection.listen();
}
