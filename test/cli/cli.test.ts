import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers';

const CLI = resolve(ROOT, 'dist/cli.js');
const SEED = resolve(SHARED, 'seeds/000_887da713244190c2.txt');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'factlint-cli-')), name);
  writeFileSync(path, text);
  return path;
}

/** The seed with "$83B" for $38 billion and "five-year" for seven-year planted. */
function plantedSeed(): string {
  const seed = readFileSync(SEED, 'utf8');
  const planted = seed.replace('seven-year, $38 billion', 'five-year, $83B');
  expect(planted).not.toBe(seed);
  return tempFile('planted.md', planted);
}

describe('factlint CLI', () => {
  it('finds no errors in the real seed article', () => {
    const r = run('--format', 'json', SEED);
    const report = JSON.parse(r.stdout);
    const errors = report.files[0].diagnostics.filter(
      (d: { severity: string }) => d.severity === 'error',
    );
    expect(errors).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports the planted "$83B" and "five-year" as errors with style-preserving fixes', () => {
    const path = plantedSeed();
    const r = run('--format', 'json', path);
    expect(r.code).toBe(1);
    const { files } = JSON.parse(r.stdout);
    expect(files[0].path).toBe(path);
    const byCode = files[0].diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    const text = readFileSync(path, 'utf8').split('\n');
    const written = byCode.map(
      (d: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
        text[d.range.start.line].slice(d.range.start.character, d.range.end.character),
    );
    expect(written).toEqual(['five-year', '$83B']);
    expect(byCode.map((d: { code: string }) => d.code)).toEqual(['wrong-term', 'wrong-figure']);
    expect(
      byCode.map((d: { fixes: { edits: { newText: string }[] }[] }) => d.fixes[0].edits[0].newText),
    ).toEqual(['seven-year', '$38B']);
    for (const d of byCode) {
      // short: the figure, the reference value, and the source by name and day
      expect(d.message).toMatch(
        /^(?:five-year|\$83B): the \w+ of .+ is (?:7 years|\$38 billion) \([^()]+, \d{1,2} [A-Z][a-z]{2} 20\d\d\)\.$/,
      );
      expect(d.codeDescription.href).toMatch(/^https:\/\//);
    }
  });

  it('prints path:line:col  severity  rule  message by default', () => {
    const r = run(plantedSeed());
    expect(r.stdout).toMatch(/planted\.md:1:\d+ {2}error {2}wrong-figure {2}\$83B: the value of /);
    expect(r.stdout).toMatch(/\d+ errors?, \d+ warnings?$/m);
  });

  it('exits 2 with a clear message when it cannot run', () => {
    const missing = run('no-such-file.md');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such-file.md: ENOENT');
    const badFlag = run('--frobnicate', SEED);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('unknown option "--frobnicate"');
    expect(run().code).toBe(2);
    expect(run('--format', 'xml', SEED).stderr).toContain('unknown format "xml"');
  });

  it('uses extra data with --data and refuses invalid data with exit 2', () => {
    const data = tempFile(
      'extra.yaml',
      'entities:\n  - id: zeta-labs\n    name: Zeta Labs\n    kind: company\n    misspellings: [Zeta Lab]\n',
    );
    const draft = tempFile('d.md', 'Zeta Lab is hiring.\n');
    const r = run('--format', 'json', '--data', data, draft);
    expect(JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual([
      'name-spelling',
    ]);
    const broken = tempFile('broken.yaml', 'entities:\n  - id: Bad Id\n');
    const bad = run('--data', broken, draft);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.yaml:2:9: "id" must be kebab-case/);
  });

  it('validates the data with "factlint data"', () => {
    const r = run('data', '--format', 'json');
    expect(r.code).toBe(0);
    const counts = JSON.parse(r.stdout);
    expect(counts.errors).toEqual([]);
    expect(counts.facts).toBeGreaterThan(10);
    expect(counts.entities).toBeGreaterThan(10);
    expect(counts.sources).toBeGreaterThan(10);
  });

  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    expect(run('--version').stdout.trim()).toBe(pkg.version);
    expect(run('--help').stdout).toContain('usage: factlint');
  });
});
