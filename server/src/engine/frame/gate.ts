import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { ClaimFrame } from './frame';

/**
 * Gates: the named vetoes of binding. Each says why a fact cannot be what a figure claims, so the
 * figure is never judged against it. The world is open: most figures in real articles are about
 * measures, periods and parties the data does not hold, and a fact of the same company that
 * happens to be near is no evidence.
 *
 * Every gate has an id, a summary and examples: `silent` texts on which it keeps factlint quiet
 * (with the gate off, a false alarm appears there) and `caught` texts on which a wrong figure is
 * still flagged with it on. test/unit/gates.test.ts runs them all, with each gate on and off.
 */
export interface Gate {
  id: string;
  summary: string;
  vetoes(
    frame: ClaimFrame,
    fact: Fact,
    q: Quantity,
    ctx: SentenceContext,
    index: ReferenceIndex,
  ): boolean;
  examples: { silent: string[]; caught: string[] };
  /**
   * False when a ruled-out fact that agrees with the figure should not keep it from being called
   * wrong: a fact the writer cannot have meant; or a test of the figure's words saying whether it
   * does. By default it does (the frame may be misread).
   */
  agreementCounts?: false | ((q: Quantity, ctx: SentenceContext, frame?: ClaimFrame) => boolean);
}

/** Whether a fact the gate ruled out, agreeing with the figure, keeps it from being called wrong. */
export function agreementCounts(
  gate: Gate,
  q: Quantity,
  ctx: SentenceContext,
  frame?: ClaimFrame,
): boolean {
  const counts = gate.agreementCounts;
  return counts === undefined || (counts !== false && counts(q, ctx, frame));
}
