import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { findingsOf, fixtureIndex, TODAY } from '../helpers';

const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('calls a wrong figure and term wrong and fixes them in the author\'s style', () => {
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
    ]) expect(check(text), text).toEqual([]);
  });

  it('reads what one party pays the other as the deal\'s value', () => {
    expect(check('Acme AI is paying CloudCo East $83 billion.')).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    expect(check('Acme AI will pay CloudCo East $38 billion.')).toEqual([]);
  });

  it('accepts a parent company for a party: CloudCo for CloudCo East', () => {
    expect(check('Acme signed a $83 billion deal with CloudCo.')).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
  });

  it('stays silent when the figure is not bound to a fact', () => {
    for (const text of [
      'Acme has 83 employees and CloudCo East opened 3 offices.',
      'The report has 3 chapters and took 25 analysts 6 weeks; $83B is a big number.',
      'Acme AI raised prices by 20% in 2019.',
    ]) expect(check(text), text).toEqual([]);
  });

  it('reads a bare label line under a heading as about what the heading names', () => {
    expect(check('## Acme AI and CloudCo East\n\n- Agreement: $83 billion\n')).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    expect(check('## Acme AI and CloudCo East\n\n- Reports put the agreement at $83 billion, though nobody confirmed it.\n')).toEqual([]);
    expect(check('## Agreement: $83 billion\n')).toEqual([]);
  });

  it('reads a deal "over five years" as a term of five years', () => {
    expect(check('Acme signed a $38 billion agreement with CloudCo East over five years.')).toEqual([['wrong-term', 'five years', 'seven years']]);
    expect(check('Acme signed a $38 billion agreement with CloudCo East over seven years.')).toEqual([]);
  });

  it('treats "about", "more than" and "up to" as the writer meant them', () => {
    expect(check('Acme signed a deal worth about $40 billion with CloudCo East.')).toEqual([]);
    expect(check('Acme signed a deal worth more than $30 billion with CloudCo East.')).toEqual([]);
    expect(check('Acme signed a deal of more than $50 billion with CloudCo East.')).toHaveLength(1);
  });

  it('flags a known misspelling and fixes it to the canonical name', () => {
    expect(check('Acme Ai’s growth continues.')).toEqual([['name-spelling', 'Acme Ai', 'Acme AI']]);
  });

  it('flags a person in a role they do not hold, and fixes the name', () => {
    expect(check('The deal was announced by CloudCo East chief executive John Doe.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(check('CloudCo East chief executive Jane Roe announced it.')).toEqual([]);
    // in 2019 Doe did run CloudCo East: the sentence's date decides
    expect(check('In 2019 CloudCo East chief executive John Doe announced it.')).toEqual([]);
    expect(check('Former CloudCo East CEO John Doe spoke.')).toEqual([]);
  });

  it('finds the company of a role in what the sentence refers back to or sits under', () => {
    expect(check('CloudCo East is growing. Its chief executive is John Doe.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('**CloudCo East**\n\n- Founded in 2016\n- CEO: John Doe\n')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('CloudCo East reorganised, with John Doe staying on as chief executive.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('CloudCo East named John Doe as chief executive.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('John Doe becomes CloudCo East\'s new chief executive.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('CloudCo East named Jane Roe as chief executive.')).toEqual([]);
    expect(check('CloudCo East is growing. John Doe, who took over in 2024 as the company\'s chief executive, spoke.'))
      .toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('CloudCo East is growing. Jane Roe, who took over in 2024 as the company\'s chief executive, spoke.')).toEqual([]);
    // without "its", an earlier sentence's company is not in view
    expect(check('CloudCo East is growing. The chief executive is John Doe.')).toEqual([]);
    // under a heading naming two companies, the one the sentence refers back to
    expect(check('## Acme AI and CloudCo East\n\nCloudCo East is growing. Its chief executive is John Doe.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    // a phrase in quotation marks is mentioned, not claimed
    expect(check('Writing "CloudCo East chief executive John Doe" is out of date.')).toEqual([]);
  });

  it('dates a role by a date in its own clause, not by one in another person\'s', () => {
    expect(check('It matters to CloudCo chief executive John Doe, who took over in 2021, and to CloudCo East chief executive John Doe.'))
      .toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    // "in 2020 ... John Doe" in one clause: he ran CloudCo East then
    expect(check('In 2020 CloudCo East chief executive John Doe spoke.')).toEqual([]);
  });

  it('names who held the role a successor took', () => {
    expect(check('Bea Pair succeeded John Doe at DuoCorp.')).toEqual([['wrong-attribution', 'John Doe', 'Ann Solo']]);
    expect(check('Bea Pair, who took over from John Doe, spoke.')).toEqual([['wrong-attribution', 'John Doe', 'Ann Solo']]);
    expect(check('Bea Pair took over from Ann Solo.')).toEqual([]);
    // the passive turns the order round; a pair named together is no succession
    expect(check('John Doe was succeeded by Bea Pair.')).toEqual([]);
    expect(check('Cy Mates and Bea Pair succeeded Ann Solo.')).toEqual([]);
  });

  it('reads a column headed by a title as giving that title to the people in it', () => {
    const table = (people: string): string => `| Company | Chief executive |\n| --- | --- |\n| ${people} |`;
    expect(check(table('CloudCo East | John Doe'))).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check(table('CloudCo East | Jane Roe'))).toEqual([]);
    // two people under "Chief executive" are co-CEOs: the one wrongly named gives way to the other
    expect(check(table('DuoCorp | Bea Pair and Ann Solo'))).toEqual([['wrong-attribution', 'Ann Solo', 'Cy Mates']]);
  });

  it('answers "CEO" with both co-CEOs, and "co-CEO" with the one not named', () => {
    expect(check('DuoCorp chief executive Ann Solo spoke.')).toEqual([['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates']]);
    expect(check('DuoCorp co-CEOs Ann Solo and Cy Mates spoke.')).toEqual([['wrong-attribution', 'Ann Solo', 'Bea Pair']]);
    expect(check('DuoCorp co-CEOs Bea Pair and Cy Mates spoke.')).toEqual([]);
    // a role that ends on a day is handed over that day
    expect(check('DuoCorp chief executive Ann Solo, in office since 22 September 2025, spoke.')).toEqual([['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates']]);
    expect(check('DuoCorp chief executive Ann Solo, in office since 21 September 2025, spoke.')).toEqual([]);
  });

  it('calls the year of a round wrong when its figures are another year\'s round', () => {
    expect(check('In March 2023, Zeta Lab was valued at $9 billion.')).toEqual([['wrong-date', 'March 2023', 'March 2025']]);
    expect(check('In March 2025, Zeta Lab was valued at $9 billion.')).toEqual([]);
    // a bound of a period, another month, or a year with a round of its own: no such claim
    expect(check('By 2023, Zeta Lab was valued at $9 billion.').filter(([rule]) => rule === 'wrong-date')).toEqual([]);
    expect(check('In June 2023, Zeta Lab was valued at $9 billion.').filter(([rule]) => rule === 'wrong-date')).toEqual([]);
    expect(check('In March 2024, Zeta Lab was valued at $9 billion.').filter(([rule]) => rule === 'wrong-date')).toEqual([]);
  });

  it('reads "the valuation", "the backlog" as referring back to the company just named', () => {
    expect(check('Acme AI hired widely last year. The valuation was $600 billion in October 2025.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    // with a word between: "the new valuation", "the flagship site"
    expect(check('Acme AI hired widely last year. The new valuation was $600 billion in October 2025.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    // without a word that refers back, an earlier sentence's company is too far to call the figure wrong
    expect(check('Acme AI hired widely last year. A valuation of $600 billion in October 2025 was floated.')).toEqual([]);
  });

  it('leaves a word before "and" to the figure before it: "$X paid upfront and $Y on conditions"', () => {
    expect(check('Yotta Lab invests in Zeta Lab, with $5 billion paid upfront and $9 billion subject to milestones.'))
      .toEqual([['wrong-figure', '$5 billion', '$3 billion']]);
    expect(check('Yotta Lab invests in Zeta Lab, with $3 billion paid upfront and $9 billion subject to milestones.')).toEqual([]);
  });

  it('reads a paragraph that opens by referring back as about what the paragraph before named', () => {
    expect(check('Acme AI signed with CloudCo East in November.\n\nThe agreement is a $83 billion deal.'))
      .toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    expect(check('Acme AI signed with CloudCo East in November.\n\n- The agreement runs for five years.'))
      .toEqual([['wrong-term', 'five years', 'seven years']]);
    // a paragraph that does not refer back is about something else, and may be
    expect(check('Acme AI signed with CloudCo East in November.\n\nA $83 billion deal was floated.')).toEqual([]);
  });

  it('binds a figure that is its fact\'s value with a scale word slipped as firmly as one whose subject is in the sentence', () => {
    expect(check('## Acme AI and CloudCo East\n\nThat means 4 to 5 billion GPUs.')).toEqual([['wrong-figure', '4 to 5 billion', '4 to 5 million']]);
    // another figure under the same heading may be about anything the section goes on to
    expect(check('## Acme AI and CloudCo East\n\nThat means 6 to 7 million GPUs.')).toEqual([]);
    expect(check('Acme AI and CloudCo East: 6 to 7 million GPUs.')).toEqual([['wrong-figure', '6 to 7 million', '4 to 5 million']]);
  });

  it('dates the round a sentence names, not another event of the same company', () => {
    expect(check('Omega Corp announced the merger with Kappa Labs on 6 January 2026.')).toEqual([['wrong-date', '6 January 2026', '2 February 2026']]);
    expect(check('Omega Corp and Kappa Labs announced the merger on 2 February 2026, after Kappa Labs announced its Series E on 6 January 2026.')).toEqual([]);
  });

  it('reads "the $100 billion" after a "$100 billion" as that figure again, judged where it was first written', () => {
    expect(check('Zeta Lab was valued at $9 billion. It later said the $9 billion raised was a record.')).toEqual([]);
    expect(check('Zeta Lab was valued at $9 billion. It later said $9 billion was raised.')).toEqual([['wrong-figure', '$9 billion', '$2 billion']]);
  });

  it('reads a title said once for two organisations as the title of both', () => {
    expect(check('Ann Solo (DuoCorp’s chief executive since 2019 and SoloCo’s since May 2021) spoke.'))
      .toEqual([['wrong-date', 'May 2021', 'May 2020']]);
    expect(check('Ann Solo (DuoCorp’s chief executive since 2019 and SoloCo’s since May 2020) spoke.')).toEqual([]);
    // without the elided title the date is no role's
    expect(check('Ann Solo (DuoCorp’s chief executive since 2019, with SoloCo shares bought in May 2021) spoke.')).toEqual([]);
  });

  it('dates a role in a clause that names one person, whatever other clauses name', () => {
    expect(check('Ann Solo has been DuoCorp’s chief executive since 2018; Jane Roe runs CloudCo East.')).toEqual([['wrong-date', '2018', '2019']]);
    // one clause, two people: the date may be either one's
    expect(check('Ann Solo has been DuoCorp’s chief executive since 2018, and Jane Roe runs CloudCo East.')).toEqual([]);
  });

  it('reads a labelled entry as one record, about what any of its sentences names', () => {
    expect(check('**Acme AI (November 2025).** The deal runs five years. CloudCo East supplies the capacity.'))
      .toEqual([['wrong-term', 'five years', 'seven years']]);
    // the same sentences with no label are a paragraph that moves on; a label that names nothing
    // heads no record; a sentence with a date of its own tells of another event
    expect(check('Acme AI, November 2025. The deal runs five years. CloudCo East supplies the capacity.')).toEqual([]);
    expect(check('**The verdict.** Acme AI’s deal runs five years. CloudCo East supplies the capacity.')).toEqual([]);
    expect(check('**Acme AI (November 2025).** The deal runs five years. In March 2026 CloudCo East added capacity.')).toEqual([]);
  });

  it('anchors a figure in a sentence that opens by referring back, though the subject is named again after it', () => {
    expect(check('Acme AI signed with CloudCo East in November. The agreement is an $83 billion deal, and Acme AI will pay in stages.'))
      .toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    // a sentence that does not open by referring back: the name after the figure, in another clause, is not its
    expect(check('Acme AI signed with CloudCo East in November. An $83 billion deal was floated, and Acme AI will pay in stages.')).toEqual([]);
  });

  it('reads an answer as about what its question named, in one paragraph or the next', () => {
    expect(check('**Q:** How long is the Acme AI deal with CloudCo East?\n**A:** A five-year deal.')).toEqual([['wrong-term', 'five-year', 'seven-year']]);
    expect(check('How long is the Acme AI deal with CloudCo East?\n\nA five-year deal.')).toEqual([['wrong-term', 'five-year', 'seven-year']]);
    // a statement before is not a question: the paragraph after it may move on
    expect(check('Acme AI has a deal with CloudCo East.\n\nA five-year deal.')).toEqual([]);
  });

  it('reads a timeline entry labelled "**DATE** - ..." as dated by its label', () => {
    expect(check('- **2 February 2025** - Omega Corp agrees to acquire Kappa Labs.')).toEqual([['wrong-date', '2 February 2025', '2 February 2026']]);
    expect(check('- **2 February 2026** - Omega Corp agrees to acquire Kappa Labs.')).toEqual([]);
    // "first" or "from" after a leading date may qualify anything: no start is dated by them
    expect(check('- **5 May 2026** - Omega Corp and Kappa Labs drop the right of first refusal.')).toEqual([]);
    expect(check('- **5 May 2026** - Omega Corp and Kappa Labs began operating as one.')).toEqual([['wrong-date', '5 May 2026', '1 March 2026']]);
  });

  it('reads an entry labelled by a name, under a heading naming one other, as about the pair', () => {
    expect(check('## CloudCo East\n\n- **Acme AI:** a five-year deal.')).toEqual([['wrong-term', 'five-year', 'seven-year']]);
    // a heading naming two, or a label naming nothing, says less about the entry
    expect(check('## CloudCo East and Zeta Lab\n\n- **Acme AI:** a five-year deal.')).toEqual([]);
    expect(check('## CloudCo East\n\n- **Terms:** a five-year deal with Acme AI.')).toEqual([]);
  });

  it('gives a date in an appositive to the name it follows', () => {
    expect(check('Omega Corp showed Kappa Labs and Kappa Campus, the new site due online in 2028.')).toEqual([['wrong-date', '2028', '2026']]);
    // a list after a comma is no appositive
    expect(check('Omega Corp showed Kappa Labs and Kappa Campus, a new site due online in 2028.')).toEqual([]);
  });

  it('dates the role of a table row\'s person in a notes cell that turns to a predecessor', () => {
    const table = (notes: string) => `| Company | Chief executive | Notes |\n| --- | --- | --- |\n| CloudCo East | Jane Roe | ${notes} |`;
    expect(check(table('CEO since June 3, 2023, succeeding John Doe'))).toEqual([['wrong-date', 'June 3, 2023', 'June 3, 2024']]);
    expect(check(table('CEO since June 3, 2024, succeeding John Doe'))).toEqual([]);
    // a second person in the date's own clause leaves the date unclaimed
    expect(check(table('CEO since June 3, 2023 with John Doe'))).toEqual([]);
  });

  it('puts no company in view by a name that only qualifies its product', () => {
    expect(check('Chief executive Ann Solo framed DuoCorp’s purchase of SoloCo SoloChips as cheap.'))
      .toEqual([['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates']]);
    // two companies in view: whose chief executive is meant is not said
    expect(check('Chief executive Ann Solo framed DuoCorp’s purchase from SoloCo as cheap.')).toEqual([]);
  });

  it('checks each end of a written span of dates against the matching end of the fact\'s span', () => {
    const phased = (span: string) => check(`The Omega Corp and Kappa Labs capacity is phased in over ${span}.`);
    expect(phased('2026–2030')).toEqual([['wrong-date', '2030', '2028']]);
    expect(phased('2027–2028')).toEqual([['wrong-date', '2027', '2026']]);
    expect(phased('2026–2028')).toEqual([]);
    // each end alone is within the fact's span: only as ends of a span are they wrong
    expect(phased('2026 and 2027')).toEqual([]);
    // in a table, the column's header says what the date is, and a cell may open with the span
    const table = (header: string) => `| Deal | ${header} |\n| --- | --- |\n| Omega Corp and Kappa Labs | 2026 through 2030 |`;
    expect(check(table('Deployment'))).toEqual([['wrong-date', '2030', '2028']]);
    expect(check(table('Notes'))).toEqual([]);
    // a fact of one time has no end to check: "CEO from 2019 to 2025" is judged by its start
    expect(check('Ann Solo was DuoCorp’s chief executive from 2018 to 2025.')).toEqual([['wrong-date', '2018', '2019']]);
  });

  it('gives a title to the one company in the person\'s clause when the sentence names several', () => {
    expect(check('Ann Solo moved to SoloCo, and DuoCorp continues under new chief executive Jane Roe.'))
      .toEqual([['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates']]);
    expect(check('Ann Solo moved to SoloCo, and DuoCorp has a new chief executive (Jane Roe).'))
      .toEqual([['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates']]);
    // two companies in the clause: whose chief executive is not said
    expect(check('Ann Solo moved on, and DuoCorp and SoloCo continue under chief executive Jane Roe.')).toEqual([]);
  });

  it('checks a chief operating officer as it does the other titles', () => {
    expect(check('DuoCorp’s chief operating officer is Jane Roe.')).toEqual([['wrong-attribution', 'Jane Roe', 'Dee Ops']]);
    expect(check('DuoCorp’s COO is Dee Ops.')).toEqual([]);
    expect(check('DuoCorp is run by two co-CEOs, with Jane Roe as COO.')).toEqual([['wrong-attribution', 'Jane Roe', 'Dee Ops']]);
    expect(check('DuoCorp is run by two co-CEOs, with Dee Ops as COO.')).toEqual([]);
  });

  it('dates a role by the verb that gives it: "became chief operating officer in ..."', () => {
    expect(check('Dee Ops became DuoCorp’s chief operating officer in March 2023.')).toEqual([['wrong-date', 'March 2023', 'January 2022']]);
    expect(check('Dee Ops became DuoCorp’s chief operating officer in January 2022.')).toEqual([]);
  });

  it('reads "PERSON, who runs ORG" and "PERSON leads ORG" as chief executive now, not "led"', () => {
    expect(check('John Doe, who runs CloudCo East, spoke.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('John Doe leads CloudCo East.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('Jane Roe leads CloudCo East.')).toEqual([]);
    expect(check('John Doe led CloudCo East.')).toEqual([]);
  });

  it('reads "the chief executive of ORG is X", "the head of ORG, X" and "X (ORG CEO)"', () => {
    for (const text of ['The chief executive of CloudCo East is John Doe.', 'The head of CloudCo East, John Doe, spoke.',
      'As CEO of CloudCo East, John Doe spoke.', 'John Doe (CloudCo East CEO) spoke.']) {
      expect(check(text), text).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    }
    expect(check('The chief executive of CloudCo East is Jane Roe.')).toEqual([]);
    expect(check('John Doe (CloudCo East) spoke.')).toEqual([]);
  });

  it('reads "ORG, led since DATE by PERSON" as the role it is', () => {
    expect(check('CloudCo East, led since June 2024 by John Doe, signed.')).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(check('CloudCo East, led since June 2024 by Jane Roe, signed.')).toEqual([]);
  });

  it('reads the date in a label\'s brackets as when the entry\'s event was announced', () => {
    expect(check('**2. Yotta Lab and Zeta Lab (1 February 2025).** The investment pays $3 billion upfront.'))
      .toEqual([['wrong-date', '1 February 2025', '1 February 2026']]);
    expect(check('**2. Yotta Lab and Zeta Lab (1 February 2026).** The investment pays $3 billion upfront.')).toEqual([]);
    // in running prose the brackets may date anything; a label dates what it names, not another entry's subject
    expect(check('Yotta Lab and Zeta Lab (1 February 2025) talked about the investment.')).toEqual([]);
    expect(check('- **Kappa Campus (1 February 2025):** Yotta Lab and Zeta Lab visited it.')).toEqual([]);
  });

  it('settles between close facts by a figure whose digits are one fact\'s, swapped', () => {
    const sentence = (figure: string) => `Acme AI signed a deal with CloudCo East while Yotta Lab invested in Zeta Lab, worth ${figure}.`;
    expect(check(sentence('$83 billion'))).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    // digits of no fact in view, and within ten times of each: which fact the figure is about
    // stays open (a figure ten times away from one fact in other digits is not about it at all)
    expect(check(sentence('$29 billion'))).toEqual([]);
  });

  it('reads "the Foundation" as the foundation named before it, in any later section', () => {
    expect(check('Yotta Lab set up the Yotta Foundation.\n\n## Giving\n\nThe Foundation\'s first commitment is $7 million.'))
      .toEqual([['wrong-figure', '$7 million', '$7 billion']]);
    expect(check('Yotta Lab set up the Yotta Foundation. The foundation\'s first commitment is $9 billion.'))
      .toEqual([['wrong-figure', '$9 billion', '$7 billion']]);
    // with no foundation named before, "the Foundation" is no one in the data
    expect(check('The Foundation\'s first commitment is $7 million.\n\nYotta Lab set up the Yotta Foundation.')).toEqual([]);
  });

  it('binds firmly a figure on one party\'s name, with words only its fact has, when the other party heads the section', () => {
    expect(check('## Zeta Lab\n\nYotta Lab will invest $5 billion upfront.')).toEqual([['wrong-figure', '$5 billion', '$3 billion']]);
    // without words of its own the figure may be any investment; with the other party only in the paragraph before, it is too far
    expect(check('## Zeta Lab\n\nYotta Lab will invest $5 billion.')).toEqual([]);
    expect(check('Zeta Lab grew.\n\nYotta Lab will invest $5 billion upfront.')).toEqual([]);
  });

  it('names a deal\'s partner when the figure is the deal\'s and the partner written has no such deal', () => {
    expect(check('Acme AI signed a $38 billion agreement with Delta Corp.')).toEqual([['wrong-attribution', 'Delta Corp', 'CloudCo East']]);
    // a company named beside, not as the partner; the right partner
    expect(check('Acme AI, like Delta Corp, signed a $38 billion agreement.')).toEqual([]);
    expect(check('Acme AI signed a $38 billion agreement with CloudCo East.')).toEqual([]);
  });

  it('names the lead of a round its figures are bound to, as its sources do', () => {
    expect(check('Zeta Lab raised $2 billion in a Series C led by South Fund.')).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    expect(check('South Fund led Zeta Lab\'s $2 billion Series C round.')).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    // a valuation set in the round belongs to it
    expect(check('Zeta Lab was valued at $9 billion in March 2025 in a round led by South Fund.')).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    expect(check('| Round | Amount | Lead |\n| --- | --- | --- |\n| Zeta Lab Series C | $2 billion | South Fund |'))
      .toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    // a figure of another kind in the sentence leaves the round as it is
    expect(check('Zeta Lab raised $2 billion in a Series C led by South Fund, and Yotta Lab has raised $1.3 billion in total.'))
      .toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    // a lead written in one word is fixed to the short form of the name first
    expect(check('Zeta Lab raised $2 billion in a Series C led by Southfund.')).toEqual([['wrong-attribution', 'Southfund', 'North Fund']]);
    // the right lead; one right co-lead; a column that lists more than leads; who runs a company
    expect(check('Zeta Lab raised $2 billion in a Series C led by North Fund.')).toEqual([]);
    expect(check('Zeta Lab raised $2 billion in a Series C co-led by South Fund and North Fund.')).toEqual([]);
    expect(check('| Round | Amount | Key investors |\n| --- | --- | --- |\n| Zeta Lab Series C | $2 billion | South Fund |')).toEqual([]);
    expect(check('Zeta Lab, led by South Fund, raised $2 billion in its Series C.')).toEqual([]);
  });

  it('lets no rival that only its time\'s words point at cast doubt on a figure whose property is named', () => {
    expect(check('## Delta Cloud\n\nDelta Corp capex in the quarter: $43 billion.')).toEqual([['wrong-figure', '$43 billion', '$30 billion']]);
    // with neither property named, "the quarter" may be either figure's
    expect(check('## Delta Cloud\n\nDelta Corp in the quarter: $43 billion.')).toEqual([]);
  });

  it('binds a change only to a fact that is itself an addition, and only when that fits best', () => {
    expect(check('Delta Cloud added $60 billion of backlog in the quarter.')).toEqual([['wrong-figure', '$60 billion', '$50 billion']]);
    expect(check('Delta Corp added $43 billion to its capex in the quarter.')).toEqual([]);
  });

  it('reads a property\'s words in any inflection ("raising" for "raise")', () => {
    // the target has no fact of its own and must not push the amount onto the valuation
    expect(check('Kappa Labs announced its Series E, raising $20 billion against a $15 billion target.')).toEqual([]);
    expect(check('Kappa Labs is raising $25 billion.')).toEqual([['wrong-figure', '$25 billion', '$20 billion']]);
  });

  it('reads "combined" as a sum only right after the figure', () => {
    expect(check("Omega Corp's deal valued Kappa Labs at $230 billion and the combined group at $1 trillion.")).toEqual([]);
    expect(check('Omega Corp and Kappa Labs merged at $2 trillion combined.')).toEqual([['wrong-figure', '$2 trillion', '$1 trillion']]);
  });

  it('leaves a cue to what it describes: the thing a figure is set against, or a clause of its own', () => {
    expect(check('Acme signed an agreement with CloudCo East worth $5 billion.')).toEqual([['wrong-figure', '$5 billion', '$38 billion']]);
    expect(check('Against the agreement between Acme and CloudCo East, $5 billion is small.')).toEqual([]);
    expect(check('Acme had $5 billion in the bank when CloudCo East signed the agreement with it.')).toEqual([]);
  });

  it('reads the writer\'s own sum ("add ... and you get to") as a total, not the named thing\'s figure', () => {
    expect(check('Kappa Campus will hold 5 million GPUs.')).toEqual([['wrong-figure', '5 million', '4 million']]);
    expect(check('Add the annex to Kappa Campus and you get to 5 million GPUs.')).toEqual([]);
  });

  it('tells facts of the same kind and time apart by their own words, and lets "the first gigawatt" keep its words', () => {
    expect(check('Omega Corp and Kappa Labs plan 2 GW at first, on Zeta chips.')).toEqual([['wrong-figure', '2 GW', '1 GW']]);
    expect(check('Omega Corp and Kappa Labs plan 1 GW at first, on Zeta chips.')).toEqual([]);
    // the words of the first phase belong to "the first gigawatt", not to the deal's 6 GW
    expect(check('Zeta chips, late 2026: the first gigawatt of the 6 GW deal between Omega Corp and Kappa Labs.')).toEqual([]);
  });

  it('dates a round by a participle after it, in a sentence that refers back to the company', () => {
    expect(check('Kappa Labs closed a round. Its $20 billion Series E, announced around 6 January 2025, beat a $15 billion target.'))
      .toEqual([['wrong-date', '6 January 2025', '6 January 2026']]);
    expect(check('Kappa Labs closed a round. Its $20 billion Series E, announced around 6 January 2026, beat a $15 billion target.')).toEqual([]);
  });

  it('checks a date cell against the event its row describes', () => {
    const table = (date: string): string => `| Date | Event |\n| --- | --- |\n| ${date} | Kappa Labs raises $20 billion in its Series E |\n`;
    expect(check(table('6 Jan 2025'))).toEqual([['wrong-date', '6 Jan 2025', '6 Jan 2026']]);
    expect(check(table('6 Jan 2026'))).toEqual([]);
    // a column of timings is not a column of events' dates
    expect(check(table('6 Jan 2025').replace('| Date |', '| Deployment |'))).toEqual([]);
  });

  it('judges the day a market value was first reached', () => {
    expect(check('Kappa Labs became the first lab worth $1 trillion on 10 February 2026.')).toEqual([['wrong-date', '10 February 2026', '10 March 2026']]);
    expect(check('Kappa Labs became the first lab worth $1 trillion on 10 March 2026.')).toEqual([]);
    // without "first", a value on a day is a reading, not the milestone
    expect(check('Kappa Labs was worth $1 trillion on 10 February 2026.').filter(([rule]) => rule === 'wrong-date')).toEqual([]);
  });

  it('dates an announcement by its occasion\'s own words ("generally available at Kappa Summit on ...")', () => {
    expect(check('Kappa Labs made its chip generally available at Kappa Summit on 2 November 2025.')).toEqual([['wrong-date', '2 November 2025', '2 December 2025']]);
    expect(check('Kappa Labs made its chip generally available at Kappa Summit on 2 December 2025.')).toEqual([]);
    // a date far from the only name in its sentence is that name's
    expect(check('Acme AI, the lab set up by a small group of researchers and engineers, was founded on December 14, 2015.')).toEqual([['wrong-date', 'December 14, 2015', 'December 11, 2015']]);
  });

  it('never calls a figure as loose as an order of magnitude wrong', () => {
    expect(check('Kappa Campus will hold hundreds of thousands of GPUs.')).toEqual([]);
    expect(check('Kappa Campus will hold 400,000 GPUs.')).toEqual([['wrong-figure', '400,000', '4 million']]);
  });

  it('accepts any value a cited source gives when the sources conflict', () => {
    expect(check('In October 2025 Acme was valued at $456 billion.')).toEqual([]);
    expect(check('In October 2025 Acme was valued at $500 billion.')).toEqual([]);
    expect(check('In October 2025 Acme was valued at $600 billion.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
  });

  it('leaves a figure alone when it is set against a name, sits outside an aside naming it, or stands in another entity\'s table row', () => {
    // each pair: the figure is Acme AI's (checked), then only compared with it or near it (left alone)
    expect(check('A $600 billion valuation in October 2025 went to Acme AI.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check('A $600 billion valuation in October 2025 went above Acme AI.')).toEqual([]);
    expect(check('In October 2025 Acme AI was valued at $600 billion.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check('In October 2025 CloudCo, which had backed Acme AI for years, was valued at $600 billion.')).toEqual([]);
    const row = (first: string): string => `| Company | Note |\n| --- | --- |\n| ${first} | Acme AI valued at $600 billion in October 2025 |\n`;
    expect(check(row('Acme AI'))).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check(row('CloudCo'))).toEqual([]);
  });

  it('leaves a figure that hangs on another name, measures a gap, or is ten thousand times off', () => {
    expect(check('**Acme AI.** In October 2025 it was valued at $600 billion.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    // the figure hangs on CloudCo, and nothing in its clause points back at Acme AI
    expect(check('**Acme AI.** In October 2025 CloudCo was valued at $600 billion.')).toEqual([]);
    expect(check('A $600 billion valuation in October 2025 would be more than Acme AI\'s.')).toEqual([]);
    expect(check('In October 2025 Acme AI was valued at $600.')).toEqual([]);
    // the agent of "led by" owns nothing after it: the figure is the round's
    expect(check('Zeta Lab closed its books. The company raised a Series C led by North Fund at an $8 billion valuation.')).toEqual([['wrong-figure', '$8 billion', '$9 billion']]);
  });

  it('gives a figure to an unknown name right before it, and a round\'s figure to that round', () => {
    expect(check('In October 2025 a deal valued Acme AI at $600 billion.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check('In October 2025 a deal valued Acme AI at $500 billion and Foo at $600 billion.')).toEqual([]);
    expect(check('In March 2025 Zeta Lab\'s Series C valued it at $7 billion.')).toEqual([['wrong-figure', '$7 billion', '$9 billion']]);
    // a Series A the data does not hold is no claim about Series C
    expect(check('In March 2025 Zeta Lab\'s Series A valued it at $7 billion.')).toEqual([]);
  });

  it('leaves a reader poll, a share move and a role named only by a pronoun alone', () => {
    expect(check('In October 2025 Acme AI was valued at $600 billion.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check('In October 2025 Acme AI was valued at 58% of 1,204 respondents.')).toEqual([]);
    expect(check('Jane Roe has been CEO of CloudCo East since 2023.')).toEqual([['wrong-date', '2023', '2024']]);
    // "she" may be someone else named earlier: the start date is not checked against Jane Roe
    // (here she is Jane Roe, but in "Safra Catz became vice chair. She had been co-CEO from 2014"
    // a name carried from earlier is someone else: precision first)
    expect(check('Jane Roe was named CEO of CloudCo East. She has been CEO since 2023.')).toEqual([]);
  });

  it('reads figures listed after a colon as parts, not the total', () => {
    expect(check('Yotta Lab has raised $1.5 billion in total.')).toEqual([['wrong-figure', '$1.5 billion', '$1.3 billion']]);
    expect(check('Yotta Lab has raised money in total: $1.5 billion in 2024 and $0.2 billion in 2025.')).toEqual([]);
  });

  it('reads "$X of compute" between two parties as their deal\'s value', () => {
    expect(check('# Acme AI turns to CloudCo East for $83 billion of compute')).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
  });

  it('reads a bold label that opens a paragraph as what its sentences are about', () => {
    expect(check('**Acme AI and CloudCo East.** A five-year, $38 billion agreement was signed.')).toEqual([['wrong-term', 'five-year', 'seven-year']]);
    // without the label, names a sentence earlier count only weakly: no claim
    expect(check('Acme AI and CloudCo East met. A five-year, $38 billion agreement was signed.')).toEqual([]);
  });

  it('gives a date to what the verb before it takes, and reads timelines in the present tense', () => {
    // "launched CloudCo East in 2022" dates CloudCo East's launch, not Acme AI's founding
    expect(check('Acme AI launched CloudCo East in November 2022.')).toEqual([]);
    expect(check('On November 30, 2022, Acme AI launched CloudCo East.')).toEqual([]);
    expect(check('Acme AI launched in November 2016 as a research lab.')).toEqual([['wrong-date', 'November 2016', 'December 2015']]);
    expect(check('- **December 14, 2015** — Acme AI launches as a research lab.')).toEqual([['wrong-date', 'December 14, 2015', 'December 11, 2015']]);
  });

  it('reads a date that opens its sentence as the time of the clause after it', () => {
    expect(check('On December 14, 2015, Acme AI was founded by a group of researchers.')).toEqual([['wrong-date', 'December 14, 2015', 'December 11, 2015']]);
    expect(check('**December 14, 2015:** Acme AI was founded.')).toEqual([['wrong-date', 'December 14, 2015', 'December 11, 2015']]);
    expect(check('On December 11, 2015, Acme AI was founded.')).toEqual([]);
    // the clause after the date is about something else before it reaches the property's word
    expect(check('On December 14, 2015, Acme AI, a lab founded by researchers, hired its first staff.')).toEqual([]);
    // after a participle, the date is about the name right after it
    expect(check('Founded on December 14, 2015, Acme AI grew fast.')).toEqual([['wrong-date', 'December 14, 2015', 'December 11, 2015']]);
    expect(check('Founded on December 11, 2015, Acme AI grew fast.')).toEqual([]);
    expect(check('Founded on December 14, 2015, the fund backed Acme AI.')).toEqual([]);
  });

  it('checks a date written without its year only when the text around it gives the year', () => {
    const dated = (year: number, body: string): string => `---\ndate: ${year}-12-20\n---\n${body}`;
    expect(check(dated(2015, 'Acme AI was founded on Dec. 14.'))).toEqual([['wrong-date', 'Dec. 14', 'Dec. 11']]);
    expect(check(dated(2015, 'Acme AI was founded on Dec. 11.'))).toEqual([]);
    expect(check('Acme AI opened its doors in 2015. The company was founded on Dec. 14th.')).toEqual([['wrong-date', 'Dec. 14th', 'Dec. 11th']]);
    // the year is a guess when nothing names it, and a guess of 2016 says nothing about a 2015 event
    expect(check('Acme AI was founded on Dec. 14.')).toEqual([]);
    expect(check(dated(2016, 'Acme AI was founded on Dec. 14.'))).toEqual([]);
  });

  it('leaves a date that qualifies a noun further on to that noun', () => {
    expect(check('Acme AI was valued at $157 billion in its first round, well before the October 2025 round.')).toEqual([]);
    expect(check('Acme AI was valued at $157 billion, up from its October 2025 mark.')).toEqual([]);
    // "in the October 2025 round" is the figure's own round
    expect(check('Acme AI was valued at $600 billion in the October 2025 round.')).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
  });

  it('dates a figure by its own date, not by another figure\'s', () => {
    // "in 2023" dates the $80 billion, not the $157 billion said to be current
    expect(check('Acme is currently valued at $157 billion, up from $80 billion in 2023.')).toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
    expect(check('Acme was valued at $157 billion in October 2024.')).toEqual([]);
  });

  it('takes a reference value as reported, rounded at its last digit', () => {
    // $157 billion is what $157.4 billion is reported as; $157.6 billion would be reported as $158 billion
    expect(check('Acme AI was valued at $157.4 billion in October 2024.')).toEqual([]);
    expect(check('Acme AI was valued at $157.6 billion in October 2024.')).toEqual([['wrong-figure', '$157.6 billion', '$157 billion']]);
  });

  it('calls a superseded value outdated only when the text speaks of now', () => {
    expect(check('Acme is now valued at $157 billion.')).toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
    expect(check('In October 2024 Acme was valued at $157 billion.')).toEqual([]);
    // a bound ("up to") does not state the current value
    expect(check('Acme is now valued at $157 billion, and a listing might value it at up to $600 billion.'))
      .toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
    // words only the old value has name it, whatever "latest" says
    expect(check('Zeta Lab is now valued at $4 billion.')).toEqual([['outdated-figure', '$4 billion', '$9 billion']]);
    expect(check('In its latest news, Zeta Lab recalled that its Series B valued it at $4 billion.')).toEqual([]);
    // a date in an earlier sentence does not date one that says "currently"
    expect(check('Acme AI hired 200 people in October 2024. It is currently valued at $157 billion.')).toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
    // in a dated draft, "now" is the draft's day: a value reported later was not yet current
    expect(check('---\ndate: 2025-01-15\n---\nAcme is now valued at $157 billion.')).toEqual([]);
    expect(check('---\ndate: 2025-11-15\n---\nAcme is now valued at $157 billion.')).toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
  });

  it('dates a role by its person alone when they held that title at one organisation only', () => {
    // a four-letter month written in full stays in full
    expect(check('- CEO: Jane Roe, since 3 June 2023')).toEqual([['wrong-date', '3 June 2023', '3 June 2024']]);
    expect(check('Jane Roe has been chief executive since Jun 2023.')).toEqual([['wrong-date', 'Jun 2023', 'Jun 2024']]);
    // John Doe was chief executive of two companies; another company named may be the one meant
    expect(check('John Doe has been chief executive since 2019.')).toEqual([]);
    expect(check('Acme AI has been led by chief executive Jane Roe since June 2023.')).toEqual([]);
  });

  it('fixes a year', () => {
    expect(check('Acme AI was founded in 2017.')).toEqual([['wrong-date', '2017', '2015']]);
    // a date that ends a span is not the time of the word that starts it
    expect(check('Trace Acme AI from its founding to the end of 2017.')).toEqual([]);
    expect(check('Acme AI was founded in December 2015.')).toEqual([]);
  });

  it('honours disable directives', () => {
    const text = 'Acme signed a $83B deal with CloudCo East.';
    expect(check(`<!-- factlint-disable-next-line -->\n${text}`)).toEqual([]);
    expect(check(`<!-- factlint-disable-next-line name-spelling -->\n${text}`)).toHaveLength(1);
    expect(check(`<!-- factlint-disable -->\n\n${text}\n\n<!-- factlint-enable -->\n\n${text}`)).toHaveLength(1);
  });

  it('reports exact UTF-16 spans after astral characters and CRLF', () => {
    const text = '😀 Acme signed a $83B deal\r\nwith CloudCo East.';
    const [f] = checkDocument(text, index, { today: TODAY }).findings;
    expect(text.slice(f.start, f.end)).toBe('$83B');
    expect(f.fixes[0].edits[0]).toMatchObject({ start: f.start, end: f.end });
  });

  it('reads a table row as one record: a cell two subjects fit is about the one its row is about', () => {
    const row = (cells: string): string => `## Echo Labs and Foxtrot Labs\n\n| Date | Round | Amount | Valuation |\n| --- | --- | --- | --- |\n| Feb 2026 | ${cells} |`;
    expect(check(row('First close | $110 billion | $830 billion'))).toEqual([['wrong-figure', '$830 billion', '$730 billion']]);
    // a figure another subject's fact agrees with stays that subject's; a row bound to nothing narrows nothing
    expect(check(row('First close | $110 billion | $380 billion'))).toEqual([]);
    expect(check(row('Primary | n/a | $830 billion'))).toEqual([]);
  });

  it('checks table cells with their row and header', () => {
    const md = '# Acme and CloudCo East\n\n| Deal | Value | Term |\n| --- | --- | --- |\n| Acme–CloudCo | $83 billion | 7 years |\n';
    expect(check(md)).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    // in a row of a label and a value, the label says what the value is, as a header does
    const table = (label: string): string => `## Acme AI\n\n| Metric | October 2025 |\n| --- | --- |\n| ${label} | $600 billion |`;
    expect(check(table('Valuation'))).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    expect(check(table('Headcount'))).toEqual([]);
    // a cell with a figure of its own keeps its words: "first" belongs to the 1 GW, not to the 8 GW beside it
    expect(check('## Omega Corp\n\n| Partner | Scale | Timing |\n| --- | --- | --- |\n| Kappa Labs | 8 GW | first 1 GW in 2026 |'))
      .toEqual([['wrong-figure', '8 GW', '6 GW']]);
    // a funding table's "Amount" is the round's size
    expect(check('| Round | Amount | Valuation |\n|---|---|---|\n| Zeta Lab Series C | $2 million | $9 billion |')).toEqual([['wrong-figure', '$2 million', '$2 billion']]);
  });

  it('never checks code or link targets', () => {
    expect(check('Acme and CloudCo East: `$83B`.\n\n```\nAcme signed a $83B deal with CloudCo East\n```\n')).toEqual([]);
  });
});
