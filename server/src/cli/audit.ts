import type { AuditedFact, DataAudit } from '../data/audit';

const pct = (n: number, of: number): string => (of ? `${((100 * n) / of).toFixed(1)}%` : '0.0%');

/** `factlint data audit --format json`: the numbers and every listed fact's id, for CI. */
export function formatAuditJson(a: DataAudit): string {
  const ids = (list: AuditedFact[]): string[] => list.map((f) => f.id);
  const share = (n: number): number => (a.facts ? Math.round((1000 * n) / a.facts) / 10 : 0);
  return JSON.stringify(
    {
      today: a.today,
      staleDays: a.staleDays,
      entities: a.entities,
      facts: a.facts,
      sources: a.sources,
      corroborated: {
        facts: a.corroborated,
        percent: share(a.corroborated),
        withPrimary: a.withPrimary,
        withTwoOutlets: a.withTwoOutlets,
      },
      singleSource: {
        facts: a.singleSource.length,
        percent: share(a.singleSource.length),
        ids: ids(a.singleSource),
      },
      conflicting: { facts: a.conflicting.length, ids: ids(a.conflicting) },
      also: {
        facts: a.withAlso.length,
        ids: ids(a.withAlso),
        singleSource: ids(a.alsoSingleSource),
      },
      stale: a.stale.map((f) => ({ id: f.id, property: f.property, newestSource: f.newest })),
      undated: ids(a.undated),
      copiesOnly: ids(a.copiesOnly),
      overstated: ids(a.overstated),
      publishers: a.publishers,
    },
    null,
    2,
  );
}

/** The text report: the shares first, then each list of facts to look at, one per line. */
export function formatAuditText(a: DataAudit, topPublishers = 15): string {
  const n = a.facts;
  const lines = [
    `${a.entities} entities, ${a.facts} facts, ${a.sources} sources (audited ${a.today})`,
    '',
    `corroborated    ${a.corroborated} facts (${pct(a.corroborated, n)}): ` +
      `a primary source ${a.withPrimary} (${pct(a.withPrimary, n)}), ` +
      `two or more independent outlets ${a.withTwoOutlets} (${pct(a.withTwoOutlets, n)})`,
    `single source   ${a.singleSource.length} facts (${pct(a.singleSource.length, n)})`,
    `conflicting     ${a.conflicting.length} facts marked conflicting; ` +
      `${a.withAlso.length} hold other values (also), ${a.alsoSingleSource.length} of them from one outlet`,
    `stale           ${a.stale.length} time-varying facts whose newest source is more than ${a.staleDays} days old`,
    `undated         ${a.undated.length} facts with a source that has no date`,
    `copies only     ${a.copiesOnly.length} facts cited only through copies and aggregators`,
    `overstated      ${a.overstated.length} facts marked verified with one outlet and no primary source`,
    '',
    `top publishers (citations; * a copy or aggregator; ${a.publishers.length} in all):`,
    ...a.publishers
      .slice(0, topPublishers)
      .map((p) => `  ${String(p.citations).padStart(4)}  ${p.publisher}${p.copy ? ' *' : ''}`),
  ];
  const section = (
    title: string,
    list: AuditedFact[],
    detail: (f: AuditedFact) => string,
  ): void => {
    if (!list.length) return;
    lines.push('', `${title} (${list.length}):`, ...list.map((f) => `  ${f.id}  ${detail(f)}`));
  };
  const outlet = (f: AuditedFact): string => f.outlets.join(', ');
  section('stale', a.stale, (f) => `${f.property}, newest source ${f.newest}`);
  section('undated', a.undated, outlet);
  section('conflicting', a.conflicting, outlet);
  section('also from one outlet', a.alsoSingleSource, outlet);
  section('overstated', a.overstated, outlet);
  section('copies only', a.copiesOnly, outlet);
  section('single source', a.singleSource, outlet);
  return lines.join('\n');
}
