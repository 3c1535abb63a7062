import {
  CLAIM_STATUSES,
  describeCoverage,
  describeSummary,
  type ClaimStatus,
} from '../engine/index';
import { totalCoverage, totalSummary, type FileReport, type JsonClaim } from './report';

const HEADING: Record<ClaimStatus, string> = {
  wrong: 'Wrong',
  outdated: 'Out of date',
  unsure: 'Not judged',
  'no-data': 'Not in the data',
  match: 'Match',
};
/** What a reviewer must see is open; the rest is folded away. */
const OPEN: ReadonlySet<ClaimStatus> = new Set(['wrong', 'outdated']);

/**
 * A fact-check report for a pull-request comment: a summary line, then per file the claims read,
 * wrong and outdated first in open tables, the others folded, each with its line, reference value
 * and source link.
 */
export function formatMarkdown(files: FileReport[]): string {
  const out = [
    '## factlint fact check',
    '',
    `**${files.length} file${files.length === 1 ? '' : 's'}**: ${describeSummary(totalSummary(files))}`,
    '',
    `${describeCoverage(totalCoverage(files))}; a claim is identified when its words say what it`,
    'measures and whose it is, and "Not in the data" lists what the data lacks.',
  ];
  for (const f of files) {
    out.push('', `### \`${f.path.replace(/`/g, "'")}\``, '', describeSummary(f.summary));
    for (const status of CLAIM_STATUSES) {
      const claims = f.claims.filter((c) => c.status === status);
      if (claims.length === 0) continue;
      const table = [
        '| Line | Claim | Reference | Source |',
        '| ---: | --- | --- | --- |',
        ...claims.map(row),
      ];
      const title = `${HEADING[status]} (${claims.length})`;
      if (OPEN.has(status)) out.push('', `**${title}**`, '', ...table);
      else out.push('', `<details><summary>${title}</summary>`, '', ...table, '', '</details>');
    }
  }
  return out.join('\n');
}

function row(c: JsonClaim): string {
  const reference = c.fact
    ? `${c.fact.value} (as of ${c.fact.asOf})`
    : (c.entity?.name ?? [c.about, c.why].filter(Boolean).join(': '));
  const source = (c.fact ?? c.entity)?.sources[0];
  const link =
    source && /^https?:\/\/[^\s()<>]+$/.test(source.url)
      ? `[${cell(source.title).replace(/[[\]]/g, '')}](${source.url})`
      : '';
  return `| ${c.range.start.line + 1} | ${cell(c.text)} | ${cell(reference)} | ${link} |`;
}

/** Text made safe for a table cell: no pipe, line break or markup that would change the table. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\|*_`<>[\]]/g, (c) => `\\${c}`);
}
