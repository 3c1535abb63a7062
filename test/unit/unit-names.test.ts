import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { composeData } from '../../server/src/data/compose';
import { parseDataFile } from '../../server/src/data/parse';
import { dated, embeddedIndex, findingsOf, flagsOf, TODAY } from '../helpers';

/**
 * A unit named by its owner and what it does ("Amazon's cloud unit"): the figure it governs is
 * the unit's (reference data `unit_words`), and a title's day is the day an undated draft speaks
 * from. Sentences of our own.
 */
const index = embeddedIndex();

describe("a company's unit named by its line of business", () => {
  it("binds the figure to the unit's fact, not to its owner's (here two levels up)", () => {
    // Google Cloud's revenue in the second quarter of 2025 was $13.62 billion, Alphabet's $96.4 billion
    const text = dated(
      '2025-08-01',
      "Alphabet's cloud business brought in $16.3 billion of revenue in the second quarter of 2025.",
    );
    expect(findingsOf(text, index)).toEqual([['wrong-figure', '$16.3 billion', '$13.6 billion']]);
  });

  it('confirms a right figure of the unit', () => {
    // AWS's revenue in the third quarter of 2025 was $33.0 billion
    const text = dated(
      '2025-11-05',
      "Amazon's cloud-computing arm reported third-quarter revenue of $33 billion.",
    );
    const claims = checkDocument(text, index, { today: TODAY }).claims;
    expect(claims.map((c) => [c.text, c.status, c.fact?.id])).toEqual([
      ['$33 billion', 'match', 'aws-revenue-2025-q3'],
    ]);
  });

  it('names no unit where two units of the owner do the same', () => {
    const data = (east: string, west: string): string =>
      'entities:\n  - id: acme\n    name: Acme\n    kind: company\n' +
      `  - id: acme-east\n    name: Acme East\n    kind: company\n    parent: acme\n${east}` +
      `  - id: acme-west\n    name: Acme West\n    kind: company\n    parent: acme\n${west}` +
      'facts:\n  - id: acme-east-revenue\n    subject: acme-east\n    property: revenue\n' +
      '    value: { money: 5e9 }\n    as_of: 2025-06-30\n    period: quarter\n' +
      '    status: verified\n    sources:\n      - { url: "https://example.com/a", ' +
      'publisher: Example, date: 2025-07-30, says: Acme East made $5 billion. }\n';
    const text = dated(
      '2025-08-01',
      "Acme's cloud unit posted $9 billion in revenue in the second quarter.",
    );
    const flags = (east: string, west: string): string[] => {
      const composed = composeData({ entities: [], facts: [] }, [
        parseDataFile('a.yaml', data(east, west)),
      ]);
      expect(composed.errors).toEqual([]);
      return flagsOf(text, composed.index);
    };
    expect(flags('    unit_words: [cloud]\n', '')).toEqual(['wrong-figure $9 billion']);
    expect(flags('    unit_words: [cloud]\n', '    unit_words: [cloud]\n')).toEqual([]);
  });
});

describe('a part noun after segment words', () => {
  it("reads a cloud unit's figure as no measure of the whole company", () => {
    // Oracle's revenue in the first quarter of fiscal 2026 was $14.9 billion, its cloud's $7.2 billion
    const text = dated(
      '2025-10-01',
      "Oracle's cloud unit posted $7.2 billion in revenue in the first quarter of fiscal 2026.",
    );
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('the day an undated draft speaks from', () => {
  const body = '\n\nAWS now runs at an annualized revenue run rate of $132 billion.\n';
  it('is the last day its title names, so a figure then current is not out of date', () => {
    expect(flagsOf(`# The week in cloud: 27 October – 2 November 2025${body}`, index)).toEqual([]);
  });

  it('is today where the title names no whole day', () => {
    expect(flagsOf(`# Cloud in November 2025${body}`, index)).toEqual([
      'outdated-figure $132 billion',
    ]);
  });
});
