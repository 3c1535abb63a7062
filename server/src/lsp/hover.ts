import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver';
import { describeFactSubject, describeValue, type CheckResult, type Fact, type ReferenceIndex } from '../engine/index';
import { rangeOf } from './convert';
import { escapeMarkdown, safeLink } from './markdown';

const STATUS: Record<Fact['status'], string> = {
  verified: 'verified (two or more sources, or a primary source)',
  'single-source': 'single source',
  conflicting: 'sources disagree',
};
const VERDICT = { supported: '✓ matches the reference', contradicted: '✗ does not match the reference', outdated: '⚠ out of date' };

/** The hover card for the figure or name under the cursor, if factlint knows it. */
export function hoverAt(doc: TextDocument, offset: number, result: CheckResult, index: ReferenceIndex): Hover | null {
  const claim = result.claims.find((c) => c.start <= offset && offset < c.end);
  if (claim) {
    const fact = claim.binding.fact;
    const lines = [
      `**factlint** · ${VERDICT[claim.verdict]}`,
      '',
      `${escapeMarkdown(capitalize(describeFactSubject(fact, index)))}: **${escapeMarkdown(describeValue(fact.value))}** (as of ${escapeMarkdown(fact.asOf)})`,
      '',
      `Status: ${STATUS[fact.status]}`,
      ...fact.also.map((a) => `- also reported: ${escapeMarkdown(describeValue(a.value))} (${a.sources.map((s) => safeLink(s.publisher, s.url)).join(', ')})`),
      '',
      'Sources:',
      ...fact.sources.map((s) => `- ${safeLink(s.publisher, s.url)}${s.date ? `, ${escapeMarkdown(s.date)}` : ''}: ${escapeMarkdown(s.says)}`),
      '',
      `Bound by: ${[...claim.binding.names, ...claim.binding.cues.map((c) => `"${c}"`)].map(escapeMarkdown).join(', ')}`,
    ];
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: rangeOf(doc, claim.start, claim.end) };
  }
  const name = result.names.find((n) => n.sourceStart <= offset && offset < n.sourceEnd);
  if (!name) return null;
  const entity = index.entity(name.entityId);
  if (!entity) return null;
  const facts = index.factsAbout(entity.id).slice(0, 6);
  const deals = index.involving(entity.id).slice(0, 6);
  const roles = (entity.roles ?? []).map((r) => `${r.title} of ${index.entity(r.of)?.name ?? r.of}${r.from ? ` since ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}`);
  const lines = [
    `**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entity.kind)}${entity.parent ? ` (part of ${escapeMarkdown(index.entity(entity.parent)?.name ?? entity.parent)})` : ''}`,
    ...(name.misspelled ? ['', `Spelled "${escapeMarkdown(entity.name)}".`] : []),
    ...(roles.length ? ['', ...roles.map((r) => `- ${escapeMarkdown(r)}`)] : []),
    ...(facts.length ? ['', ...facts.map((f) => `- ${escapeMarkdown(describeFactSubject(f, index))}: ${escapeMarkdown(describeValue(f.value))} (${escapeMarkdown(f.asOf)})`)] : []),
    ...(deals.length ? ['', `Deals: ${deals.map((d) => escapeMarkdown(d.name)).join('; ')}`] : []),
  ];
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: rangeOf(doc, name.sourceStart, name.sourceEnd) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
