import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { runCli } from '../../server/src/cli/run';
import { checkDocument } from '../../server/src/engine/index';
import { embeddedIndex, TODAY } from '../helpers';
import { TestClient } from '../protocol/lsp-client';

/** Bad input gets a clear answer and loses nothing. */
function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: () => '',
    today: TODAY,
    version: 't',
    cwd,
    isTTY: false,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('bad input on the command line', () => {
  it('checks binary content without crashing and reports an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-bad-'));
    writeFileSync(
      join(dir, 'bin.md'),
      Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 37) % 256)),
    );
    expect(cli(['bin.md'], dir).code).toBe(0);
    const gone = cli(['vanished.md'], dir);
    expect(gone.code).toBe(2);
    expect(gone.err).toContain('cannot read vanished.md: ENOENT');
  });

  it('leaves a read-only file as it was when --fix cannot write it', () => {
    if (process.getuid?.() === 0) return; // root writes through permissions; the ENOSPC test covers the failure path
    const dir = mkdtempSync(join(tmpdir(), 'factlint-ro-'));
    const text = 'OpenAI has signed a five-year, $83B cloud services agreement with Amazon.\n';
    writeFileSync(join(dir, 'a.md'), text);
    chmodSync(dir, 0o555);
    const r = cli(['--fix', 'a.md'], dir);
    chmodSync(dir, 0o755);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text);
    expect(r.code).toBe(2);
  });
});

describe('bad input in the engine', () => {
  it('handles lone surrogates, NUL and right-to-left marks around figures', () => {
    const text =
      '\uD800OpenAI\u0000 signed a \u202efive-year\u202c, $83B cloud agreement with Amazon \uDC00.';
    const findings = checkDocument(text, embeddedIndex(), { today: TODAY }).findings;
    for (const f of findings) expect(f.start >= 0 && f.end <= text.length).toBe(true);
    expect(findings.map((f) => text.slice(f.start, f.end))).toContain('$83B');
  });
});

describe('a 10 MB document in the server', () => {
  const client = new TestClient();
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('gets a notice instead of a check, and the server keeps answering', async () => {
    const big = 'OpenAI signed a $83B deal with Amazon. '.repeat(260_000);
    expect(big.length).toBeGreaterThan(10_000_000);
    await client.open('file:///tmp/big.md', big);
    const diags: Diagnostic[] = await client.diagnostics('file:///tmp/big.md');
    expect(diags.map((d) => d.code)).toEqual(['file-too-large']);
    expect(diags[0].message).toContain('factlint.maxFileSize');
    await client.open('file:///tmp/small.md', 'OpenAI signed a $83B cloud agreement with Amazon.');
    expect((await client.diagnostics('file:///tmp/small.md')).map((d) => d.code)).toEqual([
      'wrong-figure',
    ]);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///tmp/big.md' },
      position: { line: 0, character: 17 },
    })) as Hover | null;
    expect(hover).toBeNull();
  }, 60_000);

  it('answers a request that fails with an error, logs it, and goes on serving', async () => {
    const uri = 'file:///tmp/failing.md';
    await client.open(uri, 'OpenAI signed a $83B cloud agreement with Amazon.');
    await client.diagnostics(uri);
    const failure = client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: null,
    });
    await expect(failure).rejects.toMatchObject({
      code: -32803,
      message: expect.stringContaining('factlint: hover failed'),
    });
    const actions = client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: 'x' },
      context: {},
    });
    await expect(actions).rejects.toMatchObject({ code: -32803 });
    expect(client.messages.some((m) => m.includes('hover failed'))).toBe(true);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 17 },
    })) as Hover;
    expect(JSON.stringify(hover.contents)).toContain('$38 billion');
  });
});

describe('a client that refuses what the server asks of it', () => {
  const client = new TestClient();
  beforeAll(() =>
    client.initialize(null, {
      textDocument: { diagnostic: {} },
      workspace: { configuration: true, diagnostics: { refreshSupport: true } },
    }),
  );
  afterAll(() => client.shutdown());

  it('gets its failure logged, and the server goes on', async () => {
    let refused = 0;
    client.connection.onRequest('workspace/diagnostic/refresh', () => {
      refused++;
      throw new ResponseError(-32601, 'not here');
    });
    const uri = 'file:///tmp/refusing.md';
    await client.open(uri, 'OpenAI signed a $83B cloud agreement with Amazon.');
    // a settings change makes the server reload and ask the client to pull again
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: null,
    });
    const pulled = (await client.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
    })) as { items: Diagnostic[] };
    expect(pulled.items.map((d) => d.code)).toEqual(['wrong-figure']);
    await expect.poll(() => refused).toBeGreaterThan(0);
    await expect
      .poll(() => client.messages.some((m) => m.includes('diagnostics refresh failed')))
      .toBe(true);
    const again = (await client.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
    })) as { items: Diagnostic[] };
    expect(again.items).toHaveLength(1);
    expect(client.stderr.join('')).not.toMatch(/Unhandled|ResponseError/);
  });
});
