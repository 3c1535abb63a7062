import { readFileSync } from 'node:fs';
import { composeData } from '../data/compose';
import { embeddedData } from '../data/embedded';
import { readDataFile } from '../data/load';
import { checkDocument } from '../engine/index';
import { parseArgs, USAGE, UsageError } from './args';
import { formatJson, formatText, toDiagnostics, type FileReport } from './report';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** YYYY-MM-DD */
  today: string;
  version: string;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 errors found, 2 could not run. */
export function runCli(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`factlint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(io.version);
    return 0;
  }
  const userFiles = args.dataFiles.map(readDataFile);
  const data = composeData(args.embeddedData ? embeddedData : undefined, userFiles);
  const dataErrors = data.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
  if (args.command === 'data') {
    const { dataset } = data.index;
    const sources = new Set(dataset.facts.flatMap((f) => f.sources.map((s) => s.url)));
    if (args.format === 'json') {
      io.stdout(JSON.stringify({ entities: dataset.entities.length, facts: dataset.facts.length, sources: sources.size, errors: data.errors }, null, 2));
    } else {
      for (const line of dataErrors) io.stdout(line);
      io.stdout(`${dataset.entities.length} entities, ${dataset.facts.length} facts, ${sources.size} sources, ${data.errors.length} error(s)`);
    }
    return data.errors.length ? 2 : 0;
  }
  if (dataErrors.length) {
    io.stderr(`factlint: invalid reference data:\n${dataErrors.join('\n')}`);
    return 2;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const path of args.files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      io.stderr(`factlint: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      unreadable = true;
      continue;
    }
    const result = checkDocument(text, data.index, { today: io.today });
    reports.push({ path, diagnostics: toDiagnostics(text, result.findings) });
  }
  io.stdout(args.format === 'json' ? formatJson(reports) : formatText(reports));
  if (unreadable) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
