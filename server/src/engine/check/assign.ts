import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { anchoredElsewhere, MIN_SCORE, type Candidate } from './candidate';
import { sameSeries } from './time';
import { periodOf } from '../frame/period';

/**
 * Assigns each figure at most one fact and each fact at most one figure, with the largest total
 * gain over the least score that binds: "288 GB ... versus 192 GB on Blackwell" gives Blackwell's
 * fact to the figure that agrees
 * with it, though the other stands nearer its cue words. A sentence with few contested figures
 * is solved exactly; beyond EXACT_LIMIT figures, greedily by score.
 */
export function assignOneToOne(
  all: Candidate[][],
  agreesWith: (q: Quantity, fact: Fact) => boolean,
): Map<Quantity, { chosen: Candidate; rivals: Candidate[] }> {
  // what binding a figure gains over leaving it unbound: a reading that binds one more figure
  // weakly does not outweigh one that binds a figure firmly to a fact it agrees with
  const away = new Set(
    all.flatMap((list) => list.filter((c) => datedAway(c, list) || unanchoredBeside(c, list))),
  );
  // (sorting and the exact search ask a candidate's rank again and again: each worked out once)
  const ranks = new Map<Candidate, number>();
  const rank = (c: Candidate): number => {
    let r = ranks.get(c);
    if (r === undefined) {
      const bonus = !away.has(c) && agreesWith(c.quantity, c.fact) ? AGREEMENT_BONUS : 0;
      ranks.set(c, (r = c.score - MIN_SCORE + bonus));
    }
    return r;
  };
  const options = all
    .map((list) =>
      list
        .filter((p) => p.score >= MIN_SCORE)
        .sort((a, b) => rank(b) - rank(a))
        .slice(0, OPTIONS_PER_FIGURE),
    )
    .filter((list) => list.length > 0);
  const chosen =
    options.length <= EXACT_LIMIT ? bestAssignment(options, rank) : greedyAssignment(options, rank);
  const taken = new Set(chosen.map((c) => c.fact.id));
  const out = new Map<Quantity, { chosen: Candidate; rivals: Candidate[] }>();
  for (const p of chosen) {
    const rivals = all
      .find((list) => list[0]?.quantity === p.quantity)!
      .filter((c) => c !== p && !taken.has(c.fact.id));
    out.set(p.quantity, { chosen: p, rivals });
  }
  return out;
}

/**
 * A result over a period that the text's dates point away from, where they point at another
 * period of the same series (the same quarter a year before, when the text names this year's):
 * agreeing with it is chance, not the writer's meaning, and earns no bonus. Only results: the
 * period is what tells a quarter's revenue from the last, while the dates around a level (a user
 * count, a valuation) are as often other figures' as its own.
 */
function datedAway(c: Candidate, figureCandidates: Candidate[]): boolean {
  if (c.timeByText === undefined || c.timeByText >= 0 || !periodOf(c.fact)) return false;
  return figureCandidates.some(
    (o) => o !== c && (o.timeByText ?? 0) > 0 && sameSeries(o.fact, c.fact),
  );
}

/** A candidate beside another, no weaker, that the figure hangs on: agreeing with it is chance. */
function unanchoredBeside(c: Candidate, figureCandidates: Candidate[]): boolean {
  return figureCandidates.some((o) => anchoredElsewhere(c, o) && o.score >= c.score);
}

/** A reading in which the writer is right outweighs nearer cue words. */
const AGREEMENT_BONUS = 1.5;
/**
 * Exact search stays small: at most (OPTIONS_PER_FIGURE + 1) ^ EXACT_LIMIT = 4,096 leaves a
 * sentence.
 */
const EXACT_LIMIT = 6;
const OPTIONS_PER_FIGURE = 3;

function greedyAssignment(options: Candidate[][], rank: (c: Candidate) => number): Candidate[] {
  const usedQ = new Set<Quantity>();
  const usedF = new Set<string>();
  const out: Candidate[] = [];
  for (const p of options.flat().sort((a, b) => rank(b) - rank(a))) {
    if (usedQ.has(p.quantity) || usedF.has(p.fact.id)) continue;
    usedQ.add(p.quantity);
    usedF.add(p.fact.id);
    out.push(p);
  }
  return out;
}

/**
 * Depth-first over figures (each: one of its top facts, or none), pruned by an optimistic bound.
 */
function bestAssignment(options: Candidate[][], rank: (c: Candidate) => number): Candidate[] {
  const best = { total: -1, picks: [] as Candidate[] };
  const optimistic = options.map((list) => rank(list[0]));
  const rest = optimistic.map((_, i) => optimistic.slice(i).reduce((a, b) => a + b, 0));
  const picks: Candidate[] = [];
  const used = new Set<string>();
  const visit = (i: number, total: number): void => {
    if (total + (rest[i] ?? 0) <= best.total) return;
    if (i === options.length) {
      best.total = total;
      best.picks = [...picks];
      return;
    }
    for (const c of options[i]) {
      if (used.has(c.fact.id)) continue;
      used.add(c.fact.id);
      picks.push(c);
      visit(i + 1, total + rank(c));
      picks.pop();
      used.delete(c.fact.id);
    }
    visit(i + 1, total);
  };
  visit(0, 0);
  return best.picks;
}
