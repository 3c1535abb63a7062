import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../server/src/engine/read';
import { CheckCache, checkDocument } from '../../server/src/engine/index';
import { chunksOf } from '../../server/src/engine/text/chunks';
import { draftsIn, embeddedIndex, fixtureIndex, setDir, TODAY } from '../helpers';

/**
 * Checking with a cache carried from version to version must give exactly what a fresh check of
 * each version gives: the cache may only save work, never change an answer.
 */
const index = embeddedIndex();
const DRAFTS = draftsIn(setDir('corpus'))
  .slice(0, 12)
  .map((f) => readFileSync(join(setDir('corpus'), f), 'utf8'));
const PIECES = [
  '$83B',
  ' seven-year ',
  'Open AI',
  '\n\n',
  '\n',
  '# Heading\n',
  '```\n',
  '| a | b |\n',
  '. ',
  'OpenAI ',
  ' Amazon ',
  '<!-- factlint-disable-next-line -->\n',
  '2019',
  '😀',
  '\r\n',
  '> ',
  '- ',
  '    ',
  '[^1]',
  '\n[x]: https://e.com\n',
  '---\ndate: 2025-11-10\n---\n',
  'Nov. 3',
  '**Acme.** ',
  // a paragraph that asks is answered by the next: its question mark is part of that one's context
  'Who led it?',
  // a surname misspelt alone is a slip only where another chunk may name the person
  ' Slipsky ',
  'Adam Selipsky ',
  // a misspelling is fixed to how the rest of the document writes the name
  'Nvidea ',
  ' NVIDIA ',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.nat({ max: 40 }),
  piece: fc.constantFrom(...PIECES),
});

describe('a check with a cache equals a fresh check', () => {
  it('through random edits of real drafts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DRAFTS),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (draft, edits) => {
          const cache = new CheckCache();
          let text = draft;
          checkDocument(text, index, { today: TODAY, cache });
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.piece + text.slice(Math.min(text.length, at + e.cut));
            expect(checkDocument(text, index, { today: TODAY, cache })).toEqual(
              checkDocument(text, index, { today: TODAY }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
    // a bound for a hung run, not a timing: 60 runs take some 15 s alone and twice that on a busy
    // machine
  }, 300_000);

  it('when the paragraph that introduces a list becomes an item of it', () => {
    // (edits found by the property above: the heading and a line go, and the paragraph that
    // introduced the list gets a bullet of its own)
    const cache = new CheckCache();
    let text = readFileSync(join(setDir('corpus'), 'brief-google-cloud-deals.md'), 'utf8');
    checkDocument(text, index, { today: TODAY, cache });
    for (const [cut, piece] of [
      [20, '. '],
      [23, '- '],
      [0, '$83B'],
    ] as const) {
      text = piece + text.slice(cut);
      expect(checkDocument(text, index, { today: TODAY, cache })).toEqual(
        checkDocument(text, index, { today: TODAY }),
      );
    }
  });

  it("when the document's own date changes", () => {
    const cache = new CheckCache();
    const body =
      'On Nov. 4, OpenAI signed a seven-year, $38 billion cloud agreement with Amazon Web Services.\n';
    for (const text of [
      body,
      `---\ndate: 2025-11-10\n---\n${body}`,
      `---\ndate: 2026-11-10\n---\n${body}`,
      body,
    ]) {
      expect(checkDocument(text, index, { today: TODAY, cache })).toEqual(
        checkDocument(text, index, { today: TODAY }),
      );
    }
  });

  it('when the data or the day change under it', () => {
    const cache = new CheckCache();
    const text = DRAFTS[0];
    checkDocument(text, index, { today: TODAY, cache });
    const other = fixtureIndex();
    expect(checkDocument(text, other, { today: TODAY, cache })).toEqual(
      checkDocument(text, other, { today: TODAY }),
    );
    expect(checkDocument(text, index, { today: '2025-01-01', cache })).toEqual(
      checkDocument(text, index, { today: '2025-01-01' }),
    );
  });

  it('checks again only what an edit touches, though a paragraph recurs through the document', () => {
    const para = 'OpenAI signed a seven-year, $38 billion agreement with Amazon Web Services.';
    const code = '```js\nconst deal = { value: "$83B" };\n```';
    let text = Array.from(
      { length: 20 },
      (_, i) => `## Part ${i}\n\nMore on part ${i}. ${para}\n\n${code}\n\n${para}`,
    ).join('\n\n');
    const cache = new CheckCache();
    checkDocument(text, index, { today: TODAY, cache });
    let made = 0;
    const get = cache.outcomes.get.bind(cache.outcomes);
    cache.outcomes.get = (key, make, ...rest) => get(key, () => (made++, make()), ...rest);
    const at = text.indexOf('More on part 10');
    text = `${text.slice(0, at)}Even more. ${text.slice(at)}`;
    expect(checkDocument(text, index, { today: TODAY, cache })).toEqual(
      checkDocument(text, index, { today: TODAY }),
    );
    // the edited chunk, and at most one neighbour whose surroundings it is
    expect(made).toBeLessThanOrEqual(2);
  });

  it('keeps one version of the document, not every version it saw', () => {
    const cache = new CheckCache();
    let text = DRAFTS[1];
    for (let i = 0; i < 50; i++) {
      text = `${text}\n\nParagraph ${i} says OpenAI signed a $${i} billion deal.`;
      checkDocument(text, index, { today: TODAY, cache });
    }
    const reading = readDocument(text, index);
    expect(cache.fragments.size).toBeLessThanOrEqual(chunksOf(text).length);
    expect(cache.outcomes.size).toBeLessThanOrEqual(chunksOf(text).length);
    expect(cache.figures.size).toBeLessThanOrEqual(chunksOf(text).length);
    expect(cache.sentences.size).toBeLessThanOrEqual(reading.blocks.length);
  });
});
