import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const CLI = resolve(ROOT, 'dist/cli.js');
const ZETA =
  'entities:\n  - id: zeta-labs\n    name: Zeta Labs\n    kind: company\n    misspellings: [Zeta Lab]\n';
const YOTTA = JSON.stringify({
  entities: [
    { id: 'yotta-corp', name: 'Yotta Corp', kind: 'company', misspellings: ['Yota Corp'] },
  ],
});
const DRAFT = 'Zeta Lab is hiring. Yota Corp is not. Open AI is growing.\n';

/** A project folder with the given files; the built CLI runs in it as CI would. */
function project(
  files: Record<string, string>,
): (...args: string[]) => { code: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-wsdata-'));
  for (const [name, text] of Object.entries({ 'draft.md': DRAFT, ...files })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return (...args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

const flagged = (stdout: string): string[] =>
  JSON.parse(stdout)
    .files[0].diagnostics.map((d: { message: string }) => /^"([^"]+)"/.exec(d.message)?.[1])
    .sort();

describe('the CLI reads .factlint/ in the current folder, as the server reads it in a workspace folder', () => {
  it('checks against .factlint/*.yaml and *.json, on top of the embedded data', () => {
    const run = project({ '.factlint/zeta.yaml': ZETA, '.factlint/yotta.json': YOTTA });
    const r = run('--format', 'json', 'draft.md');
    expect(r.stderr).toBe('');
    expect(flagged(r.stdout)).toEqual(['Open AI', 'Yota Corp', 'Zeta Lab']);
  });

  it('still reads them with --no-embedded-data', () => {
    const run = project({ '.factlint/zeta.yml': ZETA });
    expect(flagged(run('--format', 'json', '--no-embedded-data', 'draft.md').stdout)).toEqual([
      'Zeta Lab',
    ]);
  });

  it('reads a file named again with --data only once', () => {
    const run = project({ '.factlint/zeta.yaml': ZETA });
    const r = run(
      '--format',
      'json',
      '--data',
      '.factlint/zeta.yaml',
      '--data',
      './.factlint/zeta.yaml',
      'draft.md',
    );
    expect(r.stderr).toBe('');
    expect(flagged(r.stdout)).toEqual(['Open AI', 'Zeta Lab']);
  });

  it("stops with exit 2 and the broken file's errors, as for a broken --data file", () => {
    const run = project({
      '.factlint/zeta.yaml': ZETA,
      '.factlint/broken.yaml': 'entities:\n  - id: Bad Id\n',
    });
    const r = run('draft.md');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^factlint: invalid reference data:\n\.factlint\/broken\.yaml:2:9: "id" must be kebab-case/,
    );
    expect(run('data').code).toBe(2);
  });
});
