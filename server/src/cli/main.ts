import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run';

declare const FACTLINT_VERSION: string | undefined;

const code = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  stdin: () => readFileSync(0, 'utf8'),
  today: new Date().toISOString().slice(0, 10),
  version: typeof FACTLINT_VERSION === 'string' ? FACTLINT_VERSION : '0.0.0-dev',
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  // regexes compiled from now on skip V8's optimizing passes; launch/code-cache.ts sets the flag
  // back before it writes a cache, which must carry the flags a start has
  smallRun: () => setFlagsFromString('--no-regexp-optimization'),
});
process.exitCode = code;
