import type { BlockReading } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Finding } from '../types';
import type { Binder } from './binder';
import { judgeFigures, type RowSubjects } from './judge-figures';
import { LEAD_COLUMN, leadFinding } from './party-findings';
import { misattributedLeads } from './round-leads';
import { headerOf } from './row-dates';

// A table row is one record: what its cells were bound to tells what each cell is about.

/**
 * The subjects the other cells of each cell's table row were bound to: a row is one record, so a
 * cell whose figure two subjects fit equally is about the one its row is about. Each cell is
 * judged for this at most once, and only for rows that a figure asks about.
 */
export function subjectsByRow(
  readings: BlockReading[],
  index: ReferenceIndex,
  binder: Binder,
): (RowSubjects | undefined)[] {
  const judged = new Map<number, string[]>();
  const subjectsOf = (k: number): string[] => {
    let found = judged.get(k);
    if (!found) {
      found =
        readings[k]?.block.kind === 'cell'
          ? readings[k].sentences.flatMap((s) =>
              judgeFigures(s, 'cell', index, binder).judged.map((j) => j.judgement.fact.subject),
            )
          : [];
      judged.set(k, found);
    }
    return found;
  };
  return readings.map((r) => {
    if (r.block.kind !== 'cell') return undefined;
    let row: Set<string> | undefined;
    return () => {
      row ??= new Set((r.block.related ?? []).flatMap(subjectsOf));
      return row.size ? row : undefined;
    };
  });
}

/**
 * Leads named in a "Lead" column that did not lead the round the row's other cells were bound to
 * (`bound`: the facts each block's figures were bound to).
 */
export function misattributedRowLeads(
  readings: BlockReading[],
  bound: Fact[][],
  index: ReferenceIndex,
): Finding[] {
  const findings: Finding[] = [];
  readings.forEach((reading, j) => {
    if (
      reading.block.kind !== 'cell' ||
      reading.names.length === 0 ||
      !LEAD_COLUMN.test(headerOf(readings, j))
    )
      return;
    const facts = (reading.block.related ?? []).flatMap((r) => bound[r] ?? []);
    for (const lead of misattributedLeads(reading.block.text, reading.names, facts, index, true))
      findings.push(...leadFinding(lead, reading, 0, index));
  });
  return findings;
}
