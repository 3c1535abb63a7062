import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureIndex } from '../../helpers';

// wrong-term and wrong-date: terms of deals, dates of events, rounds and spans
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('dates the founding of the company "the company" refers to, when one alone is in view', () => {
    expect(check('Acme builds models. Founded in 2013, the company now sells them.')).toEqual([
      ['wrong-date', '2013', '2015'],
    ]);
    expect(
      check('# Acme\n\nAcme builds models.\n\nFounded in 2013 by two brothers, the startup grew.'),
    ).toEqual([['wrong-date', '2013', '2015']]);
    expect(
      check('Acme grew. The company, founded in 2013 and led by Jane Roe, is hiring.'),
    ).toEqual([['wrong-date', '2013', '2015']]);
    // with another company in view as firmly, "the company" may be either
    expect(
      check('Acme invested in CloudCo. Founded in 2013, the company now sells chips.'),
    ).toEqual([]);
  });

  it('dates the company a sentence refers to, whatever a clause after a semicolon names', () => {
    const founded = (rest: string): string =>
      `**Jane Roe**, chief executive, Acme. The company was founded in 2013${rest}`;
    expect(check(founded('; Roe has said it will grow.'))).toEqual([
      ['wrong-date', '2013', '2015'],
    ]);
    // (in the same clause, the person may be what the date is of)
    expect(check(founded(', Roe has said.'))).toEqual([]);
  });

  it('reads a deal "over five years" as a term of five years', () => {
    expect(check('Acme signed a $38 billion agreement with CloudCo East over five years.')).toEqual(
      [['wrong-term', 'five years', 'seven years']],
    );
    expect(
      check('Acme signed a $38 billion agreement with CloudCo East over seven years.'),
    ).toEqual([]);
  });

  it("calls the year of a round wrong when its figures are another year's round", () => {
    expect(check('In March 2023, Zeta Lab was valued at $9 billion.')).toEqual([
      ['wrong-date', 'March 2023', 'March 2025'],
    ]);
    expect(check('In March 2025, Zeta Lab was valued at $9 billion.')).toEqual([]);
    // a bound of a period, another month, or a year with a round of its own: no such claim
    expect(
      check('By 2023, Zeta Lab was valued at $9 billion.').filter(
        ([rule]) => rule === 'wrong-date',
      ),
    ).toEqual([]);
    expect(
      check('In June 2023, Zeta Lab was valued at $9 billion.').filter(
        ([rule]) => rule === 'wrong-date',
      ),
    ).toEqual([]);
    expect(
      check('In March 2024, Zeta Lab was valued at $9 billion.').filter(
        ([rule]) => rule === 'wrong-date',
      ),
    ).toEqual([]);
  });

  it('dates the round a sentence names, not another event of the same company', () => {
    expect(check('Omega Corp announced the merger with Kappa Labs on 6 January 2026.')).toEqual([
      ['wrong-date', '6 January 2026', '2 February 2026'],
    ]);
    expect(
      check(
        'Omega Corp and Kappa Labs announced the merger on 2 February 2026, ' +
          'after Kappa Labs announced its Series E on 6 January 2026.',
      ),
    ).toEqual([]);
  });

  it('dates the clause after a leading date and its short aside: "On DATE (local time), ..."', () => {
    expect(
      check('On 6 January 2026 (local time), Omega Corp and Kappa Labs agreed to merge.'),
    ).toEqual([['wrong-date', '6 January 2026', '2 February 2026']]);
    expect(
      check('On 2 February 2026 (local time), Omega Corp and Kappa Labs agreed to merge.'),
    ).toEqual([]);
  });

  it('reads a timeline entry labelled "**DATE** - ..." as dated by its label', () => {
    expect(check('- **2 February 2025** - Omega Corp agrees to acquire Kappa Labs.')).toEqual([
      ['wrong-date', '2 February 2025', '2 February 2026'],
    ]);
    expect(check('- **2 February 2026** - Omega Corp agrees to acquire Kappa Labs.')).toEqual([]);
    // "first" or "from" after a leading date may qualify anything: no start is dated by them
    expect(
      check('- **5 May 2026** - Omega Corp and Kappa Labs drop the right of first refusal.'),
    ).toEqual([]);
    expect(check('- **5 May 2026** - Omega Corp and Kappa Labs began operating as one.')).toEqual([
      ['wrong-date', '5 May 2026', '1 March 2026'],
    ]);
  });

  it('gives a date in an appositive to the name it follows', () => {
    expect(
      check('Omega Corp showed Kappa Labs and Kappa Campus, the new site due online in 2028.'),
    ).toEqual([['wrong-date', '2028', '2026']]);
    // a list after a comma is no appositive
    expect(
      check('Omega Corp showed Kappa Labs and Kappa Campus, a new site due online in 2028.'),
    ).toEqual([]);
  });

  it('dates what holds the goods, not the maker named before them', () => {
    // "Omega Corp GPUs" says whose chips the campus holds: the date is the campus's
    expect(check('Kappa Campus is set to run Omega Corp GPUs and go live in 2028.')).toEqual([
      ['wrong-date', '2028', '2026'],
    ]);
    expect(check('Kappa Campus is set to run Omega Corp GPUs and go live in 2026.')).toEqual([]);
    // a maker named as the one acting is still what the date hangs on
    expect(check('Kappa Campus is set to run GPUs that Omega Corp ships in 2028.')).toEqual([]);
  });

  it("checks each end of a written span of dates against the matching end of the fact's span", () => {
    const phased = (span: string) =>
      check(`The Omega Corp and Kappa Labs capacity is phased in over ${span}.`);
    expect(phased('2026–2030')).toEqual([['wrong-date', '2030', '2028']]);
    expect(phased('2027–2028')).toEqual([['wrong-date', '2027', '2026']]);
    expect(phased('2026–2028')).toEqual([]);
    // each end alone is within the fact's span: only as ends of a span are they wrong
    expect(phased('2026 and 2027')).toEqual([]);
    // in a table, the column's header says what the date is, and a cell may open with the span
    const table = (header: string) =>
      `| Deal | ${header} |\n| --- | --- |\n| Omega Corp and Kappa Labs | 2026 through 2030 |`;
    expect(check(table('Deployment'))).toEqual([['wrong-date', '2030', '2028']]);
    expect(check(table('Notes'))).toEqual([]);
    // a fact of one time has no end to check: "CEO from 2019 to 2025" is judged by its start
    expect(check('Ann Solo was DuoCorp’s chief executive from 2018 to 2025.')).toEqual([
      ['wrong-date', '2018', '2019'],
    ]);
  });

  it("reads the date in a label's brackets as when the entry's event was announced", () => {
    expect(
      check(
        '**2. Yotta Lab and Zeta Lab (1 February 2025).** The investment pays $3 billion upfront.',
      ),
    ).toEqual([['wrong-date', '1 February 2025', '1 February 2026']]);
    expect(
      check(
        '**2. Yotta Lab and Zeta Lab (1 February 2026).** The investment pays $3 billion upfront.',
      ),
    ).toEqual([]);
    // in running prose the brackets may date anything; a label dates what it names, not another
    // entry's subject
    expect(check('Yotta Lab and Zeta Lab (1 February 2025) talked about the investment.')).toEqual(
      [],
    );
    expect(
      check('- **Kappa Campus (1 February 2025):** Yotta Lab and Zeta Lab visited it.'),
    ).toEqual([]);
  });

  it('dates a round by a participle after it, in a sentence that refers back to the company', () => {
    expect(
      check(
        'Kappa Labs closed a round. Its $20 billion Series E, announced around 6 ' +
          'January 2025, beat a $15 billion target.',
      ),
    ).toEqual([['wrong-date', '6 January 2025', '6 January 2026']]);
    expect(
      check(
        'Kappa Labs closed a round. Its $20 billion Series E, announced around 6 ' +
          'January 2026, beat a $15 billion target.',
      ),
    ).toEqual([]);
  });

  it('judges the day a market value was first reached', () => {
    expect(check('Kappa Labs became the first lab worth $1 trillion on 10 February 2026.')).toEqual(
      [['wrong-date', '10 February 2026', '10 March 2026']],
    );
    expect(check('Kappa Labs became the first lab worth $1 trillion on 10 March 2026.')).toEqual(
      [],
    );
    // without "first", a value on a day is a reading, not the milestone
    expect(
      check('Kappa Labs was worth $1 trillion on 10 February 2026.').filter(
        ([rule]) => rule === 'wrong-date',
      ),
    ).toEqual([]);
  });

  it('dates an announcement by its occasion\'s own words ("generally available at Kappa Summit on ...")', () => {
    expect(
      check('Kappa Labs made its chip generally available at Kappa Summit on 2 November 2025.'),
    ).toEqual([['wrong-date', '2 November 2025', '2 December 2025']]);
    expect(
      check('Kappa Labs made its chip generally available at Kappa Summit on 2 December 2025.'),
    ).toEqual([]);
    // a date far from the only name in its sentence is that name's
    expect(
      check(
        'Acme AI, the lab set up by a small group of researchers and engineers, was founded on December 14, 2015.',
      ),
    ).toEqual([['wrong-date', 'December 14, 2015', 'December 11, 2015']]);
  });

  it('gives a date to what the verb before it takes, and reads timelines in the present tense', () => {
    // "launched CloudCo East in 2022" dates CloudCo East's launch, not Acme AI's founding
    expect(check('Acme AI launched CloudCo East in November 2022.')).toEqual([]);
    expect(check('On November 30, 2022, Acme AI launched CloudCo East.')).toEqual([]);
    expect(check('Acme AI launched in November 2016 as a research lab.')).toEqual([
      ['wrong-date', 'November 2016', 'December 2015'],
    ]);
    expect(check('- **December 14, 2015** — Acme AI launches as a research lab.')).toEqual([
      ['wrong-date', 'December 14, 2015', 'December 11, 2015'],
    ]);
  });

  it('reads a date that opens its sentence as the time of the clause after it', () => {
    expect(check('On December 14, 2015, Acme AI was founded by a group of researchers.')).toEqual([
      ['wrong-date', 'December 14, 2015', 'December 11, 2015'],
    ]);
    expect(check('**December 14, 2015:** Acme AI was founded.')).toEqual([
      ['wrong-date', 'December 14, 2015', 'December 11, 2015'],
    ]);
    expect(check('On December 11, 2015, Acme AI was founded.')).toEqual([]);
    // the clause after the date is about something else before it reaches the property's word
    expect(
      check('On December 14, 2015, Acme AI, a lab founded by researchers, hired its first staff.'),
    ).toEqual([]);
    // after a participle, the date is about the name right after it
    expect(check('Founded on December 14, 2015, Acme AI grew fast.')).toEqual([
      ['wrong-date', 'December 14, 2015', 'December 11, 2015'],
    ]);
    expect(check('Founded on December 11, 2015, Acme AI grew fast.')).toEqual([]);
    expect(check('Founded on December 14, 2015, the fund backed Acme AI.')).toEqual([]);
  });

  it('checks a date written without its year only when the text around it gives the year', () => {
    const dated = (year: number, body: string): string => `---\ndate: ${year}-12-20\n---\n${body}`;
    expect(check(dated(2015, 'Acme AI was founded on Dec. 14.'))).toEqual([
      ['wrong-date', 'Dec. 14', 'Dec. 11'],
    ]);
    expect(check(dated(2015, 'Acme AI was founded on Dec. 11.'))).toEqual([]);
    expect(
      check('Acme AI opened its doors in 2015. The company was founded on Dec. 14th.'),
    ).toEqual([['wrong-date', 'Dec. 14th', 'Dec. 11th']]);
    // the year is a guess when nothing names it, and a guess of 2016 says nothing about a 2015
    // event
    expect(check('Acme AI was founded on Dec. 14.')).toEqual([]);
    expect(check(dated(2016, 'Acme AI was founded on Dec. 14.'))).toEqual([]);
  });

  it('fixes a year', () => {
    expect(check('Acme AI was founded in 2017.')).toEqual([['wrong-date', '2017', '2015']]);
    // a date that ends a span is not the time of the word that starts it
    expect(check('Trace Acme AI from its founding to the end of 2017.')).toEqual([]);
    expect(check('Acme AI was founded in December 2015.')).toEqual([]);
  });

  it("reads a founding word with a thing as its object as that thing's start", () => {
    expect(check('In March 2017, Acme AI launched in San Francisco.')).toEqual([
      ['wrong-date', 'March 2017', 'December 2015'],
    ]);
    expect(check('In March 2017, Acme AI launched its search product.')).toEqual([]);
    expect(check('In 2017, Acme AI created a new research unit.')).toEqual([]);
  });
});
