import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers';

/**
 * The accuracy gate: the scorer's figures on every annotated set must not drop below what main
 * reached (test/eval/baseline.json). The scorer is deterministic, so this is a fair regression
 * test, not a timing.
 */
type Figures = { recall: number; precision: number; fixAccuracy: number; falseAlarms?: number };
const baseline = JSON.parse(readFileSync(resolve(ROOT, 'test/eval/baseline.json'), 'utf8')) as Record<string, Figures>;
const scorer = resolve(SHARED, 'eval/score.mjs');

function score(set: string): Required<Figures> {
  const out = execFileSync(process.execPath, [scorer, '--cli', `node ${resolve(ROOT, 'dist/cli.js')}`, '--json', resolve(ROOT, set)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out).summary;
}

describe('accuracy on the annotated drafts', () => {
  it.each(Object.keys(baseline).filter((k) => !k.startsWith('_')))('%s does not regress', (set) => {
    expect(existsSync(scorer), `the scorer is at ${scorer}`).toBe(true);
    const got = score(set);
    const want = baseline[set];
    expect(got.precision).toBeGreaterThanOrEqual(want.precision);
    expect(got.recall).toBeGreaterThanOrEqual(want.recall);
    expect(got.fixAccuracy).toBeGreaterThanOrEqual(want.fixAccuracy);
    // a set of clean drafts has no recall to speak of: what it gates is how many false alarms
    if (want.falseAlarms !== undefined) expect(got.falseAlarms).toBeLessThanOrEqual(want.falseAlarms);
  }, 60_000);
});
