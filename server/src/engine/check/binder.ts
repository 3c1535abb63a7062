import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { BlockReading, SentenceContext } from '../reading';
import type { Candidate } from './candidate';
import { GATES } from '../frame/gates';
import { REQUIREMENTS, type Requirement } from './requirements';
import type { Gate } from '../frame/gate';
import type { ClaimFrame } from '../frame/frame';

/**
 * How figures are bound: the requirements and gates in force, and where to record why (for
 * `factlint explain`).
 */
export interface Binder {
  requirements: readonly Requirement[];
  gates: readonly Gate[];
  /** filled per figure when given: its frame, the facts each gate ruled out, the candidates left */
  trace?: Map<Quantity, FigureTrace>;
}

/** Why a figure was bound as it was, or left alone. */
export interface FigureTrace {
  frame: ClaimFrame;
  /** facts a gate, or a requirement once past the gates, ruled out, with its id */
  vetoed: { fact: Fact; rule: string }[];
  candidates: Candidate[];
  /**
   * the candidate the figure was bound to: the best scored, unless a reading in which the writer is
   * right, or another figure of the sentence taking that fact, chose another (assign.ts)
   */
  chosen?: Candidate;
  /** what judging made of the best candidate, or why nothing was said */
  outcome?: string;
}

export const DEFAULT_BINDER: Binder = { requirements: REQUIREMENTS, gates: GATES };

/**
 * A binder with some requirements and gates switched off, by id (to see what each one does), and
 * a trace when one is asked for.
 */
export function binderOf(off: readonly string[] = [], trace = false): Binder {
  if (!off.length && !trace) return DEFAULT_BINDER;
  const on = <T extends { id: string }>(rules: readonly T[]): T[] =>
    rules.filter((r) => !off.includes(r.id));
  return {
    requirements: on(REQUIREMENTS),
    gates: on(GATES),
    ...(trace ? { trace: new Map() } : {}),
  };
}

/**
 * Told of each figure's place in the document and why it was bound as it was (`factlint explain`).
 */
export type Explain = (
  span: { start: number; end: number; text: string },
  trace: FigureTrace,
) => void;

/**
 * A fact a gate ruled out agrees with the figure by more than coincidence: a value with no open
 * bound and no wide range, within 2% of the figure ("$77.7 billion", not "$3 billion" for 3.5), or
 * for a rate within its rounding, as the fact or any of its sources has it.
 */
export function agreesClosely(q: Quantity, fact: Fact): boolean {
  const written = (q.min + q.max) / 2;
  // (a rate agrees only as rounded to its written digits: 61% is not another line's 62%)
  const rateOff = q.dim === 'percent' ? halfLastDigit(q.text) : undefined;
  return [fact.value, ...fact.also.map((a) => a.value)].some((v) => {
    const ref = (v.min + v.max) / 2;
    const off = rateOff ?? Math.abs(ref) * 0.02;
    return !v.bound && v.max <= v.min * 1.25 && Math.abs(written - ref) <= off;
  });
}

/** Half a unit of the last digit a number is written to: 0.5 for "62%", 0.05 for "9.6%". */
function halfLastDigit(text: string): number {
  const decimals = /\d[.,](\d+)/.exec(text)?.[1].length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/** Hands each figure's trace to `explain`, at the figure's place in the source. */
export function explainFigures(
  sentence: SentenceContext,
  b: BlockReading,
  binder: Binder,
  explain: Explain,
): void {
  for (const q of sentence.quantities) {
    const trace = binder.trace?.get(q);
    const at = b.block.map.toSourceLoose(q.start, q.end);
    if (trace && at) explain({ ...at, text: q.text }, trace);
  }
}
