import { describe, expect, it } from 'vitest';
import { dated, embeddedIndex, flagsOf } from '../helpers';

/**
 * When a figure that contradicts the fact it is bound to is excused because another fact agrees
 * with it, and when that agreement is chance: sentences of our own in the shapes real articles
 * take.
 */
const index = embeddedIndex();
const flags = (day: string, text: string): string[] => flagsOf(dated(day, text), index);

describe('agreement with another fact', () => {
  it('a month named without a year dates the sentence after it too', () => {
    expect(
      flags(
        '2026-01-15',
        'Thinking Machines Lab wrapped up its first raise in July. ' +
          'The round valued the young lab at $21 billion.',
      ),
    ).toEqual(['wrong-figure $21 billion']);
  });

  it('a level its successor had replaced by the time the text names is no excuse', () => {
    // (OpenAI's 2021 valuation was reported near $20 billion; by July 2025 it was long past)
    expect(
      flags(
        '2026-01-15',
        'Mira Murati left her post at OpenAI and started Thinking Machines Lab, which wrapped ' +
          'up its first raise in July 2025. The round valued the young lab at $21 billion.',
      ),
    ).toEqual(['wrong-figure $21 billion']);
  });

  it('a measure named at the figure is not misread: another measure agreeing is chance', () => {
    // (an Nvidia revenue outlook of about $32.5 billion is no valuation of Cerebras)
    expect(
      flags(
        '2026-02-10',
        'Cerebras, long cast as an Nvidia challenger, took in $1 billion at a valuation of ' +
          '$32 billion.',
      ),
    ).toEqual(['wrong-figure $32 billion']);
  });

  it("a bound's own number written for the same measure may mean that outlook", () => {
    // (Microsoft guided its quarter's capex to more than $30 billion; it came in at $34.9 billion)
    expect(flags('2025-10-29', '# Microsoft bets $30B of capex on AI')).toEqual([]);
    expect(flags('2025-10-29', '# Microsoft bets $32B of capex on AI')).toEqual([
      'wrong-figure $32B',
    ]);
  });
});
