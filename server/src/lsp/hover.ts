import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver';
import {
  describeFactSubject,
  describeValue,
  type CheckResult,
  type Claim,
  type ClaimStatus,
  type Fact,
  type ReferenceIndex,
} from '../engine/index';
import { rangeOf } from './convert';
import { escapeMarkdown, safeLink } from './markdown';

const FACT_STATUS: Record<Fact['status'], string> = {
  verified: 'verified (two or more sources, or a primary source)',
  'single-source': 'single source',
  conflicting: 'sources disagree',
};
/** How each status reads at the top of a hover card and in the Fact check view. */
export const STATUS_LABEL: Record<ClaimStatus, string> = {
  match: '✓ matches the reference',
  wrong: '✗ does not match the reference',
  outdated: '⚠ out of date',
  unsure: '? not judged',
  'no-data': '· not in the data',
};

/** The hover card for the figure or name under the cursor, if factlint knows it. */
export function hoverAt(
  doc: TextDocument,
  offset: number,
  result: CheckResult,
  index: ReferenceIndex,
): Hover | null {
  const claim = result.claims.find((c) => c.start <= offset && offset < c.end);
  if (claim?.fact) {
    const { fact } = claim;
    const lines = [
      `**factlint** · ${STATUS_LABEL[claim.status]}`,
      '',
      `${escapeMarkdown(capitalize(describeFactSubject(fact, index)))}: ` +
        `**${escapeMarkdown(describeValue(fact.value))}** (as of ${escapeMarkdown(fact.asOf)})`,
      '',
      `Status: ${FACT_STATUS[fact.status]}`,
      ...fact.also.map(
        (a) =>
          `- also reported: ${escapeMarkdown(describeValue(a.value))} ` +
          `(${a.sources.map((s) => safeLink(s.publisher, s.url)).join(', ')})`,
      ),
      '',
      'Sources:',
      ...fact.sources.map(
        (s) =>
          `- ${safeLink(s.publisher, s.url)}${s.date ? `, ${escapeMarkdown(s.date)}` : ''}: ${escapeMarkdown(s.says)}`,
      ),
      '',
      ...whyLines(claim),
    ];
    return {
      contents: { kind: 'markdown', value: lines.join('\n') },
      range: rangeOf(doc, claim.start, claim.end),
    };
  }
  // a figure the engine read but judged against nothing: say so, and why
  if (claim?.kind === 'figure') {
    const lines = [`**factlint** · ${STATUS_LABEL[claim.status]}`, '', ...whyLines(claim)];
    return {
      contents: { kind: 'markdown', value: lines.join('\n') },
      range: rangeOf(doc, claim.start, claim.end),
    };
  }
  const name = result.names.find((n) => n.sourceStart <= offset && offset < n.sourceEnd);
  if (!name) return null;
  const entity = index.entity(name.entityId);
  if (!entity) return null;
  const facts = index.factsAbout(entity.id).slice(0, 6);
  const deals = index.involving(entity.id).slice(0, 6);
  const roles = (entity.roles ?? []).map(
    (r) =>
      `${r.title} of ${index.entity(r.of)?.name ?? r.of}` +
      `${r.from ? ` since ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}`,
  );
  const lines = [
    ...(claim
      ? [
          `**factlint** · ${STATUS_LABEL[claim.status]}`,
          ...(claim.why ? [escapeMarkdown(claim.why)] : []),
          ...(claim.reading ? [`Read as: ${escapeMarkdown(claim.reading)}`] : []),
          '',
        ]
      : []),
    `**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entity.kind)}` +
      (entity.parent
        ? ` (part of ${escapeMarkdown(index.entity(entity.parent)?.name ?? entity.parent)})`
        : ''),
    ...(name.misspelled ? ['', `Spelled "${escapeMarkdown(entity.name)}".`] : []),
    ...(roles.length ? ['', ...roles.map((r) => `- ${escapeMarkdown(r)}`)] : []),
    ...(facts.length
      ? [
          '',
          ...facts.map(
            (f) =>
              `- ${escapeMarkdown(describeFactSubject(f, index))}: ` +
              `${escapeMarkdown(describeValue(f.value))} (${escapeMarkdown(f.asOf)})`,
          ),
        ]
      : []),
    ...(deals.length ? ['', `Deals: ${deals.map((d) => escapeMarkdown(d.name)).join('; ')}`] : []),
  ];
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: rangeOf(doc, name.sourceStart, name.sourceEnd),
  };
}

/**
 * Why the claim was judged against its fact (the words that bound it), or why it was not judged.
 */
function whyLines(claim: Claim): string[] {
  if (claim.why) return [escapeMarkdown(claim.why)];
  const { binding } = claim;
  return [
    ...(claim.reading ? [`Read as: ${escapeMarkdown(claim.reading)}`] : []),
    ...(binding
      ? [
          `Bound by: ${[...binding.names, ...binding.cues.map((c) => `"${c}"`)].map(escapeMarkdown).join(', ')}`,
        ]
      : []),
  ];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
