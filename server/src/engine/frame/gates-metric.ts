import type { SentenceContext } from '../reading';
import { PROPERTIES } from '../reference/properties';
import type { Fact } from '../reference/types';
import type { Gate } from './gate';
import { figureClause } from './clause';
import { periodOf } from './period';
import { countedNoun, holdsWord } from './words';
import { comparedWithYearBefore } from './level-before';

/**
 * Gates on what a figure's clause says it measures (the metric lexicon, frame/lexicon.ts): a
 * measure the data does not hold, another property's, a profit line not named.
 */

/** The statements' line each company's own (adjusted) line stands beside. */
export const ADJUSTED_OF: Readonly<Record<string, string>> = {
  'adjusted-net-income': 'net-income',
  'adjusted-operating-income': 'operating-income',
};

/**
 * A company's own line where the figure's words name the statements' line: ruled out, but its
 * agreement counts, since many articles give the headline (adjusted) figure as "net income".
 * Listed before `metric/named-only`, which would rule it out with no say.
 */
export const ADJUSTED_LINE: Gate = {
  id: 'metric/adjusted-line',
  summary:
    "A company's adjusted (non-GAAP) profit is not the line its statements report, but a " +
    'figure named "net income" that equals it is the adjusted one, not wrong.',
  vetoes: (frame, fact) => {
    const line = ADJUSTED_OF[fact.property];
    return line !== undefined && frame.metric?.properties.includes(line) === true;
  },
  examples: {
    silent: [
      '---\ndate: 2026-02-04\n---\n\nAMD posted its fourth-quarter results: net income rose 42% ' +
        'to a record $2.5 billion.',
    ],
    caught: [
      '---\ndate: 2026-02-04\n---\n\nAMD posted its fourth-quarter results: net income rose to ' +
        '$3.5 billion.',
    ],
  },
};

/** A profit line is judged only where named (reference/properties.ts, `namedOnly`). */
export const NAMED_ONLY: Gate = {
  id: 'metric/named-only',
  summary:
    'A profit or loss line (operating income, net income) is judged only where the ' +
    "figure's clause names it: profits of other kinds crowd the sentences around it.",
  vetoes: (frame, fact) =>
    PROPERTIES[fact.property]?.namedOnly === true &&
    !frame.metric?.properties.includes(fact.property),
  // (a figure that happens to equal a profit its clause does not name says nothing of it)
  agreementCounts: false,
  examples: {
    silent: [
      // (the data's operating profit for SK Hynix's third quarter of 2025 is cued by "record")
      '---\ndate: 2025-10-30\n---\n\nSK Hynix had a record third quarter of 2025 and set aside ' +
        '9 trillion won for new fabs.',
    ],
    caught: [
      '---\ndate: 2025-08-01\n---\n\nMicrosoft reported net income of $31.2 billion in the ' +
        'fourth quarter of fiscal 2025.',
    ],
  },
};

/**
 * A count of users said to be weekly, monthly or daily is of that frequency: another's figure
 * agreeing with it is chance (before the gates whose ruling lets agreement count).
 */
export const OTHER_FREQUENCY: Gate = {
  id: 'metric/other-frequency',
  summary:
    'A count said to be weekly, monthly or daily ("600 million weekly users") is not a ' +
    'count of another frequency, even where the numbers agree.',
  vetoes: (_frame, fact, q, ctx) => {
    const noun = countedNoun(fact, q);
    if (!noun) return false;
    const every = FREQUENCY.exec(noun)?.[0];
    const said = FREQUENCY.exec(figureClause(q, ctx).text)?.[0];
    return every !== undefined && said !== undefined && every.toLowerCase() !== said.toLowerCase();
  },
  agreementCounts: false,
  examples: {
    silent: ['---\ndate: 2025-10-07\n---\n\nChatGPT has 500 million daily users.'],
    // (ChatGPT had about 600 million monthly users in March 2025, and 800 million weekly ones in
    // October)
    caught: ['---\ndate: 2025-10-07\n---\n\nChatGPT now has 600 million weekly active users.'],
  },
};
/** How often a population is counted: weekly users are not monthly ones. */
const FREQUENCY = /\b(?:daily|weekly|monthly)\b/i;

/** A verb of raising right before a figure: "hoping to raise up to $1 billion", "raised $6.6B". */
const RAISED_BEFORE = new RegExp(
  String.raw`\brais(?:e|es|ed|ing)\s+(?:(?:up to|about|around|roughly|nearly|almost|as much as` +
    String.raw`|more than|over|another|an additional|a further|at least)\s+)?$`,
  'i',
);

/** What a company is worth, as the data holds it. */
const WORTH = new Set(['valuation', 'market-cap']);

export const METRIC_GATES: readonly Gate[] = [
  {
    id: 'metric/raised-not-worth',
    summary:
      'The sum right after a verb of raising ("set to raise up to $1 billion at twice its ' +
      'valuation") is money taken in, never what the company is worth.',
    vetoes: (_frame, fact, q, ctx) =>
      WORTH.has(fact.property) && RAISED_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)),
    examples: {
      silent: [
        '---\ndate: 2024-10-21\n---\n\n# Perplexity seeks an $8 billion valuation in a new ' +
          'round\n\nPerplexity, the AI search start-up, is in funding talks for the fourth ' +
          'time this year, set to raise up to $1 billion at more than twice its previous ' +
          'valuation.',
      ],
      caught: [
        '---\ndate: 2024-10-21\n---\n\n# Perplexity seeks an $8 billion valuation in a new ' +
          'round\n\nPerplexity, the AI search start-up, is in funding talks for the fourth ' +
          'time this year, hoping for a valuation of $1 billion.',
      ],
    },
  },
  {
    id: 'metric/not-in-data',
    summary:
      'A figure whose clause names a measure the data holds no facts of (net ' +
      'income, cash, buybacks) is about that measure, unless a fact is tagged with its word ' +
      '(a settlement the data holds as a deal).',
    vetoes: (frame, fact) => {
      const metric = frame.metric ?? frame.levelMetric;
      return metric?.properties.length === 0 && !fact.cues.some((c) => metric.pattern.test(c));
    },
    examples: {
      silent: [
        "---\ndate: 2025-11-20\n---\n\nNvidia's data center unit ended its fiscal third quarter " +
          'with $60.6 billion in cash and equivalents.',
      ],
      caught: [
        'Nvidia reported record revenue of $75 billion for its fiscal third quarter.',
        // (the authors' settlement with Anthropic was $1.5 billion)
        '---\ndate: 2025-09-26\n---\n\nA judge backed the $2.5 billion settlement Anthropic ' +
          'reached with book authors.',
      ],
    },
  },
  {
    id: 'metric/quarter-unsaid',
    summary:
      "A quarter's amount (revenue, capex) is the figure's only where its " +
      'clause names the measure or a period, or a change on a year before is said of it: "is ' +
      'spending $14.8 billion on new sites" is a project, not the quarter\'s capex.',
    vetoes: (frame, fact, q, ctx) =>
      q.dim === 'money' &&
      frame.metric === undefined &&
      frame.grain === undefined &&
      QUARTER_RESULTS.has(fact.property) &&
      periodOf(fact) === 'quarter' &&
      !ctx.dates.some((d) => d.inSentence && d.start !== q.start) &&
      !comparedWithYearBefore(q, ctx),
    // (nothing in such a clause could have been misread as the quarter's result: a match is chance)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-10-31\n---\n\nAmazon is spending $14.8 billion to build two new campuses.',
      ],
      caught: [
        '---\ndate: 2025-10-31\n---\n\nAmazon spent $41 billion on capital projects in the third quarter.',
      ],
    },
  },
  {
    id: 'metric/other-property',
    summary:
      'A figure whose clause names a measure of another property (capex, not revenue) is not this fact.',
    vetoes: (frame, fact, _q, ctx) => {
      // (a change said of the amount before it measures what that amount does: "net income of
      // $19 billion, up 40%")
      const metric = frame.metric ?? frame.levelMetric;
      return (
        metric !== undefined &&
        metric.properties.length > 0 &&
        (!metric.properties.includes(fact.property) ||
          (metric.id === 'valued' && fact.property === 'value' && !valuedThing(fact, ctx)))
      );
    },
    examples: {
      // (Amazon reports no backlog of its own; its capex was $34.2 billion that quarter)
      silent: [
        '---\ndate: 2025-10-31\n---\n\nAmazon said its backlog was $200 billion in the ' +
          'quarter, while its capex rose.',
      ],
      caught: ['Amazon expects capital expenditures of about $75 billion in 2025.'],
    },
  },
  {
    id: 'time/beside-a-rate',
    summary:
      'A figure set after a rate over time in its sentence ("burning $600 million a month ' +
      'while bringing in $1 billion") shares its span: it is no total of a quarter, half or year.',
    vetoes: (_frame, fact, q, ctx) => periodOf(fact) !== undefined && !q.per && besideRate(q, ctx),
    examples: {
      silent: [
        '---\ndate: 2025-10-10\n---\n\nOpenAI spends about $700 million a month and takes in ' +
          '$1 billion in revenue.',
      ],
      caught: [
        '---\ndate: 2025-10-10\n---\n\nOpenAI spends a lot and took in $1 billion in revenue in ' +
          'the first half of 2025.',
      ],
    },
  },
  {
    id: 'scope/project-money',
    summary:
      'Money its clause says is raised or spent "for the project" (a site, a campus, a data ' +
      "center) is the project's, not a company's round, valuation or investment.",
    vetoes: (_frame, fact, q, ctx) =>
      q.dim === 'money' &&
      COMPANY_MONEY.has(fact.property) &&
      FOR_THE_PROJECT.test(figureClause(q, ctx).text),
    examples: {
      silent: [
        "---\ndate: 2025-05-20\n---\n\nCrusoe is building a campus for OpenAI's computing needs. " +
          'The new round takes the funding raised for the project to $15 billion.',
      ],
      caught: [
        "---\ndate: 2025-05-20\n---\n\nCrusoe is building a campus for OpenAI's computing needs. " +
          "OpenAI's new round takes the funding it has raised to $15 billion.",
      ],
    },
  },
];

/** A company's own money a project's is not. */
const COMPANY_MONEY = new Set(['raised', 'valuation', 'investment']);
/** Money said to be for a site: "funding raised for the project", "money for the campus". */
const FOR_THE_PROJECT = new RegExp(
  String.raw`\bfor\s+(?:the|this|that|its)\s+(?:[\w-]+\s+)?` +
    String.raw`(?:project|site|campus|facility|data cent(?:er|re)|build-?out)\b`,
  'i',
);

/**
 * An amount of the same kind before the figure in its sentence is a rate over time, and no date
 * stands between them or after the figure to give the figure a span of its own.
 */
function besideRate(q: { start: number; dim: string }, ctx: SentenceContext): boolean {
  const rate = ctx.quantities.find((o) => o.per === 'time' && o.dim === q.dim && o.end <= q.start);
  if (!rate) return false;
  return !ctx.dates.some((d) => d.inSentence && (d.start ?? 0) >= rate.end);
}

/** Results reported for each quarter. */
const QUARTER_RESULTS = new Set(['revenue', 'capex']);

/**
 * What "valued at" values, when it is no company: a thing of the fact's own words in the sentence
 * ("a 27% stake ..., valued at").
 */
function valuedThing(fact: Fact, ctx: SentenceContext): boolean {
  return fact.cues.some((c) => !/^(?:valu|worth)/i.test(c) && holdsWord(ctx.text, c, true));
}
