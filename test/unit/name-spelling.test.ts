import { describe, expect, it } from 'vitest';
import { embeddedIndex, findingsOf, fixtureIndex } from '../helpers';

const embedded = embeddedIndex();
const fixture = fixtureIndex();
const spelling = (text: string, index = embedded) =>
  findingsOf(text, index).filter(([rule]) => rule === 'name-spelling');

describe('the name-spelling fix', () => {
  it('keeps a possessive whose apostrophe was dropped', () => {
    expect(spelling('CoreWeaves revenue grew fast.')).toEqual([
      ['name-spelling', 'CoreWeaves', "CoreWeave's"],
    ]);
    expect(spelling('Antropics revenue grew fast.')).toEqual([
      ['name-spelling', 'Antropics', "Anthropic's"],
    ]);
    expect(spelling('DuoCorps revenue grew fast.', fixture)).toEqual([
      ['name-spelling', 'DuoCorps', "DuoCorp's"],
    ]);
  });

  it('writes the apostrophe the paragraph uses', () => {
    expect(spelling('CoreWeaves revenue beat OpenAI’s.')).toEqual([
      ['name-spelling', 'CoreWeaves', 'CoreWeave’s'],
    ]);
  });

  it('leaves a written possessive outside the fix, and other slips as they were', () => {
    expect(spelling("Open AI's revenue grew.")).toEqual([['name-spelling', 'Open AI', 'OpenAI']]);
    expect(spelling('Nvida sells chips.')).toEqual([['name-spelling', 'Nvida', 'Nvidia']]);
    expect(spelling('Antropic grew fast.')).toEqual([['name-spelling', 'Antropic', 'Anthropic']]);
  });
});
