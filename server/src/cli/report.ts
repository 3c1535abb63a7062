import { lineIndex, lineStartsOf, type Finding } from '../engine/index';

/** An LSP-style position: 0-based line, UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface JsonDiagnostic {
  range: { start: Position; end: Position };
  severity: Finding['severity'];
  code: string;
  message: string;
  source: 'factlint';
  codeDescription?: { href: string };
  fixes: { title: string; edits: { range: { start: Position; end: Position }; newText: string }[] }[];
}

export interface FileReport {
  path: string;
  diagnostics: JsonDiagnostic[];
  /** set when the file could not be checked */
  error?: string;
}

/** Converts engine findings (source offsets) into positions, the one place the CLI does so. */
export function toDiagnostics(text: string, findings: Finding[]): JsonDiagnostic[] {
  const starts = lineStartsOf(text);
  const pos = (offset: number): Position => {
    const line = lineIndex(starts, offset);
    return { line, character: offset - starts[line] };
  };
  return findings.map((f) => ({
    range: { start: pos(f.start), end: pos(f.end) },
    severity: f.severity,
    code: f.rule,
    message: f.message,
    source: 'factlint',
    ...(f.fact?.sources[0] ? { codeDescription: { href: f.fact.sources[0].url } } : {}),
    fixes: f.fixes.map((x) => ({
      title: x.title,
      edits: x.edits.map((e) => ({ range: { start: pos(e.start), end: pos(e.end) }, newText: e.newText })),
    })),
  }));
}

export function formatJson(files: FileReport[]): string {
  return JSON.stringify({ files }, null, 2);
}

/** path:line:col  severity  rule  message, one finding a line, then a summary. */
export function formatText(files: FileReport[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    if (f.error) lines.push(`${f.path}: ${f.error}`);
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      const fix = d.fixes[0] ? ` [fix: ${d.fixes[0].edits.map((e) => e.newText).join(', ')}]` : '';
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.code}  ${d.message}${fix}`);
    }
  }
  const n = files.length;
  lines.push(`${n} file${n === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}
