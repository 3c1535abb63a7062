import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  coverageOf,
  describeCoverage,
  describeSummary,
  summarizeClaims,
  type Claim,
} from '../../server/src/engine/index';
import { fixtureIndex, TODAY } from '../helpers';

const index = fixtureIndex();
/** Each claim as "text kind status fact-or-entity": what the Fact check view lists. */
const claimsOf = (text: string): string[] =>
  checkDocument(text, index, { today: TODAY }).claims.map(
    (c: Claim) => `${c.text} ${c.kind} ${c.status} ${c.fact?.id ?? c.entityId ?? '-'}`,
  );
const only = (text: string, written: string): Claim => {
  const found = checkDocument(text, index, { today: TODAY }).claims.filter(
    (c) => c.text === written,
  );
  expect(found).toHaveLength(1);
  return found[0];
};

describe('claims: what the engine read, and what became of each', () => {
  it('lists figures a fact agrees and disagrees with, with that fact', () => {
    expect(claimsOf('Acme AI signed a seven-year, $83B agreement with CloudCo East.')).toEqual([
      'seven-year figure match acme-cloudco-2025-term',
      '$83B figure wrong acme-cloudco-2025-value',
    ]);
  });

  it('gives an outdated figure the current fact', () => {
    expect(claimsOf('Acme is now valued at $157 billion.')).toEqual([
      '$157 billion figure outdated acme-valuation-2025',
    ]);
  });

  it('lists a figure no fact covers as not in the data, and says why', () => {
    const claim = only('Acme AI has 83 employees.', '83');
    expect([claim.status, claim.fact]).toEqual(['no-data', undefined]);
    expect(claim.why).toMatch(/no fact in the data/i);
  });

  it('says what a figure with no fact claims when its words name the measure and whose it is', () => {
    expect(only('Acme AI reported net income of $4 billion.', '$4 billion').about).toBe(
      'net income of Acme AI',
    );
    // the measure is the company's, not the person's named nearer the figure
    expect(only('At Acme AI, revenue was $9 billion, Jane Roe said.', '$9 billion').about).toBe(
      'revenue of Acme AI',
    );
    // no measure said: not a claim the data could be expected to hold
    expect(only('Acme AI expects $3 billion by then.', '$3 billion').about).toBeUndefined();
  });

  it('counts coverage over identified claims: judged, unsure, roles, and those that say what and whose', () => {
    const claims = checkDocument(
      'Acme AI signed a $83B agreement with CloudCo East. Acme AI reported net income of $4 billion. ' +
        'Acme AI expects $3 billion by then.',
      index,
      { today: TODAY },
    ).claims;
    const coverage = coverageOf(claims);
    expect(coverage).toEqual({ identified: 2, withFact: 1 });
    expect(describeCoverage(coverage)).toBe(
      'coverage: 1 of 2 identified claims had a fact (50.0%)',
    );
    expect(coverageOf([{ kind: 'name', status: 'wrong' }])).toEqual({ identified: 0, withFact: 0 });
  });

  it("names the fact a gate ruled out, and the gate's reason, when that is why nothing was judged", () => {
    const claim = only(
      'Acme AI said its agreement starts in 2026. CloudCo East reported quarterly revenue of $9 billion.',
      '$9 billion',
    );
    expect(claim.status).toBe('no-data');
    expect(claim.why).toMatch(
      /^Not the value of Acme–CloudCo agreement \(2025\): .*another property/,
    );
  });

  it('marks a figure bound too loosely to judge as unsure, with the fact it may be about', () => {
    const claim = only(
      'Acme AI raised money; the deal with CloudCo is worth $38 billion, or $83B by some counts.',
      '$83B',
    );
    expect(claim.status).toBe('unsure');
    expect(claim.fact?.subject).toBe('acme');
    // and which test of firm ground it failed
    expect(claim.why).toMatch(/not .*firmly enough to judge: no word of its own says/);
  });

  it("says how a judged figure's claim was read, for the hover card", () => {
    const claim = only('Delta Cloud revenue was $5 billion in the third quarter.', '$5 billion');
    expect(claim.status).toBe('wrong');
    expect(claim.reading).toBe('revenue · a quarter');
  });

  it('lists people in roles and misspelt names', () => {
    expect(claimsOf('DuoCorp COO Dee Ops spoke. SoloCo CEO Dee Ops spoke. AcmeAI grew.')).toEqual([
      'Dee Ops role match dee-ops',
      'Dee Ops role wrong ann-solo',
      'AcmeAI name wrong acme',
    ]);
  });

  it('does not list a date that only says when, nor an amount that is only named', () => {
    expect(claimsOf('In 2025, Acme AI and CloudCo East agreed the first gigawatt.')).toEqual([]);
  });

  it("keeps a claim for every finding, whatever the rule's severity", () => {
    const text = 'Acme AI signed a seven-year, $83B agreement with CloudCo East.';
    const off = checkDocument(text, index, { today: TODAY, severities: { 'wrong-figure': 'off' } });
    expect(off.findings.map((f) => f.rule)).toEqual([]);
    expect(off.claims.map((c) => c.status)).toEqual(['match', 'wrong']);
  });
});

describe('claim counts', () => {
  it('counts each status and says them in a line, judged claims first', () => {
    const summary = summarizeClaims([
      { status: 'match' },
      { status: 'match' },
      { status: 'wrong' },
      { status: 'no-data' },
      { status: 'unsure' },
    ]);
    expect(summary).toEqual({ wrong: 1, outdated: 0, unsure: 1, 'no-data': 1, match: 2 });
    expect(describeSummary(summary)).toBe(
      '3 checked: 2 match, 1 wrong; 1 not in the data; 1 not judged',
    );
    expect(describeSummary(summarizeClaims([]))).toBe('0 checked');
  });

  it('of a check, added up chunk by chunk, equal the counts of all its claims', () => {
    const text =
      'Acme AI signed a seven-year, $83B agreement with CloudCo East.\n\n' +
      'Acme AI raised $5 billion.\n\n| Deal | Value |\n| --- | --- |\n| Acme AI | $83B |\n\n' +
      'Later, Acme Ai said its $38 billion agreement with CloudCo East was a bargain.\n';
    const result = checkDocument(text, index, { today: TODAY });
    expect(Object.values(result.summary).reduce((a, b) => a + b)).toBeGreaterThan(3);
    expect(result.summary).toEqual(summarizeClaims(result.claims));
  });
});
