import { describe, expect, it } from 'vitest';
import { agrees } from '../../../server/src/engine/check/tolerance';
import { extractQuantities } from '../../../server/src/engine/extract/quantities';
import type { RefValue } from '../../../server/src/engine/reference/types';

/** Whether the first figure written in `text` agrees with a money value of the data. */
const agreesWith = (text: string, ref: Omit<RefValue, 'dim'>): boolean =>
  agrees(extractQuantities(text)[0], { dim: 'money', ...ref });

describe('a range written against one value', () => {
  const about85 = { min: 85e9, max: 85e9, approx: true };

  it('agrees when the value lies in the range, or the range in the value slack', () => {
    expect(agreesWith('capex of $84-$86 billion', about85)).toBe(true);
    expect(agreesWith('capex of $20–25 billion', { min: 20e9, max: 20e9 })).toBe(true);
    expect(agreesWith('capex of $84.5-$85.5 billion', about85)).toBe(true);
  });

  it('does not agree when the slack only meets an end of the range', () => {
    expect(agreesWith('capex of $81-$83 billion', about85)).toBe(false);
    expect(agreesWith('capex of $81–$83 billion', about85)).toBe(false);
    // (a single figure keeps the slack: "$83 billion" may be said of about $85 billion)
    expect(agreesWith('capex of $84 billion', about85)).toBe(true);
  });
});

describe('a whole amount that ends in a zero', () => {
  const value = { min: 981.6e6, max: 981.6e6 };

  it('may be rounded to its tens', () => {
    expect(agreesWith('revenue of $980 million', value)).toBe(true);
    expect(agreesWith('revenue of $1,250 million', { min: 1253e6, max: 1253e6 })).toBe(true);
  });

  it('is still held to its ones when it ends in another digit, is short or round', () => {
    expect(agreesWith('revenue of $978 million', value)).toBe(false);
    expect(agreesWith('revenue of $970 million', value)).toBe(false);
    expect(agreesWith('revenue of $20 billion', { min: 21e9, max: 21e9 })).toBe(false);
    expect(agreesWith('revenue of $100 billion', { min: 102.3e9, max: 102.3e9 })).toBe(false);
  });
});

describe('a figure to a fine step', () => {
  // a value the data holds cut short to its cents of a billion: the source may have rounded up
  const cut = { min: 61.47e9, max: 61.47e9 };

  it('agrees with a value one step below, which may have been cut short', () => {
    expect(agreesWith('net income of $61.48 billion', cut)).toBe(true);
    expect(agreesWith('net income of $61.46 billion', cut)).toBe(true);
  });

  it('does not agree two steps off, nor at a coarse step', () => {
    expect(agreesWith('net income of $61.49 billion', cut)).toBe(false);
    expect(agreesWith('capex of $34 billion', { min: 33e9, max: 33e9 })).toBe(false);
  });
});
