import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { AnalysisCache } from './analysis';
import { fixActions, toDiagnostic } from './convert';
import { DataSource } from './data-source';
import { hoverAt } from './hover';

/** Milliseconds of quiet after a keystroke before a document is checked. */
const DEBOUNCE_MS = 200;
const LANGUAGES = new Set(['markdown']);

/** Wires factlint's language features onto a connection. Every handler gets what it needs passed in. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const data = new DataSource();
  const cache = new AnalysisCache(() => data.data.index, () => new Date().toISOString().slice(0, 10));
  const timers = new Map<string, NodeJS.Timeout>();
  let watchFiles = false;

  const checked = (doc: TextDocument): boolean => LANGUAGES.has(doc.languageId);

  const publish = (doc: TextDocument): void => {
    const live = documents.get(doc.uri);
    if (!live || live.version !== doc.version) return; // a newer version is on its way: never publish stale results
    const diagnostics = checked(doc) ? cache.get(doc).findings.map((f) => toDiagnostic(doc, f)) : [];
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };

  const schedule = (doc: TextDocument, delay: number): void => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      safely(connection, `check ${doc.uri}`, () => publish(doc));
    }, delay));
  };

  const reloadData = (): void => {
    for (const [uri, errors] of data.reload()) {
      void connection.sendDiagnostics({
        uri,
        diagnostics: errors.map((e) => ({
          range: { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.line - 1, character: e.column - 1 + 1 } },
          severity: DiagnosticSeverity.Error, source: 'factlint', code: 'invalid-data', message: e.message,
        })),
      });
    }
    cache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    data.setWorkspaceFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []));
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'factlint' },
    };
  });

  connection.onInitialized(() => {
    safely(connection, 'load workspace data', reloadData);
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.factlint/*.{yaml,yml}' }],
      });
    }
  });

  connection.onDidChangeWatchedFiles(() => safely(connection, 'reload data', reloadData));

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => safely(connection, 'hover', () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !checked(doc)) return null;
    return hoverAt(doc, doc.offsetAt(params.position), cache.get(doc), data.data.index);
  }, null));

  connection.onCodeAction((params) => safely(connection, 'code actions', () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !checked(doc)) return [];
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const actions: CodeAction[] = [];
    for (const f of cache.get(doc).findings) {
      if (f.end < start || f.start > end) continue;
      actions.push(...fixActions(doc, f, toDiagnostic(doc, f)));
    }
    return actions;
  }, []));

  documents.listen(connection);
  connection.listen();
}

/** Runs a handler; a bug in one request is logged and answered with a fallback, never a crash. */
function safely<T>(connection: Connection, what: string, fn: () => T, fallback?: T): T {
  try {
    return fn();
  } catch (e) {
    connection.console.error(`factlint: ${what} failed: ${(e as Error).stack ?? e}`);
    return fallback as T;
  }
}
