import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../server/src/config/settings';
import { handleClaims } from '../../../server/src/lsp/document-requests';
import { DEBOUNCE_MS, publishCheck } from '../../../server/src/lsp/publish';
import {
  handleDidChangeContent,
  handleDidClose,
  handleDidOpen,
  handleDidSave,
} from '../../../server/src/lsp/text-sync';
import type { ServerState } from '../../../server/src/lsp/state';
import {
  CLEAN,
  codes,
  DRAFT,
  DRAFT_CODES,
  fakeServer,
  open,
  runPending,
  uri,
  useFakeTimers,
  type MemoryDocuments,
} from './fake-server';

/** Types new text into the open document. */
function type(state: ServerState, documents: MemoryDocuments, text: string, u = uri): void {
  handleDidChangeContent(state, { document: documents.change(u, text) });
}

useFakeTimers();

describe('text sync and pushed diagnostics', () => {
  it('checks an opened document at once, telling its claim counts before its diagnostics', async () => {
    const { state, editor, documents } = fakeServer();
    open(state, documents, DRAFT);
    await runPending(0);
    expect(editor.trace()).toEqual([`checked ${uri} v1`, `diagnostics ${uri} v1`]);
    expect(codes(editor.published(uri)[0].diagnostics)).toEqual(DRAFT_CODES);
    // the content change reported with the open scheduled nothing more
    await runPending(10 * DEBOUNCE_MS);
    expect(editor.published(uri)).toHaveLength(1);
  });

  it('checks typed text once typing pauses, and only its last version', async () => {
    const { state, editor, documents } = fakeServer();
    open(state, documents, CLEAN);
    await runPending(0);
    editor.clear();
    type(state, documents, DRAFT);
    type(state, documents, CLEAN);
    type(state, documents, DRAFT);
    await runPending(DEBOUNCE_MS - 1);
    expect(editor.sent).toEqual([]);
    await runPending(1);
    expect(editor.trace()).toEqual([`checked ${uri} v4`, `diagnostics ${uri} v4`]);
    expect(codes(editor.published(uri)[0].diagnostics)).toEqual(DRAFT_CODES);
  });

  it('never publishes a stale result: the document moved on while its settings were asked for', async () => {
    const { state, editor, documents } = fakeServer({ configuration: true });
    let answer: (settings: unknown) => void = () => {};
    editor.configuration = () => new Promise((resolve) => (answer = resolve));
    const first = documents.open(uri, DRAFT);
    const publishing = publishCheck(state, first);
    documents.change(uri, CLEAN); // version 2 arrives before the client answers
    answer(null);
    await publishing;
    expect(editor.sent).toEqual([]);
    // the current version is published
    await publishCheck(state, documents.get(uri)!);
    expect(editor.published(uri).map((p) => p.version)).toEqual([2]);
  });

  it('publishes nothing for a document closed while its check waited', async () => {
    const { state, editor, documents } = fakeServer();
    const doc = documents.open(uri, DRAFT);
    documents.close(uri);
    await publishCheck(state, doc);
    expect(editor.sent).toEqual([]);
  });

  it('in "onSave" mode pushes the saved version\'s check, and only when it changed', async () => {
    const { state, editor, documents } = fakeServer();
    state.settings.pushed = { ...DEFAULT_SETTINGS, run: 'onSave' };
    open(state, documents, CLEAN); // a file opens with its saved text
    await runPending(0);
    expect(editor.published(uri).map((p) => [p.version, p.diagnostics])).toEqual([[1, []]]);
    type(state, documents, DRAFT);
    await runPending(DEBOUNCE_MS);
    expect(editor.published(uri)).toHaveLength(1); // unsaved edits: the saved check stands
    handleDidSave(state, { document: documents.get(uri)! });
    await runPending(0);
    const [, saved] = editor.published(uri);
    expect(saved.version).toBe(2);
    expect(codes(saved.diagnostics)).toEqual(DRAFT_CODES);
    type(state, documents, CLEAN);
    await runPending(DEBOUNCE_MS);
    expect(editor.published(uri)).toHaveLength(2);
  });

  it('shows nothing in "onSave" mode for an untitled document never saved', async () => {
    const { state, editor, documents } = fakeServer();
    state.settings.pushed = { ...DEFAULT_SETTINGS, run: 'onSave' };
    open(state, documents, DRAFT, 'untitled:Untitled-1');
    await runPending(0);
    expect(editor.sent).toEqual([]);
  });

  it('forgets a closed document: its pending check is dropped, its diagnostics cleared, its claims gone', async () => {
    const { state, editor, documents } = fakeServer({ configuration: true });
    open(state, documents, DRAFT);
    await runPending(0);
    type(state, documents, CLEAN);
    editor.clear();
    handleDidClose(state, { document: documents.close(uri) });
    expect(editor.sent).toEqual([{ kind: 'diagnostics', params: { uri, diagnostics: [] } }]);
    await runPending(10 * DEBOUNCE_MS);
    expect(editor.sent).toHaveLength(1);
    expect(editor.asked).toEqual([uri]); // only for the open: the dropped check never asked again
    expect(handleClaims(state, { uri })).toBeNull();
    expect(state.pending.timers.size + state.shown.claims.size + state.settings.byUri.size).toBe(0);
  });

  it('pushes nothing to a client that pulls, and asks it to pull again when a save changes what it shows', async () => {
    const { state, editor, documents } = fakeServer({ pull: true, refresh: true });
    open(state, documents, DRAFT);
    type(state, documents, CLEAN);
    handleDidClose(state, { document: documents.close(uri) });
    await runPending(10 * DEBOUNCE_MS);
    expect(editor.sent).toEqual([]); // not even the empty list on close

    open(state, documents, DRAFT);
    handleDidSave(state, { document: documents.get(uri)! });
    await runPending(0);
    expect(editor.trace()).toEqual([]); // "onType": a pull on the next edit gets the text as typed
    state.settings.pushed = { ...DEFAULT_SETTINGS, run: 'onSave' };
    handleDidSave(state, { document: documents.get(uri)! });
    await runPending(0);
    expect(editor.trace()).toEqual(['refresh']);
  });

  it('a check that fails shows no diagnostics for that version, and logs why', async () => {
    const { state, editor, documents } = fakeServer();
    vi.spyOn(state.cache, 'diagnostics').mockImplementation(() => {
      throw new Error('a bug');
    });
    open(state, documents, DRAFT);
    await runPending(0);
    expect(editor.published(uri)).toEqual([{ uri, version: 1, diagnostics: [] }]);
    expect(editor.errors).toEqual([
      expect.stringContaining(`checking ${uri} failed: Error: a bug`),
    ]);
  });

  it('gives a file too large to check its one notice, and no claims', async () => {
    const { state, editor, documents } = fakeServer();
    state.settings.pushed = { ...DEFAULT_SETTINGS, maxFileSize: 50 };
    open(state, documents, DRAFT);
    await runPending(0);
    expect(editor.published(uri)[0].diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        source: 'factlint',
        code: 'file-too-large',
        message: `factlint did not check this file: ${DRAFT.length} characters is more than factlint.maxFileSize (50).`,
      },
    ]);
    expect(handleClaims(state, { uri })?.claims).toEqual([]);
  });

  it('leaves documents of other languages, and any when disabled, without diagnostics', async () => {
    const { state, editor, documents } = fakeServer();
    const code = 'file:///src/code.ts';
    const doc = documents.open(code, `const s = "${DRAFT}";`, 'typescript');
    handleDidOpen(state, { document: doc });
    await runPending(0);
    state.settings.pushed = { ...DEFAULT_SETTINGS, enable: false };
    open(state, documents, DRAFT);
    await runPending(0);
    expect(editor.published(code)[0].diagnostics).toEqual([]);
    expect(editor.published(uri)[0].diagnostics).toEqual([]);
  });
});
