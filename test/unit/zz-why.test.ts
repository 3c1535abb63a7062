import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { readDocument } from '/work/main/server/src/engine/analyze';
import { candidatesFor, MIN_SCORE } from '/work/main/server/src/engine/check/bind';
import { checkDocument } from '/work/main/server/src/engine/index';
import { embeddedIndex } from '/work/main/test/helpers';

it('why', () => {
  const index = embeddedIndex();
  const tally = new Map<string, number>();
  const lines: string[] = [];
  for (const dir of ['/work/main/test/corpus', '/work/main/test/holdout']) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      let text = ''; const planted: { start: number; end: number; w: string; fix: string }[] = []; let last = 0;
      for (const m of src.matchAll(/\{\{([^{}|]*)\|([^{}|]*)((?:\|[^{}|]*)*)\}\}/g)) { text += src.slice(last, m.index); const s = text.length; text += m[1]; planted.push({ start: s, end: text.length, w: m[1], fix: m[2] }); last = m.index! + m[0].length; }
      text += src.slice(last);
      const result = checkDocument(text, index, { today: '2026-11-26' });
      const r = readDocument(text, index);
      for (const p of planted) {
        if (result.findings.some((x) => x.start < p.end && p.start < x.end)) continue;
        let reason = 'not extracted';
        let detail = '';
        for (const b of r.blocks) for (const s of b.sentences) for (const q of s.quantities) {
          const at = b.block.map.toSourceLoose(q.start, q.end);
          if (!at || !(at.start < p.end && p.start < at.end)) continue;
          const c = candidatesFor(q, s, index);
          const claim = result.claims.find((x) => x.start === at.start);
          if (c.length === 0) reason = 'no candidates';
          else if (c[0].score < MIN_SCORE) reason = 'below min score';
          else if (claim?.verdict === 'supported') reason = 'judged supported';
          else if (claim) reason = `claim ${claim.verdict}`;
          else reason = `abstained (cov ${c[0].coverage} strong ${c[0].strongCue} anch ${c[0].anchored} score ${c[0].score.toFixed(1)})`.replace(/cov [0-9.]+ strong true anch true score ([3-9]|[1-9][0-9])\.\d\)/, 'firm)');
          detail = `${c.slice(0, 2).map((x) => `${x.fact.id}:${x.score.toFixed(1)}`).join(' ')} | ${s.text.slice(0, 100)}`;
        }
        if (reason === 'not extracted' && r.blocks.some((b) => b.names.some((n) => { const a = b.block.map.toSourceLoose(n.start, n.end); return a && a.start < p.end && p.start < a.end; }))) reason = 'name (attribution?)';
        const key = reason.startsWith('abstained (') ? 'abstained (weak)' : reason;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        lines.push(`${key.padEnd(22)} ${f}: ${p.w} -> ${p.fix} :: ${reason} :: ${detail}`);
      }
    }
  }
  console.log([...tally].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join('\n'));
  console.log(lines.sort().join('\n'));
});
