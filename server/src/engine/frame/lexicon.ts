import type { Dimension } from '../reference/types';

/**
 * The metric lexicon: nouns that say what a figure measures. It names the measures the data does
 * not hold as well as those it does, so a figure about cash or net income is known to be about
 * something else, not bound to the nearest revenue or valuation of its company.
 *
 * `properties` lists the fact properties the metric may be; an empty list means the data holds
 * no fact of that kind. Patterns are matched case-insensitively on whole words.
 */
export interface Metric {
  id: string;
  pattern: RegExp;
  properties: readonly string[];
  /** the dimensions of figures it can measure, when not every one */
  dims?: readonly Dimension[];
  /**
   * names a kind of money moved, not one measure ("invest"): it rules facts out, but does not by
   * itself identify the claim well enough to judge a figure whose subject is named further off
   */
  broad?: true;
}

/** Words that make a profit line the company's own measure, not its statements'. */
const ADJUSTED = String.raw`(?:adjusted|non-?GAAP|pro[- ]forma|underlying|core)`;

export const METRICS: readonly Metric[] = [
  // profit and loss lines: judged only where named so (reference/properties.ts, `namedOnly`);
  // one of the company's own making ("adjusted net income") is not the one its statements
  // report: listed first, it wins where both end at the same word; a margin is a ratio of them,
  // below
  {
    id: 'adjusted-operating-income',
    pattern: new RegExp(String.raw`\b${ADJUSTED}\s+operating (?:income|profits?)\b`, 'i'),
    properties: ['adjusted-operating-income'],
  },
  {
    id: 'adjusted-net-income',
    pattern: new RegExp(
      String.raw`\b${ADJUSTED}\s+(?:net )?(?:income|profits?|earnings)\b(?!\s+per\b)`,
      'i',
    ),
    properties: ['adjusted-net-income'],
  },
  // a gross or pre-tax profit: lines the data holds no facts of
  {
    id: 'other-profit',
    pattern: /\b(?:gross|pre-?tax)\s+profits?\b/i,
    properties: [],
  },
  // the company's own losses and EBITDA: the data holds no facts of them
  {
    id: 'adjusted-profit',
    pattern: new RegExp(
      String.raw`\b${ADJUSTED}\s+(?:net |operating )?(?:loss(?:es)?|EBITDA)\b|\bEBITDA\b`,
      'i',
    ),
    properties: [],
  },
  {
    id: 'operating-income',
    pattern: /\boperating (?:income|profits?)\b/i,
    properties: ['operating-income'],
  },
  {
    id: 'operating-loss',
    pattern: /\boperating loss(?:es)?\b/i,
    properties: ['operating-loss'],
  },
  {
    id: 'net-income',
    // "it earned $19.3 billion in the quarter": what a company earns is its profit, and a profit
    // said bare is its net income (not a gross, operating or pre-tax one, nor a "for-profit" arm)
    pattern: new RegExp(
      String.raw`\bnet (?:income|profits?|earnings)\b|\bearned\b` +
        String.raw`|(?<!\b(?:gross|operating|pre-?tax|adjusted|underlying|core)\s)(?<![\w-])profits?\b` +
        String.raw`(?!\s+(?:margins?|shar\w*|warnings?|taking)\b)`,
      'i',
    ),
    properties: ['net-income'],
  },
  {
    id: 'net-loss',
    pattern: /\bnet loss(?:es)?\b/i,
    properties: ['net-loss'],
  },
  // one-off items booked beside the results: "a $4.5 billion charge", "a $17 billion gain on"
  {
    id: 'one-off',
    pattern: new RegExp(
      String.raw`\b(?:charges?|write-?(?:downs?|offs?)|impairments?)\b` +
        String.raw`|\b(?:one-time |one-off |paper |unreali[sz]ed )?gains? (?:on|from)\b` +
        // "a $4.2 billion valuation gain": what a holding's new price added to its holder's books
        String.raw`|\b(?:valuation|investment|mark-to-market|fair[- ]value) gains?\b` +
        // "posted a $2 billion gain": a sum's gain is booked, not a price's (a share move is in %)
        String.raw`|(?<=\b(?:million|billion|trillion|bn)\s)gains?\b`,
      'i',
    ),
    properties: [],
  },
  {
    // what a blow costs in sales is no level of them: "export rules would cost it $2 billion of
    // sales", "a $700 million revenue hit", "a $2 billion hit to sales" (listed before revenue,
    // it wins the tie)
    id: 'revenue-lost',
    // (case kept: the company after "cost" is a capitalised name, "cost over $1 trillion" is a
    // price)
    pattern: new RegExp(
      String.raw`\b[Cc]ost(?:s|ing)?\s+(?:it|them|us|the company|\p{Lu}[\p{L}.&-]*)\s+` +
        String.raw`(?:about\s+|roughly\s+|some\s+|an estimated\s+)?(?=[$€£\d])` +
        String.raw`|\b(?:[Ll]ost|[Ff]orgone|[Ff]oregone)\s+(?:revenue|sales)\b` +
        // (a noun after its sum, "a $700 million revenue hit", not the verb: "revenue hit $102B")
        String.raw`|(?<=\b(?:million|billion|trillion|bn)\s)(?:revenue|sales)\s+(?:hit|loss|impact)\b` +
        String.raw`|\bhit to (?:revenue|sales)\b`,
      'u',
    ),
    properties: [],
  },
  {
    id: 'earnings-per-share',
    // "earnings per diluted share", "diluted earnings per share", "per-share earnings"
    pattern:
      /\bearnings per (?:(?:basic|diluted) )?share\b|\bper-share (?:earnings|profit)\b|\bEPS\b/i,
    properties: [],
  },
  {
    id: 'margin',
    pattern: /\b(?:gross |operating |net |profit )?margins?\b/i,
    properties: [],
  },
  {
    id: 'expenses',
    // ("a one-time tax expense of $15.9 billion" is no profit)
    pattern:
      // (and the lines of them: "sales and marketing", "stock-based compensation")
      new RegExp(
        String.raw`\b(?:operating )?expenses\b|\b(?:total|operating|tax) expense\b|\bR&D\b` +
          String.raw`|\bresearch and development\b|\bsales (?:and|&) marketing\b|\bmarketing\b` +
          String.raw`|\b(?:general and )?administrative\b|\bSG&A\b|\bcost of (?:sales|revenues?)\b` +
          String.raw`|\b(?:stock|share)(?:-based)? compensation\b`,
        'i',
      ),
    properties: [],
  },
  // how much a system serves and how soon it answers, which the data holds no facts of ("three
  // times the throughput", "responses four times faster"); not "faster" alone, which a chip's
  // compute is said to be
  {
    id: 'throughput',
    pattern: /\bthroughput\b|\blatency\b|\bresponses?\s+(?:[\w.-]+\s+){0,3}?faster\b/i,
    properties: [],
    dims: ['multiple', 'percent'],
  },
  // what a company loses in cash: "burning $8 billion a year", "a cash burn of"
  { id: 'burn', pattern: /\bburn(?:s|ed|ing|t)?\b/i, properties: [] },
  // the balance sheet and cash
  // (and cash a company's operations bring in: "took in $141 billion of cash from operations")
  {
    id: 'cash-flow',
    pattern:
      /\b(?:free |operating )?cash flows?\b|\bcash (?:generated )?from (?:its |their )?operations\b/i,
    properties: [],
  },
  // not a bare "cash": "$20 billion in cash" may be what a deal pays
  {
    id: 'cash',
    pattern:
      /\bcash (?:and (?:cash )?equivalents|on hand|reserves?|pile|position|balance)\b|\bmarketable securities\b/i,
    properties: [],
  },
  {
    id: 'debt',
    pattern:
      // (a bond named by what repays it, "an industrial revenue bond", is a bond)
      new RegExp(
        String.raw`\bdebt\b|\bborrowings?\b|\b(?:(?:industrial|municipal) )?(?:revenue )?bonds?\b` +
          String.raw`|\bcredit (?:facility|facilities|lines?)\b|\bline of credit\b|\brevolver\b`,
        'i',
      ),
    properties: [],
  },
  // what customers ordered in a period ("$12.1 billion in AI server orders"); orders still to be
  // filled, or what orders added to them, are a backlog, below
  {
    id: 'orders',
    pattern:
      /\b(?:new |AI |server |AI server )?orders\b(?!\s+(?:on hand|added|adding|add|lifted|pushed))|\bbookings\b/i,
    properties: [],
  },
  {
    id: 'buyback',
    // (and what was paid out in both: "returned $20 billion to shareholders")
    pattern:
      /\bbuybacks?\b|\brepurchas(?:e|es|ed|ing)\b|\bdividends?\b|\bto (?:share|stock)holders\b/i,
    properties: [],
  },
  // what people are paid or fined
  {
    id: 'pay',
    pattern: /\bsalar(?:y|ies)\b|\bcompensation\b|\bpay package\b|\bbonus(?:es)?\b/i,
    properties: [],
  },
  {
    id: 'penalty',
    pattern: /\bfines?\b|\bpenalt(?:y|ies)\b|\bsettlements?\b|\bdamages\b/i,
    properties: [],
  },
  { id: 'price-target', pattern: /\bprice targets?\b/i, properties: [] },
  // sales a company lost or may lose: "cost it as much as $8 billion in potential quarterly sales"
  {
    id: 'lost-sales',
    pattern: /\b(?:lost|forgone|potential|missed)\s+(?:\w+\s+)?(?:sales|revenues?)\b/i,
    properties: [],
  },
  // what a holder got for selling a stake: "sold its entire Nvidia stake for $5.8 billion"
  {
    id: 'stake-sale',
    pattern: new RegExp(
      String.raw`\b(?:s[eo]ld|sells|selling|sale of|dump(?:s|ed|ing)|offload(?:s|ed|ing)?` +
        String.raw`|unload(?:s|ed|ing)?|flog(?:s|ged|ging)|divest(?:s|ed|ing)?|cash(?:es|ed|ing) out)` +
        // (metrics are sought within a sentence: a full stop in it is an abbreviation's, "U.S.")
        String.raw`\b[^;]{0,40}\b(?:stakes?|holdings?|position)\b[^;$€£]{0,40}?\bfor\b`,
      'i',
    ),
    properties: [],
  },
  // how far a result beat or missed the market's forecast: "topped estimates by 1.5%"
  {
    id: 'beat-or-miss',
    pattern: /\b(?:expectations?|estimates?|consensus|forecasts?|projections?)\s+by\b/i,
    properties: [],
  },
  // what was shipped: counted in units, or in money ("AI server shipments of $8.2 billion"), which
  // is neither a backlog nor the company's revenue; a share of shipments is a market share
  {
    id: 'shipments',
    pattern: /\bshipments?\b|\bshipped\b/i,
    properties: ['market-share', 'chips'],
  },
  // measures the data holds
  {
    id: 'revenue',
    pattern: /\brevenues?\b|\bnet sales\b|\bsales\b|\bturnover\b/i,
    properties: ['revenue', 'run-rate'],
  },
  {
    id: 'capex',
    pattern: /\bcapital (?:expenditures?|spending|investments?|projects)\b|\bcapex\b/i,
    properties: ['capex', 'spend'],
  },
  {
    id: 'backlog',
    pattern:
      /\bbacklog\b|\bremaining performance obligations?\b|\bRPO\b|\borders on hand\b|\bcontracted revenue\b/,
    properties: ['backlog'],
  },
  {
    id: 'valuation',
    pattern: /\bvaluations?\b|\bpost-money\b/i,
    properties: ['valuation', 'market-cap'],
  },
  // "deals worth $1.4 trillion": what deals or contracts are worth is their value, not the
  // valuation of the company that signed them
  {
    id: 'deal-worth',
    pattern: new RegExp(
      String.raw`\b(?:deals?|contracts?|agreements?|pacts?|commitments?|orders?|partnerships?` +
        String.raw`|packages?)\s+(?:(?:together|combined|collectively)\s+)?worth\b`,
      'i',
    ),
    properties: ['value', 'investment', 'spend'],
    dims: ['money'],
  },
  // what is put into a company or a project, "will invest $5 billion in xAI": its money, not the
  // valuation named beside it
  {
    id: 'invested',
    pattern: /\binvest(?:s|ed|ing)?\b|\binvestments?\b/i,
    properties: ['investment', 'raised', 'value', 'spend', 'capex'],
    dims: ['money'],
    broad: true,
  },
  // "valued at" is said of a company, and as well of a stake, a deal or a share: whatever has a
  // value
  {
    id: 'valued',
    // ("the round values the company at", "values the six-year-old startup at": the verb, not
    // the noun)
    pattern:
      /\bvalu(?:ed|ing)\b|\bvalues\s+(?:it|(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}[\w-]+)\s+at\b/i,
    properties: ['valuation', 'market-cap', 'value', 'price'],
  },
  {
    id: 'market-cap',
    pattern: /\bmarket (?:cap|capitali[sz]ation|value)\b/i,
    properties: ['market-cap', 'valuation'],
  },
  // a move of the share price ("sent its shares up 8 per cent"), not a result that moved it
  {
    id: 'share-move',
    pattern: new RegExp(
      String.raw`\b(?:shares|stock|share price|stock price)\s+(?:(?:were|was|had|have|has|are|is)\s+)?` +
        String.raw`(?:\w+\s+)?(?:up|down|(?:rose|fell|jumped|climbed|gained|dropped|slid|sank|surged` +
        String.raw`|soared|tumbled|plunged|rallied|slumped|declined|added|lost)\b|(?:ris|fall|jump|climb` +
        String.raw`|gain|dropp|slid|sink|surg|soar|tumbl|plung|rally|slump|declin)ing` +
        // (a headline's present: "stock jumps 10%")
        String.raw`|(?:rise|fall|jump|climb|gain|drop|slide|sink|surge|soar|tumble|plunge|slump` +
        String.raw`|decline|add|lose)s|rallies` +
        // ("caused its share price to drop 5%")
        String.raw`|to\s+(?:rise|fall|jump|climb|gain|drop|slide|sink|surge|soar|tumble|plunge` +
        String.raw`|rally|slump|decline))\b`,
      'i',
    ),
    properties: ['share-move', 'price', 'market-cap'],
    // ("shares rose as it hired 41,000": a count is no move of a price)
    dims: ['percent', 'money'],
  },
  {
    id: 'market-share',
    pattern: /\bmarket share\b|\bshare of the (?:\w+ )?market\b/i,
    properties: ['market-share'],
  },
];

/** A metric's pattern made global, for scanning a text. */
export interface MetricScan {
  metric: Metric;
  scan: RegExp;
}

/**
 * The metrics that can measure a figure of a dimension, each pattern made global once (not once
 * per figure).
 */
export function metricScans(dim: Dimension): readonly MetricScan[] {
  let scans = scansByDim.get(dim);
  if (!scans) {
    scans = METRICS.filter((m) => !m.dims || m.dims.includes(dim)).map((metric) => ({
      metric,
      scan: new RegExp(metric.pattern.source, `${metric.pattern.flags}g`),
    }));
    scansByDim.set(dim, scans);
  }
  return scans;
}
const scansByDim = new Map<Dimension, readonly MetricScan[]>();

/**
 * The older, wider list of measures the data holds no property for, read in the few words on
 * either side of a figure before any frame is built (check/bind.ts): a figure these words describe
 * is left alone ("an operating loss of $14 billion" is no valuation, whatever else the sentence
 * says).
 */
export const FOREIGN_MEASURES = new RegExp(
  // (net and operating profit and loss are lines the data holds: the frame's metric reads them)
  String.raw`\bgross\s+(?:loss|losses|income|profit|margin)\b` +
    // (not a "non-profit" or a "for-profit": a kind of organisation)
    String.raw`|(?<!\b(?:net|operating)\s+)(?<![-\u2010\u2011])\b(?:loss|losses|profit|profits)\b` +
    String.raw`|\b(?:margin|ebitda|cash flow|debt|salary` +
    String.raw`|salaries|price target|fine|penalty|budget|bonus|compensation` +
    String.raw`|pay package|earnings per (?:(?:basic|diluted)\s+)?share|respondents|surveyed|poll(?:ed)?|voters)\b`,
  'i',
);
