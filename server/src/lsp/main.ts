import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// createConnection picks the transport from the command line: --stdio for any LSP editor,
// --node-ipc when VS Code starts the server.
const connection = createConnection(ProposedFeatures.all);
// a last net: a promise nobody awaited must not take the server down with it
process.on('unhandledRejection', (reason) =>
  connection.console.error(`factlint: unhandled failure: ${(reason as Error)?.stack ?? reason}`),
);
startServer(connection);
