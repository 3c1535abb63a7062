import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, flagsOf, TODAY } from '../helpers';

/**
 * Growth rates in the shapes results articles give them: a rate measured from the quarter before
 * beside one measured from a year before, a share of the total, a quarter named after its fiscal
 * year, a half year. In words of our own; each fails with its mechanism off.
 */
const index = embeddedIndex();
const flags = (text: string): string[] => flagsOf(text, index);
const claimOf = (text: string, written: string): string => {
  const claim = checkDocument(text, index, { today: TODAY }).claims.find((c) => c.text === written);
  return `${claim?.status} ${claim?.fact?.id ?? '-'}`;
};

describe('growth rates', () => {
  it('a rate from the quarter before is not the year-on-year rate, and does not hide it', () => {
    const text = dated(
      '2025-08-28',
      'Nvidia posted second-quarter revenue of $46.7 billion, up 6% from last quarter and 56% ' +
        'from a year ago.',
    );
    expect(flags(text)).toEqual([]);
    expect(claimOf(text, '56%')).toBe('match nvidia-revenue-growth-fy26-q2');
  });

  it('"from last quarter" measures against the quarter before', () => {
    for (const base of ['from last quarter', 'on the previous quarter']) {
      const text = dated(
        '2025-08-28',
        `Nvidia's revenue for the second quarter of fiscal 2026 rose 6% ${base}.`,
      );
      expect(flags(text), base).toEqual([]);
    }
  });

  it('a sequential rate written after the yearly one is still the sequential one', () => {
    const text = dated(
      '2025-08-28',
      'Nvidia posted second-quarter revenue of $46.7 billion, up 56% on the year and 6% ' +
        'sequentially.',
    );
    expect(flags(text)).toEqual([]);
    expect(claimOf(text, '56%')).toBe('match nvidia-revenue-growth-fy26-q2');
  });

  it('the quarter a change is measured from is not the period the figure is of', () => {
    const text = dated(
      '2025-05-29',
      'Nvidia reported data center revenue of $39.1 billion, up 73% from a year before and 10% ' +
        'from the fourth quarter.',
    );
    expect(claimOf(text, '73%')).toBe('match nvidia-data-center-revenue-growth-fy26-q1');
  });

  it("a segment's share of the total is not a change", () => {
    const text = dated(
      '2025-08-28',
      'Nvidia said its data center sales rose to $41.1 billion, making up 88% of total revenue.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a quarter written after its fiscal year, or before it without "of", is that quarter', () => {
    for (const period of ['fiscal 2026 third-quarter', 'third-quarter fiscal 2026']) {
      const text = dated('2025-11-20', `Nvidia's ${period} revenue rose 69% from a year earlier.`);
      expect(flags(text), period).toEqual(['wrong-figure 69%']);
    }
  });

  it("a year's rate is not supported by a quarter's that happens to equal it", () => {
    const text = dated(
      '2026-03-01',
      "Nvidia's revenue for fiscal 2026 rose 56% to $215.9 billion.",
    );
    expect(flags(text)).toEqual(['wrong-figure 56%']);
  });

  it('a rate one point from another line is not that line', () => {
    const text = dated(
      '2025-12-01',
      "Nvidia's data center revenue for the quarter ended July 27, 2025 grew 61% on the year.",
    );
    expect(flags(text)).toEqual(['wrong-figure 61%']);
  });

  it("a half year's revenue is the half's", () => {
    const text = dated('2025-10-01', "OpenAI's first-half 2025 revenue was $4.3 billion.");
    expect(flags(text)).toEqual([]);
    expect(claimOf(text, '$4.3 billion')).toMatch(/^match /);
  });
});

describe('a rate said of an outlook before it', () => {
  it('is expected growth, not a growth reported', () => {
    // (Meta's revenue grew 24% in the fourth quarter of 2025)
    const text = dated(
      '2026-02-02',
      '# Meta jumps after its results\n\nThe fourth-quarter results, out last week, were ' +
        "strong all round. Investors also liked Meta's Q1 2026 revenue guidance, which " +
        'projected $53.5 billion to $56.5 billion—marking a healthy 31% growth rate at its ' +
        'midpoint.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('rates at constant currency', () => {
  it('a rate at constant currency is not the reported rate beside it', () => {
    const text = dated(
      '2025-12-11',
      "Oracle's cloud infrastructure revenue rose 68% in dollars and 60% in constant currency.",
    );
    expect(flags(text)).toEqual([]);
    expect(claimOf(text, '68%')).toBe('match oracle-oci-revenue-growth-fy26-q2');
  });

  it('a rate in both dollars and constant currency is the reported one', () => {
    const text = dated(
      '2025-12-11',
      "Oracle's cloud infrastructure revenue rose 86% in both dollars and constant currency.",
    );
    expect(flags(text)).toEqual(['wrong-figure 86%']);
  });
});
