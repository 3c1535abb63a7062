import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunksAfterEdit, chunksOf, type Chunk } from '../../server/src/engine/text/chunks';
import {
  extractProse,
  extractProseWhole,
  type ProseDocument,
} from '../../server/src/engine/text/prose';
import { draftsIn, setDir } from '../helpers';

const starts = (text: string): string[] =>
  chunksOf(text).map((c) => text.slice(c.start, c.end).split(/\r\n?|\n/)[0]);

describe('chunks', () => {
  it('cut at a blank line before a line in the first column', () => {
    expect(
      starts('# Title\n\nOne.\nStill one.\n\nTwo.\n\n- a\n\n  still a\n- b\n\nThree.'),
    ).toEqual(['# Title', 'One.', 'Two.', '- a', 'Three.']);
  });

  it.each([
    [
      'fenced code',
      'Intro.\n\n```js\nconst a = 1;\n\nlet b = 2;\n```\n\nAfter.',
      ['Intro.', '```js', 'After.'],
    ],
    ['tilde fences', 'A.\n\n~~~~\nx\n\ny\n~~~\nstill code\n~~~~\n\nB.', ['A.', '~~~~', 'B.']],
    ['an HTML comment', 'A.\n\n<!-- note\n\nlong -->\n\nB.', ['A.', '<!-- note', 'B.']],
    ['a <pre> block', 'A.\n\n<pre>\n\nx\n</pre>\n\nB.', ['A.', '<pre>', 'B.']],
    ['front matter', '---\ntitle: x\n\ndate: 2025-01-01\n---\n\nBody.', ['---', 'Body.']],
    [
      'indented code, and what follows it',
      'A.\n\n    code\n\n    more code\n\nB.\n\nC.',
      ['A.', 'C.'],
    ],
    ['CR line endings', 'A.\r\rB.\r\rC.', ['A.', 'B.', 'C.']],
  ])('keep %s whole', (_what, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('cover the text exactly, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const chunks = chunksOf(text);
        expect(chunks[0].start).toBe(0);
        expect(chunks[chunks.length - 1].end).toBe(text.length);
        chunks.forEach((c, i) => i > 0 && expect(c.start).toBe(chunks[i - 1].end));
      }),
    );
  });

  it.each([
    [
      'a link reference definition',
      'See [the deal][aws].\n\nMore.\n\n[aws]: https://example.com\n',
    ],
    ['a footnote', 'A claim.[^1]\n\nMore.\n\n[^1]: A note.\n'],
    ['a definition in a list', 'See [x].\n\nMore.\n\n- [x]: https://example.com\n'],
  ])('leave a document with %s whole: its references resolve anywhere in it', (_what, text) => {
    expect(chunksOf(text)).toEqual([{ start: 0, end: text.length }]);
  });
});

/**
 * A document's prose in comparable form: each block with where each of its characters comes from.
 */
function comparable(doc: ProseDocument): unknown {
  return {
    date: doc.date,
    directives: doc.directives,
    blocks: doc.blocks.map(({ map, ...b }) => ({
      ...b,
      sources: Array.from({ length: b.text.length }, (_, i) => map.toSource(i, i + 1)?.start),
    })),
  };
}

describe('the chunked reading equals one parse of the whole', () => {
  const drafts = [setDir('dev'), setDir('corpus'), setDir('holdout')].flatMap((dir) =>
    draftsIn(dir).map((f) => join(dir, f)),
  );

  it(`on ${drafts.length} annotated drafts`, () => {
    for (const file of drafts) {
      const text = readFileSync(file, 'utf8');
      expect(comparable(extractProse(text)), file).toEqual(comparable(extractProseWhole(text)));
    }
  });

  const PIECES = [
    '# Head',
    '## Sub',
    'Prose with $38 billion.',
    '- item',
    '  indented',
    '    code',
    '1. first',
    '> quote',
    '```',
    '~~~',
    '<!-- factlint-disable -->',
    '<!--',
    '-->',
    '<pre>',
    '</pre>',
    '<pre>x</pre>',
    '<span>',
    '  ```',
    '   ~~~',
    '    ```',
    '\t```',
    '* star',
    '2) two',
    'Plain prose says $38 billion.',
    'Mail a@b.com now',
    'See www.example.com or https://x.y today',
    'Trailing spaces  ',
    'Tab\there',
    'Café 😀 \u0000 null',
    '1. one',
    '10) ten',
    '2025 was big.',
    '3.5 percent',
    '+ plus',
    '=== ',
    '- ',
    '# Plain heading',
    '### Closed ###',
    '#NoSpace',
    '#  two spaces',
    '###### six',
    '####### seven',
    'Hash # inside',
    '> > deep',
    'Text <b>bold</b> $5 billion.',
    '<?php',
    '?>',
    '<![CDATA[',
    ']]>',
    '+++',
    '```js',
    'date: 2025-01-01',
    '| a | b |',
    '| --- | --- |',
    '| 1 | 2 |',
    '[x]: https://e.com',
    'See [y][x] and [x].',
    'Note[^1].',
    '[^1]: The note.',
    '---',
    '***',
    'Setext',
    '===',
    '',
    '',
    '',
    '\t tab',
    '<div>',
    '</div>',
    'Struck ~~out~~ and ~one~ tilde',
    '- [ ] task',
    '- [x] done',
    'Shouting WWW.EXAMPLE.COM and HTTP://X.Y',
    'a | b',
    '--- | ---',
    'One trailing space ',
    'Spaces at the end   ',
  ];
  it('where a line after a plain paragraph may end it (a heading, a fence, a table), and in a list item', () => {
    const texts = [
      'Prose one. \n## Section 25\n\nNext.',
      'Prose one.\nTwo.\n```js\nconst a = "$83B";\n```\n',
      'Prose one. \n| Item | Figure |\n| --- | --- |\n| a | $5 billion |\n',
      // a delimiter row makes the paragraph's last line a header; a pipe line that heads no table
      // goes on with the paragraph
      'Name\n| --- |\n| x |',
      'Prose.\n|---|\n|---|',
      'Prose.\n| a | b |\n| --- |',
      'Prose.\n#NoSpace\n~~~\ncode',
      '\nProse.\n# Head\n[x]: https://e.com',
      // a list item whose later lines carry on its paragraph, and items the parser reads otherwise
      '- the valuation is $5 billion. \nThe next sentence.\nAnd one more. ',
      '- \nProse after an empty item.',
      '-  two spaces in\nthen prose',
      '- # a heading in an item\nprose',
    ];
    for (const text of texts)
      expect(comparable(extractProse(text)), text).toEqual(comparable(extractProseWhole(text)));
  });

  it('on generated markdown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          const text = lines.join(eol);
          expect(comparable(extractProse(text))).toEqual(comparable(extractProseWhole(text)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('after an edit, read again from a chunk that starts as after a blank line', () => {
    // a lone tag opens an HTML block only after a blank line; in one, a fence is only text
    const text = 'A.\n\n<span>\n```\n\nB.';
    const next = 'A.\n\n<span>\n```\n\nBy.';
    expect(chunksAfterEdit(next, text, chunksOf(text))).toEqual([
      { start: 0, end: 4, was: 0 },
      { start: 4, end: 16 },
      { start: 16, end: 19 },
    ]);
    expect(chunksOf(next).map((c) => c.start)).toEqual([0, 4, 16]);
  });

  it('does not take the first chunk again once a line is put in before it', () => {
    // front matter opens only on the first line: moved down, its lines open an HTML block
    const text = ['---', '<![CDATA[', '---', '', '# Head'].join('\n');
    const next = `\n${text}`;
    expect(chunksAfterEdit(next, text, chunksOf(text)).map((c) => [c.start, c.end])).toEqual(
      chunksOf(next).map((c) => [c.start, c.end]),
    );
  });

  it('after an edit, cut from what was cut before as a pass over the whole text cuts', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat({ max: 30 }),
      lines: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }),
      joined: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (lines, eol, edits) => {
          let text = lines.join(eol);
          let chunks: Chunk[] = chunksOf(text);
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            // lines put in, or characters typed into a line
            const put = e.lines.join(e.joined ? '' : eol) + (e.joined ? '' : eol);
            const next = text.slice(0, at) + put + text.slice(Math.min(text.length, at + e.cut));
            const after = chunksAfterEdit(next, text, chunks);
            expect(after.map((c) => [c.start, c.end])).toEqual(
              chunksOf(next).map((c) => [c.start, c.end]),
            );
            for (const c of after)
              if (c.was !== undefined)
                expect(next.slice(c.start, c.end)).toBe(
                  text.slice(chunks[c.was].start, chunks[c.was].end),
                );
            text = next;
            chunks = after;
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
