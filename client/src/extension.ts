import * as path from 'node:path';
import {
  commands, languages, LanguageStatusSeverity, window, workspace, type ExtensionContext, type LanguageStatusItem, type OutputChannel,
} from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy, type Notice } from './restart-policy';
import { SERVER_NODE_FLAGS } from './server-flags';

let client: LanguageClient | undefined;

/** Starts the factlint language server and wires its commands. No checking happens here. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('factlint');
  const status = languages.createLanguageStatusItem('factlint.status', { language: 'markdown' });
  status.name = 'factlint';
  status.text = 'factlint';
  status.command = { title: 'Show data', command: 'factlint.dataStatistics' };
  context.subscriptions.push(output, status);
  const restarts = new RestartPolicy((notice) => void tell(notice, output));

  const start = async (): Promise<void> => {
    client = createClient(context, output, restarts);
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        status.severity = LanguageStatusSeverity.Information;
        status.detail = 'checking';
        void refreshStatus(status);
      } else if (e.newState === State.Stopped) {
        status.severity = LanguageStatusSeverity.Error;
        status.detail = 'server stopped';
      }
    });
    await client.start();
  };

  context.subscriptions.push(
    commands.registerCommand('factlint.restartServer', async () => {
      output.appendLine('Restarting the factlint server');
      restarts.reset();
      await client?.stop();
      await start();
    }),
    commands.registerCommand('factlint.showOutput', () => output.show(true)),
    languages.onDidChangeDiagnostics(() => void refreshStatus(status)),
    // the documents the client sends depend on factlint.languages: a change needs a fresh client
    workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('factlint.languages')) await commands.executeCommand('factlint.restartServer');
    }),
  );
  await start();
}

function createClient(context: ExtensionContext, output: OutputChannel, restarts: RestartPolicy): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const languageIds = workspace.getConfiguration('factlint').get<string[]>('languages', ['markdown']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languageIds.flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
    outputChannel: output,
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.factlint/*.{yaml,yml,json}') },
    errorHandler: crashHandler(restarts),
  };
  return new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);
}

/**
 * A dead server is restarted under the policy, which also does the telling (handled: the client
 * shows nothing of its own). Errors on the connection are let pass three times, as the default does.
 */
function crashHandler(restarts: RestartPolicy): ErrorHandler {
  return {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => ({ action: restarts.shouldRestart() ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true }),
  };
}

async function tell(notice: Notice, output: OutputChannel): Promise<void> {
  output.appendLine(notice.message);
  const show = notice.severity === 'error' ? window.showErrorMessage : window.showWarningMessage;
  if (await show(notice.message, 'Show Output')) output.show(true);
}

/** Counts of problems in open documents and the data the server uses, in the language status item. */
async function refreshStatus(status: LanguageStatusItem): Promise<void> {
  let problems = 0;
  for (const [, diagnostics] of languages.getDiagnostics()) problems += diagnostics.filter((d) => d.source === 'factlint').length;
  status.text = problems === 0 ? 'factlint: no problems' : `factlint: ${problems} problem${problems === 1 ? '' : 's'}`;
  if (!client || client.state !== State.Running) return;
  try {
    const stats = await client.sendRequest<{ entities: number; facts: number; errors: number; version: string }>(
      'workspace/executeCommand', { command: 'factlint.dataStatistics.quiet', arguments: [] });
    status.detail = `data ${stats.version}: ${stats.facts} facts${stats.errors ? `, ${stats.errors} data errors` : ''}`;
    status.severity = stats.errors ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
  } catch {
    // an older server without the quiet command: the counts above still show
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
