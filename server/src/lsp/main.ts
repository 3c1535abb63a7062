import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// createConnection picks the transport from the command line: --stdio for any LSP editor,
// --node-ipc when VS Code starts the server.
startServer(createConnection(ProposedFeatures.all));
