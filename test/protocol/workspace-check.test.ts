import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './lsp-client';

const FILES: Record<string, string> = {
  'a.md': 'Open AI is growing.\n',
  'docs/b.md': 'Open AI is growing.\n',
  'vendor/x.md': 'Open AI is growing.\n',
  'drafts/old.md': 'Open AI is growing.\n',
  'notes.scratch.md': 'Open AI is growing.\n',
  '.gitignore': 'vendor/\n*.scratch.md\n',
  '.factlintignore': 'drafts/\n',
};

describe('factlint.checkWorkspace', () => {
  const client = new TestClient();
  const root = mkdtempSync(join(tmpdir(), 'factlint-wscheck-'));
  const uri = (name: string): string => pathToFileURL(join(root, name)).href;

  beforeAll(async () => {
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    await client.initialize(pathToFileURL(root).href, { workspace: { workspaceFolders: true } });
  });
  afterAll(() => client.shutdown());

  it('skips what .gitignore and .factlintignore exclude, as the CLI does', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'factlint.checkWorkspace',
      arguments: [],
    })) as { files: number; problems: number };
    expect(result).toEqual({ files: 2, problems: 2 });
    // diagnostics are sent before the command's answer
    for (const name of ['a.md', 'docs/b.md'])
      expect(client.published(uri(name))?.map((d) => d.code)).toEqual(['name-spelling']);
    for (const name of ['vendor/x.md', 'drafts/old.md', 'notes.scratch.md'])
      expect(client.published(uri(name)), name).toBeUndefined();
  });
});
