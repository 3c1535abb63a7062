import type { Entity, Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { BlockReading, SentenceContext } from '../reading';
import type { Candidate } from './candidate';
import { GATES } from '../frame/gates';
import { REQUIREMENTS } from './requirements';
import type { Requirement } from './requirement';
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
  /** subjects with facts of the figure's kind that a requirement set aside whole, with its id */
  setAside?: { subject: Entity; rule: string }[];
  candidates: Candidate[];
  /**
   * the candidate the figure was bound to: the best scored, unless a reading in which the writer is
   * right, or another figure of the sentence taking that fact, chose another (assign.ts)
   */
  chosen?: Candidate;
  /** what judging made of the best candidate, or why nothing was said */
  outcome?: string;
  /** the requirement on the figure itself that kept it from every fact, with its summary */
  stoppedBy?: { id: string; summary: string };
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
