import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../server/src/engine/extract/quantities';
import { rewriteInStyle } from '../../server/src/engine/check/rewrite';

/** [text, figure as written, dimension, min, max, unit, hedge] */
const CASES: [string, string, string, number, number, string | undefined, string | undefined][] = [
  ['a $38 billion deal', '$38 billion', 'money', 38e9, 38e9, 'USD', undefined],
  ['a $38B deal', '$38B', 'money', 38e9, 38e9, 'USD', undefined],
  ['a $38bn deal', '$38bn', 'money', 38e9, 38e9, 'USD', undefined],
  ['worth US$38bn over', 'US$38bn', 'money', 38e9, 38e9, 'USD', undefined],
  ['a 38 billion dollar commitment', '38 billion dollar', 'money', 38e9, 38e9, 'USD', undefined],
  ['or $38,000 million if', '$38,000 million', 'money', 38e9, 38e9, 'USD', undefined],
  ['about $1.4 trillion on', '$1.4 trillion', 'money', 1.4e12, 1.4e12, 'USD', 'approx'],
  ['roughly $1.4tn for', '$1.4tn', 'money', 1.4e12, 1.4e12, 'USD', 'approx'],
  ['a $1.4T plan', '$1.4T', 'money', 1.4e12, 1.4e12, 'USD', undefined],
  ['raised €5bn from', '€5bn', 'money', 5e9, 5e9, 'EUR', undefined],
  // as Malaysian and Singaporean papers write them
  ['that raised US$916mil.', 'US$916mil', 'money', 916e6, 916e6, 'USD', undefined],
  // yuan, Hong Kong and Taiwan dollars, as the press of each writes them
  [
    'revenue of 31.7 billion yuan in',
    '31.7 billion yuan',
    'money',
    31.7e9,
    31.7e9,
    'CNY',
    undefined,
  ],
  ['revenue of RMB31.7 billion in', 'RMB31.7 billion', 'money', 31.7e9, 31.7e9, 'CNY', undefined],
  ['priced at HK$165 a share', 'HK$165', 'money', 165, 165, 'HKD', undefined],
  ['a fee of S$873 million', 'S$873 million', 'money', 873e6, 873e6, 'SGD', undefined],
  ['a NZ$2 billion fund', 'NZ$2 billion', 'money', 2e9, 2e9, 'NZD', undefined],
  [
    'revenue of NT$1.046 trillion',
    'NT$1.046 trillion',
    'money',
    1.046e12,
    1.046e12,
    'TWD',
    undefined,
  ],
  [
    'revenue of 1.046 trillion New Taiwan dollars',
    '1.046 trillion New Taiwan dollars',
    'money',
    1.046e12,
    1.046e12,
    'TWD',
    undefined,
  ],
  ['worth US$2.5bil in all', 'US$2.5bil', 'money', 2.5e9, 2.5e9, 'USD', undefined],
  ['some £2 billion', '£2 billion', 'money', 2e9, 2e9, 'GBP', 'approx'],
  [
    'sales of 32.8 trillion won in',
    '32.8 trillion won',
    'money',
    32.8e12,
    32.8e12,
    'KRW',
    undefined,
  ],
  [
    'sales of KRW 32.8 trillion in',
    'KRW 32.8 trillion',
    'money',
    32.8e12,
    32.8e12,
    'KRW',
    undefined,
  ],
  ['sales of ₩32.8 trillion in', '₩32.8 trillion', 'money', 32.8e12, 32.8e12, 'KRW', undefined],
  ['a $6.6-billion round', '$6.6-billion', 'money', 6.6e9, 6.6e9, 'USD', undefined],
  [
    'an 17.1-billion-euro valuation',
    '17.1-billion-euro',
    'money',
    17.1e9,
    17.1e9,
    'EUR',
    undefined,
  ],
  ['an 8-billion-dollar campus', '8-billion-dollar', 'money', 8e9, 8e9, 'USD', undefined],
  ['$20–25 billion per gigawatt', '$20–25 billion', 'money', 20e9, 25e9, 'USD', undefined],
  // (the currency written again after the dash: the scale is still both ends')
  ['capex of $81–$83 billion', '$81–$83 billion', 'money', 81e9, 83e9, 'USD', undefined],
  [
    'half a trillion dollars in',
    'half a trillion dollars',
    'money',
    0.5e12,
    0.5e12,
    'USD',
    undefined,
  ],
  ['up to $100 billion', '$100 billion', 'money', 100e9, 100e9, 'USD', 'at-most'],
  // (a verb's "up" is no cap: the figure is reached)
  ['could scale up to $100 billion', '$100 billion', 'money', 100e9, 100e9, 'USD', undefined],
  ['the parts add up to $100 billion', '$100 billion', 'money', 100e9, 100e9, 'USD', undefined],
  ['an additional up to $100 billion', '$100 billion', 'money', 100e9, 100e9, 'USD', 'at-most'],
  ['more than $20 billion', '$20 billion', 'money', 20e9, 20e9, 'USD', 'at-least'],
  ['revenue topped $100 billion', '$100 billion', 'money', 100e9, 100e9, 'USD', 'at-least'],
  ['its users surpassed 800 million', '800 million', 'count', 800e6, 800e6, undefined, 'at-least'],
  ['it crossed the $4 trillion mark', '$4 trillion', 'money', 4e12, 4e12, 'USD', 'at-least'],
  [
    'the first to break through the $3 trillion barrier',
    '$3 trillion',
    'money',
    3e12,
    3e12,
    'USD',
    'at-least',
  ],
  ['nearly $140 billion', '$140 billion', 'money', 140e9, 140e9, 'USD', 'nearly'],
  ['a seven-year deal', 'seven-year', 'duration', 84, 84, 'month', undefined],
  ['a 7-year deal', '7-year', 'duration', 84, 84, 'month', undefined],
  // over a span is through it: "$38 billion over seven years"; "more than" is the bound
  ['over seven years', 'seven years', 'duration', 84, 84, 'month', undefined],
  ['over the next eight years', 'eight years', 'duration', 96, 96, 'month', undefined],
  ['more than seven years', 'seven years', 'duration', 84, 84, 'month', 'at-least'],
  ['for 18 months', '18 months', 'duration', 18, 18, 'month', undefined],
  ['within a decade', 'a decade', 'duration', 120, 120, 'month', undefined],
  ['a twenty-five-year lease', 'twenty-five-year', 'duration', 300, 300, 'month', undefined],
  ['30 gigawatts of capacity', '30 gigawatts', 'power', 30e9, 30e9, 'W', undefined],
  ['about 4.5GW of', '4.5GW', 'power', 4.5e9, 4.5e9, 'W', 'approx'],
  ['a 600 MW campus', '600 MW', 'power', 600e6, 600e6, 'W', undefined],
  ['one gigawatt of', 'one gigawatt', 'power', 1e9, 1e9, 'W', undefined],
  ['holds 27% of', '27%', 'percent', 27, 27, '%', undefined],
  ['holds 27 percent of', '27 percent', 'percent', 27, 27, '%', undefined],
  ['holds 27 per cent of', '27 per cent', 'percent', 27, 27, '%', undefined],
  ['holds ~27% of', '27%', 'percent', 27, 27, '%', 'approx'],
  ['share — ~27% of', '27%', 'percent', 27, 27, '%', 'approx'],
  ['160 million shares of AMD', '160 million', 'count', 160e6, 160e6, 'share', undefined],
  ['one million TPUs', 'one million', 'count', 1e6, 1e6, 'tpu', undefined],
  ['100,000 H100s in Memphis', '100,000', 'count', 1e5, 1e5, 'h100', undefined],
  // (thousands set apart by spaces, as much of Europe writes them)
  ['about 600 000 Nvidia chips', '600 000', 'count', 6e5, 6e5, 'chip', 'approx'],
  ['power 25 million U.S. homes', '25 million', 'count', 25e6, 25e6, 'home', undefined],
  // (a count joined to its noun: an area or a workforce, not a machine's make-up)
  ['a 1,200-acre campus', '1,200', 'count', 1200, 1200, 'acre', undefined],
  ['800 million weekly users', '800 million', 'count', 800e6, 800e6, 'user', undefined],
  [
    'reaches 800 million people every week',
    '800 million',
    'count',
    800e6,
    800e6,
    'person',
    undefined,
  ],
  [
    'hundreds of thousands of Nvidia chips',
    'hundreds of thousands',
    'count',
    1e5,
    999_999,
    'chip',
    'approx',
  ],
  ['a warrant for 106M shares', '106M', 'count', 106e6, 106e6, 'share', undefined],
  ['between 4 and 5 million GPUs', 'between 4 and 5 million', 'count', 4e6, 5e6, 'gpu', undefined],
  ['4–5 GW of capacity', '4–5 GW', 'power', 4e9, 5e9, 'W', undefined],
  [
    'it rose 3.5 percentage points',
    '3.5 percentage points',
    'percent',
    3.5,
    3.5,
    'points',
    undefined,
  ],
  ['built in 122 days', '122 days', 'duration', 122 / 30.4375, 122 / 30.4375, 'month', undefined],
  [
    'capex of $150 billion to $175 billion',
    '$150 billion to $175 billion',
    'money',
    150e9,
    175e9,
    'USD',
    undefined,
  ],
  ['almost $1 trillion', '$1 trillion', 'money', 1e12, 1e12, 'USD', 'nearly'],
  ['as much as $1 trillion', '$1 trillion', 'money', 1e12, 1e12, 'USD', 'at-most'],
  ['less than $1 trillion', '$1 trillion', 'money', 1e12, 1e12, 'USD', 'below'],
  ['a hundred thousand GPUs', 'a hundred thousand', 'count', 1e5, 1e5, 'gpu', undefined],
  ['two hundred million users', 'two hundred million', 'count', 2e8, 2e8, 'user', undefined],
  [
    'two hundred and fifty billion dollars',
    'two hundred and fifty billion dollars',
    'money',
    250e9,
    250e9,
    'USD',
    undefined,
  ],
  [
    'nine hundred ninety-nine thousand chips',
    'nine hundred ninety-nine thousand',
    'count',
    999e3,
    999e3,
    'chip',
    undefined,
  ],
  [
    'twenty-five trillion dollars',
    'twenty-five trillion dollars',
    'money',
    25e12,
    25e12,
    'USD',
    undefined,
  ],
  ['Weekly users: about 70 million', '70 million', 'count', 70e6, 70e6, undefined, 'approx'],
  ['80 GB of HBM3', '80 GB', 'count', 80, 80, 'gb', undefined],
  ['carries 141GB of HBM3e', '141GB', 'count', 141, 141, 'gb', undefined],
  ['a 13.5 TB rack', '13.5 TB', 'count', 13.5, 13.5, 'tb', undefined],
];

describe('what is not a figure', () => {
  it.each([
    ['a 70M parameter model', 'a letter scale without a counted noun'],
    ['up 4 GB/s', 'a rate of data'],
    ['the GB200 rack', 'a chip name'],
    ['covers three chip vendors', 'a counted word that qualifies another noun'],
    ['2.52 PF FP8 per chip', 'a rate per chip'],
    ['a cluster of Trainium 2 chips', "a name's version"],
    ['it trains the Llama 3 models', "a name's version"],
  ])('%s (%s)', (text) => {
    expect(extractQuantities(text).filter((q) => q.dim === 'count')).toEqual([]);
  });

  it('but a sentence that opens on a capitalised word still counts', () => {
    expect(extractQuantities('Nearly 30 chips failed.').map((q) => q.dim)).toEqual(['count']);
  });
});

describe('multiples and ordinals', () => {
  it.each([
    ['4.4x the compute', '4.4x', 'multiple', 4.4],
    ['twice the chips', 'twice', 'multiple', 2],
    ['a fourfold rise', 'fourfold', 'multiple', 4],
    ['64 times as many chips', '64 times', 'multiple', 64],
    ['the seventh-generation TPU', 'seventh', 'ordinal', 7],
    ['its 7th generation TPU', '7th', 'ordinal', 7],
  ])('%s', (text, written, dim, value) => {
    const [q] = extractQuantities(text);
    expect([q.text, q.dim, q.min]).toEqual([written, dim, value]);
  });

  it('but "double-digit growth" is the size of a rate, no multiple', () => {
    expect(extractQuantities('It posted double-digit growth and triple digit gains.')).toEqual([]);
    expect(extractQuantities('It will double its capacity.').map((q) => q.text)).toEqual([
      'double',
    ]);
  });
});

describe('changes and rates are marked, not read as levels', () => {
  it.each([
    ['adding nearly $140 billion to its market value', 'change'],
    ['shares jumped by $12 billion', 'change'],
    ['the extra $2 billion between the two tranches', 'change'],
    ['it put in an additional $5 billion', 'change'],
    ['a $113 billion more than the last round', 'change'],
    ['One GW is roughly 900,000 homes', 'per'],
    ['the pre-money value plus the $122 billion', 'change'],
    ['about $1.25 billion a month', 'per'],
    ['priced at $135 a share', 'per'],
    ['it will allocate $3 billion annually to the tools', 'per'],
  ])('%s', (text, mark) => {
    const [q] = extractQuantities(text).filter((x) => x.dim === 'money' || x.dim === 'count');
    expect(mark === 'change' ? q.change : q.per).toBeTruthy();
  });
});

describe('an amount over a span of time is a rate, whatever it counts', () => {
  it.each(['1 gigawatt of compute per week', '300 MW a year'])('%s', (text) => {
    const [q] = extractQuantities(text);
    expect(q.per).toBe('time');
  });
  it('but not an amount reached by a time', () => {
    expect(extractQuantities('1 gigawatt by next year')[0].per).toBeUndefined();
  });
});

describe('extractQuantities', () => {
  it.each(CASES)('%s', (text, written, dim, min, max, unit, hedge) => {
    const found = extractQuantities(text);
    expect(found).toHaveLength(1);
    const [q] = found;
    expect(text.slice(q.start, q.end)).toBe(written);
    expect(q.text).toBe(written);
    expect(q.dim).toBe(dim);
    expect(q.min).toBeCloseTo(min, 0);
    expect(q.max).toBeCloseTo(max, 0);
    expect(q.unit).toBe(unit);
    expect(q.hedge).toBe(hedge);
  });

  it.each([
    ['in 2019', '2019', 'year'],
    ['on November 3, 2025 the', 'November 3, 2025', 'day'],
    ['on 3 Nov 2025 the', '3 Nov 2025', 'day'],
    ['in March 2025', 'March 2025', 'month'],
    ['from H2 2026', 'H2 2026', 'year'],
    ['by the end of 2026', 'the end of 2026', 'year'],
    ['in Q3 2025', 'Q3 2025', 'year'],
    ['for fiscal 2025', 'fiscal 2025', 'year'],
    ['in the second half of 2026', 'the second half of 2026', 'year'],
    ['through end-2028', 'end-2028', 'year'],
    ['from early-2027', 'early-2027', 'year'],
    ['by mid-2026', 'mid-2026', 'year'],
  ])('reads the date in "%s"', (text, written, precision) => {
    const [q] = extractQuantities(text);
    expect(q.dim).toBe('date');
    expect(q.text).toBe(written);
    expect(q.unit).toBe(precision);
  });

  it.each([
    ['In 2025 talks began; on Nov. 3 the deal was signed.', undefined, 'Nov. 3', '2025-11-03'],
    ['It was signed on November 3rd.', '2024-12-01', 'November 3rd', '2024-11-03'],
    ['The change takes effect on 18 March.', '2025-01-10', '18 March', '2025-03-18'],
    ['In 2025 it closed. On Feb. 30 nothing happened.', undefined, undefined, undefined],
    ['It was signed on Nov. 3.', undefined, undefined, undefined],
  ])('gives a date without a year the year around it: "%s"', (text, contextDay, written, iso) => {
    const context =
      contextDay === undefined ? undefined : Date.parse(`${contextDay}T00:00:00Z`) / 86_400_000;
    const q = extractQuantities(text, context).find((x) => x.yearInferred);
    expect(q?.text).toBe(written);
    if (iso) expect(q?.min).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  });

  it.each([
    ['through end-2028', '2028-10-01', '2028-12-31'],
    ['from early-2027', '2027-01-01', '2027-04-30'],
    ['near $3 billion at the start of 2025', '2025-01-01', '2025-03-31'],
    ['since the beginning of 2024', '2024-01-01', '2024-03-31'],
  ])('gives "%s" its part of the year', (text, from, to) => {
    const q = extractQuantities(text).find((x) => x.dim === 'date')!;
    const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect([q.min, q.max]).toEqual([day(from), day(to)]);
  });

  it.each([
    'GPT-4o and H100 and GB200 are names',
    'Trainium3 chips',
    'version 2.5.1 shipped',
    'the call started at 2 p.m.',
    'see Chapter 3',
    // an age, not a span of time
    'the buzzy six-year-old startup',
  ])('finds no figure in "%s"', (text) => {
    expect(extractQuantities(text).filter((q) => q.dim !== 'date')).toEqual([]);
  });

  it('keeps the written style for fixes', () => {
    const [q] = extractQuantities('a $83B deal');
    expect(q.style).toMatchObject({ prefix: '$', scaleWord: 'B', scale: 1e9, gap: '' });
    const [d] = extractQuantities('a Five-year deal');
    expect(d.style).toMatchObject({ form: 'words', capitalized: true, gap: '-', suffix: 'year' });
  });
});

describe('fixes written in the style of the figure', () => {
  it.each([
    ['182 GB', 192, '192 GB'],
    ['182GB', 192, '192GB'],
    ['$83B', 38e9, '$38B'],
    ['17.1-billion-euro', 11.7e9, '11.7-billion-euro'],
    // (a ratio written to four decimals is fixed to four)
    ['0.1343 shares', 0.1433, '0.1433'],
    // to as many decimals as the author wrote; a whole figure keeps three significant digits, or
    // as many as the author wrote ("$86 billion" against a release's $88.268 billion)
    ['$52.1 billion', 51.24e9, '$51.2 billion'],
    ['$3.3 billion', 4.27e9, '$4.3 billion'],
    ['9.6%', 6.94, '6.9%'],
    ['$52 billion', 51.24e9, '$51.2 billion'],
    ['$86 billion', 88.268e9, '$88.3 billion'],
    ['$12.5 trillion', 1.25e12, '$1.25 trillion'],
    // numbers spelled as the author spells them; a unit left singular stays so
    ['thirty-two billion dollars', 23e9, 'twenty-three billion dollars'],
    ['six billion dollars', 23e9, '23 billion dollars'],
    ['50 megawatt', 500e6, '500 megawatt'],
    ['2 gigawatts', 1e9, '1 gigawatt'],
    ['485 acres', 1200, '1,200'],
    ['4500 acres', 12000, '12000'],
    ['$9.6 billion', 10.253e9, '$10.3 billion'],
    ['US$916mil', 1.2e9, 'US$1.2bil'],
    // a slipped scale word is fixed with the author's digits where they were right
    ['$3.8 million', 3.763e9, '$3.8 billion'],
    ['$4 million', 3.763e9, '$3.76 billion'],
  ])('%s -> %s', (written, value, fixed) => {
    const [q] = extractQuantities(`It has ${written} of it.`);
    expect(
      rewriteInStyle(q, {
        dim: q.dim,
        min: value,
        max: value,
        ...(q.unit ? { unit: q.unit } : {}),
      }),
    ).toBe(fixed);
  });
});

describe('power down to watts', () => {
  it.each([
    ['rated at 700 W', 700],
    ['a 700-watt part', 700],
    ['a 1.2 kW rack', 1200],
    ['a 2 GW site', 2e9],
  ])('"%s" is %d W', (text, watts) => {
    const q = extractQuantities(text).find((x) => x.dim === 'power');
    expect(q?.min).toBe(watts);
  });
  it('reads no unit in a lone lower-case "w"', () => {
    expect(extractQuantities('a 3 w b').filter((q) => q.dim === 'power')).toEqual([]);
  });
  it('reads no figure in a size class ("a gigawatt-scale cluster")', () => {
    expect(extractQuantities('a gigawatt-scale cluster').filter((q) => q.dim === 'power')).toEqual(
      [],
    );
    expect(extractQuantities('a 1-gigawatt site').filter((q) => q.dim === 'power')).toHaveLength(1);
  });
});

describe('spans of dates', () => {
  it.each([
    ['from 2026 through 2028', ['start', 'end']],
    ['between the second half of 2026 and the end of 2029', ['start', 'end']],
    ['over 2026–2028', ['start', 'end']],
    ['in 2026 and 2028', [undefined, undefined]],
    ['through 2026 to 2028', [undefined, undefined]],
    // a start said by its verb, and an end said after it
    ['and begins in 2026, with the last completing by the end of 2028', ['start', 'end']],
    ['and starting in the second half of 2026', ['start']],
    // an end alone has no start to pair with: it stays a date of its own
    ['and is completing by the end of 2028', [undefined]],
  ])('"%s" marks its ends', (text, parts) => {
    expect(
      extractQuantities(`It runs ${text}.`)
        .filter((q) => q.dim === 'date')
        .map((q) => q.rangePart),
    ).toEqual(parts);
  });
});

describe('a range fixed in the style of the range', () => {
  it.each([
    ['4 to 5 billion', [4e6, 5e6], '4 to 5 million'],
    ['$4bn-$5bn', [4e9, 6e9], '$4bn-$6bn'],
    ['$400–500 million', [4e9, 5e9], '$4–5 billion'],
    // (the high end written bare takes the low end's currency)
    ['USD 12 billion - 16 billion', [12e9, 14e9], 'USD 12 billion - 14 billion'],
    ['$12 billion to 16 billion', [12e9, 14e9], '$12 billion to 14 billion'],
  ])('%s -> %s', (written, [min, max], fixed) => {
    const [q] = extractQuantities(`It has ${written} of them.`);
    expect(q.text).toBe(written);
    expect(rewriteInStyle(q, { dim: q.dim, min, max, ...(q.unit ? { unit: q.unit } : {}) })).toBe(
      fixed,
    );
  });
  it('writes both ends for a single amount the source gives as a range', () => {
    const [q] = extractQuantities('It will spend $95B on it.');
    expect(rewriteInStyle(q, { dim: q.dim, min: 91e9, max: 93e9, unit: 'USD' })).toBe(
      '$91B to $93B',
    );
  });
  it('writes the centre of a narrow range made from one ("plus or minus 2%")', () => {
    const [q] = extractQuantities('It expects $45 billion of it.');
    expect(rewriteInStyle(q, { dim: q.dim, min: 52.92e9, max: 55.08e9, unit: 'USD' })).toBe(
      '$54 billion',
    );
  });
  it('leaves a range written in words', () => {
    const [q] = extractQuantities('It has four to five million of them.');
    expect(rewriteInStyle(q, { dim: q.dim, min: 4e9, max: 5e9 })).toBeUndefined();
  });
});

describe('a date fix for part of a year', () => {
  const dateOf = (text: string) =>
    extractQuantities(`It ships in ${text}.`).find((q) => q.dim === 'date')!;
  it('moves the year when the part of the year is right', () => {
    const ref = dateOf('the second half of 2026');
    expect(
      rewriteInStyle(dateOf('the second half of 2027'), {
        dim: 'date',
        min: ref.min,
        max: ref.max,
        unit: 'year',
      }),
    ).toBe('the second half of 2026');
  });
  it('leaves it when the part of the year is wrong too', () => {
    const ref = dateOf('March 2026');
    expect(
      rewriteInStyle(dateOf('the second half of 2027'), {
        dim: 'date',
        min: ref.min,
        max: ref.max,
        unit: 'month',
      }),
    ).toBeUndefined();
  });
});

describe('a count joined to its noun by a hyphen', () => {
  it('counts acres and staff, not the chips a machine is built of', () => {
    expect(
      extractQuantities('It runs a 16-chip instance.').filter((q) => q.dim === 'count'),
    ).toEqual([]);
  });
});
