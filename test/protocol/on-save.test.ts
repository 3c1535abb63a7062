import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client';

const CLEAN = 'OpenAI has signed a seven-year, $38 billion cloud services agreement with Amazon.\n';
const DRAFT =
  'OpenAI has signed a five-year, $83B cloud services agreement with Amazon.\n\nOpen AI is growing.\n';
const DRAFT_CODES = ['name-spelling', 'wrong-figure', 'wrong-term'];

type Report =
  | { kind: 'full'; resultId?: string; items: Diagnostic[] }
  | { kind: 'unchanged'; resultId: string };

const codes = (d: Diagnostic[]): string[] => d.map((x) => String(x.code)).sort();
/** The codes of a full report; an unchanged one fails the test. */
function fullCodes(report: Report): string[] {
  expect(report.kind).toBe('full');
  return report.kind === 'full' ? codes(report.items) : [];
}
const fileUri = (name: string): string =>
  pathToFileURL(join(mkdtempSync(join(tmpdir(), 'factlint-onsave-')), name)).href;

/** The editor's side of typing and saving. */
function editor(client: TestClient) {
  return {
    change: (uri: string, version: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      }),
    save: (uri: string) =>
      client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } }),
    pull: (uri: string, previousResultId?: string) =>
      client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri },
        ...(previousResultId ? { previousResultId } : {}),
      }) as Promise<Report>,
    settings: async (settings: unknown) => {
      client.settings = settings;
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: null,
      });
    },
  };
}

describe('factlint.run "onSave" with pull diagnostics', () => {
  const client = new TestClient();
  const { change, save, pull, settings } = editor(client);
  client.settings = { run: 'onSave' };
  beforeAll(() =>
    client.initialize(null, {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { configuration: true, diagnostics: { refreshSupport: true } },
    }),
  );
  afterAll(() => client.shutdown());

  it("answers a pull for unsaved edits with the saved version's check, and the fresh one after a save", async () => {
    const uri = fileUri('draft.md');
    await client.open(uri, CLEAN, 1); // a file opens with its saved text
    const opened = await pull(uri);
    expect(fullCodes(opened)).toEqual([]);
    await change(uri, 2, DRAFT);
    expect(await pull(uri, opened.resultId)).toEqual({
      kind: 'unchanged',
      resultId: opened.resultId,
    });
    expect(fullCodes(await pull(uri))).toEqual([]);

    const refreshed = client.nextRefresh();
    await save(uri);
    await refreshed; // the client is told to pull again
    const saved = await pull(uri, opened.resultId);
    expect(fullCodes(saved)).toEqual(DRAFT_CODES);

    await change(uri, 3, CLEAN); // fixed, not saved: the saved check stands
    expect(await pull(uri, saved.resultId)).toEqual({
      kind: 'unchanged',
      resultId: saved.resultId,
    });
    expect(fullCodes(await pull(uri))).toEqual(DRAFT_CODES);
  });

  it('lists the claims of the saved version, as the diagnostics shown are', async () => {
    const uri = fileUri('claims.md');
    await client.open(uri, CLEAN, 1);
    await pull(uri);
    await change(uri, 2, DRAFT);
    await pull(uri);
    const statuses = async (): Promise<string[]> =>
      (
        (await client.connection.sendRequest('factlint/claims', { uri })) as {
          claims: { status: string }[];
        }
      ).claims
        .map((c) => c.status)
        .filter((x) => x === 'wrong');
    expect(await statuses()).toEqual([]);
    expect((await client.checked(uri)).version).toBe(1);
    await save(uri);
    await pull(uri);
    expect(await statuses()).toHaveLength(3);
    expect((await client.checked(uri, (p) => p.version === 2)).summary.wrong).toBe(3);
  });

  it('shows nothing for a document that was never saved', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, DRAFT, 1);
    expect(fullCodes(await pull(uri))).toEqual([]);
  });

  it('checks the text as typed again once run is "onType"', async () => {
    const uri = fileUri('typed.md');
    await client.open(uri, CLEAN, 1);
    await change(uri, 2, DRAFT);
    expect(fullCodes(await pull(uri))).toEqual([]);
    const refreshed = client.nextRefresh();
    await settings({ run: 'onType' });
    await refreshed;
    expect(fullCodes(await pull(uri))).toEqual(DRAFT_CODES);
    await settings({ run: 'onSave' });
  });
});

describe('factlint.run "onSave" with pushed diagnostics', () => {
  const client = new TestClient();
  const { change, save, settings } = editor(client);
  client.settings = { run: 'onSave' };
  beforeAll(() => client.initialize(null, { workspace: { configuration: true } }));
  afterAll(() => client.shutdown());

  it("publishes the saved version's check, even when settings change during unsaved edits", async () => {
    const uri = fileUri('draft.md');
    await client.open(uri, CLEAN, 1);
    expect(await client.diagnostics(uri, (p) => p.version === 1)).toEqual([]);
    await change(uri, 2, DRAFT);
    // a settings change checks every open document again: this one as saved, not as typed
    client.forget(uri);
    await settings({ run: 'onSave', rules: { 'wrong-term': 'warning' } });
    expect(await client.diagnostics(uri)).toEqual([]);

    await save(uri);
    expect(codes(await client.diagnostics(uri, (p) => p.version === 2))).toEqual(DRAFT_CODES);
    await change(uri, 3, CLEAN);
    client.forget(uri);
    await settings({ run: 'onSave' });
    expect(codes(await client.diagnostics(uri))).toEqual(DRAFT_CODES);

    // typed text shown in "onType" gives way to the saved check again on the way back
    await settings({ run: 'onType' });
    expect(await client.diagnostics(uri, (p) => p.version === 3)).toEqual([]);
    await settings({ run: 'onSave' });
    expect(codes(await client.diagnostics(uri, (p) => p.version === 2))).toEqual(DRAFT_CODES);
  });
});
