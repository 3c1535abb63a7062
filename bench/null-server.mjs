// The floor for the language server's start: a server on the same protocol library that does no
// work, answering initialize and publishing empty diagnostics for each opened document. bench/
// protocol.mjs starts it as factlint's peer for "first diagnostics" and "server memory".
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
  },
}));
documents.onDidOpen(
  (e) =>
    void connection.sendDiagnostics({
      uri: e.document.uri,
      version: e.document.version,
      diagnostics: [],
    }),
);
connection.languages.diagnostics.on(() => ({ kind: 'full', items: [] }));
documents.listen(connection);
connection.listen();
