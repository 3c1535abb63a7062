import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../server/src/engine/extract/quantities';
import { dated, embeddedIndex, findingsOf, flagsOf } from '../helpers';

/**
 * A month named alone ("a deal in May"): the latest such month on or before the text's day, or a
 * month of the year its sentence named before it; judged only where it says which event it dates.
 * Sentences of our own.
 */
const index = embeddedIndex();
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const months = (text: string, iso?: string): string[] =>
  extractQuantities(text, iso === undefined ? undefined : day(iso))
    .filter((q) => q.dim === 'date')
    .map((q) => `${q.text} ${new Date(q.min * 86_400_000).toISOString().slice(0, 7)}`);

describe('a month named alone', () => {
  it("is the latest such month by the text's day, and only a full name after a preposition", () => {
    expect(
      months('The two signed a deal in May and expanded it since March.', '2025-12-31'),
    ).toEqual(['May 2025-05', 'March 2025-03']);
    // a text of January speaks of last year's November
    expect(months('The two signed a deal in November.', '2026-01-20')).toEqual([
      'November 2025-11',
    ]);
    expect(months('Prices may fall; Mar and Jun are short names.', '2025-12-31')).toEqual([]);
    // without a year to give it, none is guessed
    expect(months('The two signed a deal in May.')).toEqual([]);
  });

  it('takes the year its own sentence gave before it, not one from an earlier sentence', () => {
    expect(months('It began in 2019 and grew in June.', '2025-12-31')).toEqual([
      '2019 2019-01',
      'June 2019-06',
    ]);
    expect(months('It began in 2019. It grew in June.', '2025-12-31')).toEqual([
      '2019 2019-01',
      'June 2025-06',
    ]);
  });

  it('is called wrong where it dates an event the data knows, and fixed without a year', () => {
    // the Stargate expansion to five new sites was announced on 23 September 2025
    const text = (month: string): string =>
      dated('2025-10-30', `Stargate announced its expansion to five new sites in ${month}.`);
    expect(findingsOf(text('July'), index)).toEqual([['wrong-date', 'July', 'September']]);
    expect(flagsOf(text('September'), index)).toEqual([]);
  });

  it('is left alone where its parties have other deals and no word says which', () => {
    // Microsoft and OpenAI announced deals in 2019, 2023 and October 2025; the January 2025
    // change to Microsoft's cloud exclusivity is none of them
    const text = dated(
      '2025-11-03',
      'Microsoft announced in January that it would stop being the only cloud for OpenAI.',
    );
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('a date of several events of the same parties', () => {
  it('that fits none of them is left alone: it may date another', () => {
    const text = dated(
      '2025-11-03',
      'Microsoft announced in January 2025 that it would stop being the only cloud for OpenAI.',
    );
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('a date right after another figure', () => {
  it("is that figure's time, not the time of a word before both", () => {
    // OpenAI and Google Cloud's capacity deal started in May 2025
    const text = dated(
      '2025-10-02',
      'ChatGPT, which runs partly on Google Cloud, now has 800 million weekly users, up from ' +
        '400 million in February 2025.',
    );
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('a time counted back from the text\'s day ("seven months ago")', () => {
  const valuation = (words: string, amount: string): string[] =>
    flagsOf(dated('2025-10-09', `${words}, Reflection AI's valuation sat at ${amount}.`), index);

  it('dates the figures around it, the months about that far back', () => {
    expect(valuation('Seven months back', '$454 million')).toEqual(['wrong-figure $454 million']);
    expect(valuation('Seven months back', '$545 million')).toEqual([]);
    // (two years back, the data holds no valuation of it)
    expect(valuation('Two years ago', '$454 million')).toEqual([]);
  });

  it('is no time of its own where it is the base of a change ("up 56% from a year ago")', () => {
    const growth = (words: string): string[] =>
      flagsOf(
        dated('2025-08-28', `Nvidia reported revenue of $46.7 billion, up 56% ${words}.`),
        index,
      );
    expect(growth('from a year ago')).toEqual([]);
  });
});
