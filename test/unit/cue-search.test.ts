import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueRuns, hits } from '../../server/src/engine/check/cue-search';

const found = (word: string, text: string): string[] =>
  hits(word, text).map((h) => text.slice(h.start, h.end));

describe('cue words are found', () => {
  it.each([
    ['invest', 'Nvidia invested five billion', 'invested'],
    ['raise', 'xAI is raising twenty billion', 'raising'],
    ['raise', 'xAI raised twenty billion', 'raised'],
    ['put', 'Nvidia is putting in five billion', 'putting'],
    ['ship', 'The chip shipped in March', 'shipped'],
    ['deploy', 'AWS deploys Trainium', 'deploys'],
    ['run rate', 'a run-rate of 132 billion', 'run-rate'],
  ])('"%s" in its forms: %s', (word, text, form) => {
    expect(found(word, text)).toEqual([form]);
  });

  it.each([
    ['deal', 'an ideal partner'],
    ['put', 'the output grew'],
    ['=GA', 'GAAP figures'],
  ])('but not inside another word: "%s" in %s', (word, text) => {
    expect(found(word, text)).toEqual([]);
  });

  it('not inside a phrase that owns the word: "initial" of an initial public offering', () => {
    const text = 'the rest depends on an initial public offering';
    const runs = cueRuns(['initial'], text, { start: 0, end: 3 }, []);
    expect(runs).toEqual([]);
    const first = 'an initial payment of the rest';
    expect(cueRuns(['initial'], first, { start: 0, end: 2 }, []).length).toBe(1);
  });
});

/** The regex each cue word was searched with before its forms were matched without one. */
function regexHits(word: string, text: string): string[] {
  const lower = word.toLowerCase();
  const escaped = lower
    .replace(/^=/, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '[\\s-]');
  const doubled =
    /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/i.test(escaped) && escaped.length <= 4
      ? `|${escaped.slice(-1)}(?:ing|ed)`
      : '';
  const stem = lower.startsWith('=')
    ? escaped
    : /[^aeiou]e$/i.test(escaped)
      ? `${escaped.slice(0, -1)}(?:e|es|ed|ing)`
      : `${escaped}(?:s|es|ed|d|ing${doubled})?`;
  const re = new RegExp(`${stem}(?![\\p{L}\\p{N}])`, 'giu');
  const out: string[] = [];
  // the cheap test before the regex: the first four letters of the cue's first word begin a word
  const stems = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((w) => [
    w.slice(0, 4),
    w.slice(0, 3),
  ]);
  const first = /[\p{L}\p{N}]+/u.exec(lower.replace(/^=/, ''))?.[0].slice(0, 4) ?? '';
  if (first && !stems.includes(first)) return out;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (!/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, m.index - 2), m.index)))
      out.push(`${m.index}:${m[0]}`);
  return out;
}

describe('cue words are found as their regex found them', () => {
  // letters of the words, their capitals and the characters that match them under `iu`, white
  // space, hyphens, digits and letters beyond ASCII, one of them astral
  const chars = [...'aeiknpstdgrl KSE-1$.\u212a\u017f\u00a0\u2009\u00e9\u0345\ud835\udc00\t,'];
  const word = fc
    .array(fc.constantFrom(...'aeiknpstdgrl -$.'), { minLength: 1, maxLength: 6 })
    .map((cs) => cs.join(''))
    .filter((w) => w.trim() === w && w.length > 0)
    .chain((w) => fc.constantFrom(w, `=${w}`));
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((cs) => cs.join(''));

  it('on random words and texts', () => {
    fc.assert(
      fc.property(word, text, (w, t) => {
        expect(hits(w, t).map((h) => `${h.start}:${t.slice(h.start, h.end)}`)).toEqual(
          regexHits(w, t),
        );
      }),
      { numRuns: 20000 },
    );
  });
});
