import { describe, expect, it } from 'vitest';
import {
  fiscalCalendars,
  periodMentions,
  resolvePeriod,
} from '../../server/src/engine/frame/period';
import { dayNumber } from '../../server/src/engine/reference/dates';
import { checkDocument } from '../../server/src/engine/index';
import { embeddedIndex, TODAY } from '../helpers';

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const days = (text: string, endMonth: number, date?: string): string[] =>
  periodMentions(text).map((m) => {
    const r = resolvePeriod(
      m,
      endMonth,
      date ? dayNumber(...(date.split('-').map(Number) as [number, number, number])) : undefined,
    );
    return r
      ? `${text.slice(m.start, m.end)}: ${iso(r.min)}..${iso(r.max)}`
      : `${text.slice(m.start, m.end)}: ?`;
  });

describe('periods in words', () => {
  it('reads "this year" and "next year" as calendar years told from the document date', () => {
    expect(days('Sales will double next year, after a strong this year', 6, '2024-09-29')).toEqual([
      'next year: 2025-01-01..2025-12-31',
      'this year: 2024-01-01..2024-12-31',
    ]);
    // (with no date, no year is known; "a year" and "last year" are not read here)
    expect(days('Sales will double next year', 12)).toEqual(['next year: ?']);
    expect(days('Sales rose in a year and fell last year', 12, '2024-09-29')).toEqual([]);
  });

  it('reads fiscal quarters and years through a fiscal year that ends in June', () => {
    expect(days('Revenue in Q1 FY26 rose, and fiscal 2026 looks strong.', 6)).toEqual([
      'Q1 FY26: 2025-07-01..2025-09-30',
      'fiscal 2026: 2025-07-01..2026-06-30',
    ]);
    expect(days('the third quarter of fiscal year 2026', 1)).toEqual([
      'the third quarter of fiscal year 2026: 2025-08-01..2025-10-31',
    ]);
    expect(days('FY2025 Q4 sales', 6)).toEqual(['FY2025 Q4: 2025-04-01..2025-06-30']);
    // the quarter's word after the year, or the fiscal year after the quarter without "of"
    expect(days('its fiscal 2026 third-quarter sales', 1)).toEqual([
      'fiscal 2026 third-quarter: 2025-08-01..2025-10-31',
    ]);
    expect(days('third-quarter fiscal 2026 sales', 1)).toEqual([
      'third-quarter fiscal 2026: 2025-08-01..2025-10-31',
    ]);
    expect(days('spent it during the second quarter of its 2026 fiscal year', 6)).toEqual([
      'the second quarter of its 2026 fiscal year: 2025-10-01..2025-12-31',
    ]);
  });

  it('keeps the calendar year for a company without a fiscal calendar', () => {
    expect(days('fiscal 2025 capex', 12)).toEqual(['fiscal 2025: 2025-01-01..2025-12-31']);
  });

  it("gives a company on the calendar year its own calendar, so another company's is not borrowed", () => {
    // Meta keeps no fiscal_year_end; Oracle's year ends in May, Azure's through Microsoft in June
    const calendars = fiscalCalendars(
      ['meta', 'oracle', 'azure', 'satya-nadella'],
      embeddedIndex(),
    );
    expect(Object.fromEntries(calendars)).toEqual({ meta: 12, oracle: 5, azure: 6 });
  });

  it('resolves a quarter without a year to the latest one begun by the document date', () => {
    expect(days('In the third quarter, sales rose.', 12, '2025-10-30')).toEqual([
      'the third quarter: 2025-07-01..2025-09-30',
    ]);
    expect(days('its fiscal first quarter', 6, '2025-10-29')).toEqual([
      'its fiscal first quarter: 2025-07-01..2025-09-30',
    ]);
    expect(days('the fourth quarter', 12, '2026-01-20')).toEqual([
      'the fourth quarter: 2025-10-01..2025-12-31',
    ]);
    // without a date, a quarter without a year is left unresolved
    expect(days('the third quarter', 12)).toEqual(['the third quarter: ?']);
  });

  it('leaves calendar dates with a year to the date figures', () => {
    expect(periodMentions('In Q3 2025 and the third quarter of 2025, revenue rose.')).toEqual([]);
  });
});

describe('fiscal periods in checking', () => {
  const index = embeddedIndex();
  const flags = (text: string): string[] =>
    checkDocument(text, index, { today: TODAY })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => text.slice(f.start, f.end));
  it('matches a fiscal quarter with the fact of that quarter, not of the calendar quarter', () => {
    // Microsoft's fiscal first quarter of 2026 is July to September 2025
    expect(
      flags('---\ndate: 2025-10-30\n---\n\nMicrosoft reported Q1 FY26 revenue of $71.7 billion.'),
    ).toEqual(['$71.7 billion']);
    expect(
      flags('---\ndate: 2025-10-30\n---\n\nMicrosoft reported Q1 FY26 revenue of $77.7 billion.'),
    ).toEqual([]);
  });
});

describe('implied subjects', () => {
  const index = embeddedIndex();
  const flags = (text: string): string[] =>
    checkDocument(text, index, { today: TODAY })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => text.slice(f.start, f.end));
  it('carries the one thing the sentence before named into a sentence that names nothing, for a named measure', () => {
    expect(
      flags(
        '---\ndate: 2025-11-20\n---\n\nNvidia released results for its fiscal ' +
          'third quarter. Data center revenue reached $41 billion.',
      ),
    ).toEqual(['$41 billion']);
  });
  it('reads a paragraph under a headline naming one company as about it, when nothing else competes', () => {
    expect(
      flags(
        '---\ndate: 2025-10-30\n---\n\n# Microsoft in its fiscal first ' +
          'quarter\n\nCapital expenditures came to $43.9 billion in the quarter.',
      ),
    ).toEqual(['$43.9 billion']);
  });
  it('does not carry a subject to a figure whose measure is not named', () => {
    expect(
      flags(
        '---\ndate: 2025-11-04\n---\n\n# OpenAI and CoreWeave\n\nThat adds up to ' +
          '$24.2 billion across three contracts in about six months.',
      ),
    ).toEqual([]);
  });
});

describe('"valued at"', () => {
  const index = embeddedIndex();
  const flagged = (text: string): string[] =>
    checkDocument(text, index, { today: TODAY })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${text.slice(f.start, f.end)} ${f.fact?.id ?? ''}`);
  it('values a stake when the sentence speaks of the stake, and a company otherwise', () => {
    expect(
      flagged(
        '---\ndate: 2025-10-29\n---\n\nOnce the deal closes Microsoft will own a ' +
          '27% stake in OpenAI, valued at about $160 billion.',
      ),
    ).toEqual(['$160 billion microsoft-openai-stake-value']);
    expect(
      flagged(
        '---\ndate: 2023-02-01\n---\n\nReports at the time valued OpenAI at about $92 billion.',
      ),
    ).not.toContain('$92 billion microsoft-openai-stake-value');
  });
});
