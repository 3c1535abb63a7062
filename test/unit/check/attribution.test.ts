import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../server/src/engine/index';
import { dated, findingsOf, fixtureIndex, TODAY } from '../../helpers';

// wrong-attribution: people in roles (and the dates of roles), deal partners, round leads
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('flags a person in a role they do not hold, and fixes the name', () => {
    // John Doe is chief executive of CloudCo, CloudCo East's parent: the company written with the
    // title may have slipped as well as the name, and the flag covers both; the name's fix first
    expect(check('The deal was announced by CloudCo East chief executive John Doe.')).toEqual([
      ['wrong-attribution', 'CloudCo East chief executive John Doe', 'Jane Roe'],
    ]);
    const [slip] = checkDocument(
      'The deal was announced by CloudCo East chief executive John Doe.',
      index,
      { today: TODAY },
    ).findings;
    expect(slip.fixes.map((f) => f.edits[0].newText)).toEqual(['Jane Roe', 'CloudCo']);
    expect(check('CloudCo East chief executive Jane Roe announced it.')).toEqual([]);
    // in 2019 Doe did run CloudCo East: the sentence's date decides
    expect(check('In 2019 CloudCo East chief executive John Doe announced it.')).toEqual([]);
    expect(check('Former CloudCo East CEO John Doe spoke.')).toEqual([]);
  });

  it('puts a bare title at the company the person works for, however far on it is named', () => {
    // Ann Poe is CloudCo East's CFO: the company she speaks of, named long after her, is the
    // text's topic and her own, so her title is at it
    const far =
      'CloudCo East reported its results. CEO Ann Poe spent much of the call on the ' +
      'outlook for the year ahead, explaining how CloudCo East will grow.';
    expect(check(far)).toEqual([['wrong-attribution', 'CEO Ann Poe', 'CFO']]);
    // not when it is only what she speaks of, or not where she works (John Doe has no role there)
    expect(check(far.replace('CloudCo East reported its results. ', ''))).toEqual([]);
    expect(check(far.replace('Ann Poe', 'John Doe'))).toEqual([]);
  });

  it('finds the company of a role in what the sentence refers back to or sits under', () => {
    expect(check('CloudCo East is growing. Its chief executive is John Doe.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(check('**CloudCo East**\n\n- Founded in 2016\n- CEO: John Doe\n')).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(check('CloudCo East reorganised, with John Doe staying on as chief executive.')).toEqual(
      [['wrong-attribution', 'John Doe', 'Jane Roe']],
    );
    expect(check('CloudCo East named John Doe as chief executive.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    // (John Doe runs CloudCo, its parent: the company may have slipped too, and the flag covers both)
    expect(check("John Doe becomes CloudCo East's new chief executive.")).toEqual([
      ['wrong-attribution', 'John Doe becomes CloudCo East', 'Jane Roe'],
    ]);
    expect(check('CloudCo East named Jane Roe as chief executive.')).toEqual([]);
    // a press release's sign-off: name, titles, company
    expect(check('"We grew," said John Doe, President and CEO, CloudCo East.')).toEqual([
      ['wrong-attribution', 'John Doe, President and CEO, CloudCo East', 'Jane Roe'],
    ]);
    expect(check('"We grew," said Jane Roe, President and CEO, CloudCo East.')).toEqual([]);
    // a rank held beside the title: "senior vice president and chief executive"
    expect(
      check('"We grew," said John Doe, CloudCo East\'s senior vice president and chief executive.'),
    ).toEqual([['wrong-attribution', 'John Doe, CloudCo East', 'Jane Roe']]);
    expect(
      check(
        "CloudCo East is growing. John Doe, who took over in 2024 as the company's chief executive, spoke.",
      ),
    ).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(
      check(
        "CloudCo East is growing. Jane Roe, who took over in 2024 as the company's chief executive, spoke.",
      ),
    ).toEqual([]);
    // without "its", an earlier sentence's company is not in view
    expect(check('CloudCo East is growing. The chief executive is John Doe.')).toEqual([]);
    // under a heading naming two companies, the one the sentence refers back to
    expect(
      check(
        '## Acme AI and CloudCo East\n\nCloudCo East is growing. Its chief executive is John Doe.',
      ),
    ).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    // a phrase in quotation marks is mentioned, not claimed
    expect(check('Writing "CloudCo East chief executive John Doe" is out of date.')).toEqual([]);
  });

  it('judges a holder the sentence tells of leaving as one who held the title by then', () => {
    // "the ouster of X" or "X is to step down" says X held the title up to then: Ann Poe never
    // was CloudCo East's chief executive (she is its finance chief)
    expect(check('The ouster of CloudCo East CEO Ann Poe stunned the staff.')).toEqual([
      ['wrong-attribution', 'CEO Ann Poe', 'CFO'],
    ]);
    expect(check('CloudCo East CEO Ann Poe is to step down next month.')).toEqual([
      ['wrong-attribution', 'CEO Ann Poe', 'CFO'],
    ]);
    // John Doe did run it, until 2021: leaving it is told of a holder, today or before
    expect(check('The ouster of CloudCo East CEO John Doe stunned the staff.')).toEqual([]);
    expect(check('Outgoing CloudCo East CEO Jane Roe spoke.')).toEqual([]);
    // "former", "incoming": another time, which the data cannot tell
    expect(check('Former CloudCo East CEO Ann Poe spoke.')).toEqual([]);
    expect(check('Incoming CloudCo East CEO Ann Poe spoke.')).toEqual([]);
  });

  it('reads a pair of titles by the company, after a name or before it', () => {
    expect(check('"We grew," said Ann Poe, CloudCo East chair and CEO.')).toEqual([
      ['wrong-attribution', 'Ann Poe, CloudCo East chair and CEO', 'CFO'],
    ]);
    expect(check('"We grew," said Jane Roe, CloudCo East chair and CEO.')).toEqual([]);
    // ("Board Chair and CEO" before the name: the board's chair)
    expect(check('CloudCo East Board Chair and CEO Ann Poe spoke.')).toHaveLength(1);
    expect(check('CloudCo East Board Chair and CEO Jane Roe spoke.')).toEqual([]);
  });

  it('reads a title set off by commas after a name, at the company in view', () => {
    expect(check('CloudCo East reorganised. Ann Poe, its chief executive, spoke.')).toEqual([
      ['wrong-attribution', 'Ann Poe, its chief executive', 'chief financial officer'],
    ]);
    expect(
      check('At CloudCo East, Ann Poe, the chief executive who ran sales, spoke.'),
    ).toHaveLength(1);
    expect(check('CloudCo East reorganised. Ann Poe, its chief financial officer, spoke.')).toEqual(
      [],
    );
    // (not a title at another time)
    expect(check('CloudCo East reorganised. Ann Poe, the former chief executive, spoke.')).toEqual(
      [],
    );
  });

  it("reads a date after a title as the role's start only across words of the role", () => {
    expect(check('Jane Roe has been the chief executive of CloudCo East since 2023.')).toEqual([
      ['wrong-date', '2023', '2024'],
    ]);
    // the date of what the holder did, not of the role
    expect(check('CloudCo East CEO Jane Roe spoke in 2025.')).toEqual([]);
    expect(check('CloudCo East CEO Jane Roe said in 2023 that sales would slow.')).toEqual([]);
  });

  it("dates a role by a date in its own clause, not by one in another person's", () => {
    expect(
      check(
        'It matters to CloudCo chief executive John Doe, who took over in 2021, ' +
          'and to CloudCo East chief executive John Doe.',
      ),
    ).toEqual([['wrong-attribution', 'CloudCo East chief executive John Doe', 'Jane Roe']]);
    // "in 2020 ... John Doe" in one clause: he ran CloudCo East then
    expect(check('In 2020 CloudCo East chief executive John Doe spoke.')).toEqual([]);
  });

  it('names who held the role a successor took', () => {
    expect(check('Bea Pair succeeded John Doe at DuoCorp.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Ann Solo'],
    ]);
    expect(check('Bea Pair, who took over from John Doe, spoke.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Ann Solo'],
    ]);
    expect(check('Bea Pair took over from Ann Solo.')).toEqual([]);
    // the passive turns the order round; a pair named together is no succession
    expect(check('John Doe was succeeded by Bea Pair.')).toEqual([]);
    expect(check('Cy Mates and Bea Pair succeeded Ann Solo.')).toEqual([]);
  });

  it('answers "CEO" with both co-CEOs, and "co-CEO" with the one not named', () => {
    expect(check('DuoCorp chief executive Ann Solo spoke.')).toEqual([
      ['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates'],
    ]);
    expect(check('DuoCorp co-CEOs Ann Solo and Cy Mates spoke.')).toEqual([
      ['wrong-attribution', 'Ann Solo', 'Bea Pair'],
    ]);
    expect(check('DuoCorp co-CEOs Bea Pair and Cy Mates spoke.')).toEqual([]);
    // a role that ends on a day is handed over that day
    expect(
      check('DuoCorp chief executive Ann Solo, in office since 22 September 2025, spoke.'),
    ).toEqual([['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates']]);
    expect(
      check('DuoCorp chief executive Ann Solo, in office since 21 September 2025, spoke.'),
    ).toEqual([]);
  });

  it('reads a title said once for two organisations as the title of both', () => {
    expect(
      check('Ann Solo (DuoCorp’s chief executive since 2019 and SoloCo’s since May 2021) spoke.'),
    ).toEqual([['wrong-date', 'May 2021', 'May 2020']]);
    expect(
      check('Ann Solo (DuoCorp’s chief executive since 2019 and SoloCo’s since May 2020) spoke.'),
    ).toEqual([]);
    // without the elided title the date is no role's
    expect(
      check(
        'Ann Solo (DuoCorp’s chief executive since 2019, with SoloCo shares bought in May 2021) spoke.',
      ),
    ).toEqual([]);
  });

  it('dates a role in a clause that names one person, whatever other clauses name', () => {
    expect(
      check('Ann Solo has been DuoCorp’s chief executive since 2018; Jane Roe runs CloudCo East.'),
    ).toEqual([['wrong-date', '2018', '2019']]);
    // one clause, two people: the date may be either one's
    expect(
      check(
        'Ann Solo has been DuoCorp’s chief executive since 2018, and Jane Roe runs CloudCo East.',
      ),
    ).toEqual([]);
  });

  it('puts no company in view by a name that only qualifies its product', () => {
    expect(
      check('Chief executive Ann Solo framed DuoCorp’s purchase of SoloCo SoloChips as cheap.'),
    ).toEqual([['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates']]);
    // two companies in view: whose chief executive is meant is not said
    expect(
      check('Chief executive Ann Solo framed DuoCorp’s purchase from SoloCo as cheap.'),
    ).toEqual([]);
  });

  it('gives "its" title to an organisation the data does not know, named after the one it does', () => {
    expect(
      check('DuoCorp bought a stake in chip firm Vantor and hired its CEO, Jane Roe.'),
    ).toEqual([]);
    // with no other organisation between, "its" is the company's
    expect(check('DuoCorp grew fast and hired its CEO, Jane Roe, from a rival.')).toEqual([
      ['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates'],
    ]);
    // a title of several words after "its" is the other organisation's just the same
    expect(
      check(
        'DuoCorp bought a stake in chip firm Vantor and hired its co-founder and CEO Jane Roe.',
      ),
    ).toEqual([]);
    expect(check('DuoCorp grew fast and hired its co-founder and CEO Jane Roe.')).toEqual([
      ['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates'],
    ]);
  });

  it('gives a bare title to the one company nearby when the person is an executive elsewhere', () => {
    // Jane Roe runs CloudCo East, named nowhere around: the title is SoloCo's, held by Ann Solo
    expect(
      check('SoloCo shipped its chip. Chief executive Jane Roe said demand was strong.'),
    ).toEqual([['wrong-attribution', 'Jane Roe', 'Ann Solo']]);
    // with her own company named around, she may speak for it
    expect(
      check(
        'CloudCo East bought chips. SoloCo shipped them. Chief executive Jane Roe was pleased.',
      ),
    ).toEqual([]);
    expect(
      check('SoloCo shipped its chip. Chief executive Ann Solo said demand was strong.'),
    ).toEqual([]);
    // the one company named only far on in the sentence, as what the person speaks of
    expect(
      check(
        'SoloCo had a good year. Chief executive Jane Roe added that demand for chips of every ' +
          'size held up in all of SoloCo’s markets.',
      ),
    ).toEqual([['wrong-attribution', 'Jane Roe', 'Ann Solo']]);
  });

  it('reads "X was named CEO of ORG" and "X is the new ORG CEO" as appointments', () => {
    // (Jane Roe runs CloudCo East: the company may have slipped too, and the flag covers both)
    expect(check(dated('2025-01-10', 'Jane Roe was named CEO of SoloCo.'))).toEqual([
      ['wrong-attribution', 'Jane Roe was named CEO of SoloCo', 'Ann Solo'],
    ]);
    expect(check(dated('2025-01-10', 'Jane Roe is the new SoloCo CEO.'))).toEqual([
      ['wrong-attribution', 'Jane Roe is the new SoloCo', 'Ann Solo'],
    ]);
    // named weeks before the role starts
    expect(check(dated('2024-05-20', 'Jane Roe was named CEO of CloudCo East.'))).toEqual([]);
  });

  it('offers the company a person holds the title at, where they never held it at the one written', () => {
    const text = dated('2025-01-10', 'Jane Roe was named CEO of SoloCo.');
    const [slip] = checkDocument(text, index, { today: TODAY }).findings;
    expect(slip.fixes.map((f) => f.edits[0].newText)).toEqual(['Ann Solo', 'CloudCo East']);
    expect(slip.message).toContain('Jane Roe is the CEO of CloudCo East, not of SoloCo');
    // a title once held at the company written is out of date: the name is what to fix
    const [stale] = checkDocument('DuoCorp chief executive Ann Solo spoke.', index, {
      today: TODAY,
    }).findings;
    expect(stale.fixes.map((f) => f.edits[0].newText)).toEqual(['Bea Pair and Cy Mates']);
  });

  it('reads a who\'s who entry, "Name — title, Org, since DATE"', () => {
    expect(check('- **Ann Solo** — chief executive, DuoCorp.')).toEqual([
      ['wrong-attribution', 'Ann Solo', 'Bea Pair and Cy Mates'],
    ]);
    expect(
      check(
        dated('2025-01-10', '- **Jane Roe** — chief executive, CloudCo East, since 3 June 2023.'),
      ),
    ).toEqual([['wrong-date', '3 June 2023', '3 June 2024']]);
    // the day another holder of the title began is right for the one meant: only the name is
    // flagged (with the company John Doe runs, CloudCo East's parent)
    expect(
      check(
        dated('2025-01-10', '- **John Doe** — chief executive, CloudCo East, since 3 June 2024.'),
      ),
    ).toEqual([['wrong-attribution', 'John Doe** — chief executive, CloudCo East', 'Jane Roe']]);
    // (but where the person named holds the title as the text is written, the date is wrong)
    expect(
      check(
        dated('2025-01-10', '- **Jane Roe** — chief executive, CloudCo East, since 1 April 2016.'),
      ),
    ).toEqual([['wrong-date', '1 April 2016', '3 June 2024']]);
  });

  it('reads a role the person "will" act in as one to come', () => {
    // Bea Pair becomes co-CEO on 22 September 2025: twelve days before, she is to be
    expect(
      check(dated('2025-09-10', 'Besides serving as CEO, Bea Pair will join the DuoCorp board.')),
    ).toEqual([]);
    expect(
      check(dated('2025-09-10', 'Besides serving as CEO, Bea Pair joined the DuoCorp board.')),
    ).toEqual([['wrong-attribution', 'Bea Pair', 'Ann Solo']]);
  });

  it('dates a role its holder also founded by its own start', () => {
    // Ann Poe co-founded CloudCo East, with no start, and has been its CFO since February 2022
    expect(
      check(
        dated(
          '2025-01-10',
          'CloudCo East reported. Ann Poe spoke.\n\nPoe, 48, has been CFO since 2020 and stays on.',
        ),
      ),
    ).toEqual([['wrong-date', '2020', '2022']]);
  });

  it('reads past a short aside after the name: an age, "a veteran of ..."', () => {
    expect(check(dated('2025-01-10', 'Jane Roe, 51, was named CEO of SoloCo.'))).toEqual([
      ['wrong-attribution', 'Jane Roe, 51, was named CEO of SoloCo', 'Ann Solo'],
    ]);
    expect(check(dated('2025-01-10', 'Jane Roe, a cloud veteran, is the new SoloCo CEO.'))).toEqual(
      [['wrong-attribution', 'Jane Roe, a cloud veteran, is the new SoloCo', 'Ann Solo']],
    );
    expect(check(dated('2025-01-10', 'Ann Solo, 58, is chief executive of SoloCo.'))).toEqual([]);
    // (an aside with a title of its own is the person's other role: nothing is skipped)
    expect(
      check(dated('2025-01-10', 'Jane Roe, a former CFO of Acme, was named CEO of SoloCo.')),
    ).toEqual([]);
  });

  it('reads a role told in the past as held at any time before', () => {
    expect(check(dated('2025-01-10', "John Doe was CloudCo East's CEO."))).toEqual([]);
    expect(check(dated('2025-01-10', 'John Doe was named CEO of CloudCo East.'))).toEqual([]);
    // (not a role the person never held there)
    expect(check(dated('2025-01-10', "Ann Solo was CloudCo East's CEO."))).toEqual([
      ['wrong-attribution', 'Ann Solo was CloudCo East', 'Jane Roe'],
    ]);
  });

  it("gives a title to the one company in the person's clause when the sentence names several", () => {
    expect(
      check('Ann Solo moved to SoloCo, and DuoCorp continues under new chief executive Jane Roe.'),
    ).toEqual([['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates']]);
    expect(
      check('Ann Solo moved to SoloCo, and DuoCorp has a new chief executive (Jane Roe).'),
    ).toEqual([['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates']]);
    // two companies in the clause: whose chief executive is not said
    expect(
      check('Ann Solo moved on, and DuoCorp and SoloCo continue under chief executive Jane Roe.'),
    ).toEqual([]);
  });

  it('reads a title right after a verb of succession as one handed on, not held', () => {
    const text = (verb: string): string =>
      `DuoCorp named two chiefs. They ${verb} chief executive Jane Roe, who stays on its board.`;
    expect(check(text('succeed long-serving'))).toEqual([]);
    expect(check(text('work beside'))).toEqual([
      ['wrong-attribution', 'Jane Roe', 'Bea Pair and Cy Mates'],
    ]);
  });

  it('checks a chief operating officer as it does the other titles', () => {
    expect(check('DuoCorp’s chief operating officer is Jane Roe.')).toEqual([
      ['wrong-attribution', 'Jane Roe', 'Dee Ops'],
    ]);
    expect(check('DuoCorp’s COO is Dee Ops.')).toEqual([]);
    expect(check('DuoCorp is run by two co-CEOs, with Jane Roe as COO.')).toEqual([
      ['wrong-attribution', 'Jane Roe', 'Dee Ops'],
    ]);
    expect(check('DuoCorp is run by two co-CEOs, with Dee Ops as COO.')).toEqual([]);
  });

  it('dates a role by the verb that gives it: "became chief operating officer in ..."', () => {
    expect(check('Dee Ops became DuoCorp’s chief operating officer in March 2023.')).toEqual([
      ['wrong-date', 'March 2023', 'January 2022'],
    ]);
    expect(check('Dee Ops became DuoCorp’s chief operating officer in January 2022.')).toEqual([]);
  });

  it('reads "PERSON, who runs ORG" and "PERSON leads ORG" as chief executive now, not "led"', () => {
    expect(check('John Doe, who runs CloudCo East, spoke.')).toEqual([
      ['wrong-attribution', 'John Doe, who runs CloudCo East', 'Jane Roe'],
    ]);
    expect(check('John Doe leads CloudCo East.')).toEqual([
      ['wrong-attribution', 'John Doe leads CloudCo East', 'Jane Roe'],
    ]);
    expect(check('Jane Roe leads CloudCo East.')).toEqual([]);
    expect(check('John Doe led CloudCo East.')).toEqual([]);
  });

  it('reads "the chief executive of ORG is X", "the head of ORG, X" and "X (ORG CEO)"', () => {
    for (const text of [
      'The chief executive of CloudCo East is John Doe.',
      'The head of CloudCo East, John Doe, spoke.',
      'As CEO of CloudCo East, John Doe spoke.',
    ]) {
      expect(check(text), text).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    }
    expect(check('John Doe (CloudCo East CEO) spoke.')).toEqual([
      ['wrong-attribution', 'John Doe (CloudCo East', 'Jane Roe'],
    ]);
    expect(check('The chief executive of CloudCo East is Jane Roe.')).toEqual([]);
    expect(check('John Doe (CloudCo East) spoke.')).toEqual([]);
  });

  it('reads "ORG, led since DATE by PERSON" as the role it is', () => {
    expect(check('CloudCo East, led since June 2024 by John Doe, signed.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(check('CloudCo East, led since June 2024 by Jane Roe, signed.')).toEqual([]);
  });

  it("names a deal's partner when the figure is the deal's and the partner written has no such deal", () => {
    expect(check('Acme AI signed a $38 billion agreement with Delta Corp.')).toEqual([
      ['wrong-attribution', 'Delta Corp', 'CloudCo East'],
    ]);
    // a company named beside, not as the partner; the right partner
    expect(check('Acme AI, like Delta Corp, signed a $38 billion agreement.')).toEqual([]);
    expect(check('Acme AI signed a $38 billion agreement with CloudCo East.')).toEqual([]);
  });

  it('names the lead of a round a sentence with no figure gives by its letter', () => {
    expect(check('Zeta Lab grew fast. Its backer South Fund led the Series C round.')).toEqual([
      ['wrong-attribution', 'South Fund', 'North Fund Partners'],
    ]);
    expect(check('Zeta Lab grew fast. Its backer North Fund led the Series C round.')).toEqual([]);
    // (a letter the company has no round of names nothing)
    expect(check('Zeta Lab grew fast. Its backer South Fund led the Series D round.')).toEqual([]);
    // "spearheaded by" is "led by"
    expect(check('Zeta Lab raised $2 billion in a Series C spearheaded by South Fund.')).toEqual([
      ['wrong-attribution', 'South Fund', 'North Fund Partners'],
    ]);
  });

  it('names the lead of a round its figures are bound to, as its sources do', () => {
    expect(check('Zeta Lab raised $2 billion in a Series C led by South Fund.')).toEqual([
      ['wrong-attribution', 'South Fund', 'North Fund Partners'],
    ]);
    expect(check("South Fund led Zeta Lab's $2 billion Series C round.")).toEqual([
      ['wrong-attribution', 'South Fund', 'North Fund Partners'],
    ]);
    // a valuation set in the round belongs to it
    expect(
      check('Zeta Lab was valued at $9 billion in March 2025 in a round led by South Fund.'),
    ).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    expect(
      check(
        '| Round | Amount | Lead |\n| --- | --- | --- |\n| Zeta Lab Series C | $2 billion | South Fund |',
      ),
    ).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    // a figure of another kind in the sentence leaves the round as it is
    expect(
      check(
        'Zeta Lab raised $2 billion in a Series C led by South Fund, and Yotta Lab has raised $1.3 billion in total.',
      ),
    ).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    // a lead written in one word is fixed to the short form of the name first
    expect(check('Zeta Lab raised $2 billion in a Series C led by Southfund.')).toEqual([
      ['wrong-attribution', 'Southfund', 'North Fund'],
    ]);
    // the right lead; one right co-lead; a column that lists more than leads; who runs a company
    expect(check('Zeta Lab raised $2 billion in a Series C led by North Fund.')).toEqual([]);
    expect(
      check('Zeta Lab raised $2 billion in a Series C co-led by South Fund and North Fund.'),
    ).toEqual([]);
    expect(
      check(
        '| Round | Amount | Key investors |\n| --- | --- | --- |\n| Zeta Lab Series C | $2 billion | South Fund |',
      ),
    ).toEqual([]);
    expect(check('Zeta Lab, led by South Fund, raised $2 billion in its Series C.')).toEqual([]);
  });

  it('gives a lead named in the next sentence to the round the sentence before spoke of', () => {
    expect(
      check('Zeta Lab raised $2 billion in a Series C. The round was led by the fund South Fund.'),
    ).toEqual([['wrong-attribution', 'South Fund', 'North Fund Partners']]);
    expect(
      check('Zeta Lab raised $2 billion in a Series C. The round was led by North Fund.'),
    ).toEqual([]);
    // "the latest round" may be another than the one just named
    expect(
      check('Zeta Lab raised $2 billion in a Series C. The latest round was led by South Fund.'),
    ).toEqual([]);
  });

  it("gives a lead of 'the round' with none before it to the round of the document's day", () => {
    // (a paragraph of its own, after one with no round: the news is the round of days before)
    const text = 'Zeta Lab is growing fast.\n\nThe round was led by the fund South Fund.';
    expect(check(dated('2025-03-12', text))).toEqual([
      ['wrong-attribution', 'South Fund', 'North Fund Partners'],
    ]);
    expect(check(dated('2025-03-12', text.replace('South', 'North')))).toEqual([]);
    // months later, or with no date, "the round" may be a newer one the data does not hold
    expect(check(dated('2025-06-12', text))).toEqual([]);
    expect(check(text)).toEqual([]);
  });

  it('dates a role by its person alone when they held that title at one organisation only', () => {
    // a four-letter month written in full stays in full
    expect(check('- CEO: Jane Roe, since 3 June 2023')).toEqual([
      ['wrong-date', '3 June 2023', '3 June 2024'],
    ]);
    expect(check('Jane Roe has been chief executive since Jun 2023.')).toEqual([
      ['wrong-date', 'Jun 2023', 'Jun 2024'],
    ]);
    // John Doe was chief executive of two companies; another company named may be the one meant
    expect(check('John Doe has been chief executive since 2019.')).toEqual([]);
    expect(check('Acme AI has been led by chief executive Jane Roe since June 2023.')).toEqual([]);
  });

  it('gives a bare title to the company named before where the person works at the time', () => {
    expect(
      check('CloudCo East reported results. Chief executive Ann Poe said demand grew.'),
    ).toEqual([['wrong-attribution', 'Chief executive Ann Poe', 'Chief financial officer']]);
    expect(check('CloudCo East reported results. CFO Ann Poe said demand grew.')).toEqual([]);
    // Doe no longer works at CloudCo East, and runs its parent: nothing to judge
    expect(check('CloudCo East reported results. CEO John Doe said demand grew.')).toEqual([]);
    // before Poe joined, the title is not hers to slip
    expect(check('CloudCo East reported results. In 2020 chief executive Ann Poe spoke.')).toEqual(
      [],
    );
  });

  it('reads a pair of titles by its executive one: "CEO and founder", "chair and CEO"', () => {
    expect(check('"Demand grew," CloudCo East CEO and founder Ann Poe said.')).toEqual([
      ['wrong-attribution', 'CEO and founder Ann Poe', 'CFO'],
    ]);
    expect(
      check('"Demand grew," said Ann Poe, chair and chief executive of CloudCo East.'),
    ).toEqual([
      ['wrong-attribution', 'Ann Poe, chair and chief executive', 'chief financial officer'],
    ]);
    expect(check('"Demand grew," CloudCo East founder and CEO Jane Roe said.')).toEqual([]);
  });

  it('leaves alone the title of someone another company is hiring away', () => {
    expect(check('Acme is hiring CloudCo East chief executive John Doe.')).toEqual([]);
    expect(check('Acme praised CloudCo East chief executive John Doe.')).toEqual([
      ['wrong-attribution', 'CloudCo East chief executive John Doe', 'Jane Roe'],
    ]);
  });

  it('gives no title at the company in view to one written after another organisation', () => {
    // "Umbrella" is a name the data does not know: the title is Umbrella's
    expect(check('CloudCo East is growing. Its rival is Umbrella CEO John Doe.')).toEqual([]);
    expect(check("CloudCo East is growing. Its rival is Umbrella's CEO, John Doe.")).toEqual([]);
  });

  it('takes a company named after a person as theirs only as the object of what they do', () => {
    expect(check('Chief executive Ann Poe praised the margins of CloudCo East.')).toEqual([
      ['wrong-attribution', 'Chief executive Ann Poe', 'Chief financial officer'],
    ]);
    expect(
      check(
        'Chief executive Ann Poe described the quarter as a turning point for the whole ' +
          'industry, thanks to chips designed with CloudCo East.',
      ),
    ).toEqual([]);
  });

  it('reads a title someone "will step in as" or "takes over as" as theirs from then', () => {
    expect(check("John Doe will step in as CloudCo East's new chief executive.")).toEqual([
      ['wrong-attribution', 'John Doe will step in as CloudCo East', 'Jane Roe'],
    ]);
    expect(check('CloudCo East grew. John Doe takes over as its chief executive.')).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(check("Jane Roe will step in as CloudCo East's new chief executive.")).toEqual([]);
  });

  it('judges an interim title only within a year of a handover the data records', () => {
    // Jane Roe took over on 3 June 2024: two months on, the data knows who filled the role
    const interim = "CloudCo East's interim chief executive John Doe spoke.";
    expect(check(dated('2024-08-01', interim))).toEqual([
      ['wrong-attribution', 'John Doe', 'Jane Roe'],
    ]);
    expect(
      check(dated('2024-08-01', 'CloudCo East named John Doe as acting chief executive.')),
    ).toEqual([['wrong-attribution', 'John Doe', 'Jane Roe']]);
    expect(
      check(dated('2024-08-01', "CloudCo East's interim chief executive Jane Roe spoke.")),
    ).toEqual([]);
    // two years on, a gap the data does not record may have been filled by anyone
    expect(check(dated('2026-08-01', interim))).toEqual([]);
  });

  it('reads "PERSON, ORG TITLE PERSON" as a list: the title is the next person\'s', () => {
    expect(
      check('The panel had John Doe, CloudCo East chief executive Jane Roe and two others.'),
    ).toEqual([]);
    expect(check('The panel had John Doe, CloudCo East chief executive, and two others.')).toEqual([
      ['wrong-attribution', 'John Doe, CloudCo East', 'Jane Roe'],
    ]);
    // (a title followed by words in lower case is the person's before it)
    expect(
      check("John Doe is CloudCo East's chief executive and thanked the board.").map((f) => f[0]),
    ).toEqual(['wrong-attribution']);
  });

  it('reads "ORG chief PERSON" and "PERSON, who will remain chief executive of ORG"', () => {
    expect(check('CloudCo East chief John Doe spoke.')).toEqual([
      ['wrong-attribution', 'CloudCo East chief John Doe', 'Jane Roe'],
    ]);
    expect(
      check('They met John Doe, who will remain the chief executive of CloudCo East.'),
    ).toEqual([
      [
        'wrong-attribution',
        'John Doe, who will remain the chief executive of CloudCo East',
        'Jane Roe',
      ],
    ]);
    expect(check('CloudCo East chief Jane Roe spoke.')).toEqual([]);
    // another word before "chief" makes another title
    expect(check('CloudCo East cloud chief John Doe spoke.')).toEqual([]);
  });
});
