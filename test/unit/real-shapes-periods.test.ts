import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, flagsAndFixesOf, TODAY } from '../helpers';

/**
 * Which period, or which event, a figure is of, where real articles leave it to the words around:
 * a span of years ahead, a quarter named a sentence before, a base "above" which a change is
 * measured, a date nearer another event of the same parties. Each pins a mechanism, in words of
 * our own.
 */
const index = embeddedIndex();
const flagsAndFixes = (text: string): string[] => flagsAndFixesOf(text, index);

describe('the period a figure covers', () => {
  it('a sum over several years ahead is no quarter or year of the data', () => {
    expect(
      flagsAndFixes(
        dated(
          '2024-12-13',
          'Broadcom sees its custom accelerators earning revenue of $60 billion over the ' +
            'coming three years.',
        ),
      ),
    ).toEqual([]);
    expect(
      flagsAndFixes(
        dated('2024-12-13', 'Broadcom expects revenue of $60 billion in the first quarter.'),
      ),
    ).toEqual(['wrong-figure $60 billion -> $14.6 billion']);
  });

  it('a quarter named a sentence before is no time of a year figure, unless it says year', () => {
    const opening =
      'For its fourth quarter, Broadcom booked semiconductor revenue of $8.2 billion.';
    expect(
      flagsAndFixes(
        dated('2024-12-13', `${opening} AI chip revenue climbed 150% to $3.7 billion.`),
      ),
    ).toEqual([]);
    expect(
      flagsAndFixes(
        dated('2024-12-13', `${opening} Full-year AI revenue climbed to $21.2 billion.`),
      ),
    ).toEqual(['wrong-figure $21.2 billion -> $12.2 billion']);
  });

  it('a change "above" the amount of the quarter before is sequential', () => {
    const text = (base: string): string =>
      dated(
        '2025-11-01',
        'Meta took in $51.2 billion of revenue in Q3, up 26% year over year and some 7% ' +
          `above ${base}.`,
      );
    expect(flagsAndFixes(text('the $47.5 billion it reported in the second quarter'))).toEqual([]);
    expect(flagsAndFixes(text('the third quarter of 2024'))).toEqual(['wrong-figure 7% -> 19%']);
    // the quarter of the base is no time of the year-on-year rate before it
    expect(
      flagsAndFixes(
        dated(
          '2025-11-01',
          'Meta took in $51.2 billion of revenue in Q3, up 62% year over year and some 7% ' +
            'above the $47.5 billion it reported in the second quarter.',
        ),
      ),
    ).toEqual(['wrong-figure 62% -> 26%']);
  });

  it('"the quarter" of a report is the one out on its day', () => {
    const capex = (amount: string, when: string): string[] =>
      flagsAndFixes(
        dated(
          '2026-04-30',
          `Microsoft reported results on Wednesday. Capital spending came to ${amount} ${when}.`,
        ),
      );
    expect(capex('$30.9 billion', 'for the quarter')).toEqual([]);
    expect(capex('$20 billion', 'for the quarter')).toEqual([
      'wrong-figure $20 billion -> $30.9 billion',
    ]);
    expect(capex('$20 billion', 'in the same quarter a year before')).toEqual([]);
  });

  it('three calendar months written as a span are a quarter', () => {
    const text = (amount: string, months: string): string =>
      dated(
        '2025-07-31',
        `Microsoft reported earnings on Wednesday. It posted revenue of ${amount} in the ` +
          `${months} period, up 18% from a year earlier.`,
      );
    expect(flagsAndFixes(text('$76.4 billion', 'April-June'))).toEqual([]);
    expect(flagsAndFixes(text('$67.4 billion', 'April-June'))).toEqual([
      'wrong-figure $67.4 billion -> $76.4 billion',
    ]);
    // (opening the sentence, it dates all of it)
    expect(
      flagsAndFixes(
        dated(
          '2025-07-31',
          "In the April-June period, Microsoft's revenue rose 18% year over year to $67.4 billion.",
        ),
      ),
    ).toEqual(['wrong-figure $67.4 billion -> $76.4 billion']);
    // (two months are no quarter)
    expect(flagsAndFixes(text('$67.4 billion', 'April-May'))).toEqual([]);
  });
});

describe('a figure and its year or partner, one of which slipped', () => {
  const capex = (amount: string, year: string): string =>
    dated('2026-02-10', `Amazon plans capital spending of about ${amount} in ${year}.`);
  const flagsWithFixes = (text: string): string[] =>
    checkDocument(text, index, { today: TODAY }).findings.map(
      (f) =>
        `${text.slice(f.start, f.end)} -> ${f.fixes.map((x) => x.edits[0].newText).join(' | ')}`,
    );

  it("flags both, when the figure is the next year's value of the series", () => {
    expect(flagsWithFixes(capex('$200 billion', '2025'))).toEqual([
      '$200 billion in 2025 -> $125 billion | 2026',
    ]);
    expect(flagsWithFixes(capex('$200 billion', '2026'))).toEqual([]);
    // a figure no year of the series has is only the figure's error
    expect(flagsWithFixes(capex('$300 billion', '2025'))).toEqual(['$300 billion -> $125 billion']);
  });

  it('flags both, when the figure is the value of the period ended a year from the day written', () => {
    // (Nvidia's quarter ended April 27, 2025 brought $44.1 billion; the one ended April 26, 2026,
    // $81.6 billion)
    const ended = (day: string): string =>
      dated('2026-05-21', `Nvidia's revenue for the quarter ended ${day} came to $81.6 billion.`);
    expect(flagsWithFixes(ended('April 26, 2025'))).toEqual([
      'April 26, 2025 came to $81.6 billion -> $44.1 billion | April 26, 2026',
    ]);
    expect(flagsWithFixes(ended('April 26, 2026'))).toEqual([]);
    // the quarter last reported on the text's day is the one a report is about: the figure slipped
    const latest = dated(
      '2026-05-21',
      "Nvidia's revenue for the quarter ended April 26, 2026 came to $44.1 billion.",
    );
    expect(flagsWithFixes(latest)).toEqual(['$44.1 billion -> $81.6 billion']);
  });

  it("flags both, when the figure is the series' value in another month of the year", () => {
    // Perplexity was valued at $14 billion in May 2025, $18 billion in July, $20 billion in
    // September
    const valued = (amount: string, month: string): string =>
      dated('2025-08-20', `Perplexity, valued at roughly ${amount} in ${month}, wants Chrome.`);
    expect(flagsWithFixes(valued('$18 billion', 'May'))).toEqual([
      '$18 billion in May -> $14 billion | July',
    ]);
    expect(flagsWithFixes(valued('$18 billion', 'July'))).toEqual([]);
    // (a year written stays written; a value no month has is only the figure's error)
    expect(flagsWithFixes(valued('$18 billion', 'May 2025'))).toEqual([
      '$18 billion in May 2025 -> $14 billion | July 2025',
    ]);
    expect(flagsWithFixes(valued('$41 billion', 'May'))).toEqual(['$41 billion -> $14 billion']);
  });

  it("flags both, when the figure is the company's deal with another partner", () => {
    const deal = (partner: string): string =>
      dated(
        '2026-03-20',
        `Nebius has landed a $27 billion deal with ${partner}, lifting its shares.`,
      );
    expect(flagsWithFixes(deal('Microsoft'))).toEqual([
      '$27 billion deal with Microsoft -> $17.4 billion to $19.4 billion | Meta',
    ]);
    expect(flagsWithFixes(deal('Meta'))).toEqual([]);
    // (a partner with no such deal: only the partner slipped; of Meta's two deals with Nebius,
    // the one whose value the figure states)
    expect(flagsWithFixes(deal('Oracle'))).toEqual(['Oracle -> Meta']);
  });
});

describe('the month of an event', () => {
  const fixes = (text: string): string[] => flagsAndFixesOf(text, index);

  it('is wrong two months or more from the day the data gives the round', () => {
    // (OpenAI's $6.6 billion round at $157 billion closed on 2 October 2024)
    const round = (month: string): string =>
      dated(
        '2025-01-08',
        `Rivals took note when OpenAI closed a $6.6 billion round in ${month}, at a $157 ` +
          'billion valuation.',
      );
    expect(fixes(round('August'))).toEqual(['wrong-date August -> October']);
    expect(fixes(round('October'))).toEqual([]);
    // (a month off may be the announcement against the close)
    expect(fixes(round('September'))).toEqual([]);
  });

  it("is wrong for a deal's value too, signed on one day", () => {
    // (OpenAI's $11.9 billion contract with CoreWeave was signed in March 2025)
    const contract = (month: string): string =>
      `OpenAI agreed an $11.9 billion contract with CoreWeave in ${month}.`;
    expect(fixes(dated('2025-11-18', contract('May')))).toEqual(['wrong-date May -> March']);
    expect(fixes(dated('2025-11-18', contract('March')))).toEqual([]);
  });

  it('is not judged when the subject had another event with the same figure', () => {
    // (xAI raised $6 billion in May 2024 and again in December 2024)
    const text = dated(
      '2024-12-10',
      'xAI completed a different funding round of $6 billion in March, and that one valued the ' +
        'lab at $24 billion.',
    );
    expect(fixes(text)).toEqual([]);
  });
});

describe('which event a date is of', () => {
  it('a date nearer another event of the same parties is not judged against a far one', () => {
    expect(
      flagsAndFixes(
        dated(
          '2025-04-01',
          'Microsoft announced in March 2025 that it was ending its role as exclusive cloud ' +
            'provider to OpenAI.',
        ),
      ),
    ).toEqual([]);
    // the sentence's amount is the chosen deal's: the deal is identified, and its end is judged
    expect(
      flagsAndFixes(
        dated(
          '2026-04-20',
          'In April 2026 CoreWeave expanded its deal with Meta to about $21 billion through ' +
            'December 2030.',
        ),
      ),
    ).toEqual(['wrong-date December 2030 -> December 2032']);
  });

  it('a date weeks off the day a role began is no near agreement with it', () => {
    // written days before the start, so the start is "the next value" of a report ahead: a
    // date agrees with it only on the same day, not within 2% of its day number (a year)
    expect(
      flagsAndFixes(
        dated('2025-03-12', 'Intel has named Lip-Bu Tan chief executive, effective 28 April.'),
      ),
    ).toEqual(['wrong-date 28 April -> 18 March']);
    expect(
      flagsAndFixes(
        dated('2025-03-12', 'Intel has named Lip-Bu Tan chief executive, effective 18 March.'),
      ),
    ).toEqual([]);
  });
});

describe('a change said of the amount before it', () => {
  const arm = (change: string): string =>
    dated(
      '2025-11-21',
      "Nvidia's data center arm booked revenue of $51.2 billion for the third quarter of its " +
        `fiscal 2026, up ${change} from a year before.`,
    );

  it("is the change of the amount's own series: the segment's, not the company's", () => {
    expect(flagsAndFixes(arm('66%'))).toEqual([]);
    expect(flagsAndFixes(arm('62%'))).toEqual(['wrong-figure 62% -> 66%']);
  });

  it("takes the amount's period: another quarter's value agreeing with it is chance", () => {
    // (56% was the segment's growth a quarter before)
    expect(flagsAndFixes(arm('56%'))).toEqual(['wrong-figure 56% -> 66%']);
  });
});

describe('a quarter written beside the figure of the quarter next to it', () => {
  const fixesOf = (text: string): string[][] =>
    checkDocument(dated('2025-06-13', text), index, { today: TODAY }).findings.map((f) =>
      f.fixes.map((x) => x.edits[0].newText),
    );

  it('flags the quarter and the figure together, and offers both fixes', () => {
    // ($15.9 billion is Oracle's revenue in its fiscal fourth quarter; the third's was $14.1 billion)
    expect(fixesOf('Oracle reported fiscal Q3 revenue of $15.9 billion.')).toEqual([
      ['$14.1 billion', 'fiscal Q4'],
    ]);
    expect(fixesOf('In its fiscal third quarter, Oracle had revenue of $15.9 billion.')).toEqual([
      ['$14.1 billion', 'its fiscal fourth quarter'],
    ]);
  });

  it('is a wrong figure only when no neighbouring quarter has its value', () => {
    expect(fixesOf('Oracle reported fiscal Q3 revenue of $16.9 billion.')).toEqual([
      ['$14.1 billion'],
    ]);
    expect(fixesOf('Oracle reported fiscal Q4 revenue of $15.9 billion.')).toEqual([]);
  });
});

describe('a paragraph that goes on about the event of the one before', () => {
  const after = (opener: string): string[] =>
    flagsAndFixes(
      dated(
        '2026-02-10',
        'Mistral AI raised €1.7 billion last September, with ASML taking a stake.\n\n' + opener,
      ),
    );

  it("takes that event's time: its round's valuation is known, months on", () => {
    expect(after('Valued at €17.1 billion after this round, Mistral leads in Europe.')).toEqual([
      'wrong-figure €17.1 billion -> €11.7 billion',
    ]);
    expect(after('Valued at €11.7 billion after this round, Mistral leads in Europe.')).toEqual([]);
    // (a fundraise is such an event)
    expect(after('The fundraise valued the company at €17.1 billion.')).toEqual([
      'wrong-figure €17.1 billion -> €11.7 billion',
    ]);
  });

  it('takes none where it does not refer back to it', () => {
    expect(after('Valued at €17.1 billion, Mistral leads in Europe.')).toEqual([]);
  });
});

describe("a word of a period's length", () => {
  it('names no one outlook of the series, though the data lists it on one', () => {
    // CoreWeave's 2025 capex outlook: $20-23 billion in May 2025, $12-14 billion in November
    const cut = (range: string): string =>
      dated(
        '2025-11-12',
        `CoreWeave cut its guidance for full-year 2025 capital expenditure to ${range}.`,
      );
    expect(flagsAndFixes(cut('$12 billion to $14 billion'))).toEqual([]);
    expect(flagsAndFixes(cut('$12 billion to $16 billion'))).toEqual([
      'wrong-figure $12 billion to $16 billion -> $12 billion to $14 billion',
    ]);
  });
});

describe('a relative clause after a dated phrase', () => {
  it("is of that time: a past round's valuation is no out-of-date figure", () => {
    // xAI's Series C of late 2024 valued it near $50 billion; by January 2026 it was worth $230B
    const text = dated(
      '2026-01-07',
      'The fund first bought xAI shares in November 2024 amid its Series C raise of $8 ' +
        'billion, which valued the company at approximately $50 billion.',
    );
    expect(flagsAndFixes(text)).toEqual([]);
  });

  it('dates a level by the quarter, at its end, though a calendar of weeks ends it a day late', () => {
    // Dell's AI backlog was $51.3 billion when its fiscal first quarter ended, 1 May 2026
    const text = (backlog: string): string =>
      dated(
        '2026-05-29',
        'Dell took in $24.4 billion of AI orders during the fiscal first quarter, which lifted ' +
          `its AI backlog to ${backlog}.`,
      );
    expect(flagsAndFixes(text('$35.1 billion'))).toEqual([
      'wrong-figure $35.1 billion -> $51.3 billion',
    ]);
    expect(flagsAndFixes(text('$51.3 billion'))).toEqual([]);
  });
});

describe('a date in a clause or verb phrase joined on after the figure', () => {
  it("is that phrase's time, not the figure's, which has its own", () => {
    // Microsoft put about $10 billion into OpenAI in January 2023, after $1 billion in 2019
    const text = (amount: string, month: string): string =>
      dated(
        '2025-06-01',
        `Microsoft invested ${amount} in OpenAI in ${month} and also backed the lab in 2019 and 2021.`,
      );
    expect(flagsAndFixes(text('$10 billion', 'January 2023'))).toEqual([]);
    expect(flagsAndFixes(text('$12 billion', 'January 2023'))).toEqual([
      'wrong-figure $12 billion -> $10 billion',
    ]);
    // (a year slipped is not the figure's error against 2019's deal)
    expect(flagsAndFixes(text('$10 billion', 'January 2022'))).toEqual([]);
  });

  it('is the time of a clause joined on with its own subject, not of the figure before', () => {
    // Meta's capital spending in the second quarter of 2025 was $17.01 billion
    const text = (amount: string): string =>
      dated(
        '2025-07-30',
        'Meta reported second-quarter results on Wednesday. The company put ' +
          `${amount} into capital expenditures during the quarter, and it expects to keep ` +
          'spending hard through 2026.',
      );
    expect(flagsAndFixes(text('$21 billion'))).toEqual(['wrong-figure $21 billion -> $17 billion']);
    expect(flagsAndFixes(text('$17 billion'))).toEqual([]);
  });
});
