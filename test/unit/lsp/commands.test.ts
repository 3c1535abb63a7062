import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, handleExecuteCommand } from '../../../server/src/lsp/commands';
import { fakeServer } from './fake-server';

/** A workspace folder holding `files`; returns its URI and each file's URI. */
function folderWith(files: Record<string, string>): {
  root: string;
  uri: (name: string) => string;
} {
  const folder = mkdtempSync(join(tmpdir(), 'factlint-commands-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return {
    root: pathToFileURL(folder).href,
    uri: (name) => pathToFileURL(join(folder, name)).href,
  };
}

describe('workspace/executeCommand', () => {
  it('shows the data statistics as a message, or only answers them', async () => {
    const { state, editor } = fakeServer();
    const stats = (await handleExecuteCommand(state, { command: COMMANDS.dataStatistics })) as {
      entities: number;
      facts: number;
    };
    expect(stats.facts).toBeGreaterThan(100);
    expect(editor.sent).toEqual([
      {
        kind: 'information',
        message: expect.stringMatching(
          new RegExp(
            `^factlint data: ${stats.entities} entities, ${stats.facts} facts, \\d+ sources, 0 error\\(s\\)$`,
          ),
        ),
      },
    ]);
    editor.clear();
    expect(await handleExecuteCommand(state, { command: COMMANDS.dataStatisticsQuiet })).toEqual(
      stats,
    );
    expect(editor.sent).toEqual([]);
  });

  it('reloads data and answers the new statistics', async () => {
    const { state, documents } = fakeServer();
    documents.open('file:///d.md', 'Text.\n');
    state.settings.pushed = { ...state.settings.pushed, useEmbeddedData: false };
    const stats = await handleExecuteCommand(state, { command: COMMANDS.reloadData });
    expect(stats).toMatchObject({ entities: 0, facts: 0 });
  });

  it('fails on a command it does not know', async () => {
    const { state } = fakeServer();
    await expect(handleExecuteCommand(state, { command: 'factlint.nothing' })).rejects.toThrow(
      'unknown command factlint.nothing',
    );
  });

  it('checks the workspace files that are not open, publishing each, with progress', async () => {
    const { state, editor, documents } = fakeServer({ progress: true });
    const ws = folderWith({
      'a.md': 'Open AI is growing.\n',
      'docs/b.md': 'Nothing to check here.\n',
      'open.md': 'Open AI is growing.\n',
    });
    editor.folders = [
      { uri: ws.root, name: 'ws' },
      { uri: 'vscode-vfs://remote/x', name: 'remote' },
    ];
    documents.open(ws.uri('open.md'), 'Open AI, as typed.\n');
    const result = await handleExecuteCommand(state, { command: COMMANDS.checkWorkspace });
    expect(result).toEqual({ files: 3, problems: 1 });
    expect(editor.published(ws.uri('a.md'))[0].diagnostics.map((d) => d.code)).toEqual([
      'name-spelling',
    ]);
    expect(editor.published(ws.uri('docs/b.md'))[0].diagnostics).toEqual([]);
    expect(editor.published(ws.uri('open.md'))).toEqual([]); // left to its own check
    const [progress] = editor.progress;
    expect(progress.steps[0]).toBe('begin factlint: checking the workspace');
    expect(progress.steps.at(-1)).toBe('done');
  });

  it('skips files when disabled or too large, and shows no progress to a client without it', async () => {
    const { state, editor } = fakeServer();
    const ws = folderWith({ 'a.md': 'Open AI is growing.\n' });
    editor.folders = [{ uri: ws.root, name: 'ws' }];
    state.settings.pushed = { ...state.settings.pushed, maxFileSize: 5 };
    expect(await handleExecuteCommand(state, { command: COMMANDS.checkWorkspace })).toEqual({
      files: 1,
      problems: 0,
    });
    expect(editor.sent).toEqual([]);
    expect(editor.progress).toEqual([]);
  });
});
