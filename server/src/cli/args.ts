/** Command-line arguments, parsed strictly: an unknown option is an error, not a guess. */
export interface CliArgs {
  command: 'check' | 'data' | 'help' | 'version';
  format: 'text' | 'json';
  files: string[];
  dataFiles: string[];
  embeddedData: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: factlint [options] <file.md>...
       factlint data [--format json] [--data FILE]...

Checks markdown drafts about the AI industry against factlint's sourced reference data.

options:
  --format text|json     output format (default: text)
  --data FILE            extra reference data (YAML); repeatable
  --no-embedded-data     check against --data files only
  --version              print the version
  --help                 print this help

exit codes: 0 no errors, 1 errors found, 2 could not run`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'check', format: 'text', files: [], dataFiles: [], embeddedData: true };
  const rest = [...argv];
  if (rest[0] === 'data') {
    args.command = 'data';
    rest.shift();
  }
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length) {
    const a = rest.shift()!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    switch (flag) {
      case '--format': {
        const f = inline ?? value(flag);
        if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (expected text or json)`);
        args.format = f;
        break;
      }
      case '--data':
        args.dataFiles.push(inline ?? value(flag));
        break;
      case '--no-embedded-data':
        args.embeddedData = false;
        break;
      case '--help':
      case '-h':
        args.command = 'help';
        break;
      case '--version':
      case '-v':
        args.command = 'version';
        break;
      case '--':
        args.files.push(...rest.splice(0));
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        args.files.push(a);
    }
  }
  if (args.command === 'check' && args.files.length === 0) throw new UsageError('no files given');
  if (args.command === 'data' && args.files.length) throw new UsageError(`"factlint data" takes no files; use --data FILE`);
  return args;
}
