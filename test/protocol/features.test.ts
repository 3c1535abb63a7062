import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client';

const DRAFT =
  'OpenAI has signed a five-year, $83B cloud services agreement with Amazon.\n\nOpen AI is growing.\n';
const CAPABILITIES = {
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  window: { workDoneProgress: true },
};

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

const codes = (d: Diagnostic[]): string[] => d.map((x) => String(x.code)).sort();

describe('editor features over stdio', () => {
  const client = new TestClient();
  const root = mkdtempSync(join(tmpdir(), 'factlint-ws-'));
  const dataFile = join(root, '.factlint', 'facts.yaml');
  const uri = pathToFileURL(join(root, 'draft.md')).href;
  let version = 1;

  const change = async (text: string): Promise<Diagnostic[]> => {
    version++;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    const v = version;
    return client.diagnostics(uri, (p) => p.version === v);
  };

  beforeAll(async () => {
    mkdirSync(join(root, '.factlint'));
    writeFileSync(
      dataFile,
      'entities:\n  - id: zeta-labs\n    name: Zeta Labs\n    kind: company\n    misspellings: [Zeta Lab]\n',
    );
    writeFileSync(join(root, 'notes.md'), 'Open AI, on disk only.\n');
    await client.initialize(pathToFileURL(root).href, CAPABILITIES);
  });
  afterAll(() => client.shutdown());

  it('checks with workspace data from .factlint/', async () => {
    await client.open(uri, `${DRAFT}Zeta Lab is hiring.\n`, version);
    const diags = await client.diagnostics(uri, (p) =>
      p.diagnostics.some((d) => d.message.includes('Zeta Labs')),
    );
    expect(codes(diags)).toEqual(['name-spelling', 'name-spelling', 'wrong-figure', 'wrong-term']);
  });

  it('applies a settings change: a rule turned off disappears', async () => {
    client.settings = { rules: { 'name-spelling': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
    const diags = await change(DRAFT);
    expect(codes(diags)).toEqual(['wrong-figure', 'wrong-term']);
    client.settings = null;
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
  });

  it('shows at most factlint.maxProblems problems, and a notice where the rest start', async () => {
    client.settings = { maxProblems: 2 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
    const diags = await change(`${DRAFT}Open AI again.\n`);
    expect(diags.map((d) => d.code)).toEqual(['wrong-term', 'wrong-figure', 'too-many-problems']);
    expect(diags[2].message).toContain('the first 2 of 4 problems');
    expect(diags[2].range.start).toEqual({ line: 2, character: 0 });
    client.settings = null;
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
    expect(await change(`${DRAFT}Open AI again.\n`)).toHaveLength(4);
  });

  it('inserts an ignore directive that silences the finding', async () => {
    const diags = await change(DRAFT);
    const figure = diags.find((d) => d.code === 'wrong-figure')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: figure.range,
      context: { diagnostics: [figure] },
    })) as CodeAction[];
    const ignore = actions.find((a) => a.title.startsWith('Ignore "wrong-figure"'))!;
    const text = apply(DRAFT, ignore.edit!.changes![uri]);
    expect(text.startsWith('<!-- factlint-disable-next-line wrong-figure -->\n')).toBe(true);
    expect(codes(await change(text))).toEqual(['name-spelling', 'wrong-term']);
  });

  it('fixes everything at once with source.fixAll.factlint', async () => {
    await change(DRAFT);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.factlint'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.factlint']);
    const fixed = apply(DRAFT, actions[0].edit!.changes![uri]);
    expect(fixed).toBe(
      'OpenAI has signed a seven-year, $38B cloud services agreement with Amazon.\n\nOpenAI is growing.\n',
    );
    expect(await change(fixed)).toEqual([]);
  });

  it('reloads data when a data file changes, reports a broken file in it, and keeps the last good data', async () => {
    await change('Zeta Lab is hiring.\n');
    writeFileSync(
      dataFile,
      'entities:\n  - id: zeta-labs\n    name: Zeta Labs\n    kind: [broken\n',
    );
    const dataUri = pathToFileURL(dataFile).href;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: dataUri, type: 2 }],
    });
    const dataDiags = await client.diagnostics(dataUri, (p) => p.diagnostics.length > 0);
    expect(dataDiags[0]).toMatchObject({ code: 'invalid-data', severity: 1 });
    expect(codes(await client.diagnostics(uri))).toEqual(['name-spelling']);
    // fixed: "Zeta Lab" is now the canonical name, so the draft is clean
    writeFileSync(
      dataFile,
      'entities:\n  - id: zeta-labs\n    name: Zeta Lab\n    kind: company\n',
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: dataUri, type: 2 }],
    });
    expect(await client.diagnostics(dataUri, (p) => p.diagnostics.length === 0)).toEqual([]);
    expect(await change('Zeta Lab is hiring.\n')).toEqual([]);
  });

  it('offers to add an unsupported figure to workspace data, as a stub that needs its source', async () => {
    client.settings = { rules: { 'unsupported-figure': 'information' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
    const text = 'Zeta Lab raised $2 billion in a funding round.\n';
    const diags = await change(text);
    const unsupported = diags.find((d) => d.code === 'unsupported-figure')!;
    expect(unsupported.severity).toBe(3);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: unsupported.range,
      context: { diagnostics: [unsupported] },
    })) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('Add to workspace data'))!;
    const dataUri = pathToFileURL(dataFile).href;
    const [edit] = add.edit!.documentChanges as {
      textDocument: { uri: string };
      edits: TextEdit[];
    }[];
    expect(edit.textDocument.uri).toBe(dataUri);
    const before = readFileSync(dataFile, 'utf8');
    writeFileSync(dataFile, apply(before, edit.edits));
    expect(readFileSync(dataFile, 'utf8')).toContain(
      '    property: raised\n    value: { money: 2e9 }',
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: dataUri, type: 2 }],
    });
    const dataDiags = await client.diagnostics(dataUri, (p) => p.diagnostics.length > 0);
    expect(dataDiags[0].message).toContain('needs "sources"');
    writeFileSync(dataFile, before);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: dataUri, type: 2 }],
    });
    client.settings = null;
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
  });

  it('runs commands on the server: statistics and a whole-workspace check', async () => {
    const stats = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'factlint.dataStatistics.quiet',
      arguments: [],
    })) as { facts: number; entities: number };
    expect(stats.facts).toBeGreaterThan(100);
    expect(stats.entities).toBeGreaterThan(100);
    const notes = pathToFileURL(join(root, 'notes.md')).href;
    const result = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'factlint.checkWorkspace',
      arguments: [],
    })) as { files: number };
    expect(result.files).toBe(1); // notes.md; the open draft exists only in the editor
    expect(codes(await client.diagnostics(notes))).toEqual(['name-spelling']);
  });
});

describe('pull diagnostics', () => {
  const client = new TestClient();
  beforeAll(() =>
    client.initialize(null, { textDocument: { diagnostic: { dynamicRegistration: false } } }),
  );
  afterAll(() => client.shutdown());

  it('answers textDocument/diagnostic with the findings of the current version', async () => {
    const uri = 'file:///tmp/factlint-pull.md';
    await client.open(uri, DRAFT);
    const report = (await client.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
    })) as { kind: string; items: Diagnostic[] };
    expect(report.kind).toBe('full');
    expect(codes(report.items)).toEqual(['name-spelling', 'wrong-figure', 'wrong-term']);
  });
});
