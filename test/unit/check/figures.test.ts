import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureIndex } from '../../helpers';

// wrong-figure: which fact a figure is bound to, and when it is called wrong
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it("calls a wrong figure and term wrong and fixes them in the author's style", () => {
    expect(check('Acme AI signed a five-year, $83B agreement with CloudCo East.')).toEqual([
      ['wrong-term', 'five-year', 'seven-year'],
      ['wrong-figure', '$83B', '$38B'],
    ]);
    expect(check('Acme signed a 5-year deal worth 83 billion dollars with CloudCo East.')).toEqual([
      ['wrong-term', '5-year', '7-year'],
      ['wrong-figure', '83 billion dollars', '38 billion dollars'],
    ]);
  });

  it('is silent on correct figures in any notation', () => {
    for (const text of [
      'Acme AI signed a seven-year, $38 billion agreement with CloudCo East.',
      'The Acme–CloudCo deal is worth US$38bn over 7 years.',
      'Acme’s contract with CloudCo runs for seven years and is worth roughly $38,000 million.',
      'The agreement between Acme and CloudCo covers 4.5 GW of capacity.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it("reads what one party pays the other as the deal's value", () => {
    expect(check('Acme AI is paying CloudCo East $83 billion.')).toEqual([
      ['wrong-figure', '$83 billion', '$38 billion'],
    ]);
    expect(check('Acme AI will pay CloudCo East $38 billion.')).toEqual([]);
  });

  it('accepts a parent company for a party: CloudCo for CloudCo East', () => {
    expect(check('Acme signed a $83 billion deal with CloudCo.')).toEqual([
      ['wrong-figure', '$83 billion', '$38 billion'],
    ]);
  });

  it('stays silent when the figure is not bound to a fact', () => {
    for (const text of [
      'Acme has 83 employees and CloudCo East opened 3 offices.',
      'The report has 3 chapters and took 25 analysts 6 weeks; $83B is a big number.',
      'Acme AI raised prices by 20% in 2019.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it('treats "about", "more than" and "up to" as the writer meant them', () => {
    expect(check('Acme signed a deal worth about $40 billion with CloudCo East.')).toEqual([]);
    expect(check('Acme signed a deal worth more than $30 billion with CloudCo East.')).toEqual([]);
    expect(check('Acme signed a deal of more than $50 billion with CloudCo East.')).toHaveLength(1);
  });

  it('leaves a word before "and" to the figure before it: "$X paid upfront and $Y on conditions"', () => {
    expect(
      check(
        'Yotta Lab invests in Zeta Lab, with $5 billion paid upfront and $9 billion subject to milestones.',
      ),
    ).toEqual([['wrong-figure', '$5 billion', '$3 billion']]);
    expect(
      check(
        'Yotta Lab invests in Zeta Lab, with $3 billion paid upfront and $9 billion subject to milestones.',
      ),
    ).toEqual([]);
  });

  it("binds a figure that is its fact's value with a scale word slipped as firmly as one whose subject is in the sentence", () => {
    expect(check('## Acme AI and CloudCo East\n\nThat means 4 to 5 billion GPUs.')).toEqual([
      ['wrong-figure', '4 to 5 billion', '4 to 5 million'],
    ]);
    // another figure under the same heading may be about anything the section goes on to
    expect(check('## Acme AI and CloudCo East\n\nThat means 6 to 7 million GPUs.')).toEqual([]);
    expect(check('Acme AI and CloudCo East: 6 to 7 million GPUs.')).toEqual([
      ['wrong-figure', '6 to 7 million', '4 to 5 million'],
    ]);
  });

  it('reads "the $100 billion" after a "$100 billion" as that figure again, judged where it was first written', () => {
    expect(
      check('Zeta Lab was valued at $9 billion. It later said the $9 billion raised was a record.'),
    ).toEqual([]);
    expect(
      check('Zeta Lab was valued at $9 billion. It later said $9 billion was raised.'),
    ).toEqual([['wrong-figure', '$9 billion', '$2 billion']]);
  });

  it("settles between close facts by a figure whose digits are one fact's, swapped", () => {
    const sentence = (figure: string) =>
      `Acme AI signed a deal with CloudCo East while Yotta Lab invested in Zeta Lab, worth ${figure}.`;
    expect(check(sentence('$83 billion'))).toEqual([
      ['wrong-figure', '$83 billion', '$38 billion'],
    ]);
    // digits of no fact in view, and within ten times of each: which fact the figure is about
    // stays open (a figure ten times away from one fact in other digits is not about it at all)
    expect(check(sentence('$29 billion'))).toEqual([]);
  });

  it("lets no rival that only its time's words point at cast doubt on a figure whose property is named", () => {
    expect(check('## Delta Cloud\n\nDelta Corp capex in the quarter: $43 billion.')).toEqual([
      ['wrong-figure', '$43 billion', '$30 billion'],
    ]);
    // with neither property named, "the quarter" may be either figure's
    expect(check('## Delta Cloud\n\nDelta Corp in the quarter: $43 billion.')).toEqual([]);
  });

  it('binds a change only to a fact that is itself an addition, and only when that fits best', () => {
    expect(check('Delta Cloud added $60 billion of backlog in the quarter.')).toEqual([
      ['wrong-figure', '$60 billion', '$50 billion'],
    ]);
    expect(check('Delta Corp added $43 billion to its capex in the quarter.')).toEqual([]);
  });

  it('reads a property\'s words in any inflection ("raising" for "raise")', () => {
    // the target has no fact of its own and must not push the amount onto the valuation
    expect(
      check('Kappa Labs announced its Series E, raising $20 billion against a $15 billion target.'),
    ).toEqual([]);
    expect(check('Kappa Labs is raising $25 billion.')).toEqual([
      ['wrong-figure', '$25 billion', '$20 billion'],
    ]);
  });

  it('reads "combined" as a sum only right after the figure', () => {
    expect(
      check(
        "Omega Corp's deal valued Kappa Labs at $230 billion and the combined group at $1 trillion.",
      ),
    ).toEqual([]);
    expect(check('Omega Corp and Kappa Labs merged at $2 trillion combined.')).toEqual([
      ['wrong-figure', '$2 trillion', '$1 trillion'],
    ]);
  });

  it('leaves a cue to what it describes: the thing a figure is set against, or a clause of its own', () => {
    expect(check('Acme signed an agreement with CloudCo East worth $5 billion.')).toEqual([
      ['wrong-figure', '$5 billion', '$38 billion'],
    ]);
    expect(
      check('Against the agreement between Acme and CloudCo East, $5 billion is small.'),
    ).toEqual([]);
    expect(
      check('Acme had $5 billion in the bank when CloudCo East signed the agreement with it.'),
    ).toEqual([]);
  });

  it('reads the writer\'s own sum ("add ... and you get to") as a total, not the named thing\'s figure', () => {
    expect(check('Kappa Campus will hold 5 million GPUs.')).toEqual([
      ['wrong-figure', '5 million', '4 million'],
    ]);
    expect(check('Add the annex to Kappa Campus and you get to 5 million GPUs.')).toEqual([]);
  });

  it('tells facts of the same kind and time apart by their own words, and lets "the first gigawatt" keep its words', () => {
    expect(check('Omega Corp and Kappa Labs plan 2 GW at first, on Zeta chips.')).toEqual([
      ['wrong-figure', '2 GW', '1 GW'],
    ]);
    expect(check('Omega Corp and Kappa Labs plan 1 GW at first, on Zeta chips.')).toEqual([]);
    // the words of the first phase belong to "the first gigawatt", not to the deal's 6 GW
    expect(
      check(
        'Zeta chips, late 2026: the first gigawatt of the 6 GW deal between Omega Corp and Kappa Labs.',
      ),
    ).toEqual([]);
  });

  it('never calls a figure as loose as an order of magnitude wrong', () => {
    expect(check('Kappa Campus will hold hundreds of thousands of GPUs.')).toEqual([]);
    expect(check('Kappa Campus will hold 400,000 GPUs.')).toEqual([
      ['wrong-figure', '400,000', '4 million'],
    ]);
  });

  it('accepts any value a cited source gives when the sources conflict', () => {
    expect(check('In October 2025 Acme was valued at $456 billion.')).toEqual([]);
    expect(check('In October 2025 Acme was valued at $500 billion.')).toEqual([]);
    expect(check('In October 2025 Acme was valued at $600 billion.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
  });

  it("leaves a figure alone when it is set against a name, sits outside an aside naming it, or stands in another entity's table row", () => {
    // each pair: the figure is Acme AI's (checked), then only compared with it or near it (left
    // alone)
    expect(check('A $600 billion valuation in October 2025 went to Acme AI.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
    expect(check('A $600 billion valuation in October 2025 went above Acme AI.')).toEqual([]);
    expect(check('In October 2025 Acme AI was valued at $600 billion.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
    expect(
      check(
        'In October 2025 CloudCo, which had backed Acme AI for years, was valued at $600 billion.',
      ),
    ).toEqual([]);
    const row = (first: string): string =>
      `| Company | Note |\n| --- | --- |\n| ${first} | Acme AI valued at $600 billion in October 2025 |\n`;
    expect(check(row('Acme AI'))).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check(row('CloudCo'))).toEqual([]);
  });

  it('leaves a figure that hangs on another name, measures a gap, or is ten thousand times off', () => {
    expect(check('**Acme AI.** In October 2025 it was valued at $600 billion.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
    // the figure hangs on CloudCo, and nothing in its clause points back at Acme AI
    expect(check('**Acme AI.** In October 2025 CloudCo was valued at $600 billion.')).toEqual([]);
    expect(check("A $600 billion valuation in October 2025 would be more than Acme AI's.")).toEqual(
      [],
    );
    expect(check('In October 2025 Acme AI was valued at $600.')).toEqual([]);
    // the agent of "led by" owns nothing after it: the figure is the round's
    expect(
      check(
        'Zeta Lab closed its books. The company raised a Series C led by North Fund at an $8 billion valuation.',
      ),
    ).toEqual([['wrong-figure', '$8 billion', '$9 billion']]);
  });

  it("gives a figure to an unknown name right before it, and a round's figure to that round", () => {
    expect(check('In October 2025 a deal valued Acme AI at $600 billion.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
    expect(
      check('In October 2025 a deal valued Acme AI at $500 billion and Foo at $600 billion.'),
    ).toEqual([]);
    expect(check("In March 2025 Zeta Lab's Series C valued it at $7 billion.")).toEqual([
      ['wrong-figure', '$7 billion', '$9 billion'],
    ]);
    // a Series A the data does not hold is no claim about Series C
    expect(check("In March 2025 Zeta Lab's Series A valued it at $7 billion.")).toEqual([]);
  });

  it('leaves a reader poll, a share move and a role named only by a pronoun alone', () => {
    expect(check('In October 2025 Acme AI was valued at $600 billion.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
    expect(check('In October 2025 Acme AI was valued at 58% of 1,204 respondents.')).toEqual([]);
    expect(check('Jane Roe has been CEO of CloudCo East since 2023.')).toEqual([
      ['wrong-date', '2023', '2024'],
    ]);
    // "she" may be someone else named earlier: the start date is not checked against Jane Roe
    // (here she is Jane Roe, but in "Safra Catz became vice chair. She had been co-CEO from 2014"
    // a name carried from earlier is someone else: precision first)
    expect(check('Jane Roe was named CEO of CloudCo East. She has been CEO since 2023.')).toEqual(
      [],
    );
  });

  it('reads figures listed after a colon as parts, not the total', () => {
    expect(check('Yotta Lab has raised $1.5 billion in total.')).toEqual([
      ['wrong-figure', '$1.5 billion', '$1.3 billion'],
    ]);
    expect(
      check('Yotta Lab has raised money in total: $1.5 billion in 2024 and $0.2 billion in 2025.'),
    ).toEqual([]);
  });

  it('reads "$X of compute" between two parties as their deal\'s value', () => {
    expect(check('Acme AI turns to CloudCo East for $83 billion of compute.')).toEqual([
      ['wrong-figure', '$83 billion', '$38 billion'],
    ]);
  });

  it('leaves a date that qualifies a noun further on to that noun', () => {
    expect(
      check(
        'Acme AI was valued at $157 billion in its first round, well before the October 2025 round.',
      ),
    ).toEqual([]);
    expect(check('Acme AI was valued at $157 billion, up from its October 2025 mark.')).toEqual([]);
    // "in the October 2025 round" is the figure's own round
    expect(check('Acme AI was valued at $600 billion in the October 2025 round.')).toEqual([
      ['wrong-figure', '$600 billion', '$500 billion'],
    ]);
  });

  it('takes a reference value as reported, rounded at its last digit', () => {
    // $157 billion is what $157.4 billion is reported as; $157.6 billion would be reported as $158
    // billion
    expect(check('Acme AI was valued at $157.4 billion in October 2024.')).toEqual([]);
    expect(check('Acme AI was valued at $157.6 billion in October 2024.')).toEqual([
      ['wrong-figure', '$157.6 billion', '$157 billion'],
    ]);
  });
});
