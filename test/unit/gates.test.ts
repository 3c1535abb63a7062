import { describe, expect, it } from 'vitest';
import { checkDocument, GATES } from '../../server/src/engine/index';
import { embeddedIndex, TODAY } from '../helpers';

/**
 * Every binding gate runs its own examples: on a `silent` text factlint says nothing with the gate
 * on and raises a flag with it off (so the example shows what the gate does, and fails when it is
 * switched off); on a `caught` text a wrong figure is still flagged with every gate on.
 */
const index = embeddedIndex();
const flags = (text: string, gatesOff: string[] = []): string[] =>
  checkDocument(text, index, { today: TODAY, gatesOff })
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

describe('binding gates', () => {
  it('have unique ids, a summary and examples of both kinds', () => {
    expect(new Set(GATES.map((g) => g.id)).size).toBe(GATES.length);
    for (const g of GATES) {
      expect(g.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(g.summary.length).toBeGreaterThan(20);
      expect(g.examples.silent.length).toBeGreaterThan(0);
      expect(g.examples.caught.length).toBeGreaterThan(0);
    }
  });

  describe.each(GATES.map((g) => [g.id, g] as const))('%s', (id, gate) => {
    it.each(gate.examples.silent.map((t, i) => [i + 1, t] as const))(
      'keeps quiet on example %i',
      (_i, text) => {
        expect(flags(text)).toEqual([]);
        expect(flags(text, [id]), `with ${id} off, the example should raise a flag`).not.toEqual(
          [],
        );
      },
    );
    it.each(gate.examples.caught.map((t, i) => [i + 1, t] as const))(
      'still flags example %i',
      (_i, text) => {
        expect(flags(text)).not.toEqual([]);
      },
    );
  });
});
