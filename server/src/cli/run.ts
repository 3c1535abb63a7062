import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { auditData } from '../data/audit';
import { composeData, dataStatistics, type ComposedData } from '../data/compose';
import { embeddedData } from '../data/embedded';
import { readDataFile, workspaceDataFiles } from '../data/load';
import {
  applyEdits,
  checkDocument,
  preferredEdits,
  registeredRules,
  type CheckOptions,
  type CheckResult,
  type ReferenceIndex,
} from '../engine/index';
import { parseArgs, PLACE, USAGE, UsageError, type CliArgs } from './args';
import { formatAuditJson, formatAuditText } from './audit';
import { explainPlace } from './explain';
import { formatMarkdown } from './markdown';
import { loadConfig } from '../config/file';
import type { Settings } from '../config/settings';
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
  /** called before checking files of under SMALL_RUN bytes in all (not standard input) */
  smallRun?: () => void;
}

/**
 * A run this short spends more on compiling regexes than on running them (the hundreds a first
 * check compiles run a few times each), so it compiles them without V8's optimizing passes.
 * Instructions of the CLI (valgrind), optimization on -> off: 0.6 KB sample 1.46 -> 1.16 G
 * (`node -e 0` 0.51 G), one 5 KB draft 2.00 -> 1.88 G, 20 KB 3.25 -> 3.49 G; over the 200 files
 * of the bench it was 50% slower.
 */
export const SMALL_RUN = 8_000;

/**
 * Runs the CLI and returns its exit code: 0 clean, 1 errors found (or too many warnings), 2 could
 * not run.
 */
export function runCli(argv: string[], io: CliIo): number {
  const args = readArgs(argv, io);
  if (!args) return 2;
  if (printInformation(args, io)) return 0;
  const config = loadConfig(args.config, io.cwd);
  if (config.error) {
    io.stderr(`factlint: invalid settings file ${config.error}`);
    return 2;
  }
  const base = config.settings;
  const data = loadData(args, base, io);
  const dataErrors = data.errors.map(
    (e) => `${shownPath(e.file, io.cwd)}:${e.line}:${e.column}: ${e.message}`,
  );
  if (args.command === 'data') return reportData(args, data, dataErrors, io);
  if (args.command === 'audit') return reportAudit(args, data, dataErrors, io);
  if (dataErrors.length) {
    io.stderr(`factlint: invalid reference data:\n${dataErrors.join('\n')}`);
    return 2;
  }
  if (args.command === 'explain') return explain(args, data.index, io);
  return checkFiles(args, base, data.index, io);
}

/** The parsed arguments, or undefined after printing the usage error and the usage. */
function readArgs(argv: string[], io: CliIo): CliArgs | undefined {
  try {
    return parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`factlint: ${e.message}\n\n${USAGE}`);
    return undefined;
  }
}

/** Prints the help, the version or the rules when asked for; says whether it printed one. */
function printInformation(args: CliArgs, io: CliIo): boolean {
  if (args.command === 'help') io.stdout(USAGE);
  else if (args.command === 'version') io.stdout(io.version);
  else if (args.command === 'rules')
    io.stdout(formatRules(registeredRules(), args.format === 'json'));
  else return false;
  return true;
}

/**
 * The reference data of a run: the embedded data unless turned off, the current folder read as
 * the editor reads its workspace, then the --data files not read already.
 */
function loadData(args: CliArgs, base: Settings | undefined, io: CliIo): ComposedData {
  const fromWorkspace = workspaceDataFiles([io.cwd], base?.dataFiles ?? []);
  const dataFiles = [
    ...fromWorkspace,
    ...args.dataFiles.filter((f) => !fromWorkspace.includes(resolve(io.cwd, f))),
  ];
  const useEmbedded = args.embeddedData && (base?.useEmbeddedData ?? true);
  return composeData(useEmbedded ? embeddedData : undefined, dataFiles.map(readDataFile));
}

/** `factlint data audit`: audits what loaded, even when some data is invalid. */
function reportAudit(args: CliArgs, data: ComposedData, dataErrors: string[], io: CliIo): number {
  if (dataErrors.length)
    io.stderr(
      `factlint: invalid reference data (the audit covers what loaded):\n${dataErrors.join('\n')}`,
    );
  const audit = auditData(data.index.dataset, io.today, args.staleDays);
  io.stdout(args.format === 'json' ? formatAuditJson(audit) : formatAuditText(audit));
  return dataErrors.length ? 2 : 0;
}

/** `factlint explain FILE:LINE[:COL]`: why each figure at that place was judged or left alone. */
function explain(args: CliArgs, index: ReferenceIndex, io: CliIo): number {
  const [, path, line, column] = PLACE.exec(args.inputs[0])!;
  const text = readOrReport(path, io, () => readFileSync(resolve(io.cwd, path), 'utf8'));
  if (text === undefined) return 2;
  io.stdout(
    explainPlace(
      text,
      Number(line),
      column === undefined ? undefined : Number(column),
      index,
      io.today,
    ),
  );
  return 0;
}

/** What checking one file needs besides its path. */
interface CheckRun {
  args: CliArgs;
  io: CliIo;
  index: ReferenceIndex;
  severities: CheckOptions['severities'];
}

/** The text of one file after a check (and its fixes), with its result. */
interface Checked {
  text: string;
  result: CheckResult;
  /** a fix could not be written */
  failed: boolean;
}

/** `factlint FILES`: checks (and fixes) every file, prints the report, returns the exit code. */
function checkFiles(
  args: CliArgs,
  base: Settings | undefined,
  index: ReferenceIndex,
  io: CliIo,
): number {
  const { files, missing } = expandInputs(args.inputs, io.cwd);
  for (const m of missing) io.stderr(`factlint: no markdown files match ${m}`);
  if (io.smallRun && files.length > 0 && bytesOf(files, io.cwd) < SMALL_RUN) io.smallRun();
  const run: CheckRun = { args, io, index, severities: { ...base?.rules, ...args.rules } };
  const reports: FileReport[] = [];
  let failed = missing.length > 0;
  for (const path of files) {
    const outcome = checkFile(path, run);
    if (outcome.report) reports.push(outcome.report);
    if (outcome.failed) failed = true;
  }
  io.stdout(render(args, reports, io));
  return failed ? 2 : findingsExitCode(args, reports);
}

/** The files' size in all; standard input or a file that cannot be read counts as no end. */
function bytesOf(files: string[], cwd: string): number {
  let bytes = 0;
  for (const path of files) {
    if (path === '-') return Infinity;
    try {
      bytes += statSync(resolve(cwd, path)).size;
    } catch {
      return Infinity;
    }
  }
  return bytes;
}

/** One file's report, none when it cannot be read; `failed` when it was unreadable or unfixed. */
function checkFile(path: string, run: CheckRun): { report?: FileReport; failed: boolean } {
  const { io, args } = run;
  const original = readOrReport(path, io, () =>
    path === '-' ? io.stdin() : readFileSync(resolve(io.cwd, path), 'utf8'),
  );
  if (original === undefined) return { failed: true };
  const { text, result, failed } = checkAndFix(path, original, run);
  const diagnostics = toDiagnostics(text, result.findings).filter(
    (d) => !args.quiet || d.severity === 'error',
  );
  return {
    report: fileReport(path, diagnostics, toClaims(text, result.claims, run.index)),
    failed,
  };
}

/** Checks the text; with --fix, writes the preferred fixes and checks again, or prints them. */
function checkAndFix(path: string, text: string, run: CheckRun): Checked {
  const { io, args } = run;
  const result = checkText(text, run);
  const edits = args.fix === 'none' ? [] : preferredEdits(result.findings);
  if (!edits.length) return { text, result, failed: false };
  const fixed = applyEdits(text, edits);
  if (args.fix === 'dry-run') {
    io.stdout(lineDiff(path, text, fixed));
    return { text, result, failed: false };
  }
  const outcome = writeFixed(resolve(io.cwd, path), text, fixed, edits.length, io.fs ?? nodeFs);
  if (outcome.status !== 'fixed') {
    io.stderr(`factlint: ${path}: ${outcome.reason}`);
    return { text, result, failed: true };
  }
  io.stderr(`factlint: fixed ${outcome.edits} problem${outcome.edits === 1 ? '' : 's'} in ${path}`);
  return { text: fixed, result: checkText(fixed, run), failed: false };
}

/** The engine's check of one text with the run's settings. */
function checkText(text: string, run: CheckRun): CheckResult {
  return checkDocument(text, run.index, { today: run.io.today, severities: run.severities });
}

/** What `read` returns, or undefined after saying why the file cannot be read. */
function readOrReport(path: string, io: CliIo, read: () => string): string | undefined {
  try {
    return read();
  } catch (e) {
    io.stderr(
      `factlint: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
    return undefined;
  }
}

/** 1 when there are errors, or more warnings than --max-warnings allows; otherwise 0. */
function findingsExitCode(args: CliArgs, reports: FileReport[]): number {
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

function reportData(args: CliArgs, data: ComposedData, lines: string[], io: CliIo): number {
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
