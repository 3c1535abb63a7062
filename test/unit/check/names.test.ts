import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureIndex } from '../../helpers';

// name-spelling: known misspellings fixed to the canonical name
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('flags a known misspelling and fixes it to the canonical name', () => {
    expect(check('Acme Ai’s growth continues.')).toEqual([['name-spelling', 'Acme Ai', 'Acme AI']]);
  });
});
