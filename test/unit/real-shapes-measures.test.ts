import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, findingsOf, flagsOf, TODAY } from '../helpers';

/**
 * Sentences in the shapes real articles take, where a figure measures something the data holds
 * no fact of: each pins the word that tells factlint so (frame/lexicon.ts), in words of our own.
 */
const index = embeddedIndex();
const flags = (text: string): string[] => flagsOf(text, index);

describe('measures the data holds no fact of', () => {
  it('what a company earned is its profit, not its revenue', () => {
    const text = dated(
      '2024-11-21',
      'Nvidia earned $19.3 billion in its fiscal third quarter, more than twice the ' +
        '$9.2 billion it earned in that quarter a year before.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("cash a company's operations brought in is cash flow, not capital spending", () => {
    const text = dated(
      '2026-02-06',
      'Over 2025 Amazon took in $141 billion of cash from operations and spent most of it on ' +
        'capital expenditures.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('an earlier value set against a figure is of the same measure ("up from")', () => {
    const text = dated(
      '2025-10-30',
      '# Meta slides after its Q3 report\n\nMeta now sees Q4 revenue of $56-59 billion and ' +
        '2025 total expenses of $116-$118 billion, up from a prior outlook of $113-$118 billion, ' +
        'with capex of $70-$72 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('an amount in brackets right after its measure is of that measure', () => {
    const text = dated(
      '2025-10-10',
      'Skeptics call the setup fragile: OpenAI, for all the investment it draws, keeps up a ' +
        'heavy cash burn ($2.5 billion over the first six months of 2025) and sees no positive ' +
        'cash flow before 2029.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('throughput and how fast responses come are no compute multiple', () => {
    // (a Trn3 UltraServer has 4.4 times the compute of a Trn2 UltraServer)
    const text = dated(
      '2025-12-03',
      'When AWS tested Trainium3 UltraServers on an open-weight model, each chip reached triple ' +
        'the throughput and had its responses come back four times faster than on the older ' +
        'machines.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a bond named by what repays it is debt, not revenue', () => {
    const text = dated(
      '2025-10-01',
      "County officials cleared a $165 billion industrial revenue bond for Oracle's campus.",
    );
    expect(flags(text)).toEqual([]);
  });

  it('a one-off charge is no revenue', () => {
    expect(
      flags(
        dated(
          '2025-05-29',
          'Nvidia took a $4.5 billion charge in its fiscal first quarter of 2026 for chips it ' +
            'could no longer ship.',
        ),
      ),
    ).toEqual([]);
  });

  it('growth of earnings per diluted share is no revenue growth', () => {
    // (the text is about revenue: a figure whose measure is not named would be read as revenue)
    const text = dated(
      '2024-08-29',
      '# Nvidia posts record quarterly revenue of $30 billion\n\n' +
        'Nvidia said revenue for its fiscal second quarter was a record $30 billion.\n\n' +
        "Nvidia's GAAP earnings per diluted share were $0.67, rising 12% from the prior " +
        'quarter and 168% from a year earlier.',
    );
    expect(flags(text)).toEqual([]);
    expect(
      flags(text.replace(/GAAP earnings per diluted share were \$0.67, rising/, 'revenue rose')),
    ).toEqual(['wrong-figure 168%']);
  });

  it('what a blow costs in sales is no level of them', () => {
    const text = dated(
      '2025-08-05',
      'AMD gave its outlook. Three months ago it said the export curbs would cost it $1.5 ' +
        'billion in revenue this year.',
    );
    expect(flags(text)).toEqual([]);
    // ("hit" as the verb of revenue is no blow: the quarter's revenue, $102.3 billion)
    const verb = dated('2025-10-30', 'Alphabet beat estimates as revenue hit $120.3 billion.');
    expect(flags(verb)).toEqual(['wrong-figure $120.3 billion']);
    // nor what a deal will "cost over": its price
    const price = dated(
      '2025-09-12',
      'OpenAI signed a deal with Oracle that will cost over $30 billion over five years.',
    );
    expect(flags(price)).toEqual(['wrong-figure $30 billion']);
  });

  it('a gain on a holding is no investment', () => {
    expect(
      flags(
        dated(
          '2026-02-13',
          'SoftBank said its stake in OpenAI gave it a $17 billion gain on paper over nine ' +
            'months.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a move of the share price', () => {
  it('is no growth of the result that moved it', () => {
    // the data has Meta's revenue up 24% in the fourth quarter of 2025, and no share move then
    const text = (what: string): string =>
      dated('2026-01-29', `Record revenue sent Meta's ${what} up 8% in early trading.`);
    expect(flags(text('shares'))).toEqual([]);
    expect(flags(text('revenue'))).toEqual(['wrong-figure 8%']);
  });

  it('says nothing of a count beside it', () => {
    // Amazon cut about 14,000 corporate jobs in October 2025
    expect(
      flags(
        dated('2025-11-04', "Amazon's shares rose as it cut 18,000 corporate jobs in October."),
      ),
    ).toEqual(['wrong-figure 18,000']);
  });
});

describe('measures told by the words around them', () => {
  it('a growth rate named as the subject is a change, not a share held', () => {
    // (the data holds what OpenAI's staff and investors own, not ChatGPT's growth)
    const text = (said: string): string =>
      dated('2026-02-10', `In a note to employees and investors, OpenAI's chief said ${said} 10%.`);
    expect(flags(text('the monthly growth rate of ChatGPT had climbed back to over'))).toEqual([]);
    expect(flags(text('they held'))).toEqual(['wrong-figure 10%']);
  });

  it('what deals are worth is their value, not the valuation of the company that signed them', () => {
    expect(
      flags(dated('2025-06-11', 'In March 2025 OpenAI signed cloud deals worth $340 billion.')),
    ).toEqual([]);
    expect(flags(dated('2025-06-11', 'In March 2025 OpenAI was worth $340 billion.'))).toEqual([
      'wrong-figure $340 billion',
    ]);
  });

  it('a bare count compared with a count of users counts users, and "now" dates the first', () => {
    const users = (now: string, then: string): string[] =>
      flags(
        dated(
          '2025-07-24',
          `The Gemini app now counts ${now} monthly active users, compared with ${then} in March.`,
        ),
      );
    expect(users('540 million', '250 million')).toEqual([
      'wrong-figure 540 million',
      'wrong-figure 250 million',
    ]);
    expect(users('450 million', '350 million')).toEqual([]);
  });

  it('a gain from a holding is no investment', () => {
    const text = dated(
      '2026-02-13',
      'SoftBank returned to profit on a $4.2 billion gain from its OpenAI stake, part of $17 ' +
        'billion in total gains from the ChatGPT maker.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('what a holder got for selling a stake is neither the stake nor an investment', () => {
    const text = dated(
      '2025-11-12',
      'SoftBank said it had sold its whole stake in the U.S. chipmaker Nvidia for $5.83 billion to ' +
        'fund its bet on OpenAI.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a measure joined to its figure by "in" is its own, however near the next figure', () => {
    const text = dated(
      '2026-03-01',
      'Over fiscal 2026 Dell took more than $64 billion in AI-optimized server orders, with ' +
        '$25.2 billion in shipments.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('what a company burns is no amount the data holds', () => {
    const text = dated(
      '2026-02-28',
      'Amazon will invest $50 billion in OpenAI, with an initial $15 billion tranche.\n\nSam ' +
        'Altman welcomed the deal. This comes as OpenAI has been burning approximately $8 ' +
        'billion annually, making the Amazon investment crucial.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('"data-center revenue" is the data center segment\'s, hyphen or not', () => {
    const text = (segment: string): string =>
      dated(
        '2026-05-24',
        `# NVIDIA Q1 FY27 ${segment} revenue hits $75.2B, 92% of total sales\n\nNVIDIA ` +
          'reported its first-quarter results on May 20.',
      );
    expect(flags(text('data-center'))).toEqual([]);
    expect(flags(text('data center'))).toEqual([]);
    // and a wrong one is set against the segment's value, not the company's
    const wrong = dated(
      '2026-05-24',
      '# NVIDIA Q1 FY27 results\n\nNVIDIA reported its results on May 20: data-center revenue ' +
        'was $57.2 billion, nearly double a year before.',
    );
    expect(findingsOf(wrong, index)).toEqual([['wrong-figure', '$57.2 billion', '$75.2 billion']]);
  });

  it("a sales channel's revenue is the channel's, not the company's", () => {
    // Super Micro's revenue in its fiscal second quarter of 2026 was $12.68 billion
    const text = dated(
      '2026-02-04',
      'Super Micro said OEM and channel revenue reached $3.1 billion in the second quarter of ' +
        'fiscal 2026.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('"values the company at" names a valuation, not the round beside it', () => {
    // the data has OpenAI's February 2026 pre-money valuation at $730 billion
    const text = (amount: string): string =>
      dated(
        '2026-03-02',
        'OpenAI closed $110 billion of its new round, with SoftBank and Nvidia among the ' +
          `backers. The round values the company at ${amount} before the new money.`,
      );
    expect(flags(text('$370 billion'))).toEqual(['wrong-figure $370 billion']);
    expect(flags(text('$730 billion'))).toEqual([]);
  });

  it('"values the young startup at" names a valuation, whatever words describe the company', () => {
    const text = (amount: string): string =>
      dated(
        '2024-05-21',
        `Scale AI's valuation jumped. Its new round values the young startup at ${amount}.`,
      );
    expect(flags(text('$19 billion'))).toEqual(['wrong-figure $19 billion']);
    expect(flags(text('$13.8 billion'))).toEqual([]);
  });

  it('a figure set against a measure ("valuation against") is not that measure', () => {
    // the data has Anthropic's run rate at $47 billion in May 2026
    const text = (amount: string): string =>
      dated(
        '2026-05-29',
        `Anthropic closed its round. Its post-money valuation against ${amount} in run-rate ` +
          'revenue is a multiple of about 20.',
      );
    expect(flags(text('$74 billion'))).toEqual(['wrong-figure $74 billion']);
    expect(flags(text('$47 billion'))).toEqual([]);
  });
});

describe('a time is no word of a measure', () => {
  it('a fact whose own words give only its period is not bound by that period alone', () => {
    const text = dated(
      '2025-09-10',
      'Microsoft is putting $80 billion into data centers built for AI during fiscal 2025.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('the period tells which value is meant where the measure is named around it', () => {
    const text = (rate: string): string =>
      dated(
        '2025-11-25',
        'Nvidia reported total revenue of $57 billion for its fiscal 2026 third quarter. That ' +
          `was up ${rate} percent on the same quarter one year earlier.`,
      );
    expect(flags(text('62'))).toEqual([]);
    expect(flags(text('94'))).toEqual(['wrong-figure 94 percent']);
  });

  it('as where a heading names the measure', () => {
    const text = (amount: string): string =>
      dated('2025-09-01', `# OpenAI\n\n**Revenue**\n\n- First half of 2025: ${amount}\n`);
    expect(flags(text('$4.3 billion'))).toEqual([]);
    expect(flags(text('$3.4 billion'))).toEqual(['wrong-figure $3.4 billion']);
  });
});

describe('amounts summed over a stretch of time', () => {
  it('what a company has put in "so far" is its rounds together', () => {
    const text = dated('2024-02-20', 'Microsoft has invested $13 billion in OpenAI so far.');
    expect(flags(text)).toEqual([]);
  });

  it('what a company raised over months is its rounds together, not one round', () => {
    const text = dated(
      '2026-05-20',
      'Moonshot AI keeps raising. The company has raised $3.9 billion in six months.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('titles referred back to a company', () => {
  it('are at the company named nearby where the person works, when they never worked at the one referred to', () => {
    const text = dated(
      '2025-11-12',
      'Nebius lifted its outlook today. They also signed Meta as a new customer. Sales rose ' +
        'sharply this quarter. Their CEO, Arkady Volozh, said demand ran ahead of supply.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('figures as written', () => {
  it('"close to" a figure and "about" the data\'s value do not stack their slack', () => {
    // the data has Stargate's planned capacity at about 7 GW in September 2025
    const text = (amount: string): string =>
      dated('2025-09-24', `Stargate's planned capacity is now close to ${amount}.`);
    expect(flags(text('9 gigawatts'))).toEqual(['wrong-figure 9 gigawatts']);
    expect(flags(text('7 gigawatts'))).toEqual([]);
  });

  it('a figure to a fine step may be cut short, not rounded; one step lower is still wrong', () => {
    // Meta's third-quarter 2024 revenue was $40.589 billion, reported as $40.59 billion
    const text = (amount: string): string =>
      dated('2024-10-31', `Meta posted revenue of ${amount} in the third quarter of 2024.`);
    expect(flags(text('$40.58 billion'))).toEqual([]);
    expect(flags(text('$40.57 billion'))).toEqual(['wrong-figure $40.57 billion']);
  });
});

describe('a metric the sentence opens with', () => {
  it("is the measure of its main clause's figures, and a division named after it their scope", () => {
    const text = (amount: string, quarter: string): string =>
      dated(
        '2024-10-31',
        "Sales at Microsoft's intelligent cloud division, home to Azure, came to " +
          `${amount} in the quarter to ${quarter}.`,
      );
    // the division's own revenue in the quarter to September 2024 was $24.1 billion
    expect(flags(text('$24.1 billion', 'September 30, 2024'))).toEqual([]);
    expect(flags(text('$21.4 billion', 'September 30, 2024'))).toEqual([
      'wrong-figure $21.4 billion',
    ]);
    // the data holds no figure of the division for the quarter to June 2024: not the company's
    expect(flags(text('$28.5 billion', 'June 30, 2024'))).toEqual([]);
  });
});

describe('the value a revision started from', () => {
  it('is an earlier value of the series, not what is said now', () => {
    const text = dated(
      '2025-11-05',
      'Over the years Super Micro has cut its fiscal 2025 outlook more than once and lowered ' +
        'its first fiscal 2026 revenue forecast from $40 billion.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe("a chief's title slipped", () => {
  it('offers the board seat the person holds beside the executive role', () => {
    // (Larry Ellison is Oracle's chairman and its CTO)
    const [finding] = checkDocument(
      dated('2025-12-20', 'Oracle CEO Larry Ellison spoke about the deal.'),
      index,
      { today: TODAY },
    ).findings;
    expect(finding.message).toMatch(/^Larry Ellison is the CTO and chair of Oracle, not its CEO/);
    expect(finding.fixes.map((f) => f.edits[0].newText).slice(0, 2)).toEqual(['CTO', 'chairman']);
  });

  it('is caught where the data does not know who holds the title written, only what the person holds', () => {
    // the data knows Hock Tan as Broadcom's CEO, and no CFO of Broadcom
    const text = (title: string): string =>
      dated('2025-06-13', `Broadcom ${title} Hock Tan said AI demand stayed strong.`);
    expect(flags(text('CFO'))).toEqual(['wrong-attribution CFO Hock Tan']);
    // a president or chair is often the chief executive too
    expect(flags(text('president'))).toEqual([]);
  });

  it('is caught bare before a name, at the one company in view where the person works', () => {
    const text = (title: string): string =>
      dated(
        '2026-05-06',
        `According to ${title} Lisa Su, AMD's new deals with OpenAI and Meta will drive growth.`,
      );
    expect(flags(text('CFO'))).toEqual(['wrong-attribution CFO Lisa Su']);
    expect(flags(text('CEO'))).toEqual([]);
  });

  it('after "its", is at the company named before, not one the clause names later', () => {
    // (Roger Dassen is ASML's CFO; ASML backed Mistral AI's 2025 round)
    const text = (title: string): string =>
      dated(
        '2025-09-10',
        `ASML puts €1.3 billion into the round, and its ${title} Roger Dassen joins a ` +
          "committee at Mistral AI's board.",
      );
    expect(flags(text('chief executive'))).toEqual([
      'wrong-attribution chief executive Roger Dassen',
    ]);
    expect(flags(text('chief financial officer'))).toEqual([]);
  });

  it("of a pair, is the chief's: a president and CEO is judged as the CEO", () => {
    const text = (name: string): string =>
      dated('2025-10-31', `Amazon president and CEO ${name} said growth in AWS picked up.`);
    expect(flags(text('Matt Garman'))).toEqual(['wrong-attribution Matt Garman']);
    expect(flags(text('Andy Jassy'))).toEqual([]);
  });
});

describe('a founder named', () => {
  const founded = (text: string): string => dated('2025-09-10', text);

  it("is wrong when the person founded another company, offering each of this one's founders", () => {
    expect(findingsOf(founded('Oracle founder Larry Page stands to gain.'), index)).toEqual([
      ['wrong-attribution', 'Larry Page', 'Larry Ellison'],
    ]);
    expect(flags(founded("Larry Page, Oracle's founder, would gain."))).toEqual([
      'wrong-attribution Larry Page',
    ]);
    const [slip] = checkDocument(founded('Nvidia co-founder Demis Hassabis spoke.'), index, {
      today: TODAY,
    }).findings;
    expect(slip.fixes.map((f) => f.edits[0].newText)).toEqual([
      'Jensen Huang',
      'Chris Malachowsky',
      'Curtis Priem',
    ]);
    expect(flags(founded('Oracle founder Larry Ellison stands to gain.'))).toEqual([]);
  });

  it('is read in a list of founders, past what brackets say of each', () => {
    const text = (second: string): string =>
      founded(
        'Reflection AI, founded in 2024 by Misha Laskin (who led reinforcement learning ' +
          `work on Gemini) and ${second} (of AlphaGo fame), builds coding agents.`,
      );
    expect(flags(text('Demis Hassabis'))).toEqual(['wrong-attribution Demis Hassabis']);
    expect(flags(text('Ioannis Antonoglou'))).toEqual([]);
  });

  it('is read past a few words that describe the person, and in a list of founders', () => {
    // (Character.AI's founders are Noam Shazeer and Daniel De Freitas; Mustafa Suleyman co-founded
    // Inflection AI and DeepMind)
    const described = (name: string): string =>
      founded(`Character.AI, founded by veteran AI entrepreneur ${name}, hosts chatbots.`);
    expect(flags(described('Mustafa Suleyman'))).toEqual(['wrong-attribution Mustafa Suleyman']);
    expect(flags(described('Noam Shazeer'))).toEqual([]);
    const listed = (second: string): string =>
      founded(`A suit names Anthropic co-founders Dario Amodei and ${second} as defendants.`);
    expect(flags(listed('Mustafa Suleyman'))).toEqual(['wrong-attribution Mustafa Suleyman']);
    expect(flags(listed('Jack Clark'))).toEqual([]);
  });

  it('is read of a short form that opens a sentence with an aside on it', () => {
    const text = founded(
      'Reflection AI wants to build open models. Reflection, founded by Misha Laskin and Demis ' +
        'Hassabis, has raised money from Nvidia.',
    );
    expect(flags(text)).toEqual(['wrong-attribution Demis Hassabis']);
  });

  it('is left alone for one who founded nothing the data knows, or a company only inferred', () => {
    // (the data's founders of OpenAI leave Sam Altman out)
    expect(flags(founded('OpenAI co-founder Sam Altman spoke.'))).toEqual([]);
    expect(flags(founded('Founder Jonathan Ross goes to Nvidia.'))).toEqual([]);
  });
});

describe('a claim identified by its own words', () => {
  it('is judged when its subject is named in the paragraph before: metric and period are its own', () => {
    // Alphabet's capex in the second quarter of 2025 was $22.4 billion
    const text = dated(
      '2025-07-24',
      'Alphabet reported its results on Wednesday.\n\nCapital expenditures in the second quarter ' +
        'of 2025 came to $32.4 billion, well above forecasts.',
    );
    expect(flags(text)).toEqual(['wrong-figure $32.4 billion']);
  });

  it("a product's sales are not the company's revenue", () => {
    const text = dated(
      '2025-05-29',
      'Nvidia has closed the first quarter of its fiscal 2026. In that quarter, sales of H20 ' +
        'chips were $4.6 billion before the new rules.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe("a table row's label", () => {
  it("is the measure of the row's figures when their cells name none", () => {
    const text = dated(
      '2026-04-20',
      '| Line | Q1 2025 |\n| --- | --- |\n| Reality Labs operating loss | ($4.2B) |\n',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('a company brought in as a customer', () => {
  it("is not what the next sentence's figures are about", () => {
    const text = dated(
      '2025-11-12',
      'Nebius lifted its outlook sharply today. They also announced Meta as a new customer, ' +
        'for three years. Revenue growth this quarter was up 355% on the year.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('what someone is willing to pay', () => {
  it('is no value that holds', () => {
    const text = dated(
      '2026-03-20',
      'Some buyers of its shares are said to be willing to back Anthropic at a valuation of ' +
        '$800 billion.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('an amount with a change on a year before said of it', () => {
  // (Microsoft Cloud's revenue in fiscal Q3 2026 was $54.5 billion)
  const text = (change: string): string =>
    dated(
      '2026-04-30',
      `Microsoft reported its fiscal third quarter. Microsoft Cloud came in at $45.5 billion${change}.`,
    );

  it("is the period's result, whether the change is in words or signed", () => {
    expect(flags(text(', up 29% from a year earlier'))).toEqual(['wrong-figure $45.5 billion']);
    expect(flags(text(', +29% YoY'))).toEqual(['wrong-figure $45.5 billion']);
    // (with no measure, period or change said of it, the amount may be anything's)
    expect(flags(text(''))).toEqual([]);
  });

  it('is read as a change where a sign or "YoY" says so', () => {
    const reading = (written: string): string | undefined =>
      checkDocument(
        dated(
          '2026-01-30',
          `Microsoft reported its fiscal second quarter: Azure revenue ${written}.`,
        ),
        index,
        { today: TODAY },
      ).claims.find((c) => c.text === '93%')?.reading;
    expect(reading('+93% YoY')).toBe('revenue · a change');
    expect(reading('+93% on the year')).toBe('revenue · a change');
    expect(reading('93% YoY')).toBe('revenue · a change');
    // (and a verb of change in any tense)
    expect(reading('jumps 93%')).toBe('revenue · a change');
    expect(reading('jumping 93%')).toBe('revenue · a change');
  });

  it("a stock's move in a headline's present tense is a share move, not the sales around it", () => {
    const text = (verb: string): string =>
      dated('2026-01-30', `# Meta stock ${verb} 10% on record quarterly sales\n\nMeta reported.`);
    expect(flags(text('jumps'))).toEqual([]);
    expect(flags(text('jumped'))).toEqual([]);
  });
});

describe('an amount over a span of time', () => {
  it('is judged only against a fact given as so much a month', () => {
    // (SpaceX's filing puts Anthropic's fee for Colossus at $1.25 billion a month)
    const text = (fee: string): string =>
      dated('2026-05-25', `Anthropic is to pay SpaceX ${fee} for time on Colossus.`);
    expect(flags(text('$2.15 billion a month'))).toEqual(['wrong-figure $2.15 billion']);
    expect(flags(text('$1.25 billion a month'))).toEqual([]);
    // (a share's price is no month's fee)
    expect(flags(text('$2.15 a share'))).toEqual([]);
  });
});

describe("a change said of a segment's amount", () => {
  const gaming = (change: string): string[] =>
    flags(
      dated(
        '2025-11-19',
        "# Nvidia's RTX sales reach $4.3 billion in Q3\n\nAs for Nvidia's consumer graphics " +
          'revenue, which sits in the Gaming and AI PC line, it came to $4.3 billion in Q3, ' +
          `${change} from a year ago.`,
      ),
    );

  it("is the segment's change, not the whole company's", () => {
    // (the company's revenue grew 62%; the data holds no growth of the segment's)
    expect(gaming('up 30%')).toEqual([]);
    expect(gaming('which is up 30%')).toEqual([]);
  });
});
