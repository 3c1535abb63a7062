import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { auditData } from '../data/audit';
import { composeData, dataStatistics } from '../data/compose';
import { embeddedData } from '../data/embedded';
import { readDataFile, workspaceDataFiles } from '../data/load';
import { applyEdits, checkDocument, preferredEdits, registeredRules } from '../engine/index';
import { parseArgs, PLACE, USAGE, UsageError, type CliArgs } from './args';
import { formatAuditJson, formatAuditText } from './audit';
import { explainPlace } from './explain';
import { formatMarkdown } from './markdown';
import { loadConfig } from '../config/file';
import { expandInputs } from './files';
import { lineDiff, nodeFs, writeFixed, type FixFs } from './fix';
import {
  fileReport,
  formatGithub,
  formatRules,
  formatJson,
  formatSarif,
  formatText,
  toClaims,
  toDiagnostics,
  type FileReport,
} from './report';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** standard input, read when a file argument is "-" */
  stdin: () => string;
  /** YYYY-MM-DD */
  today: string;
  version: string;
  cwd: string;
  isTTY: boolean;
  fs?: FixFs;
}

/**
 * Runs the CLI and returns its exit code: 0 clean, 1 errors found (or too many warnings), 2 could
 * not run.
 */
export function runCli(argv: string[], io: CliIo): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`factlint: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(io.version);
    return 0;
  }
  if (args.command === 'rules') {
    io.stdout(formatRules(registeredRules(), args.format === 'json'));
    return 0;
  }
  const config = loadConfig(args.config, io.cwd);
  if (config.error) {
    io.stderr(`factlint: invalid settings file ${config.error}`);
    return 2;
  }
  const base = config.settings;
  // the current folder is the workspace, read as the editor reads it; then --data files not read
  // already
  const fromWorkspace = workspaceDataFiles([io.cwd], base?.dataFiles ?? []);
  const dataFiles = [
    ...fromWorkspace,
    ...args.dataFiles.filter((f) => !fromWorkspace.includes(resolve(io.cwd, f))),
  ];
  const useEmbedded = args.embeddedData && (base?.useEmbeddedData ?? true);
  const data = composeData(useEmbedded ? embeddedData : undefined, dataFiles.map(readDataFile));
  const dataErrors = data.errors.map(
    (e) => `${shownPath(e.file, io.cwd)}:${e.line}:${e.column}: ${e.message}`,
  );
  if (args.command === 'data') return reportData(args, data, dataErrors, io);
  if (args.command === 'audit') {
    if (dataErrors.length)
      io.stderr(
        `factlint: invalid reference data (the audit covers what loaded):\n${dataErrors.join('\n')}`,
      );
    const audit = auditData(data.index.dataset, io.today, args.staleDays);
    io.stdout(args.format === 'json' ? formatAuditJson(audit) : formatAuditText(audit));
    return dataErrors.length ? 2 : 0;
  }
  if (dataErrors.length) {
    io.stderr(`factlint: invalid reference data:\n${dataErrors.join('\n')}`);
    return 2;
  }
  if (args.command === 'explain') {
    const [, path, line, column] = PLACE.exec(args.inputs[0])!;
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, path), 'utf8');
    } catch (e) {
      io.stderr(
        `factlint: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
      return 2;
    }
    io.stdout(
      explainPlace(
        text,
        Number(line),
        column === undefined ? undefined : Number(column),
        data.index,
        io.today,
      ),
    );
    return 0;
  }
  const { files, missing } = expandInputs(args.inputs, io.cwd);
  for (const m of missing) io.stderr(`factlint: no markdown files match ${m}`);
  const severities = { ...base?.rules, ...args.rules };
  const reports: FileReport[] = [];
  let unreadable = missing.length > 0;
  let fixFailed = false;
  for (const path of files) {
    let text: string;
    try {
      text = path === '-' ? io.stdin() : readFileSync(resolve(io.cwd, path), 'utf8');
    } catch (e) {
      io.stderr(
        `factlint: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
      unreadable = true;
      continue;
    }
    let result = checkDocument(text, data.index, { today: io.today, severities });
    if (args.fix !== 'none') {
      const edits = preferredEdits(result.findings);
      if (edits.length) {
        const fixed = applyEdits(text, edits);
        if (args.fix === 'dry-run') io.stdout(lineDiff(path, text, fixed));
        else {
          const outcome = writeFixed(
            resolve(io.cwd, path),
            text,
            fixed,
            edits.length,
            io.fs ?? nodeFs,
          );
          if (outcome.status === 'fixed') {
            io.stderr(
              `factlint: fixed ${outcome.edits} problem${outcome.edits === 1 ? '' : 's'} in ${path}`,
            );
            text = fixed;
            result = checkDocument(text, data.index, { today: io.today, severities });
          } else {
            io.stderr(`factlint: ${path}: ${outcome.reason}`);
            fixFailed = true;
          }
        }
      }
    }
    const diagnostics = toDiagnostics(text, result.findings).filter(
      (d) => !args.quiet || d.severity === 'error',
    );
    reports.push(fileReport(path, diagnostics, toClaims(text, result.claims, data.index)));
  }
  io.stdout(render(args, reports, io));
  if (unreadable || fixFailed) return 2;
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return errors > 0 || (args.maxWarnings !== undefined && warnings > args.maxWarnings) ? 1 : 0;
}

function render(args: CliArgs, reports: FileReport[], io: CliIo): string {
  switch (args.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, io.version, io.cwd);
    case 'github':
      return formatGithub(reports);
    case 'markdown':
      return formatMarkdown(reports);
    default:
      return formatText(
        reports,
        args.color === 'always' || (args.color === 'auto' && io.isTTY && !process.env.NO_COLOR),
      );
  }
}

function reportData(
  args: CliArgs,
  data: ReturnType<typeof composeData>,
  lines: string[],
  io: CliIo,
): number {
  const stats = dataStatistics(data);
  if (args.format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          entities: stats.entities,
          facts: stats.facts,
          sources: stats.sources,
          errors: data.errors,
        },
        null,
        2,
      ),
    );
  } else {
    for (const line of lines) io.stdout(line);
    io.stdout(
      `${stats.entities} entities, ${stats.facts} facts, ${stats.sources} sources, ${stats.errors} error(s)`,
    );
  }
  return data.errors.length ? 2 : 0;
}

/**
 * A data file's path for a message: relative when it is inside the current folder, as CI logs read
 * best.
 */
function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return isAbsolute(file) && rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
