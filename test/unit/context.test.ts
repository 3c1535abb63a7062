import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { BlockReading } from '../../server/src/engine/reading';
import { describe, expect, it } from 'vitest';
import { readChunks, readDocument, walkChunk } from '../../server/src/engine/read';
import { extractProseWhole } from '../../server/src/engine/text/prose';
import { draftsIn, embeddedIndex, setDir } from '../helpers';

const index = embeddedIndex();

/** What binding sees of each sentence, in comparable form. */
function sentences(blocks: BlockReading[]): unknown[] {
  return blocks.flatMap((b) =>
    b.sentences.map((s) => ({
      at: b.block.map.toSourceLoose(s.offset, s.offset + s.text.length),
      ...s,
      around: [...s.around],
      names: s.names.map((n) => n.text),
      quantities: s.quantities.map((q) => q.text),
    })),
  );
}

const drafts = [setDir('dev'), setDir('corpus'), setDir('holdout'), setDir('fresh')].flatMap(
  (dir) => draftsIn(dir).map((f) => readFileSync(join(dir, f), 'utf8')),
);

const PIECES = [
  '# OpenAI',
  '## Oracle in 2025',
  '### Nvidia',
  '#### Deep',
  'Oracle signed a $300 billion deal with OpenAI.',
  'The company said it would pay $38 billion.',
  'It was valued at $500 billion in October 2025.',
  '- Microsoft holds 27%.',
  '> Anthropic raised $13 billion.',
  '| Company | Value |',
  '| --- | --- |',
  '| OpenAI | $500 billion |',
  '| Nvidia | $100 billion |',
  '```',
  'Setext heading',
  '---',
  '',
  '',
  '',
];

describe('a document read chunk by chunk', () => {
  it('gives every sentence the context one reading of the whole gives it, on the annotated drafts', () => {
    for (const text of drafts)
      expect(sentences(readDocument(text, index).blocks)).toEqual(
        sentences(readDocument(text, index, true).blocks),
      );
  });

  it('and on generated markdown', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        expect(sentences(readDocument(text, index).blocks)).toEqual(
          sentences(readDocument(text, index, true).blocks),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('puts each block under the headings its parse nests it under', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const prose = extractProseWhole(text);
        const {
          chunks: [chunk],
        } = readChunks(text, index, undefined, [{ start: 0, prose }]);
        walkChunk(chunk, { headings: [] }, (j, headings) => {
          // the parse links each block to the heading before it; going up those links, each heading
          // of a higher level than the last is in force
          const expected: number[] = [];
          for (
            let h = prose.blocks[j].heading, depth = Infinity;
            h !== undefined;
            h = prose.blocks[h].heading
          ) {
            if ((prose.blocks[h].depth ?? 0) < depth) expected.push(h);
            depth = Math.min(depth, prose.blocks[h].depth ?? 0);
          }
          expect(headings.map((b) => chunk.blocks.indexOf(b))).toEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });
});
