import type { RuleId, Severity } from '../engine/index';
import { RULES } from '../engine/index';

export type Format = 'text' | 'json' | 'sarif' | 'github' | 'markdown';

/** Command-line arguments, parsed strictly: an unknown option is an error, not a guess. */
export interface CliArgs {
  command: 'check' | 'data' | 'audit' | 'explain' | 'rules' | 'help' | 'version';
  format: Format;
  inputs: string[];
  dataFiles: string[];
  embeddedData: boolean;
  rules: Partial<Record<RuleId, Severity | 'off'>>;
  maxWarnings?: number;
  quiet: boolean;
  config?: string;
  fix: 'none' | 'write' | 'dry-run';
  color: 'auto' | 'always' | 'never';
  /** `data audit`: a time-varying fact whose newest source is older than this is stale */
  staleDays: number;
}

export class UsageError extends Error {}

export const USAGE = `usage: factlint [options] <files | dirs | globs | ->
       factlint data [--format json] [--data FILE]...
       factlint data audit [--format json] [--stale-days N]   how far the data can be trusted
       factlint explain FILE:LINE[:COL]   why each figure or role there was judged or left alone
       factlint rules [--format json]     every rule and binding gate, with what it does

Checks markdown drafts about the AI industry against factlint's sourced reference data,
and the data files in .factlint/ of the current folder, as the editor does.
Directories are searched for .md and .markdown files, skipping what .gitignore and
.factlintignore exclude; "-" reads standard input.

options:
  --format FORMAT        text (default), json, sarif, github, or markdown (a fact-check
                         report of every claim, for a pull-request comment)
  --data FILE            extra reference data (YAML or JSON); repeatable
  --no-embedded-data     check against .factlint/ and --data files only
  --rule ID=SEVERITY     error, warning, information, hint or off; repeatable
  --max-warnings N       exit 1 when there are more than N warnings
  --quiet                report errors only
  --config FILE          settings file (JSON or YAML), as the editor's factlint.* settings;
                         default: .factlintrc.json or .factlintrc.yaml in the current folder
  --fix                  apply every preferred fix and write the files
  --fix-dry-run          print the fixes as a diff and change nothing
  --color / --no-color   force or turn off colour in text output
  --stale-days N         data audit: a valuation, run-rate, user count, ... whose newest
                         source is older than N days is stale (default 180)
  --version              print the version
  --help                 print this help

rules: ${RULES.map((r) => r.id).join(', ')}
exit codes: 0 clean, 1 errors found (or too many warnings), 2 could not run`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github', 'markdown'];
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const RULE_IDS = new Set(RULES.map((r) => r.id));

/**
 * A place in a file, as editors and compilers print it: path:line or path:line:column (1-based).
 */
export const PLACE = /^(.+?):(\d+)(?::(\d+))?$/;

/** How an option reads itself into the arguments: `value` takes its value, `rest` what follows. */
type OptionReader = (args: CliArgs, value: () => string, rest: string[]) => void;

/** Every option by its spelling, each with how it is read. */
const OPTIONS = new Map<string, OptionReader>([
  ['--format', (args, value) => (args.format = readFormat(value()))],
  ['--data', (args, value) => void args.dataFiles.push(value())],
  ['--no-embedded-data', (args) => (args.embeddedData = false)],
  ['--rule', (args, value) => readRule(args, value())],
  ['--max-warnings', (args, value) => (args.maxWarnings = readMaxWarnings(value()))],
  ['--stale-days', (args, value) => (args.staleDays = readStaleDays(value()))],
  ['--quiet', (args) => (args.quiet = true)],
  ['--config', (args, value) => (args.config = value())],
  ['--fix', (args) => (args.fix = 'write')],
  ['--fix-dry-run', (args) => (args.fix = 'dry-run')],
  ['--color', (args) => (args.color = 'always')],
  ['--no-color', (args) => (args.color = 'never')],
  ['--help', (args) => (args.command = 'help')],
  ['-h', (args) => (args.command = 'help')],
  ['--version', (args) => (args.command = 'version')],
  ['-v', (args) => (args.command = 'version')],
  // everything after "--" is a file, even when it looks like an option
  ['--', (args, _value, rest) => void args.inputs.push(...rest.splice(0))],
]);

/** Parses the command line strictly; throws a UsageError on anything it does not know. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    command: 'check',
    format: 'text',
    inputs: [],
    dataFiles: [],
    embeddedData: true,
    rules: {},
    quiet: false,
    fix: 'none',
    color: 'auto',
    staleDays: 180,
  };
  const rest = [...argv];
  readSubcommand(args, rest);
  while (rest.length) readArgument(args, rest);
  checkInputs(args);
  return args;
}

/** Takes a leading subcommand (data, data audit, explain, rules) off `rest`. */
function readSubcommand(args: CliArgs, rest: string[]): void {
  if (rest[0] === 'data' && rest[1] === 'audit') {
    args.command = 'audit';
    rest.splice(0, 2);
  } else if (rest[0] === 'data' || rest[0] === 'explain' || rest[0] === 'rules') {
    args.command = rest[0];
    rest.shift();
  }
}

/** Takes one option (with its value, inline after "=" or next) or one input off `rest`. */
function readArgument(args: CliArgs, rest: string[]): void {
  const a = rest.shift()!;
  const eq = a.startsWith('--') ? a.indexOf('=') : -1;
  const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
  const value = (): string => {
    const v = inline ?? rest.shift();
    if (v === undefined || (v.startsWith('--') && v.length > 2))
      throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const option = OPTIONS.get(flag);
  if (option) return option(args, value, rest);
  if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
  args.inputs.push(a);
}

/** The value of --format, one of FORMATS. */
function readFormat(f: string): Format {
  if (!FORMATS.includes(f as Format))
    throw new UsageError(
      `unknown format "${f}" (expected ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)})`,
    );
  return f as Format;
}

/** Sets one rule's severity from --rule ID=SEVERITY. */
function readRule(args: CliArgs, value: string): void {
  const [id, severity] = value.split('=');
  if (!RULE_IDS.has(id as RuleId)) throw new UsageError(`unknown rule "${id}"`);
  if (!SEVERITIES.has(severity))
    throw new UsageError(`--rule ${id}= needs error, warning, information, hint or off`);
  args.rules[id as RuleId] = severity as Severity | 'off';
}

/** The value of --max-warnings, a whole number. */
function readMaxWarnings(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n))
    throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
  return n;
}

/** The value of --stale-days, a whole number of days. */
function readStaleDays(v: string): number {
  if (!/^\d+$/.test(v))
    throw new UsageError(`--stale-days needs a whole number of days, not "${v}"`);
  return Number(v);
}

/** Checks that the inputs fit the command: files to check, none for data, one place to explain. */
function checkInputs(args: CliArgs): void {
  if (args.command === 'check' && args.inputs.length === 0) throw new UsageError('no files given');
  if (args.command === 'data' && args.inputs.length)
    throw new UsageError('"factlint data" takes no files; use --data FILE');
  if (args.command === 'audit' && args.inputs.length)
    throw new UsageError('"factlint data audit" takes no files; use --data FILE');
  if (args.command === 'rules' && args.inputs.length)
    throw new UsageError('"factlint rules" takes no files');
  if (args.command === 'explain' && !(args.inputs.length === 1 && PLACE.test(args.inputs[0]))) {
    throw new UsageError('"factlint explain" takes one place, FILE:LINE or FILE:LINE:COL');
  }
  if (args.fix !== 'none' && args.inputs.includes('-'))
    throw new UsageError('--fix cannot write to standard input');
}
