import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, flagsAndFixesOf, TODAY } from '../helpers';

/**
 * How a figure's words are read where real articles put them: the sentence before that names the
 * line of business, a capital that only opens the sentence, a noun's "of", a decimal point inside
 * a clause, a round's letter in lower case. Each pins a mechanism, in words of our own.
 */
const index = embeddedIndex();
const flagsAndFixes = (text: string): string[] => flagsAndFixesOf(text, index);

describe('a company named by its own word alone', () => {
  it('is the company where the text says what it is, and after that', () => {
    const runway = (text: string): string[] => flagsAndFixes(dated('2026-02-11', text));
    expect(runway('Runway, a video AI company, raised $90 million in its Series E.')).toEqual([
      'wrong-figure $90 million -> $315 million',
    ]);
    expect(runway('Runway, a video AI company, raised $315 million in its Series E.')).toEqual([]);
    // (its word alone, said of nothing, is a word: a runway; once introduced, it is the name)
    expect(runway('Runway raised $90 million in its Series E.')).toEqual([]);
    expect(
      runway('Runway, a video AI company, is growing. In February Runway raised $90 million.'),
    ).toEqual(['wrong-figure $90 million -> $315 million']);
    const lambda = (amount: string): string[] =>
      flagsAndFixes(dated('2025-11-18', `AI cloud provider Lambda raised ${amount} this week.`));
    expect(lambda('$2.5 billion')).toEqual(['wrong-figure $2.5 billion -> $1.5 billion']);
    expect(lambda('$1.5 billion')).toEqual([]);
  });
});

describe('what the figure is of', () => {
  const segmentThenRevenue = (amount: string): string =>
    dated(
      '2025-11-20',
      "Nvidia's data center business carried the quarter again. Revenue reached " +
        `${amount}, up 66% from a year earlier.`,
    );

  it('a bare measure goes on from the sentence before that names the segment', () => {
    expect(flagsAndFixes(segmentThenRevenue('$51.2 billion'))).toEqual([]);
    expect(flagsAndFixes(segmentThenRevenue('$15.2 billion'))).toEqual([
      'wrong-figure $15.2 billion -> $51.2 billion',
    ]);
  });

  it('a capital that only opens the sentence is no part of the segment', () => {
    const text = (amount: string): string =>
      dated('2025-05-01', `With Microsoft Cloud revenue at ${amount}, the quarter was strong.`);
    expect(flagsAndFixes(text('$42.4 billion'))).toEqual([]);
    expect(flagsAndFixes(text('$44.2 billion'))).toEqual([
      'wrong-figure $44.2 billion -> $42.4 billion',
    ]);
  });

  it('a period written as one word with a hyphen is no part of the segment', () => {
    const text = (amount: string): string =>
      dated(
        '2025-11-20',
        `Nvidia reported results. Third-quarter data center revenue came to ${amount}.`,
      );
    expect(flagsAndFixes(text('$51.2 billion'))).toEqual([]);
    expect(flagsAndFixes(text('$15.2 billion'))).toEqual([
      'wrong-figure $15.2 billion -> $51.2 billion',
    ]);
  });

  it('a move of revenue from a named business is no move of its shares', () => {
    const text = (rate: string): string =>
      dated(
        '2026-02-06',
        `Alphabet told investors on Wednesday that sales at Google Cloud climbed ${rate} in the fourth ` +
          'quarter.',
      );
    expect(flagsAndFixes(text('48%'))).toEqual([]);
    expect(flagsAndFixes(text('38%'))).toEqual(['wrong-figure 38% -> 48%']);
  });

  it('a noun\'s "of" takes the figure after it, and analysts\' estimates are theirs', () => {
    const text = (amount: string): string =>
      dated(
        '2025-09-05',
        `Broadcom booked an adjusted profit per share of $1.71 on revenue of ${amount} ` +
          'for the quarter to August 3, beating the analyst expectations of $1.64 in EPS and ' +
          '$15.7 billion of revenue.',
      );
    expect(flagsAndFixes(text('$15.95 billion'))).toEqual([]);
    expect(flagsAndFixes(text('$15.59 billion'))).toEqual([
      'wrong-figure $15.59 billion -> $15.95 billion',
    ]);
  });

  it('what analysts expected is theirs, a decimal point before it in the clause', () => {
    const text = dated(
      '2025-09-05',
      'Broadcom earned $1.69 a share on revenue of $15.95 billion, beating the analyst ' +
        'expectations of $1.64 in EPS and $15.7 billion of revenue.',
    );
    const claim = checkDocument(text, index, { today: TODAY }).claims.find(
      (c) => c.text === '$15.7 billion',
    );
    expect(claim?.status).toBe('no-data');
    expect(claim?.why).toMatch(/What analysts expected/);
  });

  it('a sum right before the facility the sentence names is what it costs', () => {
    const text = (amount: string): string =>
      dated('2025-10-30', `Amazon has opened Project Rainier, a vast ${amount} AI data center.`);
    expect(flagsAndFixes(text('$11 billion'))).toEqual([]);
    expect(flagsAndFixes(text('$15 billion'))).toEqual(['wrong-figure $15 billion -> $11 billion']);
  });

  it('a sum booked as a gain is no amount invested or raised', () => {
    const text = dated(
      '2025-11-13',
      "SoftBank's Vision Fund posted a $19 billion gain, driven by the rising value of its stake " +
        'in OpenAI.',
    );
    expect(flagsAndFixes(text)).toEqual([]);
  });
});

describe('figures of two periods in one sentence', () => {
  it("each is of the period named right after it, and the other's words are the other's", () => {
    const text = (quarter: string): string =>
      dated(
        '2026-01-29',
        `Meta's quarterly and annual sales both set records, at ${quarter} for Q4 2025 and ` +
          '$200.97 billion for the full year.',
      );
    expect(flagsAndFixes(text('$59.89 billion'))).toEqual([]);
    expect(flagsAndFixes(text('$59.98 billion'))).toEqual([
      'wrong-figure $59.98 billion -> $59.89 billion',
    ]);
  });
});

describe('which period a rate is of', () => {
  const rate = (words: string): string => dated('2025-10-30', `Meta's revenue came to ${words}.`);

  it('a rate said as a change ("a rise of 22%") is a rate of change, bound as one', () => {
    expect(flagsAndFixes(rate('$51.24 billion, a rise of 26% on the year'))).toEqual([]);
    expect(flagsAndFixes(rate('$51.24 billion, a rise of 22% on the year'))).toEqual([
      'wrong-figure 22% -> 26%',
    ]);
  });

  it("the amount a change on the year starts from is the year before's", () => {
    const text = (word: string): string =>
      dated(
        '2024-12-13',
        `Broadcom reported results. Fourth-quarter revenue rose 51% ${word} $9.3 billion ` +
          'year-over-year.',
      );
    expect(flagsAndFixes(text('from'))).toEqual([]);
    expect(flagsAndFixes(text('to'))).toEqual(['wrong-figure $9.3 billion -> $14.1 billion']);
  });

  it('a margin of error around a forecast is no rate', () => {
    const text = dated(
      '2025-08-28',
      'For the current quarter Nvidia guided to sales of roughly $54 billion, plus or minus 2%.',
    );
    expect(flagsAndFixes(text)).toEqual([]);
  });

  it("the level a rate is said of pins its quarter: another quarter's equal rate is chance", () => {
    expect(flagsAndFixes(rate('$51.24 billion, up 22% on the year'))).toEqual([
      'wrong-figure 22% -> 26%',
    ]);
  });
});

describe('which event the figure is of', () => {
  it('a round named by its letter, in lower case, is that round, however long ago', () => {
    const text = (amount: string): string =>
      dated(
        '2024-10-29',
        `Earlier this year xAI closed a series B round that valued it at ${amount} after the ` +
          'money.',
      );
    expect(flagsAndFixes(text('$24 billion'))).toEqual([]);
    expect(flagsAndFixes(text('$42 billion'))).toEqual(['wrong-figure $42 billion -> $24 billion']);
  });

  it("the company written as signing a deal it did not sign is the other party's slip", () => {
    const text = (who: string): string =>
      dated('2025-11-18', `In March, ${who} signed an $11.9 billion contract with CoreWeave.`);
    expect(flagsAndFixes(text('OpenAI'))).toEqual([]);
    // (Meta's CoreWeave deal, up to $14.2 billion, fits the sum too; the value it states is
    // OpenAI's)
    expect(flagsAndFixes(text('Anthropic'))).toEqual(['wrong-attribution Anthropic -> OpenAI']);
  });

  it("a day the data records another change of the deal on is that day's news", () => {
    const text = (day: string): string =>
      dated(
        '2026-05-20',
        `On ${day}, 2026, CoreWeave announced a bigger cloud services contract with Meta.`,
      );
    expect(flagsAndFixes(text('April 9'))).toEqual([]);
    expect(flagsAndFixes(text('April 19'))).toHaveLength(1);
  });
});

describe('which line and which modality a figure is of', () => {
  const broadcom = (sentence: string): string[] =>
    flagsAndFixes(dated('2024-12-13', `For its fourth quarter, Broadcom ${sentence}`));

  it('a segment is named by any of its "... segment" words', () => {
    // (the fact's cues: "Semiconductor Solutions segment", "semiconductor segment")
    expect(broadcom('booked semiconductor revenue of $8.2 billion.')).toEqual([]);
    expect(broadcom('booked semiconductor revenue of $2.8 billion.')).toEqual([
      'wrong-figure $2.8 billion -> $8.2 billion',
    ]);
  });

  it('what a segment leaves out ("non-AI semiconductor") is no segment of the data', () => {
    expect(
      broadcom(
        'booked semiconductor revenue of $8.2 billion. Sales of AI chips climbed to $3.7 ' +
          'billion, and its non-AI semiconductor revenue slipped to $4.5 billion.',
      ),
    ).toEqual([]);
  });

  it('a forecast set against the figure, after the measure it names, is the other figure', () => {
    const oracle = (amount: string): string[] =>
      flagsAndFixes(
        dated(
          '2025-09-12',
          `Oracle fell short in the quarter, with ${amount} in sales against a $15 billion ` +
            'forecast.',
        ),
      );
    expect(oracle('$14.9 billion')).toEqual([]);
    expect(oracle('$14.2 billion')).toEqual(['wrong-figure $14.2 billion -> $14.9 billion']);
  });

  it('"guiding to" an amount is a projection', () => {
    expect(
      flagsAndFixes(
        dated(
          '2025-11-10',
          'For 2025, Amazon is guiding to roughly $150 billion of capital spending.',
        ),
      ),
    ).toEqual(['wrong-figure $150 billion -> $125 billion']);
  });

  it('a level a quarter "will be" is the outlook for it, compared with the outlook', () => {
    const outlook = (words: string): string[] =>
      flagsAndFixes(dated('2025-11-05', `AMD said its fourth-quarter sales ${words} $8 billion.`));
    expect(outlook('will be')).toEqual([
      expect.stringMatching(/^wrong-figure .*\$8 billion -> \$9\.3 billion to \$9\.9 billion$/),
    ]);
    expect(outlook('will come in at')).toHaveLength(1);
    // (said as so, the quarter's result, which the text's day does not have yet)
    expect(outlook('were')).toEqual([]);
  });

  it('a level its subject "estimates" or "will" reach is a projection, not this year\'s result', () => {
    // (the year before's revenue is in the data; next year's forecast is not)
    const forecast = (verb: string): string[] =>
      flagsAndFixes(
        dated(
          '2024-09-29',
          "OpenAI's sales reached $300 million in August, and it expects about $3.7 billion in " +
            `sales this year. OpenAI ${verb} $11.6 billion next year.`,
        ),
      );
    expect(forecast('estimates that its revenue will swell to')).toEqual([]);
    expect(forecast('says its revenue will climb to')).toEqual([]);
  });

  it('a line of expenses is no revenue, however it is labelled', () => {
    const lines = (label: string): string[] =>
      flagsAndFixes(
        dated(
          '2025-10-03',
          `## OpenAI in the first half of 2025\n\n- Revenue: $4.3 billion\n- ${label}: $2 billion\n`,
        ),
      );
    expect(lines('Sales and marketing')).toEqual([]);
    expect(lines('Sales & Marketing')).toEqual([]);
    expect(lines('Stock-based compensation')).toEqual([]);
    expect(lines('Sales')).toEqual(['wrong-figure $2 billion -> $4.3 billion']);
  });

  it('a sentence with no time of its own goes on in the period its paragraph opened', () => {
    const semis = (opener: string, amount: string): string[] =>
      flagsAndFixes(
        dated(
          '2025-12-12',
          `${opener}Broadcom's revenue rose 24% to $63.9 billion. Its semiconductor sales ` +
            `climbed 22% to ${amount}.`,
        ),
      );
    expect(semis('For the year, ', '$36.9 billion')).toEqual([]);
    // (with no opener, the figure is the quarter's, just reported)
    expect(semis('', '$36.9 billion')).toEqual(['wrong-figure $36.9 billion -> $11.1 billion']);
    expect(semis('For the fourth quarter, ', '$13.1 billion')).toEqual([
      'wrong-figure $13.1 billion -> $11.1 billion',
    ]);
  });

  it('an initial goal is a value first aimed at, not the one reached', () => {
    const raise = (words: string): string[] =>
      flagsAndFixes(
        dated('2025-05-13', `Perplexity ${words} $1 billion at an $18 billion valuation.`),
      );
    expect(raise('had an initial goal of raising')).toEqual([]);
    expect(raise('has raised')).toEqual(['wrong-figure $18 billion -> $14 billion']);
  });
});

describe('a role at the wrong company', () => {
  it('offers the holder and, in the form written, the company the person leads then', () => {
    const text = dated('2025-03-13', 'After a long search, Lip-Bu Tan is the new AMD CEO.');
    const [slip] = checkDocument(text, index, { today: TODAY }).findings;
    expect(slip.rule).toBe('wrong-attribution');
    expect(text.slice(slip.start, slip.end)).toBe('Lip-Bu Tan is the new AMD');
    expect(slip.fixes.map((f) => f.edits[0].newText)).toEqual(['Lisa Su', 'Intel']);
  });
});

describe("a who's who entry", () => {
  it('dates a role whose organisation stands between the title and "since"', () => {
    const entry = (day: string): string =>
      dated(
        '2025-12-01',
        `- **Matt Garman** — chief executive, Amazon Web Services, since ${day}.`,
      );
    expect(flagsAndFixes(entry('3 June 2023'))).toEqual(['wrong-date 3 June 2023 -> 3 June 2024']);
    expect(flagsAndFixes(entry('3 June 2024'))).toEqual([]);
  });
});

describe('a round named by its letter', () => {
  it('is that round whatever month the text gives it', () => {
    const seriesA = (words: string): string[] =>
      flagsAndFixes(dated('2024-06-11', `Mistral AI raised ${words} last October.`));
    expect(seriesA('a €358 million Series A round')).toEqual([
      'wrong-figure €358 million -> €385 million',
    ]);
    expect(seriesA('a €385 million Series A round')).toEqual([]);
    // (with no round named, the month rules its December round out)
    expect(seriesA('€358 million')).toEqual([]);
  });
});

describe('titles, and whose they are', () => {
  const said = (who: string): string[] =>
    checkDocument(dated('2025-10-30', `${who} spoke.`), index, { today: TODAY }).findings.map(
      (f) => f.message,
    );

  it('reads a vice chair as one, not as the chair', () => {
    expect(said('Microsoft vice chair Brad Smith')).toEqual([]);
    expect(said('Microsoft vice-chairman Brad Smith')).toEqual([]);
    expect(said('Microsoft vice chair Satya Nadella')).toHaveLength(1);
  });

  it('leaves a title to a company the data does not know, even at a paragraph start', () => {
    // (not one at the company of the paragraph before)
    expect(said('Oracle reported strong cloud growth.\n\nIntuit chairman Brad Smith')).toEqual([]);
    expect(said('Oracle reported strong cloud growth.\n\nIts chairman Brad Smith')).toHaveLength(1);
  });

  it('names co-CEOs as two people', () => {
    expect(said('Oracle CEO Larry Ellison')[0]).toContain('Clay Magouyrk and Mike Sicilia are');
  });
});

describe('numbers written as much of Europe writes them', () => {
  it('reads thousands set apart by spaces, and writes the fix the same way', () => {
    // the xAI-Humain site is to hold about 600,000 Nvidia GPUs
    const text = (count: string): string =>
      dated('2025-11-20', `The Humain facility with xAI holds about ${count} Nvidia GPUs.`);
    expect(flagsAndFixes(text('60 000'))).toEqual(['wrong-figure 60 000 -> 600 000']);
    expect(flagsAndFixes(text('600 000'))).toEqual([]);
  });
});

describe('amounts in yuan, Hong Kong dollars and Taiwan dollars', () => {
  it('reads them in their currency and writes the fix as the writer did', () => {
    // Alibaba Cloud's revenue in the quarter to December 2024 was 31.7 billion yuan
    const cloud = (amount: string): string[] =>
      flagsAndFixes(
        dated('2025-02-25', `Alibaba Cloud's revenue in the December quarter was ${amount}.`),
      );
    expect(cloud('37.1 billion yuan')).toEqual([
      'wrong-figure 37.1 billion yuan -> 31.7 billion yuan',
    ]);
    expect(cloud('RMB37.1 billion')).toEqual(['wrong-figure RMB37.1 billion -> RMB31.7 billion']);
    expect(cloud('31.7 billion yuan')).toEqual([]);
    // (and the message gives the data's value in yuan too)
    const [finding] = checkDocument(
      dated('2025-02-25', "Alibaba Cloud's revenue in the December quarter was RMB37.1 billion."),
      index,
      { today: TODAY },
    ).findings;
    expect(finding.message).toContain('is 31.7 billion yuan');
  });

  it('reads Singapore dollars beside US dollars as another currency', () => {
    // Microsoft's 2024 deal with Inflection AI was worth about $650 million
    const text = (body: string): string[] => flagsAndFixes(dated('2024-03-22', body));
    expect(
      text('Microsoft is paying Inflection AI US$650 million (S$873 million) for a licence.'),
    ).toEqual([]);
  });

  it('tells an IPO price from the price the shares trade at', () => {
    // MiniMax's shares were offered at HK$165 in January 2026
    const text = (body: string): string[] => flagsAndFixes(dated('2026-01-12', body));
    expect(text('MiniMax priced its IPO at HK$156 a share.')).toEqual([
      'wrong-figure HK$156 -> HK$165',
    ]);
    expect(
      text('MiniMax shares last traded at HK$294 per share, against the offer price of HK$165.'),
    ).toEqual([]);
  });
});
