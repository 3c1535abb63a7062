import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, findingsOf, flagsAndFixesOf, flagsOf, TODAY } from '../helpers';

/**
 * Sentences in the shapes real articles take, where a figure is about something other than the
 * fact of its company nearest to it: another measure, a line of business, another company, another
 * period. Each pins the mechanism that tells factlint so, in words of our own.
 */
const index = embeddedIndex();
const flags = (text: string): string[] => flagsOf(text, index);

describe('measures the data holds no fact of', () => {
  it('a valuation gain on a holding is no valuation', () => {
    const text = dated(
      '2025-11-12',
      'SoftBank said the quarter brought a $4.2 billion valuation gain from OpenAI, which is now ' +
        'valued at $500 billion.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('what was returned to shareholders is no revenue', () => {
    const text = dated(
      '2026-05-21',
      'Nvidia reported first-quarter revenue of $81.6 billion. It handed about $20 billion back ' +
        'to shareholders in the quarter.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('a credit facility is debt, not money raised', () => {
    const text = dated(
      '2026-04-01',
      'OpenAI also has an untapped $4.7 billion credit facility that it widened last year.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a quarter's orders are not the backlog, nor what they added to it", () => {
    expect(
      flags(
        dated(
          '2025-05-30',
          'Dell booked AI server orders worth $12.1 billion during its fiscal 2026 first quarter.',
        ),
      ),
    ).toEqual([]);
    expect(
      flags(
        dated(
          '2025-09-12',
          "Oracle's backlog jumped. In its fiscal first quarter, new orders added $371 billion " +
            "to Oracle's remaining performance obligations.",
        ),
      ),
    ).toEqual(['wrong-figure $371 billion']);
  });

  it('what was shipped is neither a backlog nor revenue', () => {
    const text = dated(
      '2025-08-29',
      'Dell said AI server shipments came to $8.2 billion in its fiscal second quarter.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('what analysts were modeling is their forecast, not the result', () => {
    const text = dated(
      '2025-12-12',
      "Analysts had been modeling revenue of $16.5 billion for Broadcom's fiscal fourth quarter.",
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('a line of business, not the whole company', () => {
  it('a business the sentence opens on, owned by "the company" or "its", is a segment', () => {
    const text = (subject: string): string =>
      dated(
        '2025-10-30',
        `Microsoft reported its fiscal first quarter. ${subject} generated $57.7 billion in ` +
          'revenue.',
      );
    expect(flags(text("The company's much-watched gaming business"))).toEqual([]);
    expect(flags(text('Its gaming arm'))).toEqual([]);
    expect(flags(text('The company'))).toEqual(['wrong-figure $57.7 billion']);
  });

  it('such a business is the segment its words name, whatever else describes it', () => {
    // (Oracle's cloud infrastructure revenue in fiscal Q2 2026 was $4.079 billion)
    const text = dated(
      '2025-12-11',
      'Oracle reported its fiscal second quarter. The company’s much-watched cloud ' +
        'infrastructure business posted revenue of $4.8 billion.',
    );
    expect(flags(text)).toEqual(['wrong-figure $4.8 billion']);
  });

  it('a backlog "for AI-related products" is that line\'s, not the whole backlog', () => {
    const text = dated(
      '2025-12-12',
      'Broadcom reported a $73 billion backlog for AI-related products, due over 18 months.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('server revenue is a line of business', () => {
    const text = dated(
      '2026-05-29',
      'Dell keeps saying AI servers drive its growth. In the first quarter, AI server revenue ' +
        'climbed to $16 billion from $2 billion a year before.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a group of a company's lines of business is a segment", () => {
    const text = dated(
      '2025-11-26',
      "Dell's infrastructure solutions group revenue rose 24% to $14.1 billion.",
    );
    expect(flags(text)).toEqual([]);
  });

  it('an amount of goods sold is those goods, not all sales', () => {
    const text = dated(
      '2025-03-01',
      'In its fiscal 2025, Dell Technologies sold roughly $10 billion of servers built for AI, ' +
        'the company said.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a company's line of business as the subject of the figure's verb", () => {
    const text = dated(
      '2025-11-01',
      'In the third quarter, AWS AI services reached an annualized revenue run rate of $15 ' +
        'billion, Jassy said.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a product line's revenue, named by its product and a noun of the kind", () => {
    // AMD's revenue in 2024 was $25.8 billion
    const text = (what: string): string =>
      dated('2025-02-05', `AMD delivered more than $5 billion of ${what} in 2024.`);
    expect(flags(text('Instinct accelerator revenue'))).toEqual([]);
    expect(flags(text('revenue'))).toEqual(['wrong-figure $5 billion']);
  });

  it('a segment in lower case that opens the sentence', () => {
    // AMD's revenue in the fourth quarter of 2024 was $7.658 billion, its client segment's $2.3 billion
    const text = (who: string): string =>
      dated(
        '2025-02-05',
        'AMD reported results for the fourth quarter of 2024. ' +
          `${who} beat estimates, reporting $2.3 billion in revenue.`,
      );
    expect(flags(text('The client segment'))).toEqual([]);
    expect(flags(text('The company'))).toEqual(['wrong-figure $2.3 billion']);
  });

  it('a segment referred back to', () => {
    // Nvidia's fiscal 2026 fourth-quarter revenue was $68.13 billion, its data centre's $62.3 billion
    const text = (whose: string): string =>
      dated(
        '2026-03-01',
        `Nvidia's data centre business led again. Revenue of ${whose} was $51.2 billion in the ` +
          'fourth quarter of fiscal 2026.',
      );
    expect(flags(text('this segment'))).toEqual([]);
    // ($51.2 billion is the segment's third quarter: the flag covers the quarter too)
    expect(flags(text('the company'))).toEqual([
      'wrong-figure $51.2 billion in the fourth quarter of fiscal 2026',
    ]);
  });
});

describe('periods', () => {
  it("a change said of the amount before it is over that amount's period", () => {
    // the data holds Nvidia's growth for fiscal 2026 as a whole (65%), not the quarter's
    const text = dated(
      '2026-05-21',
      'Nvidia booked $81.6 billion of first-quarter revenue, up 85% year on year, and sees ' +
        '2026 as a record.',
    );
    expect(flags(text)).toEqual([]);
  });

  it("a change measures what the amount it is said of measures, and is that amount's", () => {
    // Google Cloud grew 48% in the fourth quarter of 2025
    expect(
      flags(dated('2026-02-05', 'Google Cloud posted $17.7 billion in quarterly revenue, up 43%.')),
    ).toEqual(['wrong-figure 43%']);
    // the amount is the segment's, which the data does not hold: its growth is not Azure's
    expect(
      flags(
        dated(
          '2025-05-01',
          'The Intelligent Cloud segment, dominated by Azure, reported revenues of $36.8 ' +
            'billion, up 21% year over year.',
        ),
      ),
    ).toEqual([]);
  });

  it('a fiscal quarter of whole weeks may end a few days after its month', () => {
    // Dell's second quarter of fiscal 2026 ended on August 1, 2025
    expect(flags(dated('2025-08-28', "Dell's Q2 revenue reached a record $29.8 billion."))).toEqual(
      [],
    );
    expect(flags(dated('2025-08-28', "Dell's Q2 revenue reached a record $31.8 billion."))).toEqual(
      ['wrong-figure $31.8 billion'],
    );
  });
});

describe('whose measure a figure is', () => {
  it("a figure in a sentence's opening phrase is said of the name right after its comma", () => {
    const opening = (phrase: string): string[] =>
      flags(dated('2025-06-11', `${phrase}, OpenAI counts Microsoft among its backers.`));
    expect(opening('With a valuation of around $340 billion')).toEqual([
      'wrong-figure $340 billion',
    ]);
    expect(opening('Valued at around $340 billion')).toEqual(['wrong-figure $340 billion']);
    expect(opening('With a valuation of around $300 billion')).toEqual([]);
  });

  it("a company's listing is named by its long form too: an initial public offering", () => {
    const ipo = (words: string, amount: string): string[] =>
      flags(dated('2025-03-29', `CoreWeave raised ${amount} in its ${words}.`));
    expect(ipo('initial public offering', '$2.5 billion')).toEqual(['wrong-figure $2.5 billion']);
    expect(ipo('IPO', '$2.5 billion')).toEqual(['wrong-figure $2.5 billion']);
    expect(ipo('initial public offering', '$1.5 billion')).toEqual([]);
  });

  it("a company the data does not know owns its own revenue; a quarter's possessive owns none", () => {
    expect(
      flags(
        dated(
          '2026-01-29',
          "Microsoft reported its results.\n\nTesla's revenue fell 3% last year to $94.8 billion.",
        ),
      ),
    ).toEqual([]);
    expect(
      flags(
        dated(
          '2025-11-20',
          "Nvidia reported its fiscal third-quarter results. Q3's revenue came to $75 billion.",
        ),
      ),
    ).toEqual(['wrong-figure $75 billion']);
  });
});

describe('a valuation before and after the money', () => {
  // (OpenAI's March 2025 round: $260 billion before the $40 billion, $300 billion after it)
  const round = (value: string): string[] =>
    flagsAndFixesOf(
      dated('2025-04-02', `SoftBank led a $40 billion round that valued OpenAI at ${value}.`),
      index,
    );

  it("either is the round's, where no word says which", () => {
    expect(round('$260 billion')).toEqual([]);
    expect(round('$300 billion')).toEqual([]);
  });

  it('"post-money" is not the value before the money', () => {
    expect(round('$260 billion post-money')).toEqual(['wrong-figure $260 billion -> $300 billion']);
  });

  it("the round's size beside the figure names the round, whose usual measure is after the money", () => {
    // (OpenAI named only in the heading: the round's size is what ties the figure to March)
    const timeline =
      '# OpenAI, month by month\n\n## 2025\n\n- **31 Mar:** A $40 billion round led by ' +
      'SoftBank is announced at a $400 billion post-money valuation.';
    expect(flagsAndFixesOf(timeline, index)).toEqual(['wrong-figure $400 billion -> $300 billion']);
  });
});

describe('a stake', () => {
  it("is the holder's its verb names: not the stake of a deal the holder is no party to", () => {
    // (OpenAI's warrants for about 10% of AMD; the data holds no stake Nvidia took)
    const text = (taken: string): string =>
      dated(
        '2025-11-04',
        'AMD granted warrants to OpenAI for a 10% equity stake. CoreWeave secured $22.4 billion ' +
          `of contracts from OpenAI while ${taken}, a loop in which suppliers invest in the ` +
          'customers who buy from them.',
      );
    expect(flags(text('Nvidia bought a 5% stake'))).toEqual([]);
    expect(flags(text('OpenAI bought a 5% stake in AMD'))).toEqual(['wrong-figure 5%']);
  });
});

describe('what a sentence refers back to', () => {
  it('"the 1.7 billion-euro round" refers back to the round the sentence before named', () => {
    const text = (amount: string): string =>
      dated(
        '2025-09-10',
        'Mistral AI closed its Series C at an 11.7 billion-euro valuation. ASML led the ' +
          `1.7 billion-euro round with a ${amount} investment.`,
      );
    expect(flags(text('1.3 billion-euro'))).toEqual([]);
    expect(flags(text('1.5 billion-euro'))).toEqual(['wrong-figure 1.5 billion-euro']);
  });
});

describe('the items of a list a paragraph introduces', () => {
  it('each follow that paragraph, not the item before', () => {
    // (AWS's revenue was $35.6 billion in the fourth quarter of 2025; Amazon's $213.4 billion)
    const text = dated(
      '2026-02-10',
      "# Amazon's two bets\n\nAmazon keeps spending heavily on data centres.\n\nThe AWS " +
        'business has kept growing alongside it:\n\n- Q3 2025: revenue of $33.0 billion, up ' +
        '20%.\n- Q4 2025: revenue of $35.6 billion, up 24%, per one analyst.\n',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('names a sentence gives that the next one does not go on about', () => {
  it("a company named in passing under another's headline lends no agreeing figure", () => {
    // (OpenAI's 2021 valuation was about $14 billion, some said $20 billion; Anthropic's Series G
    // was $30 billion)
    const text = dated(
      '2026-02-26',
      '# Anthropic drops its safety pledge\n\nThe lab was started by former OpenAI ' +
        'researchers.\n\nThis week Anthropic changed its policy. Twelve days earlier, it had ' +
        'closed a $20 billion Series G round at a $380 billion valuation.',
    );
    expect(flags(text)).toEqual(['wrong-figure $20 billion']);
  });

  it('a list of customers', () => {
    // (Meta's revenue grew 33% in the first quarter of 2026; the figure is Nebius's)
    const text = dated(
      '2026-06-24',
      '# Nebius, one year on\n\nNebius rents out GPU capacity, with a customer roster that ' +
        'includes Microsoft, Meta, Mistral and Cursor. Revenue rose 300% on the year in the ' +
        'first quarter of 2026, to $400 million.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('what the company referred back to has', () => {
    // (Nvidia's revenue grew 73% in its latest quarter; the figure is CoreWeave's)
    const text = dated(
      '2026-06-24',
      '# CoreWeave, one year on\n\nCoreWeave rents out GPU capacity. Its biggest outside ' +
        'shareholder is Nvidia. Revenue rose 150% on the year in the first quarter of 2026, to ' +
        '$2.08 billion.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('a sentence that opens on a bare measure', () => {
  const text = (amount: string, between = ' '): string =>
    dated(
      '2026-03-11',
      `Oracle reported its fiscal 2026 third-quarter results.${between}Revenues climbed 22% to ` +
        `${amount}, as Oracle kept winning AI work.`,
    );

  it('is about the company the sentence before named, wherever that name comes again', () => {
    expect(flags(text('$17.2 billion'))).toEqual([]);
    expect(flags(text('$12.7 billion'))).toEqual(['wrong-figure $12.7 billion']);
  });

  it('opening a paragraph, is about the company the headline names', () => {
    const under = (headline: string): string[] =>
      flags(text('$12.7 billion', '\n\n').replace('---\n\n', `---\n\n# ${headline}\n\n`));
    expect(under('Oracle beats estimates')).toEqual(['wrong-figure $12.7 billion']);
  });
});

describe('the parts of an investment', () => {
  it('"an immediate $X" is the part paid up front', () => {
    const text = (amount: string): string =>
      dated(
        '2026-02-28',
        `OpenAI gets $50 billion from Amazon: an immediate ${amount}, then $35 billion more ` +
          'if conditions are met.',
      );
    expect(flags(text('$15 billion'))).toEqual([]);
    expect(flags(text('$25 billion'))).toEqual(['wrong-figure $25 billion']);
  });

  it('a sentence led by the whole ("Of that total, ...") speaks of its shares', () => {
    // (SoftBank's $40 billion pledge to OpenAI: the data holds no share of $8 billion, and its
    // own $41 billion completed in December is the whole, not a share)
    const shares = dated(
      '2025-12-31',
      'SoftBank agreed in the spring to put $40 billion into OpenAI. Of that total, SoftBank ' +
        'had found $10 billion from outside backers and put in $8 billion of its own.',
    );
    expect(flags(shares)).toEqual([]);
    // (nor is a share a running total, though its verb, "had already invested", says one)
    const already = dated(
      '2025-12-31',
      'SoftBank agreed in the spring to put $40 billion into OpenAI. Of the total amount, ' +
        'SoftBank had by then lined up $10 billion from others and had already invested $8 ' +
        'billion itself.',
    );
    expect(flags(already)).toEqual([]);
    // the share named after the figure is judged as that share: Amazon's upfront $15 billion
    const upfront = (amount: string): string =>
      dated(
        '2026-02-28',
        `Amazon may put up to $50 billion into OpenAI. Of that sum, ${amount} comes upfront.`,
      );
    expect(flags(upfront('$15 billion'))).toEqual([]);
    expect(flags(upfront('$25 billion'))).toEqual(['wrong-figure $25 billion']);
  });

  it('a total an amount is added to, reached ("bringing the total to"), is a sum', () => {
    // (the data holds the $100 billion added to OpenAI's AWS contract, not a sum with it)
    const text = dated(
      '2026-03-02',
      'Amazon adds $100 billion to its OpenAI deal, which brings the total commitment to $140 ' +
        'billion.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('money invested', () => {
  it('is an investment, not the valuation the sentence names beside it', () => {
    // (xAI was valued at $18 billion before its May 2024 round; no $5 billion of Tesla's is held)
    const text = dated(
      '2024-08-12',
      'Some Tesla holders want the board to invest $5 billion in xAI, provided the valuation ' +
        'is set by outside investors.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('"committed" says how firm the investment is, not which line of business it is in', () => {
    // Stargate's partners: above $400 billion across three years (September 2025)
    const text = (years: string): string =>
      dated(
        '2025-10-01',
        '# Stargate\n\nCommitted investment now exceeds $400 billion over the next ' +
          `${years} years.`,
      );
    expect(flags(text('three'))).toEqual([]);
    expect(flags(text('five'))).toEqual(['wrong-term five years']);
  });

  it('is a figure and the size of its equal parts, not a list of parts after a label', () => {
    // Amazon had put $8 billion into Anthropic by the end of 2024, $4 billion at a time
    const text = (amount: string): string =>
      dated(
        '2026-05-01',
        `# Anthropic's backers\n\n- **Amazon:** ${amount} invested by the end of 2024, in two ` +
          '$4B tranches.',
      );
    expect(flags(text('$8B'))).toEqual([]);
    expect(flags(text('$9B'))).toEqual(['wrong-figure $9B']);
  });
});

describe("a company's own plan", () => {
  it('is evoked by words of its own: "computing infrastructure"', () => {
    const text = (amount: string): string =>
      dated(
        '2025-11-06',
        `OpenAI has committed some ${amount} to build 30 gigawatts of computing infrastructure.`,
      );
    expect(flags(text('$1.4 trillion'))).toEqual([]);
    expect(flags(text('$1.4 billion'))).toEqual(['wrong-figure $1.4 billion']);
  });
});

describe("a company's own people", () => {
  it('a founder before the figure stands for the company named after it', () => {
    const text = (amount: string): string =>
      dated(
        '2024-09-05',
        `Ilya Sutskever has raised ${amount} for his new venture, Safe Superintelligence.`,
      );
    expect(flags(text('$1 billion'))).toEqual([]);
    expect(flags(text('$1.5 billion'))).toEqual(['wrong-figure $1.5 billion']);
  });
});

describe('an earlier value set against a figure', () => {
  it('is of the measure the figure it is set against names', () => {
    const text = (earlier: string): string =>
      dated(
        '2026-01-29',
        'Meta put its capital expenditures for 2025 at an estimated $72 billion, doubling from ' +
          `${earlier} in 2024.`,
      );
    expect(flags(text('$39.2 billion'))).toEqual([]);
    expect(flags(text('$35 billion'))).toEqual(['wrong-figure $35 billion']);
  });
});

describe('bounds', () => {
  it('a ceiling covers the amounts near it, not a fraction of it', () => {
    // Nvidia's 2025 commitment to Anthropic is "up to $10 billion"
    expect(flags(dated('2025-11-20', 'Nvidia agreed to invest $8 billion in Anthropic.'))).toEqual(
      [],
    );
    expect(flags(dated('2025-11-20', 'Nvidia agreed to invest $6 billion in Anthropic.'))).toEqual([
      'wrong-figure $6 billion',
    ]);
  });

  it('a floor covers the amounts just over it, not a multiple of it', () => {
    // Stargate's partners plan "more than $400 billion" over three years (September 2025)
    const text = (sum: string): string =>
      dated(
        '2025-11-04',
        `Stargate's partners have committed ${sum} in investment over three years.`,
      );
    expect(flags(text('$450 billion'))).toEqual([]);
    expect(flags(text('$650 billion'))).toEqual(['wrong-figure $650 billion']);
  });
});

describe('a sum before the name of a project', () => {
  it('is what the project is worth, with no word of the property', () => {
    const text = (sum: string): string =>
      dated('2025-11-04', `Amazon showed off the ${sum} Project Rainier on Tuesday.`);
    expect(flags(text('$11 billion'))).toEqual([]);
    expect(flags(text('$8 billion'))).toEqual(['wrong-figure $8 billion']);
  });
});

describe('names that are also words', () => {
  it('reads the capitalised company names and leaves the words alone', () => {
    const text = dated(
      '2025-08-28',
      'Analysts gathering intel on the server market said Dell had a record quarter; ' +
        "Micron and Intel did not. The film was 5 micron thick. Dell's Q2 revenue reached " +
        '$31.8 billion.',
    );
    expect(flags(text)).toEqual(['wrong-figure $31.8 billion']);
  });
});

describe('roles', () => {
  it('covers the company and the name when the person holds the title at the related one', () => {
    const text = dated(
      '2026-04-10',
      'AWS CEO Andy Jassy wrote in his annual letter that demand keeps rising.',
    );
    expect(findingsOf(text, index)).toEqual([
      ['wrong-attribution', 'AWS CEO Andy Jassy', 'Matt Garman'],
    ]);
    const [slip] = checkDocument(text, index, { today: TODAY }).findings;
    expect(slip.fixes.map((f) => f.edits[0].newText)).toEqual(['Matt Garman', 'Amazon']);
  });

  it('an appointment is judged on the day it takes effect, written day first', () => {
    // the data has Lip-Bu Tan as Intel's chief executive from 18 March 2025
    const text = dated('2025-03-13', 'Intel has named Lip-Bu Tan as its CEO, effective 18 March.');
    expect(flags(text)).toEqual([]);
  });

  it("a title after an unknown company's possessive is that company's", () => {
    const text = dated(
      '2025-06-13',
      "Meta wants Scale's 28-year-old CEO, Alexandr Wang, to lead its new superintelligence " +
        'division.',
    );
    expect(flags(text)).toEqual([]);
    // (a known company's possessive still gives its title)
    expect(flags(dated('2025-06-13', "Meta's longtime CFO Mark Zuckerberg spoke.")).length).toBe(1);
  });

  it('a title of one part of a company ("CEO of applications") is not the company\'s', () => {
    const text = (title: string): string =>
      dated(
        '2025-06-13',
        `Minutes after the post about Zoph, OpenAI's ${title}, Fidji Simo, spoke.`,
      );
    expect(flags(text('CEO of applications'))).toEqual([]);
    expect(flags(text('CEO'))).toEqual(['wrong-attribution Zoph']);
  });

  it('an honorific before the name is no part of the title', () => {
    const text = (name: string): string =>
      dated('2024-10-29', `"Demand was strong," said AMD Chair and CEO Dr. ${name}.`);
    expect(flags(text('Jean Hu'))).toEqual(['wrong-attribution CEO Dr. Jean Hu']);
    expect(flags(text('Lisa Su'))).toEqual([]);
  });

  it('an appointment may be announced a little before it starts', () => {
    expect(flags(dated('2025-03-13', 'Intel has named Lip-Bu Tan as its CEO.'))).toEqual([]);
    // (a claim that he held it then is still judged)
    expect(flags(dated('2025-03-13', 'Intel CEO Lip-Bu Tan spoke on Monday.'))).toEqual([
      'wrong-attribution Lip-Bu Tan',
    ]);
  });

  it('a holder called new has just been named, and may start a little later', () => {
    expect(flags(dated('2025-03-13', 'New Intel CEO Lip-Bu Tan spoke on Monday.'))).toEqual([]);
    expect(
      flags(dated('2025-03-13', "Intel's new chief executive, Lip-Bu Tan, spoke on Monday.")),
    ).toEqual([]);
  });
});

describe("a unit's total", () => {
  it("a unit's total revenue is the unit's, not the company's", () => {
    const text = dated(
      '2025-11-26',
      'Dell posted its fiscal third-quarter results.\n\n- ISG total revenue rose to $14.1 ' +
        'billion, up 24%.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('another deal of the same parties', () => {
  it('an amount that another deal of the sentence states exactly is that deal, not wrong', () => {
    const text = dated(
      '2025-10-30',
      'Microsoft will own about 27% of OpenAI, a stake worth about $135 billion. Under the deal, ' +
        'Microsoft keeps its rights until 2032, while OpenAI is buying $250 billion worth of ' +
        'Microsoft cloud services.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('an amount a whole grows by', () => {
  it('is an addition to the deal, not the deal', () => {
    // (the first deal was worth $38 billion; the expansion added $100 billion)
    const text = dated(
      '2026-03-01',
      'OpenAI is expanding its cloud agreement with AWS by $50 billion over eight years.',
    );
    const claim = checkDocument(text, index, { today: TODAY }).claims.find(
      (c) => c.text === '$50 billion',
    );
    expect(`${claim?.status} ${claim?.fact?.id}`).toBe('wrong openai-aws-2026-value');
  });
});

describe('a firm the data does not know', () => {
  it('raising money of its own is not the company it invests in', () => {
    // the data has Cerebras raising $1 billion in February 2026
    const text = (who: string): string =>
      dated(
        '2026-02-12',
        `${who} raises $225M through two special vehicles to back Cerebras again.`,
      );
    expect(flags(text('Benchmark'))).toEqual([]);
    expect(flags(text('Cerebras'))).toEqual(['wrong-figure $225M']);
    // ("It", opening a sentence, is no firm's name)
    const it_ = dated('2026-02-12', 'Cerebras has new backers. It raised $225M in the round.');
    expect(flags(it_)).toEqual(['wrong-figure $225M']);
  });
});

describe('"the deal" after a deal named before', () => {
  it('is that deal, when nothing else stands between', () => {
    // Meta's cloud deal with Google Cloud (August 2025) runs six years
    const text = (term: string): string =>
      dated(
        '2025-08-22',
        'Meta agreed to buy cloud capacity from Google Cloud for more than $10 billion.\n\nA trade ' +
          'paper broke the story in August 2025, citing Google Cloud. Wire services, Reuters among ' +
          `them, followed with more. By their account the deal runs for ${term}.`,
      );
    expect(flags(text('five years'))).toEqual(['wrong-term five years']);
    expect(flags(text('six years'))).toEqual([]);
  });
});

describe('a deal the sentence names in full', () => {
  it("is judged, however another company's value of the same amount agrees", () => {
    // the data has the OpenAI-Nvidia letter of intent at up to $100 billion, and OpenAI's own
    // first tranche of March 2025 (from SoftBank and others) at $10 billion
    const text = dated(
      '2025-09-23',
      'Nvidia plans to put up to $10 billion into OpenAI while the two build data centres side by side.',
    );
    expect(flags(text)).toEqual(['wrong-figure $10 billion']);
  });
});

describe('"the business" after a list of several companies', () => {
  it('is no firm ground, though its measure and time are named', () => {
    // Google Cloud's operating income in the quarter was $5.3 billion; Microsoft's is meant
    const text = dated(
      '2026-01-29',
      'Microsoft reported its quarter.\n\n## Margins in the cloud\n\nAzure 44%\nAWS 38%\nGCP 17%' +
        '\n\nThe business made $38.3b of operating income, 21% more than a year before.',
    );
    expect(flags(text)).toEqual([]);
  });
});

describe('"the company" after several companies', () => {
  it('is left alone when another company named as near has the same measure', () => {
    const text = dated(
      '2025-01-10',
      'The round would make Anthropic one of the most valuable US startups, behind SpaceX, ' +
        'OpenAI and Databricks. The company was valued at $18 billion in a round last year.',
    );
    expect(flags(text)).toEqual([]);
  });

  it('is not contested by a company the sentence itself names', () => {
    const text =
      'OpenAI has entered a new chapter in its pursuit of AI. The company has signed a ' +
      'seven-year, $83B cloud services agreement with Amazon, securing access to hundreds of ' +
      'thousands of Nvidia chips to train its next models.';
    expect(flags(text)).toContain('wrong-figure $83B');
  });

  it('is still the one company named before when no other competes', () => {
    const text = dated(
      '2025-01-10',
      'Databricks has closed another round. The company was valued at $18 billion in a round ' +
        'last year.',
    );
    expect(flags(text)).toEqual(['wrong-figure $18 billion']);
  });
});

describe('whose figure it is when two companies are named', () => {
  it('a figure of the company named before it is not another named after it in passing', () => {
    // the data gives Gemini 350 million monthly users and ChatGPT 500 million weekly, March 2025
    const text = (users: string): string =>
      dated(
        '2025-04-25',
        `Gemini has grown fast, reaching over ${users} users as of March 2025, yet it trails ` +
          'ChatGPT in total users.',
      );
    expect(flags(text('450 million'))).toEqual(['wrong-figure 450 million']);
    expect(flags(text('350 million'))).toEqual([]);
  });
});
