import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../../server/src/engine/check/requirements';
import { checkDocument, type RuleId, type Severity } from '../../server/src/engine/index';
import { embeddedIndex, TODAY } from '../helpers';

/**
 * Every requirement of binding runs its own examples: each text raises exactly the flags listed
 * with every requirement on, and switching the requirement off changes the flags of at least one
 * of its examples (so each example shows what the requirement does, and fails when it is off).
 */
const index = embeddedIndex();
const flags = (text: string, off: string[], unsupported = false): string[] => {
  const severities: Partial<Record<RuleId, Severity>> = unsupported
    ? { 'unsupported-figure': 'warning' }
    : {};
  return checkDocument(text, index, { today: TODAY, gatesOff: off, severities })
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
};

describe('binding requirements', () => {
  it('have unique ids, a summary and examples', () => {
    expect(new Set(REQUIREMENTS.map((r) => r.id)).size).toBe(REQUIREMENTS.length);
    for (const r of REQUIREMENTS) {
      expect(r.id).toMatch(/^binding\/[a-z-]+$/);
      expect(r.summary.length).toBeGreaterThan(20);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });

  describe.each(REQUIREMENTS.map((r) => [r.id, r] as const))('%s', (id, requirement) => {
    it.each(requirement.examples.map((e, i) => [i + 1, e] as const))(
      'raises the listed flags on example %i',
      (_i, e) => {
        expect(flags(e.text, [], e.unsupported)).toEqual(e.flags);
      },
    );
    it('changes what an example raises when switched off', () => {
      const changed = requirement.examples.filter(
        (e) => JSON.stringify(flags(e.text, [id], e.unsupported)) !== JSON.stringify(e.flags),
      );
      expect(changed.length, `with ${id} off, some example's flags should change`).toBeGreaterThan(
        0,
      );
    });
  });
});
