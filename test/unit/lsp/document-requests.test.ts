import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentDiagnosticReport, Hover } from 'vscode-languageserver';
import { DEFAULT_SETTINGS } from '../../../server/src/config/settings';
import {
  handleClaims,
  handleCodeAction,
  handleDocumentDiagnostic,
  handleHover,
  stubTarget,
} from '../../../server/src/lsp/document-requests';
import { CLEAN, codes, DRAFT, DRAFT_CODES, fakeServer } from './fake-server';

const uri = 'file:///drafts/draft.md';

/** The position of the first `needle` in `text`, on its first line. */
function at(text: string, needle: string, plus = 0): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle) + plus).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The codes of a full report; an unchanged one fails. */
function fullCodes(report: DocumentDiagnosticReport): string[] {
  expect(report.kind).toBe('full');
  return report.kind === 'full' ? codes(report.items) : [];
}

describe('pull diagnostics (textDocument/diagnostic)', () => {
  it('answers with the check of the text as typed, and tells its claim counts', async () => {
    const { state, editor, documents } = fakeServer({ pull: true, configuration: true });
    documents.open(uri, DRAFT);
    const report = await handleDocumentDiagnostic(state, { textDocument: { uri } });
    expect(fullCodes(report)).toEqual(DRAFT_CODES);
    expect(editor.asked).toEqual([uri]);
    expect(editor.trace()).toEqual([`checked ${uri} v1`]);
    expect(
      await handleDocumentDiagnostic(state, { textDocument: { uri: 'file:///gone.md' } }),
    ).toEqual({ kind: 'full', items: [] });
  });

  it('in "onSave" mode answers with the saved check, "unchanged" when the client has it', async () => {
    const { state, documents } = fakeServer({ pull: true });
    state.settings.pushed = { ...DEFAULT_SETTINGS, run: 'onSave' };
    state.saved.opened(documents.open(uri, CLEAN));
    const opened = await handleDocumentDiagnostic(state, { textDocument: { uri } });
    expect(fullCodes(opened)).toEqual([]);
    const resultId = opened.kind === 'full' ? opened.resultId : undefined;
    expect(resultId).toBeDefined();
    documents.change(uri, DRAFT);
    expect(
      await handleDocumentDiagnostic(state, { textDocument: { uri }, previousResultId: resultId }),
    ).toEqual({ kind: 'unchanged', resultId });
    // the claims listed are the saved version's, as the diagnostics shown are
    expect(handleClaims(state, { uri })?.version).toBe(1);
    state.saved.saved(documents.get(uri)!);
    const saved = await handleDocumentDiagnostic(state, {
      textDocument: { uri },
      previousResultId: resultId,
    });
    expect(fullCodes(saved)).toEqual(DRAFT_CODES);
    expect(handleClaims(state, { uri })?.version).toBe(2);
  });
});

describe('hover and code actions', () => {
  it('hovers a wrong figure with its sourced fact, from settings already known', () => {
    const { state, editor, documents } = fakeServer({ configuration: true });
    documents.open(uri, DRAFT);
    const hover = handleHover(state, {
      textDocument: { uri },
      position: at(DRAFT, '$83B', 1),
    }) as Hover;
    expect((hover.contents as { value: string }).value).toContain('$38 billion');
    expect(hover.range).toEqual({ start: at(DRAFT, '$83B'), end: at(DRAFT, '$83B', 4) });
    expect(editor.asked).toEqual([]); // a hover answers at once: it never waits on the client
  });

  it('answers nothing for a document not open, disabled, or too large', () => {
    const { state, documents } = fakeServer();
    const position = at(DRAFT, '$83B', 1);
    const range = { start: position, end: position };
    const ask = () => ({
      hover: handleHover(state, { textDocument: { uri }, position }),
      actions: handleCodeAction(state, {
        textDocument: { uri },
        range,
        context: { diagnostics: [] },
      }).length,
    });
    expect(ask()).toEqual({ hover: null, actions: 0 });
    documents.open(uri, DRAFT);
    expect(ask().actions).toBeGreaterThan(0);
    state.settings.pushed = { ...DEFAULT_SETTINGS, enable: false };
    expect(ask()).toEqual({ hover: null, actions: 0 });
    state.settings.pushed = { ...DEFAULT_SETTINGS, maxFileSize: DRAFT.length - 1 };
    expect(ask()).toEqual({ hover: null, actions: 0 });
    state.settings.pushed = { ...DEFAULT_SETTINGS, maxFileSize: DRAFT.length };
    expect(ask().hover).not.toBeNull();
  });

  it('offers the fixes of the finding in the range, and "Fix all" when asked for only that', () => {
    const { state, documents } = fakeServer();
    documents.open(uri, DRAFT);
    const figure = { start: at(DRAFT, '$83B'), end: at(DRAFT, '$83B', 4) };
    const titles = handleCodeAction(state, {
      textDocument: { uri },
      range: figure,
      context: { diagnostics: [] },
    }).map((a) => a.title);
    expect(titles).toContain('Ignore "wrong-figure" on this line');
    expect(titles).not.toContain('Ignore "name-spelling" on this line');
    expect(titles.at(-1)).toBe('Fix all factlint problems');
    const only = handleCodeAction(state, {
      textDocument: { uri },
      range: figure,
      context: { diagnostics: [], only: ['source.fixAll.factlint'] },
    });
    expect(only.map((a) => a.kind)).toEqual(['source.fixAll.factlint']);
  });

  it('writes data stubs to .factlint/facts.yaml in the workspace root, with its text when it exists', () => {
    const { state } = fakeServer();
    expect(stubTarget(state)).toBeUndefined();
    const folder = mkdtempSync(join(tmpdir(), 'factlint-stub-'));
    state.root = { uri: pathToFileURL(folder).href, folder };
    const file = join(folder, '.factlint', 'facts.yaml');
    expect(stubTarget(state)).toEqual({ uri: pathToFileURL(file).href });
    mkdirSync(join(folder, '.factlint'));
    writeFileSync(file, 'facts:\n');
    expect(stubTarget(state)).toEqual({ uri: pathToFileURL(file).href, text: 'facts:\n' });
  });
});
