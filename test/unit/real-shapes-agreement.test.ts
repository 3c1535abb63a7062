import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, findingsOf, flagsAndFixesOf, flagsOf, TODAY } from '../helpers';

/**
 * When a figure that contradicts the fact it is bound to is excused because another fact agrees
 * with it, and when that agreement is chance: sentences of our own in the shapes real articles
 * take.
 */
const index = embeddedIndex();
const flags = (day: string, text: string): string[] => flagsOf(dated(day, text), index);

describe('agreement with another fact', () => {
  it('a month named without a year dates the sentence after it too', () => {
    expect(
      flags(
        '2026-01-15',
        'Thinking Machines Lab wrapped up its first raise in July. ' +
          'The round valued the young lab at $21 billion.',
      ),
    ).toEqual(['wrong-figure $21 billion']);
  });

  it('a level its successor had replaced by the time the text names is no excuse', () => {
    // (OpenAI's 2021 valuation was reported near $20 billion; by July 2025 it was long past)
    expect(
      flags(
        '2026-01-15',
        'Mira Murati left her post at OpenAI and started Thinking Machines Lab, which wrapped ' +
          'up its first raise in July 2025. The round valued the young lab at $21 billion.',
      ),
    ).toEqual(['wrong-figure $21 billion']);
  });

  it('a measure named at the figure is not misread: another measure agreeing is chance', () => {
    // (an Nvidia revenue outlook of about $32.5 billion is no valuation of Cerebras)
    expect(
      flags(
        '2026-02-10',
        'Cerebras, long cast as an Nvidia challenger, took in $1 billion at a valuation of ' +
          '$32 billion.',
      ),
    ).toEqual(['wrong-figure $32 billion']);
  });

  it('a measure named at a growth rate is not misread as a share the sentence has no word of', () => {
    // (Azure grew 33% in the quarter; its cloud market share was 23% in mid-2024)
    expect(
      flags('2025-05-01', 'In the third quarter of fiscal 2025, Azure sales grew 23%.'),
    ).toEqual(['wrong-figure 23%']);
  });

  it("an investor's word names the round it put money in, as the round's own words would", () => {
    // (SoftBank agreed in March 2025 to invest $40 billion in OpenAI's round, syndicating part;
    // with its co-investors' money it came to $41 billion by December)
    const text = (amount: string): string =>
      'By December SoftBank had paid in full on its pledge to invest ' +
      `${amount} in the ChatGPT maker OpenAI.`;
    expect(flags('2025-12-31', text('$40 billion'))).toEqual([]);
    expect(flags('2025-12-31', text('$14 billion'))).toEqual(['wrong-figure $14 billion']);
  });

  it('a share agreeing with a rate written as a change is chance', () => {
    // (Trainium3 systems are about 40% more energy efficient; AWS held 30% of the cloud market)
    expect(
      flags(
        '2025-12-05',
        'AWS says Trainium3 gear is 30% more energy efficient than the chips it replaces.',
      ),
    ).toEqual(['wrong-figure 30%']);
  });

  it("a bound's own number written for the same measure may mean that outlook", () => {
    // (Microsoft guided its quarter's capex to more than $30 billion; it came in at $34.9 billion)
    expect(flags('2025-10-29', '# Microsoft bets $30B of capex on AI')).toEqual([]);
    expect(flags('2025-10-29', '# Microsoft bets $32B of capex on AI')).toEqual([
      'wrong-figure $32B',
    ]);
  });

  it('a measure the sentence has no word of, beside words of the one bound, is chance', () => {
    const azure = (amount: string): string[] =>
      flags(
        '2025-10-29',
        `Azure grew 40%. Microsoft also noted that OpenAI has committed to a further ${amount} ` +
          'of Azure contracts.',
      );
    // (OpenAI was valued at $300 billion in March 2025)
    expect(azure('$300 billion')).toEqual(['wrong-figure $300 billion']);
    expect(azure('$250 billion')).toEqual([]);
  });

  it('the amount added may be what a figure means, but not one the level is said to reach', () => {
    const rpo = (words: string): string[] =>
      flags(
        '2025-09-11',
        `Oracle said its remaining performance obligations ${words} in the latest quarter.`,
      );
    expect(rpo('grew by $317 billion')).toEqual([]);
    expect(rpo('were $317 billion')).toEqual([]);
    expect(rpo('reached $317 billion')).toEqual(['wrong-figure $317 billion']);
  });
});

describe('a change said of the amount before it', () => {
  it("measures that amount's segment: a segment's growth is not the company's", () => {
    const text = (what: string, amount: string): string =>
      `Over its third quarter Nvidia's ${what} came to ${amount}, a 30% rise on the year.`;
    expect(flags('2025-11-20', text('gaming revenue', '$4.3 billion'))).toEqual([]);
    expect(flags('2025-11-20', text('revenue', '$57 billion'))).toEqual(['wrong-figure 30%']);
  });

  it("measures that amount's metric, though revenue was named a sentence before", () => {
    expect(
      flags(
        '2025-11-20',
        "Nvidia's revenue rose 62% in the third quarter of fiscal 2026. The chipmaker's net " +
          'income hit $20.5 billion, up 49% from the third quarter of fiscal 2025.',
      ),
      // (the net income is wrong, $31.9 billion; its change is no revenue growth to judge)
    ).toEqual(['wrong-figure $20.5 billion']);
  });
});

describe('what the words around a figure make of it', () => {
  it('what a deal is said to include is a part of it, not its value', () => {
    // (OpenAI's AWS deal of November 2025 was worth $38 billion)
    const text = (verb: string): string =>
      `OpenAI and Amazon agreed a new compute deal. The deal ${verb} $12 billion of dedicated compute.`;
    expect(flags('2025-11-05', text('includes'))).toEqual([]);
    expect(flags('2025-11-05', text('is worth'))).toEqual(['wrong-figure $12 billion']);
  });

  it('a valuation a company sought is not one it got', () => {
    const text = (verb: string): string =>
      `Thinking Machines ${verb} a valuation of about $50 billion from new backers in July 2025.`;
    expect(flags('2025-12-01', text('sought'))).toEqual([]);
    expect(flags('2025-12-01', text('got'))).toEqual(['wrong-figure $50 billion']);
  });

  it("a joint venture's amount is its value, not a first sum put in", () => {
    // Stargate: up to $500 billion in all, $100 billion at once
    const text = (amount: string): string =>
      'Unveiled on the first day of the new administration, Stargate is a ' +
      `${amount} joint venture led by OpenAI and SoftBank.`;
    expect(flags('2025-03-01', text('$500 billion'))).toEqual([]);
    expect(flags('2025-03-01', text('$700 billion'))).toEqual(['wrong-figure $700 billion']);
  });
});

describe('a sentence whose other figure is right', () => {
  const text = (terms: string): string =>
    'Microsoft agreed in September to rent GPU capacity from Nebius. The stock jumped.\n\n' +
    'Analysts were stunned by the size. Some called it a turning point for neoclouds. ' +
    `It is a seven-year agreement${terms}, and it could grow.`;

  it('is about that figure’s subject, though it is named a paragraph before', () => {
    expect(flags('2025-09-12', text(' worth about $17.4 billion'))).toEqual([
      'wrong-term seven-year',
    ]);
    expect(flags('2025-09-12', text(''))).toEqual([]);
  });

  it('unless a value of that subject agrees with the figure too', () => {
    // (Stargate's 10 GW and its $500 billion, not the $100 billion it "first" put in)
    expect(
      flags(
        '2025-09-30',
        'Stargate keeps growing. The target is unchanged: 10 GW and $500 billion, the figures ' +
          'first announced at the White House in January 2025.',
      ),
    ).toEqual([]);
  });
});

describe('"about" a figure written to three digits', () => {
  it('is hedged by a few percent, not by a tenth', () => {
    const text = (amount: string): string =>
      `OpenAI was valued at about ${amount} in its October 2025 share sale.`;
    // (the sale valued it at $500 billion)
    expect(flags('2025-11-01', text('$535 billion'))).toEqual(['wrong-figure $535 billion']);
    expect(flags('2025-11-01', text('$510 billion'))).toEqual([]);
    // (two digits, "about $530 billion", keep the tenth)
    expect(flags('2025-11-01', text('$530 billion'))).toEqual([]);
  });
});

describe('a value the data writes with one leading digit', () => {
  it('is not rounded from half a step away', () => {
    // (the merger valued SpaceX at $1 trillion)
    const text = (amount: string): string =>
      `SpaceX was valued at ${amount} in its merger with xAI.`;
    expect(flags('2026-02-04', text('$1.5 trillion'))).toEqual(['wrong-figure $1.5 trillion']);
    expect(flags('2026-02-04', text('$1.05 trillion'))).toEqual([]);
    expect(flags('2026-02-04', text('$1 trillion'))).toEqual([]);
  });
});

describe('a plain figure against a value the data holds as "about"', () => {
  it("strays no further than the data's rounding and a little more", () => {
    // (Meta put the Louisiana campus's development cost at about $27 billion)
    const text = (amount: string, hedge = ''): string =>
      `Meta and Blue Owl Capital formed a ${hedge}${amount} joint venture to fund the ` +
      'Louisiana campus.';
    expect(flags('2025-10-25', text('$29 billion'))).toEqual(['wrong-figure $29 billion']);
    expect(flags('2025-10-25', text('$27.5 billion'))).toEqual([]);
    // (a hedged figure keeps the tenth on both sides)
    expect(flags('2025-10-25', text('$29 billion', 'roughly '))).toEqual([]);
  });
});

describe('a slip of the chosen value against another value that agrees', () => {
  it('the digits swapped outweigh a ruled-out value that happens to match', () => {
    // (Meta's deal with Nebius is worth up to $27 billion; Meta's 2025 capex outlook of
    // $70-72 billion is a forecast, no deal)
    expect(
      flags(
        '2026-03-20',
        'Meta has agreed a $72 billion compute deal with Nebius running five years.',
      ),
    ).toEqual(['wrong-figure $72 billion']);
  });
});

describe('the amount a whole grew by, on the day of the new whole', () => {
  it('is the new money, not a wrong total', () => {
    // (in March 2025 TSMC added $100 billion, taking its Arizona total to $165 billion)
    const text = (amount: string): string =>
      `At the White House, TSMC unveiled a ${amount} investment in its Arizona chip plants.`;
    expect(flags('2025-03-05', text('$100 billion'))).toEqual([]);
    expect(flags('2025-03-05', text('$120 billion'))).toEqual(['wrong-figure $120 billion']);
  });
});

describe('a range against a range', () => {
  it('agrees end by end, not by overlapping', () => {
    // (Meta's April 2025 outlook for the year's capital spending was $64 to $72 billion)
    const text = (low: number): string =>
      `Meta raised its outlook and now expects capital expenditures of $${low} billion to ` +
      '$72 billion this year.';
    expect(flags('2025-05-01', text(66))).toEqual(['wrong-figure $66 billion to $72 billion']);
    expect(flags('2025-05-01', text(64))).toEqual([]);
  });

  it('right at one end, is a slip of the range it shares that end with', () => {
    // (Meta guided to $115-135 billion of capex for 2026 in January, $125-145 billion in April)
    const [finding] = checkDocument(
      dated('2026-06-10', 'Meta guided to capital expenditure of $115 billion to $153 billion.'),
      index,
      { today: TODAY },
    ).findings;
    expect(finding.fixes?.[0].edits[0].newText).toBe('$115 billion to $135 billion');
  });
});

describe('"about" a figure against a range in the data', () => {
  it('is held to the range, which is already the spread of the value', () => {
    // (Nvidia guided to about $43 billion, plus or minus 2%, for its fiscal 2026 first quarter)
    const text = (value: number): string =>
      `Nvidia guided to revenue of about $${value} billion for its fiscal 2026 first quarter.`;
    expect(flags('2025-02-27', text(48))).toEqual(['wrong-figure $48 billion']);
    expect(flags('2025-02-27', text(44))).toEqual([]);
  });
});

describe('a value reported ahead of its day', () => {
  it("agrees with the round that closed days after the text, not with a later one's", () => {
    // (Anthropic's round closed on 28 May 2026 at $900 billion before the money; in February
    // it was valued at $380 billion)
    const text = (value: number): string =>
      `Anthropic is said to be closing a round at a $${value} billion valuation.`;
    expect(flags('2026-05-20', text(900))).toEqual([]);
    expect(flags('2026-05-20', text(700))).toEqual(['wrong-figure $700 billion']);
    expect(flags('2026-04-20', text(900))).toEqual(['wrong-figure $900 billion']);
  });
});

describe('a figure under a ceiling', () => {
  it('is the slip of the firm value whose digits it swaps, not an amount within the ceiling', () => {
    // (Microsoft's deal with Nebius: $17.4 billion, up to $19.4 billion with options)
    const text = (value: string): string =>
      `Microsoft signed a $${value} billion deal with Nebius for GPU capacity.`;
    expect(flags('2025-09-12', text('14.7'))).toEqual(['wrong-figure $14.7 billion']);
    expect(flags('2025-09-12', text('17.4'))).toEqual([]);
    // (the data holds the deal with its options as between the two: an amount under the firm
    // value is no reading of the ceiling)
    expect(flags('2025-09-12', text('15'))).toEqual(['wrong-figure $15 billion']);
  });
});

describe("a round's terms given together", () => {
  it('the amount raised names the round whose valuation is given beside it', () => {
    // (OpenAI raised $6.6 billion in October 2024 at a $157 billion valuation)
    // (Anthropic's round of March 2025: $3.5 billion, at a $61.5 billion valuation; five months on,
    // a valuation no date names is too old to judge, but the amount raised names its round)
    const text = (value: number): string =>
      `Anthropic closed a $3.5 billion round at a $${value} billion valuation.`;
    expect(flags('2025-08-01', text(65.1))).toEqual(['wrong-figure $65.1 billion']);
    expect(flags('2025-08-01', text(61.5))).toEqual([]);
  });

  it('not where a goal stands between them', () => {
    // (xAI's round of November 2025 sought $15 billion at $200 billion; January's closed at $20
    // billion at about $230 billion)
    const text =
      '# Q4 2025 letter to our partners\n\n*Thursday 15 January 2026*\n\n**Marks.** ' +
      "xAI's newest round closed at $20 billion, above its $15 billion target, at a valuation of " +
      'about $230 billion; it was announced around 6 January.';
    expect(flagsOf(text, index)).toEqual([]);
  });
});

describe('a slip of a later value of the series', () => {
  it('is fixed to that value, not to the earlier one the words point at', () => {
    // (SSI was valued at more than $30 billion in February 2025 and at $32 billion in April)
    const text = dated(
      '2025-04-14',
      'Greenoaks led the round that recently valued Safe Superintelligence at $23 billion.',
    );
    expect(findingsOf(text, index)).toEqual([['wrong-figure', '$23 billion', '$32 billion']]);
  });
});

describe("a round's lead named with no figure", () => {
  it('is judged against the round spoken of, or the one of the days before the text', () => {
    const leading = (lead: string): string[] =>
      flags(
        '2025-05-13',
        `Perplexity is raising money again. ${lead} is leading the round, people familiar said.`,
      );
    expect(leading('IVP')).toEqual(['wrong-attribution IVP']);
    expect(leading('Accel')).toEqual([]);
    const led = (text: string): string[] =>
      flags('2024-06-12', `Mistral AI raised €600 million this week. ${text}`);
    expect(led('Led by Lightspeed, it also drew money from Nvidia and Samsung.')).toEqual([
      'wrong-attribution Lightspeed',
    ]);
    expect(led('A newspaper reported that Lightspeed led the round.')).toEqual([
      'wrong-attribution Lightspeed',
    ]);
    expect(led('Led by General Catalyst, it also drew money from Nvidia and Samsung.')).toEqual([]);
  });

  it('is no company named with a title, which qualifies the person after it', () => {
    const text =
      'Thinking Machines raised $2 billion. Led by former OpenAI CTO Mira Murati, the startup ' +
      'is valued at $12 billion.';
    expect(flags('2025-07-16', text)).toEqual([]);
  });
});

describe('a deal written with the wrong partner', () => {
  it('takes the company money goes "into" as a party', () => {
    // Amazon's $50 billion of February 2026 went into OpenAI
    const text = (who: string): string => `Amazon put $50 billion into ${who} two months ago.`;
    expect(flags('2026-04-20', text('xAI'))).toEqual(['wrong-attribution xAI']);
    expect(flags('2026-04-20', text('OpenAI'))).toEqual([]);
  });

  it("may be the slip where the headline names the deal's partner, not the one written", () => {
    // Google's April 2026 deal: $10 billion at once, up to $40 billion in all; Amazon's was $5
    // billion at once (and Nvidia's 2025 one up to $10 billion, named nowhere here)
    const text = (headline: string): string =>
      `# ${headline}\n\nGoogle is set to put as much as $40 billion into Anthropic, in cash and ` +
      'compute.\n\nAmazon plans to invest $10 billion at once, valuing Anthropic at $350 billion.';
    // (the article is about Google's deal: the partner is offered first)
    expect(
      flagsAndFixesOf(
        dated('2026-04-25', text('Google readies up to $40 billion for Anthropic')),
        index,
      ),
    ).toEqual(['wrong-figure Amazon plans to invest $10 billion -> Google']);
    // (a headline naming neither: Google, named before, may be where the figure came from)
    expect(flags('2026-04-25', text('The backers of Anthropic'))).toEqual([
      'wrong-figure $10 billion',
    ]);
  });

  it('offers the partner whose two deals share the figure', () => {
    // Amazon put $4 billion into Anthropic in 2023 and again in 2024; Google's 2023 sum was $2
    // billion: either Amazon deal says the partner slipped
    const text = dated(
      '2025-01-15',
      '# Amazon-backed Anthropic weighs a new round\n\nAnthropic is weighing a new raise, a few ' +
        'months after its $4 billion in funding from Google.',
    );
    expect(flagsAndFixesOf(text, index)).toEqual([
      'wrong-figure $4 billion in funding from Google -> Amazon',
    ]);
  });
});
