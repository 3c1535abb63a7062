import { extractQuantities } from './extract/quantities';
import type { ProseChunk } from './text/prose';

/**
 * The day a draft without a front-matter date speaks from, where its title gives one: a digest
 * titled "AI infrastructure, 27 October – 2 November 2025" speaks from 2 November 2025, the last
 * day it names. Only a whole day counts: a title's month or year ("2025 in review") says what the
 * draft is about, not when it was written.
 */
export function titleDay(parts: readonly ProseChunk[]): number | undefined {
  const title = parts[0]?.prose.blocks[0];
  if (title?.kind !== 'heading') return undefined;
  let last: number | undefined;
  for (const q of extractQuantities(title.text))
    if (q.dim === 'date' && q.unit === 'day' && !q.yearInferred)
      last = Math.max(last ?? q.max, q.max);
  return last;
}
