import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { SHARED } from '../helpers';
import { TestClient } from './lsp-client';

const SEED = readFileSync(resolve(SHARED, 'seeds/000_887da713244190c2.txt'), 'utf8');
const PLANTED = SEED.replace('seven-year, $38 billion', 'five-year, $83B');

interface LspClaimShape {
  range: { start: { line: number; character: number } };
  text: string;
  kind: string;
  status: string;
  reference?: string;
  source?: { url: string };
}

function offsetToPosition(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyEdits(
  text: string,
  edits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted)
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('language server over stdio', () => {
  const client = new TestClient();
  const uri = 'file:///tmp/factlint-protocol/planted.md';

  beforeAll(async () => {
    const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
    expect(init.capabilities).toMatchObject({
      hoverProvider: true,
      textDocumentSync: { openClose: true, change: 2 },
    });
  });
  afterAll(() => client.shutdown());

  it('publishes diagnostics for the planted errors, with codes, sources and versions', async () => {
    await client.open(uri, PLANTED, 1);
    const diags = await client.diagnostics(uri);
    const errors = diags.filter((d) => d.severity === 1);
    expect(errors.map((d) => d.code)).toEqual(['wrong-term', 'wrong-figure']);
    for (const d of errors) {
      expect(d.source).toBe('factlint');
      expect(d.codeDescription?.href).toMatch(/^https:\/\//);
    }
    const start = PLANTED.indexOf('$83B');
    expect(errors[1].range.start).toEqual(offsetToPosition(PLANTED, start));
    expect(errors[1].range.end).toEqual(offsetToPosition(PLANTED, start + 4));
  });

  it("tells the client each check's claim counts, and lists the claims when asked", async () => {
    const checked = await client.checked(uri, (p) => p.version === 1);
    expect(checked.summary.wrong).toBeGreaterThanOrEqual(2);
    expect(checked.line).toMatch(/^\d+ checked: .*\d+ wrong/);
    const report = (await client.connection.sendRequest('factlint/claims', { uri })) as {
      version: number;
      claims: LspClaimShape[];
    };
    expect(report.version).toBe(1);
    const figure = report.claims.find((c) => c.text === '$83B')!;
    expect(figure).toMatchObject({ kind: 'figure', status: 'wrong', reference: '$38 billion' });
    expect(figure.range.start).toEqual(offsetToPosition(PLANTED, PLANTED.indexOf('$83B')));
    expect(figure.source?.url).toMatch(/^https?:\/\//);
    expect(report.claims.filter((c) => c.status === 'wrong')).toHaveLength(checked.summary.wrong);
    expect(
      await client.connection.sendRequest('factlint/claims', { uri: 'file:///never-opened.md' }),
    ).toBeNull();
  });

  it('shows the sourced fact in a hover on a wrong figure', async () => {
    const at = offsetToPosition(PLANTED, PLANTED.indexOf('$83B') + 1);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: at,
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('does not match the reference');
    expect(value).toContain('$38 billion');
    expect(value).toMatch(/\]\(https:\/\//);
  });

  it('shows what the dataset knows in a hover on a known name', async () => {
    const at = offsetToPosition(PLANTED, PLANTED.indexOf('Sam Altman') + 2);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: at,
    })) as Hover;
    expect((hover.contents as { value: string }).value).toContain('Sam Altman');
  });

  it('offers quick fixes that rewrite the figure, and the fixed text checks clean', async () => {
    const diags = await client.diagnostics(uri);
    const errors = diags.filter((d) => d.severity === 1);
    const edits: Parameters<typeof applyEdits>[1] = [];
    for (const d of errors) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      })) as CodeAction[];
      const preferred = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === d.code)!;
      expect(preferred.kind).toBe('quickfix');
      edits.push(...preferred.edit!.changes![uri]);
    }
    const text = applyEdits(PLANTED, edits);
    expect(text).toContain('seven-year, $38B cloud');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text }],
    });
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(after.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('applies incremental edits and never publishes for a stale version', async () => {
    const u = 'file:///tmp/factlint-protocol/incremental.md';
    const text = 'OpenAI signed a seven-year, $38 billion agreement with Amazon.\n';
    await client.open(u, text, 1);
    expect((await client.diagnostics(u)).filter((d) => d.severity === 1)).toEqual([]);
    const at = text.indexOf('$38');
    const seen: number[] = [];
    // three quick edits: only the last version may be published
    for (const [v, replacement] of [
      [2, '$3'],
      [3, '$8'],
      [4, '$83'],
    ] as const) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: u, version: v },
        contentChanges: [
          {
            range: {
              start: offsetToPosition(text, at),
              end: offsetToPosition(text, at + (v === 2 ? 3 : 2)),
            },
            text: replacement,
          },
        ],
      });
      seen.push(v);
    }
    const diags = await client.diagnostics(u, (p) => p.version === 4);
    expect(diags.map((d) => d.code)).toContain('wrong-figure');
  });

  it('cites the source after the figure; the re-checked draft keeps its findings and gains a link', async () => {
    const u = 'file:///tmp/factlint-protocol/cite.md';
    const text = 'OpenAI has signed a seven-year, $83B cloud services agreement with Amazon.\n';
    await client.open(u, text);
    const [d] = (await client.diagnostics(u)).filter((x) => x.code === 'wrong-figure');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const cite = actions.find((a) => a.title.startsWith('Cite the source'))!;
    const cited = applyEdits(text, cite.edit!.changes![u]);
    expect(cited).toMatch(
      /^OpenAI has signed a seven-year, \$83B \(\[[^\]]+\]\(https:\/\/[^)]+\)\) cloud services/,
    );
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ text: cited }],
    });
    const after = await client.diagnostics(u, (p) => p.version === 2);
    expect(after.map((x) => x.code)).toEqual(['wrong-figure']);
  });

  it('points a diagnostic at the other mentions of the same fact', async () => {
    const u = 'file:///tmp/factlint-protocol/related.md';
    const text =
      'OpenAI signed a $38 billion cloud agreement with Amazon.\n\nLater, ' +
      'OpenAI called its $83 billion cloud agreement with Amazon a bargain.\n';
    await client.open(u, text);
    const [d] = (await client.diagnostics(u)).filter((x) => x.code === 'wrong-figure');
    expect(d.relatedInformation?.map((r) => r.location.range.start)).toEqual([
      offsetToPosition(text, text.indexOf('$38 billion')),
    ]);
    expect(d.relatedInformation?.[0].message).toContain('"$38 billion" (matches)');
  });

  it('clears diagnostics when a document closes', async () => {
    const u = 'file:///tmp/factlint-protocol/closing.md';
    await client.open(u, 'OpenAI signed a $83B cloud agreement with Amazon.\n');
    expect(await client.diagnostics(u)).not.toEqual([]);
    client.forget(u);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    expect(await client.diagnostics(u)).toEqual([]);
  });

  it('leaves languages other than markdown alone', async () => {
    const u = 'file:///tmp/factlint-protocol/code.ts';
    await client.open(
      u,
      'const s = "OpenAI signed a $83B cloud agreement with Amazon";',
      1,
      'typescript',
    );
    expect(await client.diagnostics(u)).toEqual([]);
  });
});
