import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../server/src/cli/run';
import { formatMarkdown } from '../../server/src/cli/markdown';
import { fileReport } from '../../server/src/cli/report';
import { nodeFs, type FixFs } from '../../server/src/cli/fix';
import { ROOT, TODAY } from '../helpers';

const PLANTED =
  'OpenAI has signed a five-year, $83B cloud services agreement with Amazon.\r\n\r\nOpen AI keeps growing.\r\n';

/** Runs the CLI in-process in a fresh folder; returns exit code and output. */
function cli(
  args: string[],
  files: Record<string, string> = {},
  extra: Partial<CliIo> = {},
): { code: number; out: string; err: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-opt-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: () => '',
    today: TODAY,
    version: '9.9.9',
    cwd: dir,
    isTTY: false,
    ...extra,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), dir };
}

const json = (
  out: string,
): { files: { path: string; diagnostics: { code: string; severity: string }[] }[] } =>
  JSON.parse(out);

describe('inputs', () => {
  it('walks folders for markdown, honouring .gitignore and .factlintignore', () => {
    const r = cli(['--format', 'json', '.'], {
      'a.md': PLANTED,
      'docs/b.markdown': PLANTED,
      'docs/c.txt': PLANTED,
      'drafts/old.md': PLANTED,
      'vendor/x.md': PLANTED,
      '.gitignore': 'vendor/\n',
      '.factlintignore': 'drafts/\n',
    });
    expect(
      json(r.out)
        .files.map((f) => f.path)
        .sort(),
    ).toEqual(['a.md', 'docs/b.markdown']);
  });

  it('matches globs, with ** across folders', () => {
    const r = cli(['--format', 'json', 'docs/**/*.md'], {
      'docs/x/y.md': PLANTED,
      'docs/z.md': PLANTED,
      'other.md': PLANTED,
    });
    expect(
      json(r.out)
        .files.map((f) => f.path)
        .sort(),
    ).toEqual(['docs/x/y.md', 'docs/z.md']);
  });

  it('reads standard input for "-"', () => {
    const r = cli(['--format', 'json', '-'], {}, { stdin: () => PLANTED });
    expect(json(r.out).files[0].path).toBe('-');
    expect(r.code).toBe(1);
  });

  it('exits 2 when an input matches nothing', () => {
    const r = cli(['nothing/*.md']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no markdown files match nothing/*.md');
  });
});

describe('rules, quiet and warnings', () => {
  it("sets a rule's severity or turns it off", () => {
    const off = cli(
      ['--format', 'json', '--rule', 'wrong-figure=off', '--rule', 'wrong-term=warning', 'a.md'],
      { 'a.md': PLANTED },
    );
    expect(
      json(off.out)
        .files[0].diagnostics.map((d) => `${d.code}:${d.severity}`)
        .sort(),
    ).toEqual(['name-spelling:warning', 'wrong-term:warning']);
    expect(off.code).toBe(0);
    expect(cli(['--rule', 'nope=off', 'a.md']).code).toBe(2);
    expect(cli(['--rule', 'wrong-figure=loud', 'a.md']).code).toBe(2);
  });

  it('--quiet reports errors only; --max-warnings fails on too many warnings', () => {
    expect(
      json(
        cli(['--format', 'json', '--quiet', 'a.md'], { 'a.md': PLANTED }).out,
      ).files[0].diagnostics.every((d) => d.severity === 'error'),
    ).toBe(true);
    const warnOnly = 'Open AI keeps growing. Antropic too.\n';
    expect(cli(['--max-warnings', '1', 'a.md'], { 'a.md': warnOnly }).code).toBe(1);
    expect(cli(['--max-warnings', '2', 'a.md'], { 'a.md': warnOnly }).code).toBe(0);
    expect(cli(['--max-warnings', 'many', 'a.md']).code).toBe(2);
  });

  it('reads the project settings file, and --config names another', () => {
    const files = {
      'a.md': PLANTED,
      '.factlintrc.json': JSON.stringify({ rules: { 'wrong-figure': 'off' } }),
      'strict.yaml': 'factlint:\n  rules:\n    name-spelling: error\n',
    };
    expect(
      json(cli(['--format', 'json', 'a.md'], files).out)
        .files[0].diagnostics.map((d) => d.code)
        .sort(),
    ).toEqual(['name-spelling', 'wrong-term']);
    const strict = json(cli(['--format', 'json', '--config', 'strict.yaml', 'a.md'], files).out)
      .files[0].diagnostics;
    expect(strict.find((d) => d.code === 'name-spelling')?.severity).toBe('error');
    const broken = cli(['--config', 'bad.json', 'a.md'], {
      'a.md': PLANTED,
      'bad.json': '{"run": "sometimes"}',
    });
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('factlint.run must be');
  });
});

describe('factlint rules', () => {
  it('lists every rule, requirement and gate as JSON, and as text', () => {
    const listed = JSON.parse(cli(['rules', '--format', 'json']).out) as {
      id: string;
      kind: string;
      summary: string;
      examples: number;
    }[];
    expect(listed.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'wrong-figure',
        'name-spelling',
        'binding/subject-named',
        'metric/not-in-data',
      ]),
    );
    expect(new Set(listed.map((r) => r.kind))).toEqual(
      new Set(['diagnostic', 'requirement', 'gate']),
    );
    expect(listed.every((r) => r.summary.length > 0 && r.examples > 0)).toBe(true);
    expect(cli(['rules']).out).toMatch(
      /^wrong-figure {2}\(diagnostic, \d+ examples\)\n {2}A figure/,
    );
    expect(cli(['rules', 'a.md']).code).toBe(2);
  });
});

describe('formats', () => {
  it('text: path:line:col  severity  rule  message, no colour unless asked', () => {
    const r = cli(['a.md'], { 'a.md': PLANTED });
    expect(r.out).toMatch(/^a\.md:1:21 {2}error {2}wrong-term {2}five-year: the term of /m);
    expect(r.out).not.toContain('\x1b[');
    expect(cli(['--color', 'a.md'], { 'a.md': PLANTED }).out).toContain('\x1b[31merror');
  });

  it('text: ends with the claim counts and the coverage of identified claims', () => {
    const lines = cli(['a.md'], { 'a.md': PLANTED }).out.split('\n');
    expect(lines.at(-2)).toMatch(/^claims: \d+ checked: (?:\d+ match, )?\d+ wrong/);
    expect(lines.at(-1)).toMatch(
      /^coverage: (\d+) of \1 identified claims had a fact \(100\.0%\)$/,
    );
  });

  it('json: each file lists its claims with status, place and fact, and a summary counts them', () => {
    const r = JSON.parse(
      cli(['--format', 'json', 'a.md', 'b.md'], {
        'a.md': PLANTED,
        'b.md': 'Nothing to check here.\n',
      }).out,
    );
    const [a, b] = r.files;
    const figure = a.claims.find((c: { text: string }) => c.text === '$83B');
    expect(figure).toMatchObject({
      range: { start: { line: 0, character: 31 }, end: { line: 0, character: 35 } },
      kind: 'figure',
      status: 'wrong',
    });
    expect(figure.fact).toMatchObject({ value: '$38 billion', asOf: '2025-11-03' });
    expect(figure.fact.sources[0].url).toMatch(/^https?:\/\//);
    expect(a.claims.find((c: { text: string }) => c.text === 'Open AI')).toMatchObject({
      kind: 'name',
      status: 'wrong',
      entity: { name: 'OpenAI' },
    });
    expect(a.summary.wrong).toBe(
      a.claims.filter((c: { status: string }) => c.status === 'wrong').length,
    );
    expect(b).toMatchObject({
      claims: [],
      summary: { match: 0, wrong: 0, outdated: 0, unsure: 0, 'no-data': 0 },
    });
    expect(r.summary).toEqual(a.summary);
  });

  it('markdown: a report for a pull request, wrong claims first with their reference and source', () => {
    const out = cli(['--format', 'markdown', 'a.md'], {
      'a.md': `${PLANTED}OpenAI's cloud agreement with Amazon is worth $38 billion.\n`,
    }).out;
    expect(out).toMatch(/^## factlint fact check\n\n\*\*1 file\*\*: \d+ checked/);
    const wrong = out.indexOf('**Wrong (');
    expect(wrong).toBeGreaterThan(0);
    expect(out).toMatch(
      /\| 1 \| \$83B \| \$38 billion \(as of 2025-11-03\) \| \[[^\]]+\]\(https?:\/\/[^)]+\) \|/,
    );
    // the claims that need nobody's attention are folded, after the wrong ones
    const folded = out.indexOf('<details><summary>Match (1)</summary>');
    expect(folded).toBeGreaterThan(wrong);
  });

  it('markdown: table cells cannot break the table, and only http(s) sources become links', () => {
    const at = { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } };
    const claims = [
      {
        range: at,
        text: 'a|b *c*',
        kind: 'figure' as const,
        status: 'wrong' as const,
        fact: {
          id: 'x',
          value: '$1 | 2',
          asOf: '2025',
          sources: [{ title: 'Evil](javascript:x)', url: 'javascript:alert(1)' }],
        },
      },
    ];
    const out = formatMarkdown([fileReport('x.md', [], claims)]);
    expect(out).toContain('| 3 | a\\|b \\*c\\* | $1 \\| 2 (as of 2025) |  |');
    expect(out).not.toContain('javascript:');
  });

  it('github: one workflow annotation a finding, properties escaped', () => {
    const r = cli(['--format', 'github', 'a.md'], { 'a.md': PLANTED });
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error file=a\.md,line=1,col=21,endLine=1,endColumn=30,title=factlint wrong-term::five-year: the term of /,
    );
    expect(lines.find((l) => l.startsWith('::warning'))).toContain('title=factlint name-spelling');
  });

  it('sarif: valid SARIF 2.1.0 with rules, regions and fixes', () => {
    const r = cli(['--format', 'sarif', 'a.md'], { 'a.md': PLANTED });
    const log = JSON.parse(r.out);
    const schema = JSON.parse(
      readFileSync(
        resolve(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json'),
        'utf8',
      ),
    );
    const validate = new Ajv2020({
      strict: false,
      allErrors: true,
      validateFormats: false,
    }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('wrong-figure');
    const figure = run.results.find((x: { ruleId: string }) => x.ruleId === 'wrong-figure');
    expect(figure.locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 32,
      endLine: 1,
      endColumn: 36,
    });
    expect(figure.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('$38B');
  });
});

describe('--fix', () => {
  it('fixes every fixable problem, keeps CRLF and BOM and changes nothing else', () => {
    const original = `\uFEFF${PLANTED}Unrelated: 3 chapters.\r\n`;
    const r = cli(['--fix', '--format', 'json', 'a.md'], { 'a.md': original });
    const after = readFileSync(join(r.dir, 'a.md'), 'utf8');
    expect(after).toBe(
      `\uFEFFOpenAI has signed a seven-year, $38B cloud services agreement with Amazon.\r\n\r\nOpenAI keeps growing.\r\nUnrelated: 3 chapters.\r\n`,
    );
    expect(json(r.out).files[0].diagnostics).toEqual([]);
    expect(r.err).toContain('fixed 3 problems in a.md');
    expect(r.code).toBe(0);
  });

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const r = cli(['--fix-dry-run', 'a.md'], { 'a.md': PLANTED });
    expect(readFileSync(join(r.dir, 'a.md'), 'utf8')).toBe(PLANTED);
    expect(r.out).toContain('-OpenAI has signed a five-year, $83B');
    expect(r.out).toContain('+OpenAI has signed a seven-year, $38B');
  });

  it('leaves a file that changed after it was read untouched, and says so', () => {
    const meddling: FixFs = { read: () => 'someone else edited this', write: nodeFs.write };
    const r = cli(['--fix', 'a.md'], { 'a.md': PLANTED }, { fs: meddling });
    expect(readFileSync(join(r.dir, 'a.md'), 'utf8')).toBe(PLANTED);
    expect(r.err).toContain('the file changed after factlint read it; not written');
    expect(r.code).toBe(2);
  });

  it('keeps the original whole when writing fails (full disk)', () => {
    const full: FixFs = {
      read: nodeFs.read,
      write: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const r = cli(['--fix', 'a.md'], { 'a.md': PLANTED }, { fs: full });
    expect(readFileSync(join(r.dir, 'a.md'), 'utf8')).toBe(PLANTED);
    expect(r.err).toContain('not written (ENOSPC); the original is unchanged');
    expect(r.code).toBe(2);
  });

  it('a crash in the middle of writing leaves the original whole; the next run fixes it and clears the leftover', () => {
    const { dir } = cli([], { 'a.md': PLANTED });
    // the real CLI in its own process, made to die (SIGKILL, as on power loss) half-way through
    // writing its temporary file: nothing after that point runs, no cleanup either
    const preload = join(dir, 'crash-mid-write.cjs');
    writeFileSync(
      preload,
      [
        "const fs = require('node:fs');",
        'const { openSync, writeSync } = fs; const temporary = new Set();',
        'fs.openSync = (path, ...rest) => { const fd = openSync(path, ...rest); ' +
          "if (String(path).endsWith('.tmp')) temporary.add(fd); return fd; };",
        'fs.writeSync = (fd, text, ...rest) => { if (!temporary.has(fd)) return ' +
          'writeSync(fd, text, ...rest); writeSync(fd, String(text).slice(0, 20)); ' +
          "process.kill(process.pid, 'SIGKILL'); };",
      ].join('\n'),
    );
    const crashed = spawnSync(
      process.execPath,
      ['--require', preload, resolve(ROOT, 'dist/cli.js'), '--fix', 'a.md'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(crashed.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(PLANTED);
    const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    expect(leftovers()).toEqual([`.a.md.factlint-${crashed.pid}.tmp`]);

    const again = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), '--fix', 'a.md'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(again.status).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain(
      'a seven-year, $38B cloud services agreement',
    );
    expect(leftovers()).toEqual([]);
  });

  it('refuses to fix standard input', () => {
    expect(cli(['--fix', '-']).code).toBe(2);
  });
});

describe('factlint explain FILE:LINE:COL', () => {
  it('prints the frame of the figure there, its candidates and what became of it', () => {
    const draft =
      'Alphabet grew. Google Cloud revenue was $51.2 billion in the third quarter of 2025.\n';
    const r = cli(['explain', 'draft.md:1:41'], { 'draft.md': draft });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^"\$51\.2 billion" \(column 41\)/);
    // the business written before the metric noun owns the measure
    expect(r.out).toMatch(/frame: metric revenue; .*measure of Google Cloud; .*period a quarter/);
    expect(r.out).toMatch(/candidate google-cloud-revenue-2025-q3 \(\$15\.\d+ billion\)/);
    expect(r.out).toMatch(/outcome: contradicted: google-cloud-revenue-2025-q3/);
  });

  it('says when the figure is bound to another fact than the best scored', () => {
    // (the data has OpenAI's closed round at $852 billion in March 2026, and January's talks at
    // about $830 billion: the reading in which the writer is right takes the talks)
    const draft =
      '---\ndate: 2026-05-29\n---\n\nRival OpenAI carried an $829 billion private valuation ' +
      'from March.\n';
    const r = cli(['explain', 'draft.md:5:25'], { 'draft.md': draft });
    expect(r.out).toMatch(/candidate openai-valuation-2026-03 /);
    expect(r.out).toMatch(/bound to openai-valuation-2026-01-talks, not the best scored/);
    expect(r.out).toMatch(/outcome: supported: openai-valuation-2026-01-talks/);
  });

  it('names a subject a requirement set aside whole, and the requirement', () => {
    // two people in the clause: whose role began then is not said
    const draft = 'Matt Garman and Andy Jassy have led AWS since 2019.\n';
    const r = cli(['explain', 'draft.md:1:47'], { 'draft.md': draft });
    expect(r.out).toMatch(
      /set aside every fact of Matt Garman as CEO of .*: binding\/one-role-in-play/,
    );
  });

  it('names the requirement that kept a figure from every fact', () => {
    const draft =
      '---\ndate: 2026-02-13\n---\n\nSoftBank booked a net profit of ¥248.6bn ($1.6bn) in the ' +
      'quarter.\n';
    const r = cli(['explain', 'draft.md:5:47'], { 'draft.md': draft });
    expect(r.out).toMatch(/^"\$1\.6bn" \(column 4\d\)/);
    expect(r.out).toMatch(/weighed against no fact: binding\/not-converted: An amount in brackets/);
  });

  it('says what a person named in a role was read as, and the roles the data holds', () => {
    // the role is judged on the document's date: in 2023 AWS was run by Adam Selipsky
    const draft = '---\ndate: 2023-03-01\n---\n\nAWS chief executive Matt Garman spoke.\n';
    const r = cli(['explain', 'draft.md:5:22'], { 'draft.md': draft });
    expect(r.out).toMatch(/^"Matt Garman" \(column 21\): a role/);
    expect(r.out).toMatch(/read as: CEO of Amazon Web Services on 1 Mar 2023/);
    expect(r.out).toMatch(/in the data: Matt Garman, CEO of Amazon Web Services from 2024-06-03\n/);
    expect(r.out).toMatch(/in the data: Adam Selipsky, CEO of Amazon Web Services from 2021 until/);
    expect(r.out).toMatch(/outcome: wrong: Matt Garman is not the CEO .*: Adam Selipsky is/);
  });

  it('says how a misspelt name is spelled in the data', () => {
    const r = cli(['explain', 'draft.md:1:1'], { 'draft.md': 'Open AI shipped a model.\n' });
    expect(r.out).toMatch(/^"Open AI" \(column 1\): a name\n {2}in the data: spelled "OpenAI"/);
  });

  it('says so where no figure or name is read as a claim', () => {
    const r = cli(['explain', 'draft.md:1:1'], { 'draft.md': 'Nothing to see here.\n' });
    expect(r.out).toMatch(/no figure or name factlint reads as a claim at 1:1/);
  });
});
