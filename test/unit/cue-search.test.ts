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
