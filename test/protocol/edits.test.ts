import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SHARED } from '../helpers';
import { TestClient } from './lsp-client';

/**
 * Diagnostics after edits over the protocol must be exactly those of a fresh check of the same
 * text: the server keeps each chunk's results from version to version and moves them where the
 * chunk now stands, and an edit in one chunk, a line put in or taken out before others, or a blank
 * line that splits or joins chunks may change nothing but what a fresh check would.
 */
const SEED = readFileSync(resolve(SHARED, 'seeds/000_887da713244190c2.txt'), 'utf8');
const PLANTED = SEED.replace('seven-year, $38 billion', 'five-year, $83B');
/** Each line a paragraph of its own: a chunk each, for edits to move. */
const paragraphs = (s: string): string => s.trim().replace(/\n+/g, '\n\n');
// written twice over, so that findings list the other claims of their fact as related information
const DRAFT = `# First\n\n${paragraphs(PLANTED)}\n\n# Second\n\n${paragraphs(SEED)}\n`;

/** An edit by offsets into the text before it: the span [start, end) becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** One didChange: edits by offsets into the text before it. */
type Step = (text: string) => Edit[];

/** The start of the paragraph that holds `needle`. */
function paragraphWith(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle}`);
  return text.lastIndexOf('\n\n', at) + 2;
}

/** The end of the paragraph that starts at `start`, with the blank line after it. */
function paragraphEnd(text: string, start: number): number {
  const end = text.indexOf('\n\n', start);
  return end < 0 ? text.length : end + 2;
}

/** A paragraph's start: the offset after the `n`th blank line. */
function paragraph(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n\n', at) + 2;
    if (at === 1) throw new Error(`no paragraph ${n}`);
  }
  return at;
}

/** What a diagnostic says, less what names the document and its version. */
function comparable(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map((d) => ({
    ...d,
    data: { ...(d.data as object), version: 0 },
    relatedInformation: d.relatedInformation?.map((r) => ({
      ...r,
      location: { ...r.location, uri: '' },
    })),
  }));
}

/**
 * Sends each step as one didChange, its edits from the last to the first so that each still stands
 * where it was found, and after each compares what `diagnosticsOf` gets for the edited document
 * with what it gets for a fresh one of the same text, and the claim counts of both.
 */
async function expectFreshAfterEach(
  client: TestClient,
  uri: string,
  draft: string,
  steps: Step[],
  diagnosticsOf: (uri: string, version: number) => Promise<Diagnostic[]>,
): Promise<string> {
  let text = draft;
  let version = 1;
  for (const [i, step] of steps.entries()) {
    const contentChanges = [];
    for (const e of step(text).sort((a, b) => b.start - a.start)) {
      contentChanges.push({
        range: { start: positionOf(text, e.start), end: positionOf(text, e.end) },
        text: e.text,
      });
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
    }
    version++;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
    const edited = await diagnosticsOf(uri, version);
    const freshUri = `${uri.replace(/\.md$/, '')}-fresh-${i}.md`;
    await client.open(freshUri, text);
    const fresh = await diagnosticsOf(freshUri, 1);
    expect(comparable(edited), `after step ${i}`).toEqual(comparable(fresh));
    const [editedCounts, freshCounts] = await Promise.all([
      client.checked(uri, (p) => p.version === version),
      client.checked(freshUri),
    ]);
    expect(editedCounts.summary).toEqual(freshCounts.summary);
  }
  return text;
}

/**
 * Edits around the findings: words put in before, inside and after a wrong figure, a character
 * typed at a time after it, a paragraph deleted, one pasted again further down, and a line put in
 * above them all.
 */
const AROUND_FINDINGS: Step[] = [
  (t) => [{ start: paragraphWith(t, '$83B'), end: paragraphWith(t, '$83B'), text: 'Indeed, ' }],
  (t) => [{ start: t.indexOf('$83B') + 2, end: t.indexOf('$83B') + 2, text: '3' }],
  (t) => [{ start: t.indexOf('$833B') + 5, end: t.indexOf('$833B') + 5, text: ' (as reported)' }],
  ...[...'in all'].map((c): Step => (t) => [
    { start: t.indexOf(' (as reported)') + 1, end: t.indexOf(' (as reported)') + 1, text: c },
  ]),
  (t) => [{ start: paragraph(t, 3), end: paragraphEnd(t, paragraph(t, 3)), text: '' }],
  (t) => {
    const from = paragraphWith(t, 'five-year');
    const at = paragraph(t, 18);
    return [{ start: at, end: at, text: t.slice(from, paragraphEnd(t, from)) }];
  },
  (t) => [{ start: paragraph(t, 1), end: paragraph(t, 1), text: 'A line above them all.\n' }],
  (t) => [{ start: t.indexOf('$833B'), end: t.indexOf('$833B') + 5, text: '$38 billion' }],
];

describe('diagnostics after edits over the protocol', () => {
  const client = new TestClient();

  beforeAll(async () => {
    await client.initialize();
  });
  afterAll(() => client.shutdown());

  /** The diagnostics the server pushes for a version. */
  const pushed = (uri: string, version: number): Promise<Diagnostic[]> =>
    client.diagnostics(uri, (p) => p.version === version);

  it('equal those of a fresh check, through edits in several chunks and lines put in and taken out', async () => {
    const uri = 'file:///tmp/factlint-protocol/edited.md';
    await client.open(uri, DRAFT);
    const first = await pushed(uri, 1);
    expect(first.some((d) => d.relatedInformation?.length)).toBe(true);
    const steps: Step[] = [
      // a word typed into the second paragraph, and a figure changed further down
      (t) => [
        { start: paragraph(t, 2) + 5, end: paragraph(t, 2) + 5, text: 'really ' },
        { start: t.indexOf('$83B'), end: t.indexOf('$83B') + 4, text: '$38 billion' },
      ],
      // a line put in near the start, moving every chunk after it
      (t) => [{ start: paragraph(t, 1), end: paragraph(t, 1), text: 'A new first line.\n\n' }],
      // a blank line that joins two paragraphs, then one that splits another
      (t) => {
        const join = paragraph(t, 4) - 1;
        return [{ start: join, end: join + 1, text: '' }];
      },
      (t) => {
        const split = t.indexOf('. ', paragraph(t, 6)) + 2;
        return [{ start: split, end: split, text: '\n\n' }];
      },
      // lines taken out in the second half, and the wrong figure written again in the first
      (t) => {
        const from = paragraph(t, 20);
        return [
          { start: from, end: paragraph(t, 22), text: '' },
          { start: t.indexOf('$38 billion'), end: t.indexOf('$38 billion') + 11, text: '$83B' },
        ];
      },
      // a heading put in between, and a line broken in two
      (t) => [
        { start: paragraph(t, 10), end: paragraph(t, 10), text: '## Between\n\n' },
        { start: paragraph(t, 12) + 3, end: paragraph(t, 12) + 3, text: '\n' },
      ],
    ];
    const text = await expectFreshAfterEach(client, uri, DRAFT, steps, pushed);
    expect(text).not.toEqual(DRAFT);
  });

  it('equal those of a fresh check, through edits before, inside and after findings', async () => {
    const uri = 'file:///tmp/factlint-protocol/around.md';
    await client.open(uri, DRAFT);
    await pushed(uri, 1);
    await expectFreshAfterEach(client, uri, DRAFT, AROUND_FINDINGS, pushed);
  });
});

describe('pulled diagnostics after edits over the protocol', () => {
  const client = new TestClient();

  beforeAll(async () => {
    await client.initialize(null, { textDocument: { diagnostic: {} } });
  });
  afterAll(() => client.shutdown());

  /** The diagnostics the server answers a pull with, for the version it has. */
  const pulled = async (uri: string): Promise<Diagnostic[]> => {
    const report = (await client.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
    })) as { items: Diagnostic[] };
    return report.items;
  };

  it('equal those of a fresh check, through edits before, inside and after findings', async () => {
    const uri = 'file:///tmp/factlint-protocol/pulled.md';
    await client.open(uri, DRAFT);
    expect((await pulled(uri)).some((d) => d.relatedInformation?.length)).toBe(true);
    await expectFreshAfterEach(client, uri, DRAFT, AROUND_FINDINGS, pulled);
  });
});
