/**
 * factlint directives written as HTML comments, in the style of markdownlint and ESLint:
 *   <!-- factlint-disable -->            ... <!-- factlint-enable -->
 *   <!-- factlint-disable-next-line -->  <!-- factlint-disable-line -->
 * each optionally followed by rule ids: <!-- factlint-disable-next-line wrong-figure -->
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** the rule ids named; empty means every rule */
  rules: string[];
  /** source offset of the comment */
  offset: number;
}

const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export function parseDirective(html: string, offset: number): Directive | undefined {
  // An HTML block may hold several comments; the first directive in it wins.
  DIRECTIVE.lastIndex = 0;
  const m = DIRECTIVE.exec(html);
  if (!m) return undefined;
  const rules = m[2].split(/[\s,]+/).filter((r) => /^[a-z][a-z0-9-]*$/.test(r));
  return { kind: m[1] as DirectiveKind, rules, offset: offset + m.index };
}

/**
 * Decides, for a finding's rule and line, whether a directive silences it.
 * `lineOf` maps a source offset to its 0-based line.
 */
export function makeSuppressor(
  directives: Directive[],
  lineOf: (offset: number) => number,
): (rule: string, line: number) => boolean {
  const sorted = [...directives].sort((a, b) => a.offset - b.offset);
  const ranges: { from: number; to: number; rules: string[] }[] = [];
  const open = new Map<string, number>(); // rule key ('*' for all) -> line where disabled
  for (const d of sorted) {
    const line = lineOf(d.offset);
    const keys = d.rules.length ? d.rules : ['*'];
    if (d.kind === 'disable-next-line') {
      ranges.push({ from: line + 1, to: line + 1, rules: d.rules });
    } else if (d.kind === 'disable-line') {
      ranges.push({ from: line, to: line, rules: d.rules });
    } else if (d.kind === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, line);
    } else {
      for (const k of d.rules.length ? keys : [...open.keys()]) {
        const from = open.get(k);
        if (from === undefined) continue;
        ranges.push({ from, to: line, rules: k === '*' ? [] : [k] });
        open.delete(k);
      }
    }
  }
  for (const [k, from] of open)
    ranges.push({ from, to: Number.MAX_SAFE_INTEGER, rules: k === '*' ? [] : [k] });
  return (rule, line) =>
    ranges.some(
      (r) => line >= r.from && line <= r.to && (r.rules.length === 0 || r.rules.includes(rule)),
    );
}
