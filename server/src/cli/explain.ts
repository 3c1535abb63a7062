import {
  checkDocument,
  describeValue,
  lineStartsOf,
  type FigureTrace,
  type ReferenceIndex,
} from '../engine/index';

/**
 * `factlint explain FILE:LINE[:COL]`: for each figure on that line (or the one at that column),
 * its claim frame, the facts the gates ruled out and why, the candidates left with their scores,
 * and what was made of the best one. The same reasoning the hover card shows briefly.
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
  const out: string[] = [];
  checkDocument(text, index, {
    today,
    explain: (span, trace) => {
      const onLine = span.start >= from && span.start < to;
      if (
        onLine &&
        (at === undefined || (span.start <= at && at < Math.max(span.end, span.start + 1)))
      ) {
        out.push(describeTrace(span.text, span.start - from + 1, trace));
      }
    },
  });
  return out.length
    ? out.join('\n')
    : `no figure factlint reads as a claim at ${line}${column ? `:${column}` : ''}\n`;
}

/** What binding came to: no candidate, or a fact other than the best scored. */
function boundLines(t: FigureTrace): string[] {
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
