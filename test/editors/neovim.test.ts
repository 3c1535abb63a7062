import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

/** A second, independent LSP client: Debian's Neovim, headless, against dist/server.js --stdio. */
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
// CI installs Neovim (.ci/run): there a missing nvim is a failure, not a skip.
const run = available || process.env.CI ? it : it.skip;

describe('Neovim', () => {
  run(
    'receives factlint diagnostics for a planted draft',
    () => {
      expect(available, 'nvim is installed').toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'factlint-nvim-'));
      const draft = join(dir, 'draft.md');
      const out = join(dir, 'out.json');
      writeFileSync(
        draft,
        'OpenAI has signed a five-year, $83B cloud services agreement with Amazon.\n',
      );
      const r = spawnSync(
        'nvim',
        [
          '--headless',
          '--clean',
          '-n',
          '-c',
          `luafile ${resolve(ROOT, 'test/editors/neovim-check.lua')}`,
          draft,
        ],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 30_000,
          env: {
            ...process.env,
            FACTLINT_SERVER: resolve(ROOT, 'dist/server.js'),
            FACTLINT_OUT: out,
          },
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const result = JSON.parse(readFileSync(out, 'utf8')) as {
        ok: boolean;
        diagnostics: { lnum: number; col: number; code: string; severity: number }[];
      };
      expect(result.ok).toBe(true);
      const line = readFileSync(draft, 'utf8').split('\n')[0];
      const found = result.diagnostics
        .map((d) => [
          d.code,
          line.slice(d.col, d.col + (d.code === 'wrong-term' ? 9 : 4)),
          d.severity,
        ])
        .sort();
      expect(found).toEqual([
        ['wrong-figure', '$83B', 1],
        ['wrong-term', 'five-year', 1],
      ]);
    },
    40_000,
  );
});
