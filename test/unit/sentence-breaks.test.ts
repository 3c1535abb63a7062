import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '../../server/src/engine/text/sentence-breaks';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuStarts = (text: string): number[] =>
  [...icu.segment(text)].map((s) => s.index).filter((i) => i > 0);

/** Every character the table holds: ASCII, Latin-1 but for the soft hyphen, U+2010 to U+2027. */
const TABLE: string[] = [];
for (const [from, to] of [
  [0x09, 0x09],
  [0x0b, 0x0c],
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0xff],
  [0x2010, 0x2027],
])
  for (let c = from; c <= to; c++) TABLE.push(String.fromCharCode(c));
TABLE.push('\u20ac', '\u2122', '\u2212');
/** The characters the rules turn on, drawn more often than the rest. */
const TURNS = [...'.!?"\')]\u2019\u201d,;:-\u2013 aZ5\u00e9\u00c9'];

describe('sentenceStarts', () => {
  it('breaks where ICU does, on text of the characters it knows', () => {
    const char = fc.oneof(fc.constantFrom(...TABLE), fc.constantFrom(...TURNS));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        expect(sentenceStarts(text)).toEqual(icuStarts(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('breaks where ICU does in prose', () => {
    for (const text of [
      'OpenAI raised $40 billion. It is valued at $300 billion.',
      'The U.S. market grew 3.5% in Q2. Mr. Huang said so! Did he? "Yes." (He did.) Then...',
      'It cost 5 bn. in 2024. e.g. this, and that. Sales rose. 2025 will tell.',
      '\u201cWe\u2019re done.\u201d \u2014 she said. \u00c9tienne left.\u00a0Then a.m. came.',
    ])
      expect(sentenceStarts(text)).toEqual(icuStarts(text));
  });

  it('leaves text with other characters to ICU', () => {
    expect(sentenceStarts('Soft\u00adhyphen.')).toBeUndefined();
    expect(sentenceStarts('Line\u2028separator.')).toBeUndefined();
    expect(sentenceStarts('\u4e2d\u6587\u3002')).toBeUndefined();
  });
});
