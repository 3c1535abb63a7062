import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { dataStatistics } from '../data/compose';
import { checkText, type AnalysisCache } from './analysis';
import { toDiagnostic } from './convert';
import type { DataSource } from './data-source';
import type { Settings } from '../config/settings';
import { markdownFilesIn } from '../workspace/files';

/** Commands the server runs (workspace/executeCommand), so every editor gets them. */
export const COMMANDS = {
  checkWorkspace: 'factlint.checkWorkspace',
  reloadData: 'factlint.reloadData',
  dataStatistics: 'factlint.dataStatistics',
  /** the same numbers without a message, for status displays */
  dataStatisticsQuiet: 'factlint.dataStatistics.quiet',
} as const;

export interface CommandDeps {
  data: DataSource;
  cache: AnalysisCache;
  documents: TextDocuments<TextDocument>;
  progress: () => boolean;
  reloadData: () => Promise<void>;
  settingsFor: (uri: string) => Promise<Settings>;
  publishFor: (uri: string, diagnostics: Diagnostic[]) => void;
}

/** Files checked per workspace folder at most. */
const MAX_FILES = 5000;

export function registerCommands(connection: Connection, deps: CommandDeps): void {
  connection.onExecuteCommand(async (params) => {
    switch (params.command) {
      case COMMANDS.reloadData:
        await deps.reloadData();
        return statistics(deps);
      case COMMANDS.dataStatistics: {
        const stats = statistics(deps);
        connection.window.showInformationMessage(
          `factlint data: ${stats.entities} entities, ${stats.facts} facts, ` +
            `${stats.sources} sources, ${stats.errors} error(s)`,
        );
        return stats;
      }
      case COMMANDS.dataStatisticsQuiet:
        return statistics(deps);
      case COMMANDS.checkWorkspace:
        return checkWorkspace(connection, deps);
      default:
        throw new Error(`unknown command ${params.command}`);
    }
  });
}

function statistics(deps: CommandDeps): ReturnType<typeof dataStatistics> {
  return dataStatistics(deps.data.data);
}

/**
 * Checks every markdown file in the workspace folders, minus what .gitignore and .factlintignore
 * exclude (the CLI's walk), reporting progress; open files are left to their own checks.
 */
async function checkWorkspace(
  connection: Connection,
  deps: CommandDeps,
): Promise<{ files: number; problems: number }> {
  const folders = ((await connection.workspace.getWorkspaceFolders().catch(() => null)) ?? [])
    .map((f) => f.uri)
    .filter((u) => u.startsWith('file:'));
  const files = folders.flatMap((f) => markdownFilesIn(fileURLToPath(f), MAX_FILES));
  const progress = deps.progress() ? await connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('factlint: checking the workspace', 0, `${files.length} files`, false);
  let problems = 0;
  for (const [i, file] of files.entries()) {
    const uri = pathToFileURL(file).href;
    if (deps.documents.get(uri)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const settings = await deps.settingsFor(uri);
    if (!settings.enable || text.length > settings.maxFileSize) continue;
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    const diagnostics = checkText(
      text,
      deps.data.data.index,
      settings.rules,
      new Date().toISOString().slice(0, 10),
    ).findings.map((f) => toDiagnostic(doc, f));
    problems += diagnostics.length;
    deps.publishFor(uri, diagnostics);
    progress?.report(Math.round(((i + 1) / files.length) * 100), file.slice(-60));
  }
  progress?.done();
  return { files: files.length, problems };
}
