import { describe, expect, it } from 'vitest';
import { isTitleLine } from '../../server/src/engine/text/title-line';
import { extractProse } from '../../server/src/engine/text/prose';
import { splitSentences } from '../../server/src/engine/text/sentences';

const proseOf = (md: string): string[] => extractProse(md).blocks.map((b) => b.text);

describe('extractProse', () => {
  it('reads paragraphs, headings, list items, quotes and table cells', () => {
    const md =
      '# Title\n\nA paragraph.\n\n- an item\n\n> a quote\n\n| a | b |\n| --- | --- |\n| c | d |\n';
    expect(proseOf(md)).toEqual([
      'Title',
      'A paragraph.',
      'an item',
      'a quote',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('skips code, inline code, HTML, front matter and URLs', () => {
    const md =
      '---\ntitle: $83B\n---\n\nText `$83B` and <b>x</b> ' +
      '[link](https://x.com/83) <https://y.com> ' +
      'https://z.com/5-year.\n\n```\n$83B\n```\n\n    indented $83B\n';
    const text = proseOf(md).join('|');
    expect(text).not.toMatch(/83|5-year|x\.com|y\.com|z\.com/);
    expect(text).toContain('link');
  });

  it('maps every prose character back to the same character in the source', () => {
    const md =
      '> OpenAI **signed** a \\$38 billion &amp; *seven-year*\n> deal with [Amazon](https://a.co).\n';
    const [block] = extractProse(md).blocks;
    for (const word of ['signed', '$38 billion', 'seven-year', 'deal with', 'Amazon']) {
      const at = block.text.indexOf(word);
      const span = block.map.toSource(at, at + word.length);
      expect(span, word).toBeDefined();
      expect(md.slice(span!.start, span!.end)).toBe(word);
    }
  });

  it('refuses an exact source span across markup', () => {
    const md = 'a **$38** billion\n';
    const [block] = extractProse(md).blocks;
    const at = block.text.indexOf('$38 billion');
    expect(block.map.toSource(at, at + 11)).toBeUndefined();
    const loose = block.map.toSourceLoose(at, at + 11)!;
    expect(md.slice(loose.start, loose.end)).toBe('$38** billion');
  });

  it('links a table cell to its row and header', () => {
    const doc = extractProse('| Deal | Value |\n| --- | --- |\n| Oracle | $300 billion |\n');
    const value = doc.blocks.findIndex((b) => b.text === '$300 billion');
    const related = doc.blocks[value].related!.map((i) => doc.blocks[i].text);
    expect(related.sort()).toEqual(['Oracle', 'Value']);
  });

  it('collects directives from HTML comments', () => {
    const doc = extractProse('<!-- factlint-disable-next-line wrong-figure -->\nText.\n');
    expect(doc.directives).toEqual([
      { kind: 'disable-next-line', rules: ['wrong-figure'], offset: 0 },
    ]);
  });
});

describe('splitSentences', () => {
  it.each([
    ['It costs $1.4 trillion. Then more.', 2],
    ['It powers 25 million U.S. homes and more.', 1],
    ['Acme Inc. signed it. Then CloudCo did.', 2],
    ['On Nov. 3 it was signed.', 1],
    // a sentence may open with a name in camel case, but not after an abbreviation
    ['It was valued at $61.5 billion. xAI has now raised $20 billion.', 2],
    ['He bought an iPhone. eBay sold it.', 2],
    ['Shares of Acme Inc. xAI bought were sold.', 1],
    ['It rose. then it fell.', 1],
  ])('%s', (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});

describe('isTitleLine', () => {
  it('takes a short line of capitalised words with no stop for a subheading', () => {
    expect(isTitleLine('The New Terms in Brief: $90B Valuation, 20% Stake')).toBe(true);
    expect(isTitleLine('Why the Cloud Race Is Far From Over')).toBe(true);
  });

  it('leaves sentences, quotes and lines of lower-case words alone', () => {
    expect(isTitleLine('The New Terms in Brief: $90B Valuation, 20% Stake.')).toBe(false);
    expect(isTitleLine('Microsoft and OpenAI signed a new agreement on Tuesday')).toBe(false);
    expect(isTitleLine('"We Are Not Done Yet," Said Nadella')).toBe(true);
    expect(isTitleLine('Nadella Said: "We Are Not Done"')).toBe(false);
    expect(isTitleLine('Two Words')).toBe(false);
  });
});
