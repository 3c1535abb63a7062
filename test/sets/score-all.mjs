#!/usr/bin/env node
// Scores the CLI on every annotated set of test/sets/manifest.json with ../shared/eval/score.mjs,
// one scorer run per set (the sets run side by side), and prints one line per set in manifest
// order: its name, its status and the scorer's summary line.
//
// usage: node test/sets/score-all.mjs [--cli "node dist/cli.js"] [--json] [NAME...]
//   NAME...  only these sets (default: all)
//   --json   print {"sets":[{"name","status","kind","path","summary"}]} with the scorer's summary
// exit: 0 when every set was scored, 2 when one could not be (as the scorer).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCORER = resolve(ROOT, '../shared/eval/score.mjs');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'test/sets/manifest.json'), 'utf8'));

const args = process.argv.slice(2);
let cli = `node ${resolve(ROOT, 'dist/cli.js')}`;
let asJson = false;
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cli') cli = args[++i];
  else if (args[i] === '--json') asJson = true;
  else names.push(args[i]);
}
const unknown = names.filter((n) => !manifest.sets.some((s) => s.name === n));
if (unknown.length) {
  console.error(`score-all: no set named ${unknown.join(', ')} in test/sets/manifest.json`);
  process.exit(2);
}
const sets = manifest.sets.filter((s) => names.length === 0 || names.includes(s.name));

function score(set) {
  const argv = [SCORER, '--cli', cli, ...(asJson ? ['--json'] : []), resolve(ROOT, set.path)];
  return new Promise((done) => {
    execFile(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      done(error ? { error: String(stderr || error.message).trim() } : { stdout });
    });
  });
}

// a few scorer runs at a time: each one runs the CLI once over its whole set
const results = new Array(sets.length);
let next = 0;
async function worker() {
  while (next < sets.length) {
    const i = next++;
    results[i] = await score(sets[i]);
  }
}
await Promise.all(Array.from({ length: Math.max(1, Math.min(sets.length, availableParallelism())) }, worker));

let failed = false;
if (asJson) {
  const out = sets.map((s, i) => {
    if (results[i].error) { failed = true; console.error(`score-all: ${s.name}: ${results[i].error}`); return null; }
    return { name: s.name, status: s.status, kind: s.kind, path: s.path, summary: JSON.parse(results[i].stdout).summary };
  });
  if (!failed) console.log(JSON.stringify({ sets: out }, null, 2));
} else {
  const width = Math.max(...sets.map((s) => s.name.length));
  sets.forEach((s, i) => {
    if (results[i].error) { failed = true; console.log(`${s.name.padEnd(width)}  ${s.status.padEnd(11)}  could not score: ${results[i].error}`); return; }
    const last = results[i].stdout.trimEnd().split('\n').pop();
    console.log(`${s.name.padEnd(width)}  ${s.status.padEnd(11)}  ${last}`);
  });
}
process.exit(failed ? 2 : 0);
