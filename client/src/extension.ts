import * as path from 'node:path';
import {
  commands,
  languages,
  LanguageStatusSeverity,
  window,
  workspace,
  type ExtensionContext,
  type LanguageStatusItem,
  type OutputChannel,
} from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ClaimsView,
  markVerified,
  REVEAL_CLAIM,
  revealClaim,
  verifiedDecoration,
  type Checked,
  type ClaimsReport,
  type LspClaim,
} from './claims';
import { crashHandler, RestartPolicy, type Notice } from './restart-policy';
import { SERVER_NODE_FLAGS } from './server-flags';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and its end-to-end suite): the Fact check report. */
export interface FactlintApi {
  /** the claims of the check a document shows, as the server lists them */
  claims(uri: string): Promise<ClaimsReport | undefined>;
  /** the Fact check view's data: what it shows for the active document */
  factCheckView: ClaimsView;
  /** the language status item's text */
  statusText(): string;
}

/**
 * Starts the factlint language server and wires its commands and views. No checking happens here.
 */
export async function activate(context: ExtensionContext): Promise<FactlintApi> {
  const output = window.createOutputChannel('factlint');
  const status = languages.createLanguageStatusItem('factlint.status', { language: 'markdown' });
  status.name = 'factlint';
  status.text = 'factlint';
  status.command = { title: 'Show data', command: 'factlint.dataStatistics' };
  const view = new ClaimsView();
  const tree = window.createTreeView('factlint.claims', {
    treeDataProvider: view,
    showCollapseAll: true,
  });
  const verified = verifiedDecoration();
  context.subscriptions.push(output, status, tree, verified);
  const restarts = new RestartPolicy((notice) => void tell(notice, output));
  /** the last counts the server sent, per document */
  const counts = new Map<string, Checked>();

  const claimsOf = async (uri: string): Promise<ClaimsReport | undefined> => {
    if (!client || client.state !== State.Running) return undefined;
    return (
      (await client
        .sendRequest<ClaimsReport | null>('factlint/claims', { uri })
        .catch(() => null)) ?? undefined
    );
  };
  /** The view, the status item and the check marks, for the active document as last checked. */
  const refreshActive = async (): Promise<void> => {
    const editor = window.activeTextEditor;
    const uri = editor?.document.uri.toString();
    const checked = uri ? counts.get(uri) : undefined;
    status.text = checked ? `factlint: ${checked.line}` : 'factlint';
    tree.description = checked?.line;
    const showVerified = workspace
      .getConfiguration('factlint', editor?.document)
      .get<boolean>('showVerified', false);
    const report =
      uri && checked && (tree.visible || showVerified) ? await claimsOf(uri) : undefined;
    if (uri !== window.activeTextEditor?.document.uri.toString()) return; // the user moved on meanwhile
    view.show(report);
    tree.message = report ? undefined : 'Open a markdown draft to see what factlint checked in it.';
    if (editor) markVerified(editor, verified, report, showVerified);
  };

  const start = async (): Promise<void> => {
    client = createClient(context, output, restarts);
    client.onNotification('factlint/checked', (checked: Checked) => {
      counts.set(checked.uri, checked);
      if (checked.uri === window.activeTextEditor?.document.uri.toString()) void refreshActive();
    });
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
    commands.registerCommand(REVEAL_CLAIM, (uri: string, range: LspClaim['range']) =>
      revealClaim(uri, range, () => commands.executeCommand('editor.action.showHover')),
    ),
    languages.onDidChangeDiagnostics(() => void refreshStatus(status)),
    window.onDidChangeActiveTextEditor(() => void refreshActive()),
    tree.onDidChangeVisibility(() => void refreshActive()),
    workspace.onDidCloseTextDocument((d) => counts.delete(d.uri.toString())),
    // the documents the client sends depend on factlint.languages: a change needs a fresh client
    workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('factlint.languages'))
        await commands.executeCommand('factlint.restartServer');
      if (e.affectsConfiguration('factlint.showVerified')) await refreshActive();
    }),
  );
  await start();
  // the Fact check view shows once factlint runs (it starts with the first markdown document)
  await commands.executeCommand('setContext', 'factlint.active', true);
  return { claims: claimsOf, factCheckView: view, statusText: () => status.text };
}

function createClient(
  context: ExtensionContext,
  output: OutputChannel,
  restarts: RestartPolicy,
): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] },
    },
  };
  const languageIds = workspace
    .getConfiguration('factlint')
    .get<string[]>('languages', ['markdown']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languageIds.flatMap((language) => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
    ]),
    outputChannel: output,
    synchronize: {
      fileEvents: workspace.createFileSystemWatcher('**/.factlint/*.{yaml,yml,json}'),
    },
    errorHandler: crashHandler(restarts, {
      keep: ErrorAction.Continue,
      restart: CloseAction.Restart,
      doNotRestart: CloseAction.DoNotRestart,
    }),
  };
  return new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);
}

async function tell(notice: Notice, output: OutputChannel): Promise<void> {
  output.appendLine(notice.message);
  const show = notice.severity === 'error' ? window.showErrorMessage : window.showWarningMessage;
  if (await show(notice.message, 'Show Output')) output.show(true);
}

/** The data the server uses, in the language status item's detail. */
async function refreshStatus(status: LanguageStatusItem): Promise<void> {
  if (!client || client.state !== State.Running) return;
  try {
    const stats = await client.sendRequest<{
      entities: number;
      facts: number;
      errors: number;
      version: string;
    }>('workspace/executeCommand', { command: 'factlint.dataStatistics.quiet', arguments: [] });
    status.detail = `data ${stats.version}: ${stats.facts} facts${stats.errors ? `, ${stats.errors} data errors` : ''}`;
    status.severity = stats.errors
      ? LanguageStatusSeverity.Warning
      : LanguageStatusSeverity.Information;
  } catch {
    // an older server without the quiet command: the counts above still show
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
