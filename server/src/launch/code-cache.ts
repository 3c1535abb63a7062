import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * Runs a bundle with V8's code cache for it when there is one: the bytecode of the functions a
 * first check runs, made at build time (esbuild.mjs), so that a start neither parses the bundle
 * nor compiles those functions again (some 40 ms of each start). V8 refuses a cache made by
 * another Node version or with other V8 flags, and a cache older than its bundle is not offered;
 * the bundle is then compiled as usual. With FACTLINT_WRITE_CODE_CACHE set, the cache is written
 * as the process exits, holding what the run compiled. `flags` are V8 flags of this starter's own,
 * set with the common ones before the bundle is compiled.
 */
export function runWithCodeCache(bundle: string, flags: string[] = []): void {
  // a regex runs in V8's interpreter until it has run 100 times, not once: the hundreds a first
  // check compiles, most run a few times, cost less so (some 10 ms of a start); and its bytecode
  // is not peephole-optimized, which halved what compiling the number readers' regexes took (about
  // 18 -> 9 ms) and left them as fast in the interpreter. Set before the bundle is compiled, as
  // V8's flags are part of what a code cache must match
  setFlagsFromString('--regexp-tier-up-ticks=100');
  setFlagsFromString('--no-regexp-peephole-optimization');
  // eight times V8's interrupt budget (bytecode run before a function is weighed for optimizing):
  // a check of one short draft ends before most of what the optimizing compiler would make pays
  // off, and code optimized later, on more type feedback, is deoptimized less. Measured, CLI on
  // a short draft: 176 -> 157 ms of CPU a run, the 200-file run no slower; server (bench client,
  // 4 alternating runs at load 3-4): first diagnostics 1.52-1.65 -> 1.24-1.36 times a server
  // doing nothing, keystroke p95 in the synthetic 100 KB draft 22-28 -> 16-19 ms, resident memory
  // after the keystrokes 117-118 -> 108-109 MB
  setFlagsFromString('--interrupt-budget=540672');
  for (const flag of flags) setFlagsFromString(flag);
  const cacheFile = `${bundle}.cache`;
  const source = readFileSync(bundle, 'utf8');
  const cachedData = process.env.FACTLINT_WRITE_CODE_CACHE ? undefined : cacheOf(bundle, cacheFile);
  // the wrapper Node gives a CommonJS module, so the bundle runs as if it were required
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundle, ...(cachedData ? { cachedData } : {}) },
  );
  if (process.env.FACTLINT_WRITE_CODE_CACHE)
    process.on('exit', () => {
      // a short CLI run turns regex optimization off (cli/main.ts); a start has it on
      setFlagsFromString('--regexp-optimization');
      writeFileSync(cacheFile, script.createCachedData());
    });
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, require, loaded, bundle, dirname(bundle));
}

/** The cache, when there is one made after the bundle was. */
function cacheOf(bundle: string, cacheFile: string): Buffer | undefined {
  try {
    if (statSync(cacheFile).mtimeMs < statSync(bundle).mtimeMs) return undefined;
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}
