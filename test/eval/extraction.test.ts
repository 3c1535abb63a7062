import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../server/src/engine/read';
import { draftsIn, embeddedIndex, ROOT, setDir } from '../helpers';

/**
 * Binding can only judge what extraction read. Every planted error in the annotated drafts must be
 * covered by an extracted figure or name (a known name or a near miss of one), whether or not the
 * binder then catches it. The sealed set stays out: a failure here prints the drafts' text.
 */
const SETS = [setDir('dev'), setDir('corpus'), setDir('holdout')];
const MARKER = /\{\{([^{}|]*)((?:\|[^{}|]*)*)\}\}/g;

/**
 * The draft as written (markers replaced by their wrong text) and where each planted error lies.
 */
function unmark(source: string): {
  text: string;
  planted: { start: number; end: number; written: string }[];
} {
  let text = '';
  let last = 0;
  const planted: { start: number; end: number; written: string }[] = [];
  for (const m of source.matchAll(MARKER)) {
    text += source.slice(last, m.index);
    planted.push({ start: text.length, end: text.length + m[1].length, written: m[1] });
    text += m[1];
    last = m.index! + m[0].length;
  }
  return { text: text + source.slice(last), planted };
}

describe('extraction reads every planted error', () => {
  const index = embeddedIndex();
  it.each(SETS.map((dir) => [relative(ROOT, dir), dir]))('%s', (_name, dir) => {
    const missed: string[] = [];
    let planted = 0;
    for (const file of draftsIn(dir)) {
      const draft = unmark(readFileSync(join(dir, file), 'utf8'));
      const reading = readDocument(draft.text, index);
      const spans = reading.blocks
        .flatMap((b) =>
          [...b.quantities, ...b.names].map((x) => b.block.map.toSourceLoose(x.start, x.end)),
        )
        .filter((s) => s !== undefined);
      for (const p of draft.planted) {
        planted++;
        if (!spans.some((s) => s.start < p.end && p.start < s.end))
          missed.push(`${file}: "${p.written}"`);
      }
    }
    expect(planted).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});
