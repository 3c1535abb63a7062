import {
  checkDocument,
  describeValue,
  lineStartsOf,
  type CheckResult,
  type Claim,
  type FigureTrace,
  type ReferenceIndex,
  titleText,
} from '../engine/index';

/**
 * `factlint explain FILE:LINE[:COL]`: for each figure on that line (or the one at that column),
 * its claim frame, the facts the gates ruled out and why, the candidates left with their scores,
 * and what was made of the best one; for each person named in a role, or name misspelt, what it
 * was read as, what the data holds of it and what came of it. The same reasoning the hover card
 * shows briefly.
 */
const NO_FACTS = ' (no facts of it in the data)';

export function explainPlace(
  text: string,
  line: number,
  column: number | undefined,
  index: ReferenceIndex,
  today: string,
): string {
  const starts = lineStartsOf(text);
  const from = starts[line - 1];
  if (from === undefined)
    return `line ${line} is past the end of the file (${starts.length} lines)\n`;
  const to = starts[line] ?? text.length;
  const at = column === undefined ? undefined : from + column - 1;
  const here = (span: { start: number; end: number }): boolean =>
    span.start >= from &&
    span.start < to &&
    (at === undefined || (span.start <= at && at < Math.max(span.end, span.start + 1)));
  const out: { start: number; text: string }[] = [];
  const result = checkDocument(text, index, {
    today,
    explain: (span, trace) => {
      if (here(span))
        out.push({
          start: span.start,
          text: describeTrace(span.text, span.start - from + 1, trace),
        });
    },
  });
  for (const c of result.claims)
    if (c.kind !== 'figure' && here(c))
      out.push({ start: c.start, text: describeNameClaim(c, c.start - from + 1, result, index) });
  return out.length
    ? out
        .sort((a, b) => a.start - b.start)
        .map((o) => o.text)
        .join('\n')
    : `no figure or name factlint reads as a claim at ${line}${column ? `:${column}` : ''}\n`;
}

const OUTCOME_OF_STATUS: Record<Claim['status'], string> = {
  match: 'agrees with the data',
  wrong: 'wrong',
  outdated: 'out of date',
  unsure: 'left alone',
  'no-data': 'left alone',
};

/**
 * A person in a role, or a name spelt otherwise: what it was read as, the person's roles in the
 * data with their dates, and the outcome with the finding's message or why it was left alone.
 */
function describeNameClaim(
  c: Claim,
  column: number,
  result: CheckResult,
  index: ReferenceIndex,
): string {
  const lines = [`"${c.text}" (column ${column}): ${c.kind === 'role' ? 'a role' : 'a name'}`];
  if (c.reading) lines.push(`  read as: ${c.reading}`);
  const entity = c.entityId ? index.entity(c.entityId) : undefined;
  if (entity && c.kind === 'name') lines.push(`  in the data: spelled "${entity.name}"`);
  if (c.kind === 'role') lines.push(...roleLines(c, result, index));
  const finding = result.findings.find((f) => f.start === c.start && f.end === c.end);
  const said = finding?.message ?? c.why;
  lines.push(`  outcome: ${OUTCOME_OF_STATUS[c.status]}${said ? `: ${said}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The roles the data holds of the person named in a role claim, then of the one it has in that
 * role instead, when that is someone else.
 */
function roleLines(c: Claim, result: CheckResult, index: ReferenceIndex): string[] {
  const named = result.names
    .filter((n) => n.sourceStart >= c.start && n.sourceEnd <= c.end)
    .map((n) => n.entityId);
  const people = new Set([...named, ...(c.entityId ? [c.entityId] : [])]);
  return [...people].flatMap((id) => {
    const person = index.entity(id);
    return (person?.roles ?? []).map((r) => {
      const span = [r.from && ` from ${r.from}`, r.until && ` until ${r.until}`];
      const org = index.entity(r.of)?.name ?? r.of;
      return `  in the data: ${person!.name}, ${titleText(r.title)} of ${org}${span.join('')}`;
    });
  });
}

/** What binding came to: no candidate, or a fact other than the best scored. */
function boundLines(t: FigureTrace): string[] {
  if (t.stoppedBy) return [`  weighed against no fact: ${t.stoppedBy.id}: ${t.stoppedBy.summary}`];
  if (!t.candidates.length)
    return ['  no candidate: nothing in the data fits this claim, so it is not judged'];
  if (!t.chosen || t.chosen === t.candidates[0]) return [];
  return [
    `  bound to ${t.chosen.fact.id}, not the best scored: the reading in which the figure ` +
      'agrees with its fact, or another figure taking that one, outweighs the scores',
  ];
}

function describeTrace(text: string, column: number, t: FigureTrace): string {
  const f = t.frame;
  const frame = [
    `metric ${f.metric ? f.metric.id + (f.metric.properties.length ? '' : NO_FACTS) : 'not named'}`,
    ...(f.qualifier ? [`qualified by "${f.qualifier}"`] : []),
    ...(f.owner ? [`measure of ${f.owner.text}`] : []),
    `modality ${f.modality}`,
    `relation ${f.relation}`,
    ...(f.grain ? [`period a ${f.grain}`] : []),
    ...(f.joint.length ? [`joint amount of ${f.joint.map((n) => n.text).join(' and ')}`] : []),
  ];
  const lines = [`"${text}" (column ${column})`, `  frame: ${frame.join('; ')}`];
  for (const a of t.setAside ?? [])
    lines.push(`  set aside every fact of ${a.subject.name}: ${a.rule}`);
  for (const v of t.vetoed)
    lines.push(`  ruled out ${v.fact.id} (${describeValue(v.fact.value)}): ${v.rule}`);
  const shown = t.candidates.slice(0, 5);
  if (t.chosen && !shown.includes(t.chosen)) shown.push(t.chosen);
  for (const c of shown) {
    const why = [
      `score ${c.score.toFixed(2)}`,
      c.names.length ? `names ${c.names.join(', ')}` : 'no name',
      c.cues.length ? `words ${c.cues.join(', ')}` : 'no words of its property',
      ...(c.coverage < 1
        ? [`subject named only around the sentence (weight ${c.coverage.toFixed(2)})`]
        : []),
      ...(c.anchored ? [] : ['not anchored']),
      ...(c.strongCue ? [] : ['no word of its own']),
      ...(c.timeMatched ? ['its time named'] : []),
    ];
    lines.push(`  candidate ${c.fact.id} (${describeValue(c.fact.value)}): ${why.join('; ')}`);
  }
  lines.push(...boundLines(t));
  lines.push(`  outcome: ${t.outcome ?? 'left alone'}`);
  return `${lines.join('\n')}\n`;
}
