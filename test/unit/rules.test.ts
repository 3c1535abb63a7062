import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  DEFAULT_SEVERITIES,
  registeredRules,
  RULES,
} from '../../server/src/engine/index';
import { embeddedIndex, TODAY } from '../helpers';

/**
 * Every diagnostic rule runs its own examples against the embedded data: a `flagged` text raises
 * the rule (and nothing once the rule is off), a `clean` text does not. The binding gates run
 * theirs in gates.test.ts; `npm run test:rules` runs both.
 */
const index = embeddedIndex();
const rulesRaised = (text: string, severities: Record<string, 'information' | 'off'>): string[] =>
  checkDocument(text, index, { today: TODAY, severities }).findings.map((f) => f.rule);

describe('diagnostic rules', () => {
  it('each has an id, a title, a description and examples of both kinds', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(DEFAULT_SEVERITIES).sort());
    for (const r of RULES) {
      expect(r.description.length, r.id).toBeGreaterThan(20);
      expect(r.examples.flagged.length, r.id).toBeGreaterThan(0);
      expect(r.examples.clean.length, r.id).toBeGreaterThan(0);
    }
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    // a rule off by default is turned on to show its examples
    const on = DEFAULT_SEVERITIES[id] === 'off' ? { [id]: 'information' as const } : {};
    it.each(rule.examples.flagged.map((t, i) => [i + 1, t] as const))(
      'flags example %i, and not with the rule off',
      (_i, text) => {
        expect(rulesRaised(text, on)).toContain(id);
        expect(rulesRaised(text, { [id]: 'off' })).not.toContain(id);
      },
    );
    it.each(rule.examples.clean.map((t, i) => [i + 1, t] as const))(
      'is silent on clean example %i',
      (_i, text) => {
        expect(rulesRaised(text, on)).not.toContain(id);
      },
    );
  });

  it('are listed with the gates by `factlint rules`, each with a summary and examples', () => {
    const listed = registeredRules();
    expect(listed.filter((r) => r.kind === 'diagnostic').map((r) => r.id)).toEqual(
      RULES.map((r) => r.id),
    );
    expect(listed.filter((r) => r.kind === 'gate').length).toBeGreaterThan(5);
    for (const r of listed) expect(r.examples, r.id).toBeGreaterThan(1);
  });
});
