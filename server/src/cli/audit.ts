import type { AuditedFact, DataAudit } from '../data/audit';
import type { AuditNoteKind } from '../engine/reference/types';

const pct = (n: number, of: number): string => (of ? `${((100 * n) / of).toFixed(1)}%` : '0.0%');

/** `factlint data audit --format json`: the numbers and every listed fact's id, for CI. */
export function formatAuditJson(a: DataAudit): string {
  const ids = (list: AuditedFact[]): string[] => list.map((f) => f.id);
  // each list with the facts the data's notes explain apart
  const split = (list: AuditedFact[], kind: AuditNoteKind): Record<string, string[]> => ({
    unexplained: ids(list.filter((f) => !f.notes[kind])),
    explained: ids(list.filter((f) => f.notes[kind])),
  });
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
        ...split(a.singleSource, 'single-source'),
      },
      conflicting: {
        facts: a.conflicting.length,
        ids: ids(a.conflicting),
        ...split(a.conflicting, 'conflicting'),
      },
      also: {
        facts: a.withAlso.length,
        ids: ids(a.withAlso),
        singleSource: ids(a.alsoSingleSource),
        ...split(a.alsoSingleSource, 'also'),
      },
      stale: a.stale.map((f) => ({
        id: f.id,
        property: f.property,
        newestSource: f.newest,
        ...(f.notes.stale ? { note: f.notes.stale } : {}),
      })),
      undated: ids(a.undated),
      undatedUnexplained: split(a.undated, 'undated').unexplained,
      copiesOnly: ids(a.copiesOnly),
      copiesOnlyUnexplained: split(a.copiesOnly, 'copies-only').unexplained,
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
  // each list shows the facts the data's notes do not explain, and counts those they do
  const section = (
    title: string,
    list: AuditedFact[],
    kind: AuditNoteKind | undefined,
    detail: (f: AuditedFact) => string,
  ): void => {
    const open = list.filter((f) => !kind || !f.notes[kind]);
    const explained = list.length - open.length;
    if (!open.length) return;
    const more = explained ? `; ${explained} more explained in the data's notes` : '';
    lines.push(
      '',
      `${title} (${open.length}${more}):`,
      ...open.map((f) => `  ${f.id}  ${detail(f)}`),
    );
  };
  const outlet = (f: AuditedFact): string => f.outlets.join(', ');
  section('stale', a.stale, 'stale', (f) => `${f.property}, newest source ${f.newest}`);
  section('undated', a.undated, 'undated', outlet);
  section('conflicting', a.conflicting, 'conflicting', outlet);
  section('also from one outlet', a.alsoSingleSource, 'also', outlet);
  section('overstated', a.overstated, undefined, outlet);
  section('copies only', a.copiesOnly, 'copies-only', outlet);
  section('single source', a.singleSource, 'single-source', outlet);
  const explained = new Set(
    [a.stale, a.undated, a.conflicting, a.alsoSingleSource, a.copiesOnly, a.singleSource]
      .flat()
      .filter((f) => Object.keys(f.notes).length)
      .map((f) => f.id),
  ).size;
  lines.push(
    '',
    `explained       ${explained} facts carry notes that say why they stand on a list above`,
  );
  return lines.join('\n');
}
