import { describe, expect, it } from 'vitest';
import { composeData } from '../../server/src/data/compose';
import { parseDataFile } from '../../server/src/data/parse';
import { checkDocument } from '../../server/src/engine/index';
import { TODAY } from '../helpers';

/**
 * Held-only properties (a gain, expenses: reference/properties.ts) are kept for hover cards and
 * the audit; the checker does not read them. Profit lines (net income) are judged only where the
 * figure's clause names them. Neither kind, whose value happens to lie within 2% of a wrong
 * revenue figure, may keep that figure from being called wrong.
 */
const DATA = `entities:
  - id: acme
    name: Acme AI
    kind: company
facts:
  - id: acme-revenue-2025-q3
    subject: acme
    property: revenue
    value: { money: 77.7e9 }
    as_of: 2025-09-30
    period: quarter
    status: verified
    sources:
      - { url: https://example.com/r, publisher: Example, date: 2025-10-29, says: Revenue was $77.7 billion. }
  - id: acme-net-income-2025
    subject: acme
    property: net-income
    value: { money: 88.1e9 }
    as_of: 2025-12-31
    period: year
    status: verified
    sources:
      - { url: https://example.com/n, publisher: Example, date: 2026-01-28, says: Net income was $88.1 billion. }
  - id: acme-gain-2025
    subject: acme
    property: gain
    value: { money: 86.2e9 }
    as_of: 2025-12-31
    period: year
    status: verified
    sources:
      - { url: https://example.com/g, publisher: Example, date: 2026-01-28, says: A gain of $86.2 billion. }
`;

describe('held-only facts', () => {
  const { index, errors } = composeData(undefined, [parseDataFile('held.yaml', DATA)]);
  const rulesOf = (text: string) =>
    checkDocument(text, index, { today: TODAY }).findings.map((f) => [f.rule, f.fact?.id]);

  it('load', () => expect(errors).toEqual([]));

  it('do not keep a wrong revenue figure that agrees with them from being called wrong', () => {
    expect(
      rulesOf(
        'Acme AI reported revenue of $87.7 billion for the quarter ended September 30, 2025.',
      ),
    ).toEqual([['wrong-figure', 'acme-revenue-2025-q3']]);
  });

  it('are not judged themselves', () => {
    expect(rulesOf('Acme AI booked a gain of $80.1 billion for 2025.')).toEqual([]);
  });

  it('a profit line is judged where its clause names it, and only there', () => {
    expect(rulesOf('Acme AI reported net income of $80.1 billion for 2025.')).toEqual([
      ['wrong-figure', 'acme-net-income-2025'],
    ]);
    expect(rulesOf('Acme AI made $80.1 billion in 2025.')).toEqual([]);
  });
});
