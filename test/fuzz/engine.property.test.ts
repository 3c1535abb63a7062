import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../server/src/engine/extract/quantities';
import { checkDocument } from '../../server/src/engine/index';
import { extractProse } from '../../server/src/engine/text/prose';
import { embeddedIndex, TODAY } from '../helpers';

/**
 * Properties of the engine over arbitrary input: it never throws, every span lies inside the text
 * and inside prose, and fixes only touch what a finding covers. A failure prints its seed and
 * counterexample, so `fc.assert(..., { seed, path })` replays it.
 */
const index = embeddedIndex();
const RUNS = Number(process.env.FACTLINT_FUZZ_RUNS ?? 300);

const pieces = fc.constantFrom(
  'OpenAI',
  'Open AI',
  'Amazon',
  'AWS',
  'Nvidia',
  'Antropic',
  ' signed a ',
  'five-year',
  'seven-year',
  '$83B',
  '$38 billion',
  ' deal ',
  ' with ',
  '30 gigawatts',
  '27%',
  '2019',
  'November 3, 2025',
  '. ',
  ', ',
  '\n',
  '\r\n',
  '\n\n',
  '# ',
  '- ',
  '> ',
  '| a | b |\n| --- | --- |\n| ',
  '```\n',
  '`',
  '<!-- factlint-disable -->',
  '[link](http://x/83)',
  '**',
  '_',
  '\\',
  '&amp;',
  '😀',
  '\u0301',
  '\u202e',
  '\u0000',
  '\uFEFF',
  '\uD800',
  'السلام',
  '中文',
  ' ',
  '\t',
);
const markdownish = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 })
  .map((xs) => xs.join(''));
const anyText = fc.oneof(
  markdownish,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

/** Offsets that lie inside fenced or inline code, HTML or front matter: never prose. */
function nonProse(text: string): (offset: number) => boolean {
  const prose = new Set<number>();
  for (const b of extractProse(text).blocks) {
    for (let i = 0; i < b.text.length; i++) {
      const at = b.map.toSource(i, i + 1);
      if (at) prose.add(at.start);
    }
  }
  return (offset) => !prose.has(offset);
}

describe('engine properties', () => {
  it('never throws, and every finding and fix lies inside the text and in prose', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = checkDocument(text, index, { today: TODAY });
        const outside = nonProse(text);
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(outside(f.start)).toBe(false);
          for (const fix of f.fixes) {
            for (const e of fix.edits) {
              expect(e.start >= f.start && e.end <= f.end).toBe(true);
              // an exact edit covers text that is all prose
              for (let i = e.start; i < e.end; i++) expect(outside(i)).toBe(false);
            }
          }
        }
        for (const c of result.claims)
          expect(c.start >= 0 && c.end <= text.length && c.start <= c.end).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("reads every figure's text back from its span", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const q of extractQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isFinite(q.min) && Number.isFinite(q.max) && q.min <= q.max).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never reports anything inside code, whatever it holds', () => {
    fc.assert(
      fc.property(markdownish, (inner) => {
        const text = `Intro.\n\n\`\`\`\n${inner.replace(/`/g, '')}\n\`\`\`\n`;
        const fence = text.indexOf('```');
        expect(
          checkDocument(text, index, { today: TODAY }).findings.filter((f) => f.start > fence),
        ).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same findings for the same text with CRLF as with LF, at the same places', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = checkDocument(lf, index, { today: TODAY }).findings.map((f) => [
          f.rule,
          lf.slice(f.start, f.end),
        ]);
        const b = checkDocument(crlf, index, { today: TODAY }).findings.map((f) => [
          f.rule,
          crlf.slice(f.start, f.end),
        ]);
        expect(b).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('adversarial input finishes (a hang here is catastrophic backtracking)', () => {
  const cases: [string, string][] = [
    ['a 100 KB run of digits', '1'.repeat(100_000)],
    ['digits and commas', '1,'.repeat(50_000)],
    ['dollar signs', '$'.repeat(100_000)],
    ['a figure pattern repeated without end', '$1.1.1.1'.repeat(12_000)],
    ['deeply nested brackets', '['.repeat(20_000) + ']'.repeat(20_000)],
    ['deeply nested quotes', '> '.repeat(5_000) + 'OpenAI $83B deal with Amazon'],
    ['a 100 KB line of words', 'OpenAI signed a five-year deal with Amazon '.repeat(2_500)],
    ['hyphens and number words', 'seven-'.repeat(20_000)],
    ['capitalised words', 'Openaii Anthropicc Nvidiaa '.repeat(4_000)],
    [
      'a list nested 1,500 deep',
      Array.from(
        { length: 1_500 },
        (_, i) => `${' '.repeat(i * 2)}- OpenAI $83B deal with Amazon`,
      ).join('\n'),
    ],
    ['emphasis nested 5,000 deep', `${'*a '.repeat(5_000)}x${' a*'.repeat(5_000)}`],
    [
      'strong emphasis around a figure',
      `${'**'.repeat(3_000)}OpenAI $83B deal with Amazon${'**'.repeat(3_000)}`,
    ],
    ['links nested 3,000 deep', `${'[a '.repeat(3_000)}x${'](u)'.repeat(3_000)}`],
  ];
  it.each(cases)(
    '%s',
    (_name, text) => {
      const result = checkDocument(text, index, { today: TODAY });
      expect(Array.isArray(result.findings)).toBe(true);
    },
    20_000,
  );
});
