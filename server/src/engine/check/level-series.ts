import { frameOf } from '../frame/frame';
import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { Candidate } from './candidate';
import { supports } from './judge';
import { segmentOf } from './time';

type Assigned = Map<Quantity, { chosen: Candidate; rivals: Candidate[] }>;

/**
 * A change said of the amount before it ("revenue of $51.2 billion, up 56%") is a change of the
 * same series the amount was bound to: where the amount agrees with one segment's value, the
 * change is that segment's, not the company's total, however its own words score. The one of the
 * figure's candidates of the amount's subject, segment and time is chosen, when there is one.
 */
export function withLevelSeries(
  assigned: Assigned,
  sentence: SentenceContext,
  index: ReferenceIndex,
): Assigned {
  for (const [q, bound] of assigned) {
    if (q.dim !== 'percent') continue;
    const frame = frameOf(q, sentence, index);
    if (frame.relation !== 'change') continue;
    const level = frame.level;
    const levelFact = level && assigned.get(level)?.chosen.fact;
    if (!level || !levelFact || !supports(level, levelFact)) continue;
    const same = (f: Fact): boolean =>
      f.subject === levelFact.subject &&
      f.asOf === levelFact.asOf &&
      segmentOf(f) === segmentOf(levelFact);
    if (same(bound.chosen.fact)) continue;
    const all = [bound.chosen, ...bound.rivals];
    const match = all.find((c) => same(c.fact));
    if (!match) continue;
    // (and the other segments' values of that measure are no rivals of it)
    const otherSegment = (f: Fact): boolean =>
      f.subject === levelFact.subject &&
      f.property === match.fact.property &&
      segmentOf(f) !== segmentOf(levelFact);
    const rivals = all.filter((c) => c !== match && !otherSegment(c.fact));
    assigned.set(q, { chosen: match, rivals });
  }
  return assigned;
}
