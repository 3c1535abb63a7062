import { describe, expect, it } from 'vitest';
import { NearMissIndex, withinEdits } from '../../server/src/engine/reference/near-miss';

const NAMES: [string, string][] = [
  ['OpenAI', 'openai'],
  ['Anthropic', 'anthropic'],
  ['Nvidia', 'nvidia'],
  ['Microsoft', 'microsoft'],
  ['Sarah Friar', 'sarah-friar'],
  ['Meta AI', 'meta-ai'],
  ['Amazon Web Services', 'aws'],
  ['Matt Garman', 'matt-garman'],
  ['Jensen Huang', 'jensen-huang'],
];

function index(common: string[] = []): NearMissIndex {
  const near = new NearMissIndex(common);
  for (const [name, id] of NAMES) near.add(name, id, /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name));
  return near;
}

describe('near misses of known names', () => {
  it.each([
    ['Open Ai', 'openai', 'spacing and case'],
    ['OpenAl', 'openai', 'l for I'],
    ['Nvida', 'nvidia', 'one letter dropped'],
    ['Antropic', 'anthropic', 'one letter dropped'],
    ['Microsft', 'microsoft', 'one letter dropped'],
    ['Anthorpic', 'anthropic', 'two letters swapped'],
    ['Jensen Haung', 'jensen-huang', 'two letters swapped'],
    ['Sarah Fryer', 'sarah-friar', 'two slips in a long name'],
    ['Mat Garmen', 'matt-garman', 'two slips in a long name'],
  ])('reads "%s" as a misspelling (%s)', (written, id) => {
    expect(index().find(written)?.entityId).toBe(id);
  });

  it.each([
    ['Nvdiaa', 'two slips in a short name'],
    ['Sarah Frost', 'three slips'],
    ['Barah Fryer', 'two slips that change how the name begins'],
    ['Anthropoid', 'a dictionary word'],
    ['Microsoftly', 'a long name run on by two letters'],
    ['Jensen Hua', 'a long name cut short by two letters'],
    ['Nvid', 'under five letters'],
  ])('leaves "%s" alone (%s)', (written) => {
    expect(index(['anthropoid']).find(written)).toBeUndefined();
  });

  it('reads a name of several words with one word changed into another word as another name', () => {
    const near = index(['mega', 'service']);
    expect(near.find('Mega AI')).toBeUndefined();
    // ... but not a plural slip, a non-word, or a person's surname slipped into a word
    expect(near.find('Amazon Web Service')?.entityId).toBe('aws');
    expect(near.find('Meda AI')?.entityId).toBe('meta-ai');
    expect(index(['frier']).find('Sarah Frier')?.entityId).toBe('sarah-friar');
  });

  it('reads one slip into a dictionary word as a misspelling, two slips as the word', () => {
    expect(index(['goggle', 'anthropoid']).find('Nvidiaa')?.entityId).toBe('nvidia');
    expect(index(['nvidiaa']).find('Nvidiaa')?.entityId).toBe('nvidia');
    expect(index(['anthropoid']).find('Anthropoid')).toBeUndefined();
  });

  it('abstains when two names are equally near', () => {
    const near = new NearMissIndex();
    near.add('Karen Smith', 'a');
    near.add('Karen Smyth', 'b');
    expect(near.find('Karen Smeth')).toBeUndefined();
  });

  it.each([
    ['sarahfryer', 'sarahfriar', 2, true],
    ['sarahfryer', 'sarahfriar', 1, false],
    ['anthorpic', 'anthropic', 1, true],
    ['abc', 'abcdef', 2, false],
    ['', 'ab', 2, true],
  ])('withinEdits(%s, %s, %d) is %s', (a, b, max, want) => {
    expect(withinEdits(a, b, max)).toBe(want);
  });
});
