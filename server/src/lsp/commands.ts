import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { dataStatistics } from '../data/compose';
import { checkText } from './analysis';
import { toDiagnostic } from './convert';
import { settingsFor } from './document-settings';
import type { ServerState } from './state';
import { markdownFilesIn } from '../workspace/files';
import { reloadData } from './workspace-events';

/** Commands the server runs (workspace/executeCommand), so every editor gets them. */
export const COMMANDS = {
  checkWorkspace: 'factlint.checkWorkspace',
  reloadData: 'factlint.reloadData',
  dataStatistics: 'factlint.dataStatistics',
  /** the same numbers without a message, for status displays */
  dataStatisticsQuiet: 'factlint.dataStatistics.quiet',
} as const;

/** Files checked per workspace folder at most. */
const MAX_FILES = 5000;

type DataStatistics = ReturnType<typeof dataStatistics>;

/**
 * workspace/executeCommand: reload data (answering the new statistics), data statistics (shown as
 * a message, or quietly), or a check of the whole workspace. An unknown command fails.
 */
export async function handleExecuteCommand(
  state: ServerState,
  params: ExecuteCommandParams,
): Promise<DataStatistics | { files: number; problems: number }> {
  switch (params.command) {
    case COMMANDS.reloadData:
      await reloadData(state);
      return dataStatistics(state.data.data);
    case COMMANDS.dataStatistics: {
      const stats = dataStatistics(state.data.data);
      state.editor.showInformation(
        `factlint data: ${stats.entities} entities, ${stats.facts} facts, ` +
          `${stats.sources} sources, ${stats.errors} error(s)`,
      );
      return stats;
    }
    case COMMANDS.dataStatisticsQuiet:
      return dataStatistics(state.data.data);
    case COMMANDS.checkWorkspace:
      return checkWorkspace(state);
    default:
      throw new Error(`unknown command ${params.command}`);
  }
}

/**
 * Checks every markdown file in the workspace folders, minus what .gitignore and .factlintignore
 * exclude (the CLI's walk), publishing each file's diagnostics and reporting progress; open files
 * are left to their own checks.
 */
async function checkWorkspace(state: ServerState): Promise<{ files: number; problems: number }> {
  const { editor } = state;
  const folders = ((await editor.workspaceFolders().catch(() => null)) ?? [])
    .map((f) => f.uri)
    .filter((u) => u.startsWith('file:'));
  const files = folders.flatMap((f) => markdownFilesIn(fileURLToPath(f), MAX_FILES));
  const progress = state.client.progress ? await editor.createProgress() : undefined;
  progress?.begin('factlint: checking the workspace', 0, `${files.length} files`, false);
  let problems = 0;
  for (const [i, file] of files.entries()) {
    const uri = pathToFileURL(file).href;
    if (state.documents.get(uri)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const settings = await settingsFor(state, uri);
    if (!settings.enable || text.length > settings.maxFileSize) continue;
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    const diagnostics = checkText(
      text,
      state.data.data.index,
      settings.rules,
      state.today(),
    ).findings.map((f) => toDiagnostic(doc, f));
    problems += diagnostics.length;
    editor.publishDiagnostics({ uri, diagnostics });
    progress?.report(Math.round(((i + 1) / files.length) * 100), file.slice(-60));
  }
  progress?.done();
  return { files: files.length, problems };
}
