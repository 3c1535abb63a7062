import { join } from 'node:path';
import { runWithCodeCache } from './code-cache';

// dist/cli.js: starts the command line bundle (dist/cli-bundle.js) from its code cache.
// Eight times V8's interrupt budget (67,584 bytes of bytecode run) before a function is weighed
// for optimization: a check of one short draft ends before most of what the optimizing compiler
// made would pay off (measured: 176 -> 157 ms of CPU a run, the 200-file run no slower), while a
// long run still optimizes its hot loops. The server keeps V8's default.
runWithCodeCache(join(__dirname, 'cli-bundle.js'), ['--interrupt-budget=540672']);
