import type { SentenceContext } from './reading';
import type { Veto } from './check/candidate';
import { frameOf } from './frame/frame';
import { describeFactSubject, describeValue, publisherLabel } from './check/describe';
import type { Judgement } from './check/judge';
import type { ReferenceIndex } from './reference/index';
import type { Source } from './reference/types';
import type { Claim, ClaimStatus, ClaimSummary, Finding, Quantity, RuleId } from './types';

/**
 * Claims: what the engine read in a draft and what became of each (types.ts `Claim`), counted
 * for the Fact check view, the status item and the CLI's reports, with why a figure was not judged.
 */

/** The statuses in the order a report lists them: what needs the writer first. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = [
  'wrong',
  'outdated',
  'unsure',
  'no-data',
  'match',
];

/** How many claims have each status. */
export function summarizeClaims(claims: readonly Pick<Claim, 'status'>[]): ClaimSummary {
  const summary = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as ClaimSummary;
  for (const c of claims) summary[c.status]++;
  return summary;
}

/**
 * The counts in a line: "12 checked: 10 match, 2 wrong; 7 not in the data; 1 not judged". The
 * claims judged come first; a status none has is left out, except that the line always says how
 * many were checked.
 */
export function describeSummary(s: ClaimSummary): string {
  const judged = s.match + s.wrong + s.outdated;
  const verdicts = [
    [s.match, 'match'],
    [s.wrong, 'wrong'],
    [s.outdated, 'outdated'],
  ] as const;
  const said = verdicts.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
  const parts = [`${judged} checked${said.length ? `: ${said.join(', ')}` : ''}`];
  if (s['no-data']) parts.push(`${s['no-data']} not in the data`);
  if (s.unsure) parts.push(`${s.unsure} not judged`);
  return parts.join('; ');
}

/** The kind of claim each rule's findings are about. */
const KIND_OF_RULE: Partial<Record<RuleId, Claim['kind']>> = {
  'wrong-figure': 'figure',
  'wrong-term': 'figure',
  'wrong-date': 'figure',
  'outdated-figure': 'figure',
  'wrong-attribution': 'role',
  'name-spelling': 'name',
  'name-style': 'name',
};

/**
 * Every claim in order, with a claim for each finding no claim stands for (a round's lead, a
 * misdated event): what the text gets wrong is in the list of what was checked, whatever the rule's
 * severity.
 */
export function withFindings(claims: Claim[], findings: Finding[], source: string): Claim[] {
  const at = claimedSpans(claims, findings);
  const out = [...claims];
  for (const f of findings) {
    const kind = KIND_OF_RULE[f.rule];
    // (every finding with a kind has its start in `at`)
    const ends = at.get(f.start);
    if (!kind || !ends || ends.includes(f.end)) continue;
    ends.push(f.end);
    out.push({
      start: f.start,
      end: f.end,
      text: source.slice(f.start, f.end),
      kind,
      status: f.rule === 'outdated-figure' ? 'outdated' : 'wrong',
      ...(f.fact ? { fact: f.fact } : {}),
      ...(f.entityId ? { entityId: f.entityId } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The ends of the claims that start where a finding with a claim kind does, by start: this runs
 * over every claim of the document on each check, where such findings are few, so the claims are
 * only read, and nothing is made for most of them.
 */
function claimedSpans(claims: Claim[], findings: Finding[]): Map<number, number[]> {
  const at = new Map<number, number[]>();
  for (const f of findings) if (KIND_OF_RULE[f.rule]) at.set(f.start, []);
  if (at.size === 0) return at;
  for (const c of claims) at.get(c.start)?.push(c.end);
  return at;
}

export const STATUS_OF: Record<Judgement['verdict'], ClaimStatus> = {
  supported: 'match',
  contradicted: 'wrong',
  outdated: 'outdated',
};

/**
 * A figure is a claim of its own unless it only names an amount ("the first gigawatt"), ends a span
 * whose start speaks for it, or is a date nothing was bound to: such a date is when another claim
 * holds, not a claim.
 */
export function isClaim(q: Quantity): boolean {
  return !q.mention && q.rangePart !== 'end' && q.dim !== 'date';
}

/** Why no fact was bound to a figure: the first fact a gate ruled out, or nothing in the data. */
export function whyNoData(vetoed: Veto[], index: ReferenceIndex): string {
  const first = vetoed[0];
  if (!first) return 'No fact in the data covers what it claims.';
  return `Not ${describeFactSubject(first.fact, index)}: ${first.gate.summary}`;
}

/**
 * What a figure left without a fact claims, when its words identify it: the measure its clause
 * names and whose it is (the owner or head of the measure, else the name nearest the figure in its
 * sentence), as "revenue of Nvidia". Such a claim counts against the data's coverage; a figure
 * whose measure or subject is not said is not a claim the data could be expected to hold.
 */
export function identifiedClaim(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): string | undefined {
  const f = frameOf(q, ctx, index);
  if (!f.metric) return undefined;
  // a person has no revenue or valuation of their own: the measure is their company's
  const nearest = ctx.names
    .filter((n) => index.entity(n.entityId)?.kind !== 'person')
    .sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
  const subject = f.owner ?? f.head ?? nearest;
  const entity = subject && index.entity(subject.entityId);
  const metric = f.metric.id === 'valued' ? 'valuation' : f.metric.id.replace(/-/g, ' ');
  return entity ? `${metric} of ${entity.name}` : undefined;
}

/** How many claims were identified, and how many of those had a fact. */
export interface Coverage {
  identified: number;
  withFact: number;
}

/**
 * The data's coverage of what a text claims: a figure or role claim is identified when it was
 * bound to a fact (judged or not) or says its measure and subject (`about`); it had a fact unless
 * its status is `no-data`. Names' spellings are not claims about facts.
 */
export function coverageOf(claims: readonly Pick<Claim, 'kind' | 'status' | 'about'>[]): Coverage {
  let identified = 0;
  let withFact = 0;
  for (const c of claims) {
    if (c.kind === 'name') continue;
    if (c.status !== 'no-data') withFact++;
    if (c.status !== 'no-data' || c.about || c.kind === 'role') identified++;
  }
  return { identified, withFact };
}

/** "coverage: 40 of 50 identified claims had a fact (80%)" */
export function describeCoverage({ identified, withFact }: Coverage): string {
  const share = identified ? ` (${((100 * withFact) / identified).toFixed(1)}%)` : '';
  return `coverage: ${withFact} of ${identified} identified claims had a fact${share}`;
}

/**
 * How a judged figure's claim was read, in a few words for the hover card: "revenue · a quarter ·
 * a change"; nothing when its clause says nothing beyond a plain level.
 */
export function readingOf(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): string | undefined {
  const f = frameOf(q, ctx, index);
  const parts = [
    f.metric?.id.replace(/-/g, ' '),
    f.segment && `of ${f.segment}`,
    f.grain && `a ${f.grain}`,
    f.modality !== 'actual' && f.modality,
    f.relation !== 'level' && `a ${f.relation}`,
  ].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length ? parts.join(' · ') : undefined;
}

/** A source as a reader sees it: the outlet's name and the link. */
export interface SourceLink {
  title: string;
  url: string;
}

/**
 * What a claim was checked against, as the reports show it: the fact's value and sources, or the
 * entity.
 */
export interface ClaimReference {
  fact?: { id: string; value: string; asOf: string; sources: SourceLink[] };
  entity?: { id: string; name: string; sources: SourceLink[] };
}

/** The reference of a claim for the CLI's reports and the editor's Fact check view alike. */
export function claimReference(c: Claim, index: ReferenceIndex): ClaimReference {
  const entity = c.entityId ? index.entity(c.entityId) : undefined;
  const link = (s: Source): SourceLink => ({ title: publisherLabel(s.publisher), url: s.url });
  return {
    ...(c.fact
      ? {
          fact: {
            id: c.fact.id,
            value: describeValue(c.fact.value),
            asOf: c.fact.asOf,
            sources: c.fact.sources.map(link),
          },
        }
      : {}),
    ...(entity
      ? { entity: { id: entity.id, name: entity.name, sources: (entity.sources ?? []).map(link) } }
      : {}),
  };
}
