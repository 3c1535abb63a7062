import type { BoundClaims, ChunkOutcome, PlacedAt } from './cache';
import { summarizeClaims } from './claims';
import type { CheckResult, Claim, ClaimSummary, Finding, RuleId, Severity } from './types';

/**
 * Where a chunk's results stand in the document. A chunk's outcome keeps its findings, claims and
 * names in offsets from the chunk's start; they are moved to source offsets only when read, and
 * what was moved is kept for as long as the chunk stays where it is. An edit moves every chunk
 * after it, so a keystroke places only what its answer reads: the findings, and the few claims
 * that diagnostics list as related information.
 */

/** The outcome's placement at `at`, made anew when the chunk moved. */
function placementAt(outcome: ChunkOutcome, at: number): PlacedAt {
  if (outcome.placed?.at !== at) outcome.placed = { at };
  return outcome.placed;
}

/** A chunk's findings in offsets into the source, the chunk starting at `at`. */
export function findingsAt(outcome: ChunkOutcome, at: number): Finding[] {
  if (at === 0) return outcome.findings;
  const placed = placementAt(outcome, at);
  return (placed.findings ??= outcome.findings.map((f) => findingAt(f, at)));
}

/** A chunk's claims in offsets into the source, the chunk starting at `at`. */
export function claimsAt(outcome: ChunkOutcome, at: number): Claim[] {
  if (at === 0) return outcome.claims;
  const placed = placementAt(outcome, at);
  return (placed.claims ??= outcome.claims.map((c) => ({
    ...c,
    start: c.start + at,
    end: c.end + at,
  })));
}

/**
 * One claim of a chunk in offsets into the source, placed alone: the same object for as long as
 * the chunk stays at `at`, so that what is made of it (related information) can be kept.
 */
function claimAt(outcome: ChunkOutcome, c: Claim, at: number): Claim {
  if (at === 0) return c;
  const placed = placementAt(outcome, at);
  placed.claim ??= new Map();
  let moved = placed.claim.get(c);
  if (moved === undefined)
    placed.claim.set(c, (moved = { ...c, start: c.start + at, end: c.end + at }));
  return moved;
}

/** A chunk's names in offsets into the source, the chunk starting at `at`. */
export function namesAt(outcome: ChunkOutcome, at: number): CheckResult['names'] {
  if (at === 0) return outcome.names;
  const placed = placementAt(outcome, at);
  return (placed.names ??= outcome.names.map((n) => ({
    start: n.start,
    end: n.end,
    text: n.text,
    entityId: n.entityId,
    misspelled: n.misspelled,
    sourceStart: n.sourceStart + at,
    sourceEnd: n.sourceEnd + at,
  })));
}

/** How many of a chunk's claims have each status: offsets do not matter, so made once. */
function summaryOf(outcome: ChunkOutcome): ClaimSummary {
  return (outcome.summary ??= summarizeClaims(outcome.claims));
}

/**
 * A chunk's claims bound to a fact, by the fact's id, in the chunk's offsets; made once. Two lists,
 * not a map: every check reads every chunk's, and most chunks bind a fact or two.
 */
function boundOf(outcome: ChunkOutcome): BoundClaims {
  if (outcome.bound) return outcome.bound;
  const bound: BoundClaims = { ids: [], claims: [] };
  for (const c of outcome.claims) {
    // only a figure bound to a fact speaks of it; a claim left unjudged or about a name does not
    const id = c.binding?.fact.id;
    if (id === undefined) continue;
    const k = bound.ids.indexOf(id);
    if (k >= 0) bound.claims[k].push(c);
    else {
      bound.ids.push(id);
      bound.claims.push([c]);
    }
  }
  return (outcome.bound = bound);
}

/**
 * A chunk's findings as a check keeps them under `severities` (named by `key`): those of rules that
 * are on, each with its rule's severity, in order, in the chunk's offsets. Made once per chunk and
 * severities, so that a keystroke copies none of the findings of the chunks it leaves alone.
 */
export function keptOf(
  outcome: ChunkOutcome,
  severities: Record<RuleId, Severity | 'off'>,
  key: string,
): Finding[] {
  if (outcome.kept?.key === key) return outcome.kept.findings;
  const findings = withSeverities(outcome.findings, severities);
  outcome.kept = { key, findings };
  return findings;
}

/**
 * The findings of rules that are on, each with its rule's severity, in order; less those
 * `silenced` says a directive turns off.
 */
export function withSeverities(
  findings: readonly Finding[],
  severities: Record<RuleId, Severity | 'off'>,
  silenced?: (f: Finding) => boolean,
): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const severity = severities[f.rule];
    if (severity !== 'off' && !silenced?.(f)) kept.push({ ...f, severity });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Whether the chunks' kept findings, one list after another, stand in the order a sort of them
 * all would put them in: each list is sorted, so only where one list meets the next is compared.
 */
export function inOrder(
  lists: readonly (readonly Finding[])[],
  starts: readonly number[],
): boolean {
  let lastStart = -1;
  let lastEnd = -1;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    if (list.length === 0) continue;
    const first = list[0];
    const start = first.start + starts[i];
    const end = first.end + starts[i];
    if (start < lastStart || (start === lastStart && end < lastEnd)) return false;
    const last = list[list.length - 1];
    lastStart = last.start + starts[i];
    lastEnd = last.end + starts[i];
  }
  return true;
}

/** A finding of a chunk that starts at `at`, in source offsets. */
export function findingAt(f: Finding, at: number): Finding {
  if (at === 0) return f;
  return {
    ...f,
    start: f.start + at,
    end: f.end + at,
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: e.start + at, end: e.end + at })),
    })),
  };
}

/** The chunks' outcomes of one check, each with where its chunk starts, in document order. */
export interface PlacedOutcomes {
  outcomes: readonly ChunkOutcome[];
  starts: readonly number[];
  /** each chunk's kept findings (`keptOf`), when the check kept them chunk by chunk */
  kept?: readonly (readonly Finding[])[];
}

/** The claim counts of a whole document: each chunk's counts added up, nothing placed. */
export function documentSummary({ outcomes }: PlacedOutcomes): ClaimSummary {
  const total = summarizeClaims([]);
  // each status by name: read by a status in a variable, every chunk's counts were a slow lookup
  for (const outcome of outcomes) {
    const summary = summaryOf(outcome);
    total.wrong += summary.wrong;
    total.outdated += summary.outdated;
    total.unsure += summary.unsure;
    total['no-data'] += summary['no-data'];
    total.match += summary.match;
  }
  return total;
}

/**
 * The claims bound to each of `factIds`, in document order and source offsets: only those claims
 * are placed, and a chunk that binds none of the facts is passed over by one look at its index.
 */
export function documentClaimsOfFacts(
  placed: PlacedOutcomes,
  factIds: ReadonlySet<string>,
): Map<string, Claim[]> {
  return claimsOfFacts(placed, factIds, (c, i) => claimAt(placed.outcomes[i], c, placed.starts[i]));
}

/** A claim of one of a check's chunks, in that chunk's offsets, and the chunk's place in order. */
export interface ChunkClaim {
  claim: Claim;
  chunk: number;
}

/**
 * The claims bound to each of `factIds`, in document order, each as it stands in its chunk: no
 * claim is moved to where its chunk now stands.
 */
export function chunkClaimsOfFacts(
  placed: PlacedOutcomes,
  factIds: ReadonlySet<string>,
): Map<string, ChunkClaim[]> {
  return claimsOfFacts(placed, factIds, (claim, chunk) => ({ claim, chunk }));
}

/** Each of `factIds`' claims, chunk by chunk, as `take` gives them (chunk-relative claim, chunk). */
function claimsOfFacts<T>(
  { outcomes }: PlacedOutcomes,
  factIds: ReadonlySet<string>,
  take: (claim: Claim, chunk: number) => T,
): Map<string, T[]> {
  const byFact = new Map<string, T[]>();
  for (let i = 0; i < outcomes.length; i++) {
    const { ids, claims } = boundOf(outcomes[i]);
    for (let k = 0; k < ids.length; k++) {
      if (!factIds.has(ids[k])) continue;
      let list = byFact.get(ids[k]);
      if (!list) byFact.set(ids[k], (list = []));
      for (const c of claims[k]) list.push(take(c, i));
    }
  }
  return byFact;
}
