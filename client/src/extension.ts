import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts the factlint language server and wires its commands. No checking happens here. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('factlint');
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    outputChannel: output,
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.factlint/*.{yaml,yml}') },
  };
  client = new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    commands.registerCommand('factlint.restartServer', async () => {
      output.appendLine('Restarting the factlint server');
      await client?.restart();
    }),
    commands.registerCommand('factlint.showOutput', () => output.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
