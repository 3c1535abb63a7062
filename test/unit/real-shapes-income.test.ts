import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, flagsOf, TODAY } from '../helpers';

/**
 * Profit lines (operating income, net income) in the shapes earnings articles give them: judged
 * where named so, for the company the sentence is about, and left alone where the line is the
 * company's adjusted one, a unit's, a year's in a quarter's note, or still to come. In words of our
 * own; each fails with its mechanism off.
 */
const index = embeddedIndex();
const flags = (text: string): string[] => flagsOf(text, index);
const claimOf = (text: string, written: string): string => {
  const claim = checkDocument(text, index, { today: TODAY }).claims.find((c) => c.text === written);
  return `${claim?.status} ${claim?.fact?.id ?? '-'}`;
};

describe('profit lines', () => {
  it('a net income figure is checked against the quarter it is of', () => {
    const text = dated(
      '2026-02-06',
      'Amazon reported its fourth-quarter results. Net income rose 6% to $12.2 billion.',
    );
    expect(flags(text)).toEqual(['wrong-figure $12.2 billion']);
  });

  it("an adjusted profit is the company's own measure, not its statements' line", () => {
    const text = dated(
      '2025-06-20',
      'Oracle closed fiscal 2025 with revenue of $57.4 billion. Adjusted net income for the year ' +
        'was $17.3 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("an adjusted profit is checked against the company's own line", () => {
    const text = dated(
      '2026-02-05',
      'AMD reported its fourth-quarter 2025 results. Non-GAAP net income rose to $3.5 billion.',
    );
    expect(flags(text)).toEqual(['wrong-figure $3.5 billion']);
    const right = text.replace('$3.5 billion', '$2.5 billion');
    expect(claimOf(right, '$2.5 billion')).toBe('match amd-net-income-adjusted-2025-q4');
  });

  it("a unit's profit is not its parent's", () => {
    const text = dated(
      '2025-11-01',
      'Alphabet posted its third-quarter results.\n\n- Google Cloud: Revenue rose 34% to $15.2 ' +
        'billion. Operating income rose 85% to $3.6 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a profit line after a unit's sentence may be the whole company's", () => {
    const text = dated(
      '2026-02-06',
      'Investors sold Amazon stock late on Thursday after its holiday-quarter report.\n\n' +
        'Amazon said fourth-quarter net sales reached $213.39 billion, ahead of estimates and 14% ' +
        'higher than a year before. Amazon Web Services (AWS) posted revenue of $35.6 billion, ' +
        'more than analysts had pencilled in, growing 24%. Operating income totaled $25.0 billion, ' +
        'ahead of the $24.8 billion expected.',
    );
    expect(flags(text)).toEqual([]);
    expect(claimOf(text, '$25.0 billion')).toBe('match amazon-operating-income-2025-q4');
  });

  it("a date of the sentence before may be another figure's", () => {
    const text = dated(
      '2025-07-31',
      'Meta said daily users grew to 3.48 billion, up from 3.43 billion in Q1. Net income climbed ' +
        '36% to $18.34 billion.',
    );
    expect(claimOf(text, '$18.34 billion')).toBe('match meta-net-income-2025-q2');
  });

  it("a year's line under a label is not the quarter's", () => {
    const text = dated(
      '2026-02-06',
      "# Amazon's fourth quarter of 2025\n\nA strong holiday quarter.\n\n## Numbers\n\n" +
        '- Sales: $213.4B, up 14%\n- Full-Year 2025: Net sales $716.9B (+12%), operating income ' +
        '$80.0B',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a segment a list item's label names is not the company", () => {
    const text = dated(
      '2026-02-06',
      'Amazon reported its fourth-quarter results.\n\n- North America Retail: $127.1 billion in ' +
        'sales and $11.5 billion in operating income.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a bracketed aside with a date stays inside the figure's clause", () => {
    const text = dated(
      '2025-10-23',
      'Super Micro now expects fiscal Q1 2026 revenue (ending September 30) to be $5 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a participle takes the period of the clause it hangs on', () => {
    const text = dated(
      '2026-02-04',
      'Super Micro gave its outlook for Q3 fiscal 2026, expecting revenue of at least $12.3 ' +
        'billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a profit still to be reported is no result', () => {
    const text = dated(
      '2025-10-20',
      'SK hynix is poised to report a quarterly operating profit of more than 10 trillion won.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a preliminary figure is an early estimate, not the final line', () => {
    const text = dated(
      '2026-01-30',
      "Over 2025 as a whole SK hynix's operating profit came to 47.2 trillion won, ahead of " +
        "Samsung Electronics' preliminary consolidated operating profit of 43.5 trillion won for " +
        'the year.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('a loss reported for a quarter', () => {
  // (xAI's net loss in the quarter to September 2025 was $1.46 billion, Bloomberg reported)
  const text = (period: string): string =>
    dated(
      '2026-01-12',
      `Papers seen by reporters show xAI booked a net loss of $1.74 billion ${period}.`,
    );

  it('is that loss, not a change: "a net loss of" names a line of the statements', () => {
    expect(flags(text('in the third quarter of 2025'))).toEqual(['wrong-figure $1.74 billion']);
  });

  it('is of the quarter named by the month it ends in', () => {
    expect(flags(text('in the September quarter'))).toEqual(['wrong-figure $1.74 billion']);
  });
});

describe('a profit said bare', () => {
  it('is the net income, never the revenue of the quarter', () => {
    // (Nvidia's revenue in the quarter to October 2024 was $35.08 billion)
    const text = (line: string): string =>
      dated(
        '2024-11-21',
        `Nvidia reported a jump in profit and sales for the third quarter. Nvidia's ${line} ` +
          'for the quarter reached $17.5 billion.',
      );
    expect(flags(text('profit'))).toEqual([]);
    expect(flags(text('gross profit'))).toEqual([]);
    expect(flags(text('revenue'))).toEqual(['wrong-figure $17.5 billion']);
  });
});
