import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, flagsAndFixesOf, flagsOf, TODAY } from '../helpers';

/**
 * Sentences in the shapes real articles take, where which of a company's values over time a figure
 * means, what it adds up, or which line of business it measures decides whether it is right. In
 * words of our own; each fails with its mechanism off.
 */
const index = embeddedIndex();
const flags = (text: string): string[] => flagsOf(text, index);
const messagesOf = (text: string): string[] =>
  checkDocument(text, index, { today: TODAY }).findings.map((f) => f.message);
/** The fact a figure was bound to and what became of it, as the Fact check view lists it. */
const claimOf = (text: string, written: string): string => {
  const claim = checkDocument(text, index, { today: TODAY }).claims.find((c) => c.text === written);
  return `${claim?.status} ${claim?.fact?.id ?? '-'}`;
};

describe('which value over time a figure means', () => {
  it('a level reported days after it was set is that level; its digits swapped, a slip', () => {
    // (Anthropic was valued at $965 billion on 28 May 2026)
    const text = (value: string): string =>
      dated(
        '2026-06-02',
        `On June 1st, Anthropic said it had filed to go public, at a valuation of about ${value}.`,
      );
    expect(flagsAndFixesOf(text('$956 billion'), index)).toEqual([
      'wrong-figure $956 billion -> $965 billion',
    ]);
    expect(flags(text('$965 billion'))).toEqual([]);
    // (and a fall written by its size is no slip of the signed value: Nvidia fell 17% that day)
    expect(flags(dated('2025-01-28', 'On January 27, 2025, Nvidia shares fell 17%.'))).toEqual([]);
  });

  it("a ceiling said on a day of the text's own week is judged against that week's outlook", () => {
    // (Meta's 2025 capex outlook was $66-72 billion from July 2025, $70-72 billion from 29 October)
    const text = (day: string): string =>
      dated(
        '2025-10-31',
        `${day}, Meta said its capital spending this year could be as much as $77 billion.`,
      );
    expect(flagsAndFixesOf(text('On Wednesday'), index)).toEqual([
      'wrong-figure $77 billion -> $72 billion',
    ]);
    // (a ceiling at the outlook's top is right)
    expect(flags(text('On Wednesday').replace('$77', '$72'))).toEqual([]);
    // (a day of no known week leaves the outlook's revisions in doubt)
    expect(flags(text('In one statement'))).toEqual([]);
  });

  it('a level a year is said to have ended at is its value at the end of that year', () => {
    // (Anthropic's run rate was above $5 billion in August 2025 and about $9 billion in December)
    const text = (verb: string): string =>
      dated('2026-04-08', `Anthropic ${verb} 2025 at an annualized run rate of about $6 billion.`);
    expect(flags(text('ended'))).toEqual(['wrong-figure $6 billion']);
    expect(flags(text('exited'))).toEqual(['wrong-figure $6 billion']);
    // (a year's sum it finished with is the year's, not its end: CoreWeave's 2024 was $1.9 billion)
    expect(
      flags(dated('2025-04-01', 'CoreWeave finished 2024 with $1.6 billion of sales.')),
    ).toEqual(['wrong-figure $1.6 billion']);
  });

  it('a month the figure is given in outweighs the year it shares with other outlooks', () => {
    // (CoreWeave's outlook for 2025 was $20 to $23 billion in May 2025, $12 to $14 billion in
    // November)
    const text =
      'In November 2025 CoreWeave cut its outlook for 2025 capital spending to $21 billion to ' +
      '$24 billion.';
    expect(flags(text)).toEqual(['wrong-figure $21 billion to $24 billion']);
  });

  it("a quarter's result is not the outlook for the next quarter, given the same day", () => {
    // the data has AMD's third-quarter 2024 revenue at $6.8 billion, and its outlook for the
    // fourth quarter, given with it, at $7.2 billion to $7.8 billion
    const text = dated('2024-10-30', "AMD's third-quarter revenue came to $7.6 billion.");
    expect(flags(text)).toEqual(['wrong-figure $7.6 billion']);
  });

  it("a quarter's line is out only with its results, whichever line the data dates them by", () => {
    // (CoreWeave's third-quarter 2025 capex of $1.9 billion is cited from a report with no date;
    // its revenue for the quarter from the release of 10 November 2025)
    const text = (day: string): string =>
      dated(day, "Ahead of its results, CoreWeave's capital expenditures stood at $2.9 billion.");
    expect(flags(text('2025-11-09'))).toEqual([]);
    expect(flags(text('2025-11-12'))).toEqual(['wrong-figure $2.9 billion']);
  });

  it('a quarter named without its year outweighs the year said elsewhere in the sentence', () => {
    // (Meta's revenue was $51.24 billion in the third quarter of 2025)
    const text = dated(
      '2025-10-30',
      'In its third-quarter results for 2025, Meta posted revenue of $52.14 billion.',
    );
    expect(flags(text)).toEqual(['wrong-figure $52.14 billion']);
  });

  it("a date after a change's base is the base's, not the change's", () => {
    // (AWS grew 17% in the first quarter of 2025, and 28% a year on)
    const text = dated(
      '2026-05-01',
      'At AWS, sales came to $37.6B, up 28.4% from $29.3B in Q1 2025.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a quarter's backlog is current only once its results are out", () => {
    // (Oracle's quarter to May 2026 ended a week before this; its results came in June)
    const text = dated('2026-06-07', "Oracle's backlog stands at $585 billion.");
    expect(claimOf(text, '$585 billion')).toMatch(/ oracle-backlog-2026-02$/);
  });

  it("a quarter's result is out only from its company's release", () => {
    // (AMD's third quarter of 2025 ended in September; its release came on 4 November)
    const text = dated(
      '2025-11-03',
      "AMD's revenue for the third quarter of 2025 was $7.7 billion.",
    );
    expect(flags(text)).toEqual([]);
  });

  it('a date that opens the sentence outweighs the dates of the sentences around it', () => {
    const text = dated(
      '2025-02-28',
      'Dell expects to sell about $15 billion of AI servers in fiscal 2026. As of January 31, ' +
        'its AI server backlog was $4.1 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('the day results came out does not rule out the quarter they are of', () => {
    const text = dated(
      '2025-10-30',
      'On October 29, 2025, Alphabet reported its third-quarter results, with revenue of $103.2 ' +
        'billion.',
    );
    expect(flags(text)).toEqual(['wrong-figure $103.2 billion']);
  });

  it("a quarter's end written a day off is still that quarter's", () => {
    const text = dated(
      '2025-11-20',
      'Nvidia booked revenue of $35.1 billion in the three months ending October 27, 2025.',
    );
    expect(flags(text)).toEqual(['wrong-figure $35.1 billion']);
  });

  it('a "with" phrase takes the period of the results it hangs on', () => {
    // (the year's revenue was $128.7 billion: the figure is set against the quarter's)
    const text = dated(
      '2026-02-06',
      'AWS posted its fourth-quarter results, with revenue of $138.7 billion.',
    );
    expect(messagesOf(text)).toEqual([
      expect.stringContaining('the revenue of Amazon Web Services is $35.579 billion'),
    ]);
  });
});

describe('where a move starts', () => {
  it('is of a time before where it ends, not the newest value of the series', () => {
    // (Gemini's app: 350 million monthly users in March 2025, more than 650 million by October,
    // more than 900 million in May 2026)
    const text = dated(
      '2026-05-21',
      'At its developer conference this week, Google said its Gemini app had grown from 400 ' +
        'million to 700 million monthly users over twelve months.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe("a company's start, told right after its name", () => {
  it("is that company's founding, though a person named after the date works elsewhere", () => {
    // (Character.AI was founded in 2021; its founders had worked at Google)
    const text = (year: string): string =>
      dated(
        '2024-06-01',
        `Character.AI, founded in ${year} by two former Google engineers, lets users chat ` +
          'with characters.',
      );
    expect(flags(text('2021'))).toEqual([]);
    expect(flags(text('2019'))).toEqual(['wrong-date 2019']);
  });
});

describe('a milestone the sentence opens on', () => {
  it('makes its figure that early value, not the latest', () => {
    // (Claude Code's run rate was $2.5 billion in February 2026)
    const text = dated(
      '2026-05-29',
      "Anthropic's coding tool is the story. Within twelve weeks of its release, Claude Code " +
        'passed $400 million in annualized revenue.',
    );
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('a price still in talks', () => {
  it('leaves the last agreed value standing as the current one', () => {
    // in late December 2025 OpenAI was reported in talks at about $750 billion; its last agreed
    // valuation was October's $500 billion
    // (the company is named far from the figure: the talks, the time named, score higher)
    const text = (amount: string): string =>
      dated(
        '2026-01-08',
        'A judge said jurors may decide whether OpenAI, one of the best-funded developers of ' +
          'artificial intelligence anywhere, deceived its early backer Elon Musk as it turned ' +
          `from a nonprofit research body into a for-profit corporation now valued at ${amount}.`,
      );
    expect(flags(text('$500 billion'))).toEqual([]);
    expect(flags(text('$600 billion'))).toEqual(['wrong-figure $600 billion']);
  });
});

describe('a record', () => {
  it("is the series' newest value on the day of the text, like a value said of now", () => {
    // Dell's AI backlog was $51.3 billion after its fiscal first quarter of 2027 (to 1 May 2026)
    const text = (record: string): string =>
      dated(
        '2026-05-29',
        'Dell took in $24.4 billion of AI orders in the first quarter of 2026, and its AI ' +
          `backlog rose to ${record}$35.1 billion.`,
      );
    expect(flags(text('a record '))).toEqual(['wrong-figure $35.1 billion']);
    expect(flags(text(''))).toEqual([]);
  });
});

describe('where a span starts', () => {
  it("is no time of the figures around it: the text's day decides", () => {
    // Meta's revenue in the third quarter of 2025 was $51.24 billion
    const text = (since: string): string =>
      dated('2025-10-30', `Meta's revenue rose to $52.14 billion, its fastest growth ${since}.`);
    expect(flags(text('since early 2024'))).toEqual(['wrong-figure $52.14 billion']);
    expect(flags(text('in years'))).toEqual(['wrong-figure $52.14 billion']);
  });
});

describe('a clause that goes on from the one before', () => {
  it("takes the period that qualifies the sentence's subject", () => {
    // the data has Google Cloud's revenue growth in the third quarter of 2025 at 34%
    const text = (rate: string): string =>
      dated(
        '2025-10-30',
        `Alphabet's third-quarter sales climbed 16%, helped by a ${rate} jump in Google Cloud ` +
          'revenue.',
      );
    expect(flags(text('43%'))).toEqual(['wrong-figure 43%']);
    expect(flags(text('34%'))).toEqual([]);
  });

  it('but not when the sentence names a second date, which pairs with the first', () => {
    const text = dated(
      '2026-06-20',
      "OpenAI's October 2024 round and its October 2025 share sale both raised $6.6 billion, " +
        'the second at a valuation of $500 billion against $157 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('takes its metric and period: "revenues rose 12%, reaching $X"', () => {
    const text = dated(
      '2025-09-10',
      "Oracle's fiscal first quarter was strong: total quarterly revenues rose 12%, reaching " +
        '$14.3 billion.',
    );
    expect(claimOf(text, '$14.3 billion')).toMatch(/ oracle-revenue-fy26-q1$/);
  });

  it('takes the metric of the clause before', () => {
    const text = dated(
      '2024-12-13',
      "Broadcom's fiscal year saw AI revenue jump 220%, totaling $21.2 billion.",
    );
    expect(messagesOf(text)).toEqual([
      expect.stringContaining('$21.2 billion: the revenue of Broadcom is $12.2 billion'),
    ]);
  });

  it("and the metric's line of business: an AI line's figure is not the company's", () => {
    const text = dated(
      '2026-03-05',
      'Broadcom beat forecasts. Its AI-related revenue doubled from a year earlier, reaching ' +
        '$4.8 billion in the quarter.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a "which" clause takes the metric it hangs on', () => {
    const text = dated(
      '2025-10-30',
      'Meta posted higher profits in the third quarter on revenue, which climbed 26% to ' +
        '$51.24 billion.',
    );
    expect(claimOf(text, '$51.24 billion')).toBe('match meta-revenue-2025-q3');
  });
});

describe('lines of business', () => {
  it('a unit that opens the sentence as its subject is a segment, not the company', () => {
    const text = dated(
      '2025-05-30',
      "Dell's product sales rose 9% in the quarter. The Client Solutions Group (CSG), home of its " +
        'PC business, reported sales of $12.51 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a business or line the sentence opens in is a segment, as is one it leaves out', () => {
    // Broadcom's fiscal fourth quarter of 2025: $18.0 billion in all, $6.9 billion of it software;
    // the data has no figure of its broadband chips
    const text = (opener: string, amount: string): string =>
      dated(
        '2025-12-12',
        `Broadcom reported its fiscal fourth quarter. ${opener}quarterly revenue came to ${amount}.`,
      );
    expect(flags(text('In our Broadband Connectivity business, ', '$4.6 billion'))).toEqual([]);
    expect(flags(text('For non-AI semiconductors, ', '$4.6 billion'))).toEqual([]);
    expect(flags(text('Overall, ', '$6.9 billion'))).toEqual(['wrong-figure $6.9 billion']);
  });

  it('so is one past a long aside', () => {
    const text = dated(
      '2025-05-30',
      'Demand for Nvidia GPUs lifted server sales. The Infrastructure Solutions Group, which ' +
        'sells servers, networking and storage, saw sales rise 12% to $10.3 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('or a division named after the unit it sits in', () => {
    const text = dated(
      '2025-05-30',
      'Demand for Nvidia GPUs lifted server sales. Within ISG, the Servers & Storage division ' +
        'posted $6.3 billion in sales, up 16%.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a bracketed aside inside a segment's name keeps the name", () => {
    const text = dated(
      '2025-09-05',
      'Broadcom beat estimates. Its Semiconductor Solutions (AI + non-AI) revenue came in at $9.1 billion in ' +
        'the quarter.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a metric that opens the next clause is the next figure’s', () => {
    const text = dated(
      '2026-02-06',
      'In Q4 2025 the run rate reached $142 billion and the backlog climbed to $244 billion, AWS ' +
        'said.',
    );
    expect(claimOf(text, '$142 billion')).toBe('match aws-run-rate-2025-q4');
    expect(claimOf(text, '$244 billion')).toBe('match aws-backlog-2025-q4');
  });
});

describe('sums of several deals', () => {
  it('capacity across providers is a sum', () => {
    const text = dated(
      '2026-04-25',
      "Amazon's capacity deal with Anthropic is up to 5 GW, and Anthropic holds around 10 GW of " +
        'training capacity across providers.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a total of commitments is a sum', () => {
    const text = dated(
      '2025-10-14',
      "The Broadcom pact lifts OpenAI's total chip commitments to about 26 gigawatts.",
    );
    expect(flags(text)).toEqual([]);
  });
});

describe("each company's fiscal calendar", () => {
  it('reads a period through the calendar of the company named just before it', () => {
    // Azure grew 40% in Microsoft's fiscal first quarter of 2026 (July to September 2025); 33% is
    // its growth in the fiscal third quarter of 2025 (January to March)
    const text = (growth: string): string =>
      dated(
        '2025-10-31',
        "Google Cloud's sales climbed 34% in the third quarter, while Microsoft said Azure and " +
          `other cloud services revenue grew ${growth} in its fiscal first quarter.`,
      );
    expect(flags(text('33%'))).toEqual(['wrong-figure 33%']);
    expect(flags(text('40%'))).toEqual([]);
  });
});

describe('the quarter before', () => {
  it('a figure given as the prior quarter is that quarter, and a change from it sequential', () => {
    // Nvidia's revenue: $57.0 billion in the third quarter of fiscal 2026, $68.13 billion in the
    // fourth (up 73% on the year)
    const text = (base: string): string =>
      dated(
        '2026-03-01',
        `Nvidia's revenue for the fourth quarter of fiscal 2026 rose 20% from ${base} in the ` +
          'prior quarter.',
      );
    expect(flags(text('$57.0 billion'))).toEqual([]);
    expect(flags(text('$75.0 billion'))).toEqual(['wrong-figure $75.0 billion']);
  });
});

describe('what a figure is said to be', () => {
  it('a slip the speaker took back claims nothing', () => {
    // xAI and Humain's Saudi data centre is to draw 500 MW
    const text = (verb: string): string =>
      dated(
        '2025-11-20',
        `xAI and Humain will build a data centre in Saudi Arabia. Musk ${verb} its power as 500 ` +
          'gigawatts.',
      );
    expect(flags(text('misstated'))).toEqual([]);
    expect(flags(text('gave'))).toEqual(['wrong-figure 500 gigawatts']);
  });

  it('what earlier reports put a figure at is a past value', () => {
    // Reflection AI was in talks at a $25 billion pre-money valuation in March 2026
    const text = (before: string): string =>
      dated(
        '2026-03-27',
        'Reflection AI is in talks at a $25 billion pre-money valuation. The figure is a sharp ' +
          `increase from ${before} that put its valuation closer to $20 billion.`,
      );
    expect(flags(text('earlier expectations'))).toEqual([]);
    expect(flags(text('the expectations'))).toEqual(['wrong-figure $20 billion']);
  });

  it('a valuation a planned deal would give is planned too', () => {
    // OpenAI's valuation in January 2025 was the $157 billion of October 2024
    const text = (verb: string): string =>
      dated(
        '2025-01-30',
        `SoftBank ${verb} a $40 billion investment in OpenAI, valuing it at $260 billion.`,
      );
    expect(flags(text('plans'))).toEqual([]);
    expect(flags(text('made'))).toEqual(['wrong-figure $260 billion']);
  });

  it('a value replaced later is judged by in a text written before, its measure worded', () => {
    // Apple's pledge was $500 billion in February 2025, raised to $600 billion in August
    const text = (day: string): string =>
      dated(day, 'Apple plans to invest over $600 billion across the U.S. in four years.');
    expect(flags(text('2025-03-01'))).toEqual(['wrong-figure $600 billion']);
    expect(flags(text('2025-09-01'))).toEqual([]);
    // (what a company intends is a plan too)
    expect(
      flags(
        dated(
          '2025-03-01',
          'Apple intends to invest some $600 billion in the U.S. over four years.',
        ),
      ),
    ).toEqual(['wrong-figure $600 billion']);
  });

  it('a participle after an expectation goes on with it', () => {
    // the data gives Meta AI about 500 million monthly users at the end of 2024
    const text = (opening: string): string =>
      dated('2025-01-24', `${opening} the top assistant, used by upwards of a billion people.`);
    expect(flags(text('Zuckerberg expects Meta AI to be'))).toEqual([]);
    expect(flags(text('Zuckerberg says Meta AI is'))).toEqual(['wrong-figure a billion']);
  });

  it('a size a site is heading toward is its plan, not its size today', () => {
    // the data gives Colossus about 300 MW, with no word of a plan
    const text = (verb: string): string =>
      dated('2025-11-04', `The new building pushes Colossus's power draw ${verb} 2 gigawatts.`);
    expect(flags(text('to'))).toEqual(['wrong-figure 2 gigawatts']);
    expect(flags(text('toward'))).toEqual([]);
  });

  it('what a change would start from is an actual value, not a projection', () => {
    // the data has Anthropic's February 2026 post-money valuation at $380 billion
    const text = (amount: string): string =>
      dated(
        '2026-05-01',
        'Investors now talk of a valuation near $900 billion. Reaching it would mean a big jump ' +
          `from Anthropic's ${amount} valuation in February.`,
      );
    expect(flags(text('$280 billion'))).toEqual(['wrong-figure $280 billion']);
    expect(flags(text('$380 billion'))).toEqual([]);
  });

  it('a rate "or more" is a floor', () => {
    const text = dated(
      '2025-10-30',
      'It was the ninth quarter running in which Azure revenue has grown 30% or more.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a segment's revenue is not that of a narrower line its name opens", () => {
    const text = dated(
      '2025-12-11',
      "Oracle's cloud revenue, from cloud infrastructure and applications together, came to " +
        '$8.0 billion in the fiscal second quarter.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a sentence that opens with a company's line and its metric, then an aside, is the line's", () => {
    const text = dated(
      '2025-12-11',
      "Oracle's cloud revenue, from infrastructure and applications together, came to $8.0 " +
        'billion in the fiscal second quarter.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('what a growth rate implies if sustained is arithmetic, not a result', () => {
    const text = dated(
      '2026-02-06',
      'For AWS, growth of 24% on a $142 billion base means about $34 billion of extra annual ' +
        'revenue if sustained.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a year after the document's is when something is to happen, not an event's date", () => {
    const text = dated(
      '2026-02-12',
      'Mistral AI is investing €1.2 billion in data centre capacity in Sweden with EcoDataCenter, ' +
        'in a facility due to start operating in 2027.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('a move from one value of a series to the next', () => {
  const guidance = (day: string, move: string): string[] =>
    flagsOf(dated(day, `Alphabet raised its 2025 capex guidance ${move}.`), index);

  it('ends at the value that replaced the one it starts from', () => {
    // (in July 2025 the outlook went from about $75 billion to about $85 billion, in October
    // to $91-93 billion: the figure is October's, not one of three values nothing dates)
    expect(guidance('2025-11-02', 'to $105 billion, up from $85 billion')).toEqual([
      'wrong-figure $105 billion',
    ]);
    expect(guidance('2025-11-02', 'to $92 billion, up from $85 billion')).toEqual([]);
    // (said the other way round, the start's words are the end's too)
    expect(guidance('2025-11-02', 'from $85 billion to $105 billion')).toEqual([
      'wrong-figure $105 billion',
    ]);
  });

  it('is a value the data does not hold yet when no replacement was out by then', () => {
    // (on 1 July 2025 the data's newest outlook was February's $75 billion)
    expect(guidance('2025-07-01', 'to $80 billion, up from $75 billion')).toEqual([]);
    expect(guidance('2025-07-01', 'to $80 billion')).toEqual(['wrong-figure $80 billion']);
  });
});

describe('where a move starts', () => {
  it('is the measure it ends in, earlier: not another series of the same company', () => {
    // (AMD's revenue went from $7.66 billion in the fourth quarter of 2024 to $10.27 billion a
    // year later; $7.66 billion is no year's revenue, and no wrong one)
    const text = dated(
      '2026-02-05',
      "For the fourth quarter, AMD's net income rose to $1.51 billion.\n\nUnder GAAP, revenue " +
        'rose from $7.66 billion to $10.27 billion.',
    );
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('a value replaced shortly before the text', () => {
  it('given undated, is out of date', () => {
    // (Google Cloud's backlog was $106 billion at June 2025's end and $155 billion at
    // September's, reported at the end of October)
    const said = (day: string, when = ''): string[] =>
      flagsOf(
        dated(
          day,
          `Google Cloud's contract backlog reached $106 billion${when}, the company said.`,
        ),
        index,
      );
    expect(said('2025-11-02')).toEqual(['outdated-figure $106 billion']);
    // (set back in time by the text, it is the value of then)
    expect(said('2025-11-02', ' three months earlier')).toEqual([]);
    // (long after the newer value came out, an old one may be the text's subject)
    expect(said('2026-09-01')).toEqual([]);
  });
});

describe("an event's day written one day off", () => {
  it('still dates the event: a US evening is the next day elsewhere', () => {
    // (Amazon's up to $25 billion more for Anthropic was announced on 20 April 2026)
    const said = (day: string): string[] =>
      flags(
        dated('2026-04-28', `On ${day} Amazon agreed to invest $52 billion more in Anthropic.`),
      );
    expect(said('21 April 2026')).toEqual(['wrong-figure $52 billion']);
    // (a week off is another event)
    expect(said('13 April 2026')).toEqual([]);
  });
});

describe('a rate that ends on its level', () => {
  it("takes its period from the level, so another quarter's rate agreeing is chance", () => {
    // (AWS grew 20.2% to $33.0 billion in the third quarter of 2025, 24% to $35.6 billion in the
    // fourth)
    const text = (level: string): string =>
      dated(
        '2026-02-06',
        `Amazon reported its results on Thursday. AWS sales climbed 20% on the year${level}.`,
      );
    expect(flags(text(' to $35.6 billion'))).toEqual(['wrong-figure 20%']);
    // (without its level, it may be the third quarter's)
    expect(flags(text(''))).toEqual([]);
  });
});

describe('the news of a departure', () => {
  it('calls the one leaving by the title they held, for a few days', () => {
    const text = (date: string): string =>
      dated(date, "Alexandr Wang, Scale AI's chief executive, is leaving to run a lab at Meta.");
    expect(flags(text('2025-06-13'))).toEqual([]);
    expect(flags(text('2025-07-20'))).toEqual(['wrong-attribution Alexandr Wang']);
  });
});

describe('a rate of an amount', () => {
  it('is named as its growth in the message', () => {
    const text = dated(
      '2025-11-20',
      'Nvidia said revenue for its fiscal third quarter rose 94% from a year earlier.',
    );
    expect(messagesOf(text)).toEqual([
      expect.stringMatching(/^94%: the revenue growth of Nvidia is 62% \(/),
    ]);
  });
});
