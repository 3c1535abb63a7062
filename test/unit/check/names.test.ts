import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../server/src/engine/index';
import { findingsOf, fixtureIndex, TODAY } from '../../helpers';

// name-spelling: known misspellings fixed to the canonical name
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('flags a known misspelling and fixes it to the canonical name', () => {
    expect(check('AcmeAI’s growth continues.')).toEqual([['name-spelling', 'AcmeAI', 'Acme AI']]);
  });

  it('gives a name in the right letters but another case a rule of its own', () => {
    const severity = (text: string) =>
      checkDocument(text, index, { today: TODAY }).findings.map((f) => [
        f.rule,
        f.severity,
        f.message,
      ]);
    expect(severity('Acme Ai’s growth continues.')).toEqual([
      ['name-style', 'warning', '"Acme Ai" is styled "Acme AI" by its owner.'],
    ]);
    expect(severity('AcmeAI’s growth continues.')).toEqual([
      ['name-spelling', 'warning', '"AcmeAI" is spelled "Acme AI".'],
    ]);
  });

  it("reads a namesake's name as a slip of the other's where the other's companies are named", () => {
    expect(check('CloudCo appointed Jon Doe to its board.')).toEqual([
      ['name-spelling', 'Jon Doe', 'John Doe'],
    ]);
    expect(check('The painter Jon Doe opened a show in Paris.')).toEqual([]);
  });
});
