import { describe, expect, it } from 'vitest';
import { assignOneToOne } from '../../server/src/engine/check/assign';
import type { Candidate } from '../../server/src/engine/check/candidate';
import type { Fact } from '../../server/src/engine/reference/types';
import type { Quantity } from '../../server/src/engine/types';

const figure = (value: number): Quantity =>
  ({
    start: 0,
    end: 1,
    text: String(value),
    dim: 'money',
    min: value,
    max: value,
    rounding: 0,
  }) as Quantity;
const fact = (id: string, value: number): Fact =>
  ({ id, value: { dim: 'money', min: value, max: value } }) as Fact;
const candidate = (quantity: Quantity, f: Fact, score: number): Candidate =>
  ({ quantity, fact: f, score }) as Candidate;
const agrees = (q: Quantity, f: Fact): boolean => q.min === f.value.min;

describe('one-to-one assignment', () => {
  // "raising $20 billion against a $15 billion target": the amount's cue also names the round's
  // valuation, and the target has a weak claim on the amount raised
  const amount = figure(20e9);
  const target = figure(15e9);
  const raised = fact('raised', 20e9);
  const valuation = fact('valuation', 230e9);

  it('does not bind a weak figure at the cost of a firm figure and the fact it agrees with', () => {
    const out = assignOneToOne(
      [
        [candidate(amount, valuation, 5.3), candidate(amount, raised, 4.8)],
        [candidate(target, raised, 2.6)],
      ],
      agrees,
    );
    expect(out.get(amount)?.chosen.fact.id).toBe('raised');
    expect(out.has(target)).toBe(false);
  });

  it('still binds every figure when each has a fact of its own', () => {
    const out = assignOneToOne(
      [[candidate(amount, raised, 4.8)], [candidate(target, valuation, 3.0)]],
      agrees,
    );
    expect(out.get(amount)?.chosen.fact.id).toBe('raised');
    expect(out.get(target)?.chosen.fact.id).toBe('valuation');
  });
});
