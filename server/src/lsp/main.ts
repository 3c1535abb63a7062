import { createConnection, ProposedFeatures, type MessageReader } from 'vscode-languageserver/node';
import { startServer } from './server';
import { SingleWriteMessageWriter } from './single-write';

// createConnection picks the transport from the command line: --stdio for any LSP editor,
// --node-ipc when VS Code starts the server. Over stdio the answers go out one write each
// (single-write.ts). stdin is given as the stream itself, as the library takes it for --stdio
// (its types name a reader only beside a writer): it then reads it and exits when it closes.
const connection = process.argv.includes('--stdio')
  ? createConnection(
      ProposedFeatures.all,
      process.stdin as unknown as MessageReader,
      new SingleWriteMessageWriter(process.stdout),
    )
  : createConnection(ProposedFeatures.all);
// a last net: a promise nobody awaited must not take the server down with it
process.on('unhandledRejection', (reason) =>
  connection.console.error(`factlint: unhandled failure: ${(reason as Error)?.stack ?? reason}`),
);
startServer(connection);
