import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { embeddedIndex, SHARED, TODAY } from '../helpers';
import { TestClient } from '../protocol/lsp-client';

/**
 * Thousands of random incremental edits against the real server over stdio, with hovers and code
 * actions between them. After the burst the server's diagnostics must equal a fresh check of the
 * client's text: nothing stale, nothing misplaced. The seed is printed so a failure replays.
 */
const EDITS = Number(process.env.FACTLINT_FUZZ_EDITS ?? 10_000);
const SEED = Number(process.env.FACTLINT_FUZZ_SEED ?? Date.now() % 100_000);
const PIECES = [
  '$83B',
  '$38 billion',
  'five-year',
  'seven-year',
  'Open AI',
  ' OpenAI ',
  ' Amazon ',
  '\n',
  '\n\n',
  '. ',
  '😀',
  '```',
  '`',
  '# ',
  '| a |',
  '30 gigawatts',
  '2017',
  'é',
  '\r\n',
  '',
];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4_294_967_296;
  };
}

describe(`protocol fuzz (seed ${SEED}, ${EDITS} edits)`, () => {
  const client = new TestClient();
  const uri = 'file:///tmp/factlint-fuzz.md';
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('ends with exactly the diagnostics of a fresh check, and memory stays flat', async () => {
    const random = rng(SEED);
    let doc = TextDocument.create(
      uri,
      'markdown',
      1,
      readFileSync(resolve(SHARED, 'seeds/000_887da713244190c2.txt'), 'utf8'),
    );
    await client.open(uri, doc.getText(), 1);
    let rssAfterWarmup = 0;
    for (let i = 0; i < EDITS; i++) {
      const text = doc.getText();
      const a = Math.floor(random() * (text.length + 1));
      const b = Math.min(text.length, a + Math.floor(random() * 12));
      const insert = PIECES[Math.floor(random() * PIECES.length)];
      const range = { start: doc.positionAt(a), end: doc.positionAt(b) };
      doc = TextDocument.update(doc, [{ range, text: insert }], doc.version + 1);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: doc.version },
        contentChanges: [{ range, text: insert }],
      });
      if (i % 97 === 0) {
        const position = doc.positionAt(Math.floor(random() * (doc.getText().length + 1)));
        await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri },
          position,
        });
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: position, end: position },
          context: { diagnostics: [] },
        });
      }
      if (i === Math.floor(EDITS / 4)) rssAfterWarmup = client.rss();
    }
    const final = await client.diagnostics(uri, (p) => p.version === doc.version);
    const expected = checkDocument(doc.getText(), embeddedIndex(), { today: TODAY }).findings.map(
      (f) => ({
        code: f.rule,
        range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      }),
    );
    expect(
      final.map((d) => ({ code: d.code, range: d.range })),
      `replay with FACTLINT_FUZZ_SEED=${SEED}`,
    ).toEqual(expected);
    const growth = client.rss() - rssAfterWarmup;
    console.log(
      `server RSS after warm-up ${(rssAfterWarmup / 1e6).toFixed(1)} MB, after ${EDITS} edits ${(client.rss() / 1e6).toFixed(1)} MB`,
    );
    expect(
      growth,
      `server memory grew by ${(growth / 1e6).toFixed(1)} MB over ${EDITS} edits`,
    ).toBeLessThan(60e6);
  }, 300_000);
});
