import { describe, expect, it } from 'vitest';
import { dated, embeddedIndex, findingsOf, flagsOf } from '../helpers';

/**
 * How a figure's words frame it, in the shapes real articles take: sentences of our own, each
 * paired with one that differs only where the mechanism reads, so switching it off fails the test.
 */
const index = embeddedIndex();
const flags = (day: string, text: string): string[] => flagsOf(dated(day, text), index);

describe('what a figure is of', () => {
  it('a sentence that opens by going back a year gives its figures as of a year before', () => {
    const text = (opening: string): string =>
      `AMD’s fourth-quarter revenue hit a record $10.3 billion. ${opening}its revenue was ` +
      '$7.7 billion.';
    expect(flags('2026-02-04', text('A year earlier, '))).toEqual([]);
    expect(flags('2026-02-04', text('Of that, '))).toEqual(['wrong-figure $7.7 billion']);
  });

  it('a division the sentence opens with, whatever its words, is a part of the company', () => {
    const text = (subject: string): string =>
      `AMD’s fourth-quarter revenue hit a record $10.3 billion. ${subject} posted $5.4 billion ` +
      'in revenue.';
    expect(
      flags('2026-02-04', text('The client computing division, which sells PC chips,')),
    ).toEqual([]);
    expect(flags('2026-02-04', text('The company'))).toEqual(['wrong-figure $5.4 billion']);
  });

  it("a measure named after a comparison is the other side of it, not the figure's", () => {
    const text = dated(
      '2025-08-13',
      "Perplexity's bid for Google Chrome startled the market, and $43.5 billion exceeds the " +
        "startup's own valuation.",
    );
    // (the offer's value, $34.5 billion, not the startup's valuation of $18 billion)
    expect(findingsOf(text, index)).toEqual([['wrong-figure', '$43.5 billion', '$34.5 billion']]);
  });

  it('a figure someone only suggests is an estimate, not a result to call wrong', () => {
    expect(
      flags(
        '2026-03-01',
        'Rivals dispute the number, suggesting OpenAI’s 2025 revenue was nearer $9 billion.',
      ),
    ).toEqual([]);
    expect(
      flags('2026-03-01', 'Rivals dispute the number, but OpenAI’s 2025 revenue was $9 billion.'),
    ).toEqual(['wrong-figure $9 billion']);
  });

  it('a price someone wants or weighs is a wish, not a valuation to call wrong', () => {
    const text = (verb: string): string =>
      `Perplexity ${verb} raise $1 billion at an $18 billion valuation, the paper said.`;
    for (const wish of ['wants to', 'hopes to', 'is looking to', 'is weighing whether to'])
      expect(flags('2025-03-20', text(wish))).toEqual([]);
    expect(flags('2025-03-20', text('agreed to'))).toEqual(['wrong-figure $18 billion']);
  });

  it('a sentence that opens on a value and says what would be so at it sets a what-if', () => {
    const text = (verb: string): string =>
      'Anthropic is closing a round. Anthropic was valued at $183 billion in September. At ' +
      `$350 billion, the lab ${verb} valued above most listed firms.`;
    expect(flags('2026-01-20', text('would be'))).toEqual([]);
    expect(flags('2026-01-20', text('is'))).toEqual(['wrong-figure $350 billion']);
  });

  it('a total expense, said in the singular, is a measure the data does not hold', () => {
    const text = (measure: string): string =>
      `Nvidia put its ${measure} for the fiscal third quarter at $22 billion.`;
    expect(flags('2025-11-20', text('total expense'))).toEqual([]);
    expect(flags('2025-11-20', text('revenue'))).toEqual(['wrong-figure $22 billion']);
  });
});

describe('headlines', () => {
  it('a headline figure with no measure named is not judged; the same words as prose are', () => {
    const headline = '# OpenAI signs $83 billion deal with AWS';
    expect(flags('2025-11-05', headline)).toEqual([]);
    expect(flags('2025-11-05', 'OpenAI signs $83 billion deal with AWS.')).toEqual([
      'wrong-figure $83 billion',
    ]);
  });

  it("the subject a headline names is a count's when the count's noun names its measure", () => {
    // (ChatGPT had 500 million weekly users at the end of March 2025)
    const text = (count: string): string =>
      `# ChatGPT passes 800 million weekly users\n\nBy the end of March, the count stood at ` +
      `about ${count}.`;
    expect(flags('2025-10-07', text('350 million weekly users'))).toEqual([
      'wrong-figure 350 million',
    ]);
    expect(flags('2025-10-07', text('350 million'))).toEqual([]);
  });

  it('a headline that names the measure is judged', () => {
    expect(
      flags('2025-11-20', '# Nvidia posts $75 billion in revenue for its fiscal third quarter'),
    ).toEqual(['wrong-figure $75 billion']);
  });
});

describe('whose figure, whose title', () => {
  it('a figure said to be for a name the data does not know is that one’s', () => {
    const text = (product: string): string =>
      '# Alphabet tops second-quarter forecasts\n\nAlphabet did well in the second quarter of ' +
      '2025.\n\nSundar Pichai said Alphabet’s AI work, from AI Mode in search to its Gemini ' +
      `models, is gaining ground, with 100 million users a month for ${product} alone.`;
    expect(flags('2025-07-24', text('AI Mode'))).toEqual([]);
    expect(flags('2025-07-24', text('Gemini'))).toEqual(['wrong-figure 100 million']);
  });

  it('a name the data does not know, as the subject of the figure’s clause, owns the figure', () => {
    // (read as Cerebras's, the one name the data knows here, the $450 million would be called
    // wrong against its $1 billion round)
    const text =
      'Ridgeline backed Cerebras when the chipmaker raised $1 billion. Since Ridgeline limits ' +
      'each fund to $450 million, the firm raised cash for the round through two new vehicles.';
    expect(flags('2026-02-12', text)).toEqual([]);
  });

  it('"its" in the figure’s clause is the name the data does not know that leads the sentence', () => {
    // (Zhipu's market value on its first day was about HK$57.9 billion)
    const text =
      'Zhipu AI made its Hong Kong debut on January 8, 2026, with a market value near HK$57.9 ' +
      'billion. A day later, Kestrel floated on the same exchange, jumped at the open, and its ' +
      'market value passed HK$85 billion.';
    expect(flags('2026-01-12', text)).toEqual([]);
  });

  it('dates listed "respectively" are each the name’s in the same place, with the list’s words', () => {
    // (Qualcomm's AI200 is due in 2026, its AI250 in 2027)
    const text = (years: string): string =>
      `Qualcomm said its AI200 and AI250 accelerators will be available in ${years}, respectively.`;
    expect(flags('2025-10-28', text('2026 and 2027'))).toEqual([]);
    expect(flags('2025-10-28', text('2026 and 2028'))).toEqual(['wrong-date 2028']);
    expect(flags('2025-10-28', text('2027 and 2026'))).toEqual([
      'wrong-date 2027',
      'wrong-date 2026',
    ]);
  });

  it('leading a company since a date is a chief executive’s start', () => {
    expect(flags('2024-04-20', 'Adam Selipsky has run AWS since 2020.')).toEqual([
      'wrong-date 2020',
    ]);
    expect(flags('2024-04-20', 'AWS chief Adam Selipsky has been at the helm since 2020.')).toEqual(
      ['wrong-date 2020'],
    );
    expect(flags('2024-04-20', 'Adam Selipsky has run AWS since 2021.')).toEqual([]);
  });

  it('a title given to someone whose retirement is announced is the one they leave', () => {
    const text = (news: string): string =>
      `Intel has announced the ${news} of CEO Pat Gelsinger after a long career there.`;
    // (a week on: within three days of it, the news of a departure is not judged at all)
    expect(flags('2024-12-09', text('retirement'))).toEqual([]);
    expect(flags('2024-12-09', text('promotion'))).toEqual(['wrong-attribution Pat Gelsinger']);
  });

  it('a title of an organisation the data does not know dates that role, not a known one', () => {
    const text = (org: string): string =>
      `Intel's new chief executive Lip-Bu Tan was CEO of ${org} from 2009.`;
    expect(flags('2025-03-20', text('Northwind Robotics'))).toEqual([]);
    expect(flags('2025-03-20', text('Intel'))).toEqual(['wrong-date 2009']);
  });
});

describe('measures the data does not hold, named around the figure', () => {
  it('a price "caused to fall" moved: no rate of the results', () => {
    expect(
      flags(
        '2025-10-30',
        "Meta's third-quarter revenue beat forecasts, but a warning on costs caused its stock " +
          'price to fall by about 11% after hours.',
      ),
    ).toEqual([]);
  });

  it('a tax charge blamed for a fall in profit is no profit', () => {
    expect(
      flags(
        '2025-10-30',
        'Net income fell sharply in the third quarter, which Meta put down to a one-off tax ' +
          'expense of $16 billion.',
      ),
    ).toEqual([]);
  });

  it('a unit the sentence is set in is a part of the company', () => {
    const text = (place: string): string =>
      `Dell reported its first-quarter results on Thursday. ${place}, commercial revenues ` +
      'rose 8 percent to $10bn.';
    expect(flags('2025-05-30', text('At the Client Solutions Group'))).toEqual([]);
    expect(flags('2025-05-30', text('Across the company'))).toEqual(['wrong-figure $10bn']);
  });

  it("a share of revenue given after an amount is the share's, not the amount's metric", () => {
    expect(
      flags(
        '2025-11-26',
        'Dell reported third-quarter results on Tuesday. Operating costs fell 2% to $3.2 billion ' +
          'or 11.8% of revenue.',
      ),
    ).toEqual([]);
  });

  it('revenue "for" a line of business is that line\'s', () => {
    expect(
      flags(
        '2025-09-10',
        'Oracle reported results on Tuesday. Revenue for cloud services came in at $7.2 billion, ' +
          'up 28%.',
      ),
    ).toEqual([]);
  });

  it('what drove an amount ("AI-driven") is no line of business', () => {
    // (Google Cloud's backlog stood at $155 billion at the end of the third quarter of 2025)
    expect(
      flags(
        '2025-10-30',
        "Google Cloud's AI-driven backlog rose to $165 billion in the third quarter.",
      ),
    ).toEqual(['wrong-figure $165 billion']);
  });

  it('contracted revenue not yet recognised is a backlog, not revenue', () => {
    expect(
      flags(
        '2026-02-10',
        'Alphabet said roughly $130 billion of contracted revenue is waiting to be recognised.',
      ),
    ).toEqual([]);
  });

  it('a rate of monthly growth is a change, not a level', () => {
    // (OpenAI's employees and investors hold a stake: "employees" names no figure here)
    expect(
      flags(
        '2026-02-10',
        'OpenAI chief Sam Altman told employees that ChatGPT was back above 10% monthly growth.',
      ),
    ).toEqual([]);
  });
});

describe('a subheading written as a paragraph', () => {
  it('is read as a headline, whose words are cut short', () => {
    // (Microsoft's stake in OpenAI was valued at about $135 billion: "Valuation" is the stake's)
    const text = (end: string): string =>
      'Microsoft and OpenAI signed a new agreement on Tuesday.\n\nThe Deal in Numbers: $135B ' +
      `Valuation for the Software Maker's Holding${end}`;
    expect(flags('2025-11-01', text(''))).toEqual([]);
    // (with a stop it is a sentence, and a sentence's "valuation" is the company's)
    expect(flags('2025-11-01', text('.'))).toEqual(['wrong-figure $135B']);
  });
});

describe('a figure on a condition', () => {
  it('is what would follow, not what is so', () => {
    // (Nvidia's revenue for the quarter to January 2026 rose 73%)
    expect(
      flags(
        '2026-02-26',
        'If Nvidia meets its outlook for the current quarter, that will mean a 79% rise in ' +
          'revenue from a year before.',
      ),
    ).toEqual([]);
    expect(
      flags(
        '2026-02-26',
        'Nvidia said that its revenue for the quarter meant a 79% rise from a year before.',
      ),
    ).toEqual(['wrong-figure 79%']);
  });
});

describe('a sentence that opens on a time before something', () => {
  it('says in the past what was so then', () => {
    // (Microsoft holds about 27% of OpenAI since the recapitalization; it held more before)
    const text = (opener: string): string =>
      `${opener} the recapitalization, Microsoft owned a far bigger share of OpenAI, about 35%.`;
    expect(flags('2025-11-20', text('Before'))).toEqual([]);
    expect(flags('2025-11-20', text('After'))).toEqual(['wrong-figure 35%']);
  });
});

describe('a measure that introduces the next figure', () => {
  it('is that figure’s, not the amount before it', () => {
    // Crusoe raised $1.38 billion in October 2025; it was valued at more than $10 billion
    const text = dated(
      '2025-10-25',
      'In October 2025 Crusoe closed a round of $3.18 billion at a valuation of more than ' +
        '$10 billion.',
    );
    expect(findingsOf(text, index)).toEqual([['wrong-figure', '$3.18 billion', '$1.38 billion']]);
  });
});

describe('a figure set against an expected one', () => {
  it('is what came in: the word of expectation is the other figure’s', () => {
    // Broadcom's revenue for the quarter to 3 November 2024 was $14.05 billion
    const text = dated(
      '2024-12-13',
      "In the quarter ending November 3, 2024, Broadcom's revenue came in at $15.40 billion vs. " +
        '$14.09 billion expected.',
    );
    expect(findingsOf(text, index)).toEqual([['wrong-figure', '$15.40 billion', '$14.05 billion']]);
  });

  it('is what came in when it is said to beat what was expected', () => {
    // Microsoft's revenue for its fiscal fourth quarter of 2025 was $76.4 billion
    const text = dated(
      '2025-07-31',
      'Microsoft beat forecasts with $67.4 billion in revenue for its fiscal fourth quarter.',
    );
    expect(findingsOf(text, index)).toEqual([['wrong-figure', '$67.4 billion', '$76.4 billion']]);
  });
});

describe('an aside set off by dashes before the figure', () => {
  it('leaves the clause going on: the measure named before the aside is the figure’s', () => {
    // (read from the aside on, the figure had no measure and went to the OpenAI contract's value)
    const text =
      'Oracle shares jumped after a cloud contract with OpenAI lifted its remaining ' +
      'performance obligations — contracts signed but not yet delivered — to $554 billion.';
    expect(flags('2025-09-10', text)).toEqual([]);
  });
});
