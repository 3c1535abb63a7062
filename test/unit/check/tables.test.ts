import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureIndex } from '../../helpers';

// tables: rows read as records, headers and label cells saying what a value is
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('reads a column headed by a title as giving that title to the people in it', () => {
    const table = (people: string): string =>
      `| Company | Chief executive |\n| --- | --- |\n| ${people} |`;
    expect(check(table('CloudCo East | John Doe'))).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(check(table('CloudCo East | Jane Roe'))).toEqual([]);
    // two people under "Chief executive" are co-CEOs: the one wrongly named gives way to the other
    expect(check(table('DuoCorp | Bea Pair and Ann Solo'))).toEqual([
      ['wrong-attribution', 'Ann Solo', 'Cy Mates'],
    ]);
  });

  it("dates the role of a table row's person in a notes cell that turns to a predecessor", () => {
    const table = (notes: string) =>
      `| Company | Chief executive | Notes |\n| --- | --- | --- |\n| CloudCo East | Jane Roe | ${notes} |`;
    expect(check(table('CEO since June 3, 2023, succeeding John Doe'))).toEqual([
      ['wrong-date', 'June 3, 2023', 'June 3, 2024'],
    ]);
    expect(check(table('CEO since June 3, 2024, succeeding John Doe'))).toEqual([]);
    // a second person in the date's own clause leaves the date unclaimed
    expect(check(table('CEO since June 3, 2023 with John Doe'))).toEqual([]);
  });

  it('checks a date cell against the event its row describes', () => {
    const table = (date: string): string =>
      `| Date | Event |\n| --- | --- |\n| ${date} | Kappa Labs raises $20 billion in its Series E |\n`;
    expect(check(table('6 Jan 2025'))).toEqual([['wrong-date', '6 Jan 2025', '6 Jan 2026']]);
    expect(check(table('6 Jan 2026'))).toEqual([]);
    // a column of timings is not a column of events' dates
    expect(check(table('6 Jan 2025').replace('| Date |', '| Deployment |'))).toEqual([]);
  });

  it('reads a table row as one record: a cell two subjects fit is about the one its row is about', () => {
    const row = (cells: string): string =>
      `## Echo Labs and Foxtrot Labs\n\n| Date | Round | Amount | Valuation |\n| --- | --- | --- | --- |\n| Feb 2026 | ${cells} |`;
    expect(check(row('First close | $110 billion | $830 billion'))).toEqual([
      ['wrong-figure', '$830 billion', '$730 billion'],
    ]);
    // a figure another subject's fact agrees with stays that subject's; a row bound to nothing
    // narrows nothing
    expect(check(row('First close | $110 billion | $380 billion'))).toEqual([]);
    expect(check(row('Primary | n/a | $830 billion'))).toEqual([]);
  });

  it('checks table cells with their row and header', () => {
    const md =
      '# Acme and CloudCo East\n\n| Deal | Value | Term |\n| --- | --- | --- ' +
      '|\n| Acme–CloudCo | $83 billion | 7 years |\n';
    expect(check(md)).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    // in a row of a label and a value, the label says what the value is, as a header does
    const table = (label: string): string =>
      `## Acme AI\n\n| Metric | October 2025 |\n| --- | --- |\n| ${label} | $600 billion |`;
    expect(check(table('Valuation'))).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check(table('Headcount'))).toEqual([]);
    // a cell with a figure of its own keeps its words: "first" belongs to the 1 GW, not to the 8 GW
    // beside it
    expect(
      check(
        '## Omega Corp\n\n| Partner | Scale | Timing |\n| --- | --- | --- |\n| ' +
          'Kappa Labs | 8 GW | first 1 GW in 2026 |',
      ),
    ).toEqual([['wrong-figure', '8 GW', '6 GW']]);
    // a funding table's "Amount" is the round's size
    expect(
      check(
        '| Round | Amount | Valuation |\n|---|---|---|\n| Zeta Lab Series C | $2 million | $9 billion |',
      ),
    ).toEqual([['wrong-figure', '$2 million', '$2 billion']]);
  });
});
