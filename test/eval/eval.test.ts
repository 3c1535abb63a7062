import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SETS, SHARED } from '../helpers';

/**
 * The accuracy gate: the scorer's figures on every annotated set of test/sets/manifest.json must
 * not drop below what main reached (test/eval/baseline.json, keyed by set name). The scorer is
 * deterministic, so this is a fair regression test, not a timing. One run of
 * test/sets/score-all.mjs scores every set, as `npm run eval` does.
 */
type Figures = { recall: number; precision: number; fixAccuracy: number; falseAlarms?: number };
const baseline = JSON.parse(
  readFileSync(resolve(ROOT, 'test/eval/baseline.json'), 'utf8'),
) as Record<string, Figures>;
const scorer = resolve(SHARED, 'eval/score.mjs');

let scored: Map<string, Required<Figures>>;
// asynchronous, so the worker keeps answering vitest while the scorer runs (a blocking call of a
// minute or more on a loaded machine timed out vitest's own messages)
beforeAll(async () => {
  const stale = Object.keys(baseline).filter(
    (k) => !k.startsWith('_') && !SETS.some((s) => s.name === k),
  );
  if (stale.length)
    throw new Error(
      `test/eval/baseline.json names sets the manifest does not list: ${stale.join(', ')}`,
    );
  if (!existsSync(scorer)) return;
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    [
      resolve(ROOT, 'test/sets/score-all.mjs'),
      '--json',
      '--cli',
      `node ${resolve(ROOT, 'dist/cli.js')}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  scored = new Map(
    (JSON.parse(out).sets as { name: string; summary: Required<Figures> }[]).map((s) => [
      s.name,
      s.summary,
    ]),
  );
}, 300_000);

describe('accuracy on the annotated drafts', () => {
  it.each(SETS.map((s) => s.name))(
    '%s does not regress',
    (set) => {
      expect(existsSync(scorer), `the scorer is at ${scorer}`).toBe(true);
      const want = baseline[set];
      expect(want, `test/eval/baseline.json has figures for ${set}`).toBeDefined();
      const got = scored.get(set)!;
      expect(got.precision).toBeGreaterThanOrEqual(want.precision);
      expect(got.recall).toBeGreaterThanOrEqual(want.recall);
      expect(got.fixAccuracy).toBeGreaterThanOrEqual(want.fixAccuracy);
      // a set of clean drafts has no recall to speak of: what it gates is how many false alarms
      if (want.falseAlarms !== undefined)
        expect(got.falseAlarms).toBeLessThanOrEqual(want.falseAlarms);
    },
    60_000,
  );
});
