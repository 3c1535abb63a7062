import {
  CLAIM_STATUSES,
  claimReference,
  coverageOf,
  describeCoverage,
  describeSummary,
  lineIndex,
  lineStartsOf,
  RULES,
  summarizeClaims,
  type Claim,
  type ClaimReference,
  type ClaimStatus,
  type ClaimSummary,
  type Coverage,
  type Finding,
  type ReferenceIndex,
  type RegisteredRule,
} from '../engine/index';

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
  fixes: {
    title: string;
    edits: { range: { start: Position; end: Position }; newText: string }[];
  }[];
}

/**
 * A claim the engine read, as the JSON report gives it: what the text says, and what became of it.
 */
export interface JsonClaim extends ClaimReference {
  range: { start: Position; end: Position };
  text: string;
  kind: Claim['kind'];
  status: ClaimStatus;
  why?: string;
  about?: string;
  reading?: string;
}

export interface FileReport {
  path: string;
  diagnostics: JsonDiagnostic[];
  claims: JsonClaim[];
  summary: ClaimSummary;
  coverage: Coverage;
}

/** Offsets to 0-based lines and UTF-16 characters, over one text. */
function positionsIn(text: string): (offset: number) => Position {
  const starts = lineStartsOf(text);
  return (offset) => {
    const line = lineIndex(starts, offset);
    return { line, character: offset - starts[line] };
  };
}

/**
 * Converts engine claims into positions, with the facts' values and sources as a reader sees them.
 */
export function toClaims(
  text: string,
  claims: readonly Claim[],
  index: ReferenceIndex,
): JsonClaim[] {
  const pos = positionsIn(text);
  return claims.map((c) => ({
    range: { start: pos(c.start), end: pos(c.end) },
    text: c.text,
    kind: c.kind,
    status: c.status,
    ...claimReference(c, index),
    ...(c.why ? { why: c.why } : {}),
    ...(c.about ? { about: c.about } : {}),
    ...(c.reading ? { reading: c.reading } : {}),
  }));
}

/** A file's report: its diagnostics and every claim read, with their counts. */
export function fileReport(
  path: string,
  diagnostics: JsonDiagnostic[],
  claims: JsonClaim[],
): FileReport {
  return {
    path,
    diagnostics,
    claims,
    summary: summarizeClaims(claims),
    coverage: coverageOf(claims),
  };
}

/** Converts engine findings (source offsets) into positions, the one place the CLI does so. */
export function toDiagnostics(text: string, findings: Finding[]): JsonDiagnostic[] {
  const pos = positionsIn(text);
  return findings.map((f) => ({
    range: { start: pos(f.start), end: pos(f.end) },
    severity: f.severity,
    code: f.rule,
    message: f.message,
    source: 'factlint',
    ...(f.fact?.sources[0] ? { codeDescription: { href: f.fact.sources[0].url } } : {}),
    fixes: f.fixes.map((x) => ({
      title: x.title,
      edits: x.edits.map((e) => ({
        range: { start: pos(e.start), end: pos(e.end) },
        newText: e.newText,
      })),
    })),
  }));
}

/** The CLI's JSON contract (see README): keep it stable, ../shared/eval/score.mjs relies on it. */
export function formatJson(files: FileReport[]): string {
  return JSON.stringify(
    { files, summary: totalSummary(files), coverage: totalCoverage(files) },
    null,
    2,
  );
}

/** The claim counts of all files together. */
export function totalSummary(files: readonly FileReport[]): ClaimSummary {
  const total = summarizeClaims([]);
  for (const f of files) for (const s of CLAIM_STATUSES) total[s] += f.summary[s];
  return total;
}

/** The coverage of all files together. */
export function totalCoverage(files: readonly FileReport[]): Coverage {
  return coverageOf(files.flatMap((f) => f.claims));
}

const COLORS = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  information: '\x1b[36m',
  hint: '\x1b[2m',
  dim: '\x1b[2m',
  reset: '\x1b[0m',
};

/** path:line:col  severity  rule  message, one finding a line, then a summary. */
export function formatText(files: FileReport[], color: boolean): string {
  const paint = (c: keyof typeof COLORS, s: string): string =>
    color ? `${COLORS[c]}${s}${COLORS.reset}` : s;
  const lines: string[] = [];
  const counts = { error: 0, warning: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error' || d.severity === 'warning') counts[d.severity]++;
      const fix = d.fixes[0]
        ? paint('dim', ` [fix: ${d.fixes[0].edits.map((e) => e.newText).join(', ')}]`)
        : '';
      lines.push(
        `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ` +
          `${paint(d.severity, d.severity)}  ${paint('dim', d.code)}  ${d.message}${fix}`,
      );
    }
  }
  const n = files.length;
  const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  lines.push(
    `${plural(n, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`,
  );
  lines.push(`claims: ${describeSummary(totalSummary(files))}`);
  lines.push(describeCoverage(totalCoverage(files)));
  return lines.join('\n');
}

/** `factlint rules`: JSON, or one rule a paragraph: id and kind, then what it does. */
export function formatRules(rules: RegisteredRule[], json: boolean): string {
  if (json) return JSON.stringify(rules, null, 2);
  return rules
    .map(
      (r) =>
        `${r.id}  (${r.kind}, ${r.examples} example${r.examples === 1 ? '' : 's'})\n  ${r.summary}`,
    )
    .join('\n\n');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(files: FileReport[]): string {
  const level = {
    error: 'error',
    warning: 'warning',
    information: 'notice',
    hint: 'notice',
  } as const;
  const prop = (s: string): string =>
    s
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A')
      .replace(/:/g, '%3A')
      .replace(/,/g, '%2C');
  const data = (s: string): string =>
    s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return files
    .flatMap((f) =>
      f.diagnostics.map((d) => {
        const { start, end } = d.range;
        const where =
          `file=${prop(f.path)},line=${start.line + 1},col=${start.character + 1},` +
          `endLine=${end.line + 1},endColumn=${end.character + 1}`;
        return `::${level[d.severity]} ${where},title=${prop(`factlint ${d.code}`)}::${data(d.message)}`;
      }),
    )
    .join('\n');
}

const SARIF_LEVEL = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
} as const;

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: rules with help, results with regions and fixes.
 */
export function formatSarif(files: FileReport[], version: string, cwd: string): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.title.replace(/\s+/g, ''),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: {
      text:
        `${r.description} factlint checks figures and names against its sourced reference data; ` +
        'each result cites the source of the reference value.',
    },
    helpUri: 'https://github.com/factlint/factlint#what-it-checks',
  }));
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const region = (r: JsonDiagnostic['range']): object => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const artifact = (path: string): object => ({
    uri: path === '-' ? 'stdin' : encodeURI(path.replace(/\\/g, '/')),
    uriBaseId: '%SRCROOT%',
  });
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        { physicalLocation: { artifactLocation: artifact(f.path), region: region(d.range) } },
      ],
      ...(d.fixes.length
        ? {
            fixes: d.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                {
                  artifactLocation: artifact(f.path),
                  replacements: x.edits.map((e) => ({
                    deletedRegion: region(e.range),
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
    })),
  );
  const root = `file://${encodeURI(cwd.replace(/\\/g, '/').replace(/\/?$/, '/'))}`;
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'factlint',
              version,
              semanticVersion: version,
              informationUri: 'https://github.com/factlint/factlint',
              rules,
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: root } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}
