import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  clientSupportOf,
  handleInitialize,
  handleInitialized,
} from '../../../server/src/lsp/lifecycle';
import {
  handleDidChangeConfiguration,
  handleDidChangeWatchedFiles,
  reloadData,
} from '../../../server/src/lsp/workspace-events';
import type { ServerState } from '../../../server/src/lsp/state';
import {
  codes,
  DRAFT,
  DRAFT_CODES,
  fakeServer,
  open,
  runPending,
  uri,
  useFakeTimers,
} from './fake-server';

const ZETA =
  'entities:\n  - id: zeta-labs\n    name: Zeta Labs\n    kind: company\n    misspellings: [Zeta Lab]\n';

/** A workspace folder holding `files`, initialized as the root. */
function workspace(state: ServerState, files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'factlint-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  handleInitialize(state, {
    processId: null,
    rootUri: pathToFileURL(folder).href,
    capabilities: {},
  });
  return folder;
}

useFakeTimers();

describe('settings changes', () => {
  it('checks every open document again under settings the client pushes', async () => {
    const { state, editor, documents } = fakeServer();
    open(state, documents, DRAFT);
    open(state, documents, DRAFT, 'file:///drafts/other.md');
    await runPending(0);
    editor.clear();
    handleDidChangeConfiguration(state, {
      settings: { factlint: { rules: { 'name-spelling': 'off', 'wrong-term': 'warning' } } },
    });
    await runPending(0);
    for (const u of [uri, 'file:///drafts/other.md']) {
      const [params] = editor.published(u);
      expect(codes(params.diagnostics)).toEqual(['wrong-figure', 'wrong-term']);
      expect(params.diagnostics.find((d) => d.code === 'wrong-term')?.severity).toBe(2);
    }
  });

  it('asks a client that can be asked again after a change, and tells a pulling one to pull', async () => {
    const { state, editor, documents } = fakeServer({
      configuration: true,
      pull: true,
      refresh: true,
    });
    documents.open(uri, DRAFT);
    editor.settings = { run: 'onSave' };
    await reloadData(state);
    expect(editor.asked).toEqual([uri]);
    expect(state.settings.byUri.get(uri)?.run).toBe('onSave');
    editor.clear();
    editor.settings = { run: 'onType' };
    handleDidChangeConfiguration(state, { settings: null });
    await runPending(0);
    expect(editor.asked).toEqual([uri, uri]);
    expect(state.settings.byUri.get(uri)?.run).toBe('onType');
    expect(editor.trace()).toEqual(['refresh']); // no diagnostics pushed to a pulling client
  });

  it('falls back on malformed settings field by field, and logs what was wrong', async () => {
    const { state, editor } = fakeServer({ configuration: true });
    editor.settings = { maxProblems: -1, run: 'onSave' };
    await reloadData(state);
    expect(state.settings.byUri.get('')).toMatchObject({ maxProblems: 500, run: 'onSave' });
    expect(editor.warnings).toEqual([expect.stringContaining('factlint.maxProblems must be')]);
  });
});

describe('data and project settings files', () => {
  it('reports a broken data file in it, keeps the last good data, and clears the report once fixed', async () => {
    const { state, editor, documents } = fakeServer();
    const folder = workspace(state, { '.factlint/facts.yaml': ZETA });
    const dataUri = pathToFileURL(join(folder, '.factlint/facts.yaml')).href;
    open(state, documents, 'Zeta Lab is hiring.\n');
    await reloadData(state);
    await runPending(0);
    expect(codes(editor.published(uri).at(-1)!.diagnostics)).toEqual(['name-spelling']);

    writeFileSync(
      join(folder, '.factlint/facts.yaml'),
      'entities:\n  - id: zeta-labs\n    kind: [broken\n',
    );
    editor.clear();
    handleDidChangeWatchedFiles(state, { changes: [{ uri: dataUri, type: 2 }] });
    await runPending(0);
    const [report] = editor.published(dataUri);
    expect(report.diagnostics[0]).toMatchObject({
      code: 'invalid-data',
      severity: 1,
      source: 'factlint',
    });
    // the parser's line 4, column 1, counted from 0 and one character wide
    expect(report.diagnostics[0].range).toEqual({
      start: { line: 3, character: 0 },
      end: { line: 3, character: 1 },
    });
    // the data file's report goes first, then the documents checked against the last good data
    expect(editor.trace().slice(0, 2)).toEqual([`diagnostics ${dataUri} v-`, `checked ${uri} v1`]);
    expect(codes(editor.published(uri)[0].diagnostics)).toEqual(['name-spelling']);

    // fixed, with "Zeta Lab" now the canonical name: the draft is clean
    writeFileSync(
      join(folder, '.factlint/facts.yaml'),
      'entities:\n  - id: zeta-labs\n    name: Zeta Lab\n    kind: company\n',
    );
    editor.clear();
    handleDidChangeWatchedFiles(state, { changes: [{ uri: dataUri, type: 2 }] });
    await runPending(0);
    expect(editor.published(dataUri)).toEqual([{ uri: dataUri, diagnostics: [] }]);
    expect(editor.published(uri)[0].diagnostics).toEqual([]);
  });

  it('reloads for the project settings file, and for nothing else', async () => {
    const { state, editor, documents } = fakeServer();
    const folder = workspace(state, { 'notes.md': 'Notes.\n' });
    open(state, documents, DRAFT);
    await runPending(0);
    editor.clear();
    writeFileSync(join(folder, '.factlintrc.yaml'), 'rules:\n  wrong-figure: "off"\n');
    handleDidChangeWatchedFiles(state, {
      changes: [{ uri: pathToFileURL(join(folder, 'notes.md')).href, type: 2 }],
    });
    await runPending(0);
    expect(editor.sent).toEqual([]);
    handleDidChangeWatchedFiles(state, {
      changes: [{ uri: pathToFileURL(join(folder, '.factlintrc.yaml')).href, type: 1 }],
    });
    await runPending(0);
    expect(codes(editor.published(uri)[0].diagnostics)).toEqual(['name-spelling', 'wrong-term']);
  });

  it('logs a broken project settings file and goes on with the editor settings', async () => {
    const { state, editor, documents } = fakeServer();
    workspace(state, { '.factlintrc.json': '{ "rules": { "wrong-figure": "loud" } }' });
    open(state, documents, DRAFT);
    await reloadData(state);
    await runPending(0);
    expect(editor.warnings).toEqual([
      expect.stringMatching(/\.factlintrc\.json: factlint\.rules\.wrong-figure must be/),
    ]);
    expect(codes(editor.published(uri).at(-1)!.diagnostics)).toEqual(DRAFT_CODES);
  });
});

describe('initialize', () => {
  it('reads what the client supports', () => {
    expect(clientSupportOf({})).toEqual({
      configuration: false,
      watch: false,
      pull: false,
      refresh: false,
      progress: false,
    });
    expect(
      clientSupportOf({
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          diagnostics: { refreshSupport: true },
        },
        textDocument: { diagnostic: { dynamicRegistration: false } },
        window: { workDoneProgress: true },
      }),
    ).toEqual({ configuration: true, watch: true, pull: true, refresh: true, progress: true });
  });

  it('offers pull diagnostics only to a client that pulls, and takes the first file: folder as root', () => {
    const { state } = fakeServer();
    const pushed = handleInitialize(state, {
      processId: null,
      rootUri: 'file:///work/b',
      workspaceFolders: [{ uri: 'vscode-vfs://remote/a', name: 'a' }],
      capabilities: {},
    });
    expect(pushed.capabilities.diagnosticProvider).toBeUndefined();
    expect(pushed.capabilities.executeCommandProvider?.commands).toContain(
      'factlint.checkWorkspace',
    );
    expect(state.root).toEqual({ uri: 'file:///work/b', folder: '/work/b' });
    const pulled = handleInitialize(state, {
      processId: null,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} } },
    });
    expect(pulled.capabilities.diagnosticProvider).toEqual({
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    expect(state.root).toBeUndefined();
  });

  it('asks for settings first, then for file watchers and settings changes, as far as the client can', async () => {
    const { state, editor } = fakeServer();
    handleInitialized(state);
    await runPending(0);
    expect(editor.trace()).toEqual([]);
    expect(editor.asked).toEqual([]);

    const full = fakeServer({ configuration: true, watch: true });
    handleInitialized(full.state);
    expect(full.editor.asked).toEqual(['']); // no document open, no root
    expect(full.editor.trace()).toEqual(['watch-files', 'watch-settings']);
    expect(full.editor.sent[0]).toEqual({
      kind: 'watch-files',
      globPatterns: ['**/.factlint/*.{yaml,yml,json}', '**/.factlintrc.{json,yaml,yml}'],
    });
  });
});
