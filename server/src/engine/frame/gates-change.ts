import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import { CONSTANT_CURRENCY, SEQUENTIAL } from './own-words';
import { ADDABLE, ADDITION_CUE, FORECAST_FACT, levelReached, PROJECTED_FACT } from './words';
import type { Gate } from './gate';
import { DataMemo, FigureMemo } from '../memo';
import { ownsDateFirmly } from './own-date';
import { ownedBy } from './sites';
import type { SentenceContext } from '../reading';
import type { NameMention, Quantity } from '../types';
import {
  fiscalCalendars,
  PERIOD_END_SLACK_DAYS,
  periodOf,
  periodSpanOf,
  REPORTED_WITHIN_DAYS,
} from './period';

/**
 * Words after an amount that make it a mark: "quarter", "club", "milestone", "ceiling"; or a
 * number spoken of as such ("surpassed the widely reported $13 billion figure").
 */
const THRESHOLD_AFTER = new RegExp(
  // ("its first-ever $100 billion revenue quarter")
  String.raw`^[\s-]*(?:(?:revenue|sales)\s+)?` +
    String.raw`(?:quarter|year|month|club|milestone|ceiling|threshold|barrier|figure)\b` +
    String.raw`(?![\s-]+(?:over|on|to|ago|earlier|before|after)\b)`,
  'i',
);
/** A fact's word that makes its amount one added over a period. */
const ADDED_FACT = /^(?:added|adds)$/i;

/** A sentence's word that says something is added (not "more than", a bound). */
const ADDITION_SAID =
  /\b(?:add(?:s|ed|ing|ition|itional)?|expan\w*|extra|incremental|further|another|new|more(?!\s+than))\b/i;
/** The dates of a deal's first steps: when it was announced, signed or begun. */
const DEAL_EVENTS = new Set(['announced', 'start']);
/** A fact's word that makes it a later step of a deal: "expansion", "extended". */
const ADDITION_FACT = /^(?:expan\w*|extended|extension|amended|additional|new)$/i;
/** A deal named as a later step of one before it: "an expanded agreement", "a new contract". */
const LATER_DEAL = new RegExp(
  String.raw`\b(?:expanded|extended|amended|renewed|new|additional|follow-on|broader|larger)` +
    String.raw`\s+(?:[\w-]+\s+)?(?:agreements?|deals?|contracts?|partnerships?|pacts?)\b` +
    String.raw`|\b(?:expansion|extension) of (?:its|the|their) (?:[\w-]+\s+)?` +
    String.raw`(?:agreement|deal|contract)`,
  'i',
);
/** The amounts of one event: a deal's, an investment's, a round's. */
const EVENT_AMOUNTS = new Set(['value', 'investment', 'raised']);

/**
 * "In two months": a span of days, weeks or months after "in" is time passed or to come (a deal's
 * term runs for years, and "$400 billion within five years" may be one).
 */
const SHORT_SPAN = /\b(?:days?|weeks?|months?)\b/i;
const IN_BEFORE =
  /\b(?:in|after|within)\s+(?:an?\s+(?:single\s+)?|one\s+)?(?:just\s+|only\s+|less than\s+|under\s+|about\s+)?$/i;
/** "Over the past two years": time passed, whatever its length. */
const PAST_BEFORE = /\b(?:in|over|for|during) the (?:past|last)\s+$/i;
/** Words after a span that make it time passed: "two months ago", "a year earlier". */
const ELAPSED_AFTER = /^\s+(?:ago|earlier|before|later)\b/i;

/**
 * Gates about which period a result is of: a change from the quarter before is not the change
 * from a year before that the data records for results; nor is a change of a quarter the data
 * knows a later one of; nor is a quarter's result one of a quarter the figure is dated away from,
 * or one the data's series may not have reached yet; and a rate right after a company's verb of
 * moving is its share move. They follow PARTY_GATES in GATES.
 */
export const CHANGE_GATES: readonly Gate[] = [
  {
    id: 'relation/threshold',
    summary:
      'An amount that names a kind of period or a club ("its first $100 billion quarter", "the ' +
      '$1 trillion club") is a threshold passed, not a value to compare.',
    vetoes: (_frame, _fact, q, ctx) =>
      q.dim === 'money' && THRESHOLD_AFTER.test(ctx.text.slice(q.end - ctx.offset)),
    examples: {
      silent: [
        '---\ndate: 2025-10-30\n---\n\nAlphabet delivered its first-ever $100 billion revenue ' +
          'quarter in Q3 2025.',
        '---\ndate: 2026-01-20\n---\n\nTSMC said its 2025 capex stayed under the US$45 ' +
          'billion ceiling.',
        "---\ndate: 2025-11-05\n---\n\nAltman said OpenAI's revenue has passed the widely " +
          'reported $13 billion figure.',
        '---\ndate: 2025-10-30\n---\n\nAlphabet reported its first-ever $100 billion revenue ' +
          'quarter in the third quarter of 2025.',
      ],
      caught: ['---\ndate: 2025-10-30\n---\n\nAlphabet reported Q3 2025 revenue of $100 billion.'],
    },
  },
  {
    id: 'relation/added-is-no-level',
    summary:
      'An amount a fact gives as added over a period ("added $317 billion in the quarter") is ' +
      'compared only with an amount written as added or gained, not with a level.',
    vetoes: (frame, fact, q) =>
      q.dim === 'money' &&
      !q.change &&
      frame.relation !== 'change' &&
      fact.value.dim === 'money' &&
      fact.cues.some((c) => ADDED_FACT.test(c)),
    // (an amount that equals the one added may be that amount, misread as a level; not where the
    // words say the level reached it: "its backlog reached $317 billion")
    agreementCounts: (q, ctx) => !levelReached(q, ctx),
    examples: {
      silent: [
        "---\ndate: 2025-09-12\n---\n\nOracle's backlog reached $455 billion in the quarter to " +
          'August 31, 2025, once new contracts had been added.',
      ],
      caught: [
        '---\ndate: 2025-09-12\n---\n\nIn its latest quarter Oracle added $371 billion of ' +
          'remaining performance obligations.',
      ],
    },
  },
  {
    id: 'relation/addition-unsaid',
    summary:
      'A capacity a fact gives as an addition (its words: "expansion", "additional") is what a ' +
      "figure claims only where the figure's sentence says something is added: a campus's first " +
      'phase is not the expansion beside it.',
    vetoes: (frame, fact, q, ctx) =>
      q.dim === 'power' &&
      !q.change &&
      frame.relation !== 'change' &&
      fact.cues.some((c) => ADDITION_CUE.test(c)) &&
      !ADDITION_SAID.test(ctx.text),
    examples: {
      silent: [
        '---\ndate: 2025-10-15\n---\n\nThe first phase of the Abilene campus has 200 MW of ' +
          'capacity.',
      ],
      caught: [
        '---\ndate: 2025-10-01\n---\n\nOracle is adding 800 MW of data center capacity near ' +
          'the flagship site in Abilene, Texas.',
      ],
    },
  },
  {
    id: 'relation/added-amount',
    summary:
      'An amount or count written as added or wiped out ("adding $244 billion in market ' +
      'value") is a change, compared only with a fact of an amount added, not with a level.',
    vetoes: (frame, fact) =>
      frame.amountAdded === true &&
      ADDABLE.has(fact.value.dim) &&
      !fact.cues.some((c) => ADDED_FACT.test(c)),
    examples: {
      silent: [
        '---\ndate: 2025-09-11\n---\n\nOracle reported its results on September 10. Its ' +
          'shares rose as much as 40% before closing up 36%, adding a record $244 billion in ' +
          'market value in one session.',
        // (a count added too: ChatGPT had 300 million weekly users then, 100 million more than
        // it had in the summer)
        '---\ndate: 2024-12-05\n---\n\nChatGPT gained its latest 100 million weekly users ' +
          'within a few months, OpenAI said.',
      ],
      caught: [
        "---\ndate: 2025-09-11\n---\n\nOracle's market value reached about $393 billion at " +
          'the close on September 10, 2025.',
      ],
    },
  },
  {
    id: 'relation/range-is-no-event',
    summary:
      'A range ("$12B-$13B") is an estimate or an outlook, not the one amount a deal or a round ' +
      'was struck at.',
    vetoes: (_frame, fact, q) =>
      q.max > q.min && EVENT_AMOUNTS.has(fact.property) && fact.value.max === fact.value.min,
    examples: {
      silent: [
        '---\ndate: 2026-05-12\n---\n\nWhen CoreWeave reports Q1 next week, three April deals ' +
          'could push FY26 guidance past its $12B-$13B range, with the Vera Rubin ramp helping in Q3.',
      ],
      caught: [
        '---\ndate: 2025-09-20\n---\n\nNvidia signed a $9.3 billion capacity deal with CoreWeave.',
      ],
    },
  },
  {
    id: 'period/elapsed-span',
    summary:
      'A span that says how long ago or how soon something happened ("in two months", "over ' +
      'the past two years", "three weeks ago") is no deal\'s term.',
    vetoes: (_frame, fact, q, ctx) =>
      q.dim === 'duration' &&
      fact.property === 'term' &&
      ((SHORT_SPAN.test(q.text) && IN_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset))) ||
        PAST_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)) ||
        ELAPSED_AFTER.test(ctx.text.slice(q.end - ctx.offset))),
    examples: {
      silent: [
        '---\ndate: 2026-04-21\n---\n\nThe new AWS deal is the second time Anthropic has ' +
          'lined up a big cloud partner in two months.',
        // ("in a single 90-day push": how long something took, not Stargate's term)
        '---\ndate: 2026-02-01\n---\n\nStargate switched on 3 GW of capacity in a single 90-day push.',
      ],
      caught: ['---\ndate: 2026-04-21\n---\n\nAnthropic signed a seven-year deal with AWS.'],
    },
  },
  {
    id: 'period/sequential-change',
    summary:
      'A change from the quarter before ("up 15% sequentially", "quarter over quarter") is not ' +
      'the year-on-year change the data records, unless the fact says it is sequential.',
    vetoes: (frame, fact) =>
      frame.relation === 'change' &&
      frame.sequential === true &&
      !fact.cues.some((c) => SEQUENTIAL.test(c)),
    examples: {
      silent: [
        "---\ndate: 2025-09-10\n---\n\nOracle's remaining performance obligations were up 20% " +
          'sequentially, the company said.',
        "---\ndate: 2025-12-12\n---\n\nOracle's remaining performance obligations rose 20% from " +
          'the first quarter.',
      ],
      caught: [
        "---\ndate: 2025-09-10\n---\n\nOracle's remaining performance obligations were up 20% " +
          'from a year earlier, the company said.',
      ],
    },
  },
  {
    id: 'metric/constant-currency',
    summary:
      'A rate at constant exchange rates ("up 66% in constant currency") is not the rate as ' +
      'reported, unless the fact says it is at constant currency.',
    vetoes: (frame, fact) => frame.constantCurrency === true && !heldAtConstantCurrency(fact),
    examples: {
      silent: [
        "---\ndate: 2025-12-11\n---\n\nOracle's cloud infrastructure revenue rose 60% in " +
          'constant currency in the second quarter of fiscal 2026.',
      ],
      caught: [
        "---\ndate: 2025-12-11\n---\n\nOracle's cloud infrastructure revenue rose 60% in " +
          'dollars and 66% in constant currency.',
        // (the words between a change and the level it reached are the change's)
        '---\ndate: 2026-03-11\n---\n\nOracle reported its fiscal 2026 third-quarter results. ' +
          'Total revenues rose 21% in dollars and 17% in cc to $12.7 billion while Oracle signed AI clients.',
      ],
    },
  },
  {
    id: 'scope/mover-named',
    summary:
      'A rate right after a company and a verb of moving ("AMD rose 2%", "Nvidia\'s shares ' +
      "slipped 3%\") is a move of that company's shares: not another company's rate, nor a " +
      'rate of its own results.',
    vetoes: (_frame, fact, q, ctx, index) => {
      if (q.dim !== 'percent') return false;
      const mover = moverOf(q, ctx);
      // (with no measure between, the move is of its shares)
      return (
        mover !== undefined &&
        (!ownedBy(fact, mover.entityId, index) || fact.property !== 'share-move')
      );
    },
    examples: {
      silent: [
        '---\ndate: 2025-05-01\n---\n\nAfter Meta reported its first-quarter revenue, Nvidia ' +
          'climbed 3%.',
      ],
      caught: ['---\ndate: 2025-05-01\n---\n\nMeta said its first-quarter revenue rose 61%.'],
    },
  },
  {
    id: 'scope/expanded-deal',
    summary:
      'A date given to an expanded, extended or new agreement ("announced an expanded contract ' +
      'with Meta on 9 April"), after the deal the data records, is the date of that later step.',
    // (a date before the deal's own is no later step: "unveiled an expanded partnership" in
    // September for a deal announced in October is a slip)
    vetoes: (_frame, fact, q, ctx) =>
      q.dim === 'date' &&
      DEAL_EVENTS.has(fact.property) &&
      q.min > fact.value.max &&
      !fact.cues.some((c) => ADDITION_FACT.test(c)) &&
      LATER_DEAL.test(ctx.text),
    examples: {
      silent: [
        '---\ndate: 2026-04-22\n---\n\nIn April 2026, CoreWeave and Meta announced an ' +
          'expanded contract for more cloud capacity.',
      ],
      // (a day the deal grew on is that day's news, however it is worded: judge-figures.ts)
      caught: [
        '---\ndate: 2026-04-22\n---\n\nOn April 19, 2026, CoreWeave announced its agreement ' +
          'with Meta to supply AI cloud capacity.',
      ],
    },
  },
  {
    id: 'time/newer-quarter-known',
    summary:
      "A growth rate is one quarter's: where the data holds a later figure of the same measure " +
      'from before the document, and the text names no date of the rate, it speaks of a later ' +
      'quarter than the rate the data records.',
    vetoes: (_frame, fact, _q, ctx, index) => {
      if (fact.value.dim !== 'percent' || ctx.documentDate === undefined) return false;
      const asOf = parseIsoDate(fact.asOf);
      if (!asOf || ctx.dates.some((d) => d.min <= asOf.max && asOf.min <= d.max)) return false;
      // a later result of the same length, reported (by its sources) before the document
      return laterResultsReported(fact, asOf.max, index) <= ctx.documentDate;
    },
    examples: {
      silent: [
        "---\ndate: 2026-03-12\n---\n\nOracle's remaining performance obligations were up 325% " +
          'from a year earlier, the company said.',
      ],
      caught: [
        "---\ndate: 2025-09-10\n---\n\nOracle's remaining performance obligations were up 325% " +
          'from a year earlier, the company said.',
      ],
    },
  },
  {
    id: 'time/next-quarter-unrecorded',
    summary:
      "A quarter's result is not the figure's where the text pins no date to that quarter, the " +
      'quarter after it had ended before the document, and the data holds no figure of that ' +
      'next quarter: the text may well speak of the quarter the data lacks.',
    vetoes: (frame, fact, q, ctx, index) => {
      if (frame.earlierBy || q.dim === 'date' || ctx.documentDate === undefined) return false;
      const span = periodOf(fact) === 'quarter' ? periodSpanOf(fact) : undefined;
      if (!span || span.max + QUARTER_DAYS >= ctx.documentDate) return false;
      if (fact.cues.some((c) => FORECAST_FACT.test(c))) return false;
      // (a date no longer than a quarter within it, or a day or month in the weeks its results
      // come out in)
      const pinned = ctx.dates.some(
        (d) =>
          d.max - d.min <= QUARTER_DAYS &&
          span.min <= d.max &&
          d.min <= (d.max - d.min <= MONTH_DAYS ? span.max + RESULTS_WITHIN_DAYS : span.max),
      );
      return !pinned && !nextQuarterHeld(fact, span.max, index);
    },
    examples: {
      silent: [
        // (the data's AWS quarters stop at the first of 2026; by August the second is out)
        '---\ndate: 2026-08-14\n---\n\n# Amazon results 2026\n\n- AWS revenue: $41 billion (up 20%)',
      ],
      caught: [
        '---\ndate: 2026-08-14\n---\n\nAWS revenue reached $41 billion in the first quarter of 2026.',
      ],
    },
  },
  {
    id: 'time/other-period',
    summary:
      "A result summed over a period (a quarter's revenue) is not the figure's when a date of the " +
      "figure's own lies outside that period and the months in which it is reported.",
    vetoes: (frame, fact, q, ctx, index) => {
      if (frame.earlierBy || q.dim === 'date' || !ctx.dates.some((d) => d.inSentence)) return false;
      const span = periodSpanOf(fact);
      if (!span) return false;
      // "Q2 2025" or "2025" may be a fiscal period where the year does not end in December
      let calendarYear: boolean | undefined;
      const readable = (d: { min: number; max: number }): boolean =>
        d.max - d.min <= MONTH_DAYS ||
        (calendarYear ??= fiscalCalendars([fact.subject], index).get(fact.subject) === 12);
      const own = firmlyOwnedDates(q, ctx).filter(readable);
      const from = span.min - PERIOD_END_SLACK_DAYS;
      const to = span.max + REPORTED_WITHIN_DAYS;
      return own.length > 0 && own.every((d) => d.max < from || d.min > to);
    },
    // (another period's value is not what the writer meant, however equal the numbers)
    agreementCounts: false,
    examples: {
      silent: [
        // (a date after a comma: binding weighs it only as the nearest figure's)
        'Nvidia has published results for the third quarter of fiscal 2026. Its revenue was ' +
          '$18.12 billion, for the quarter that ended October 29, 2023.',
      ],
      caught: [
        'Nvidia has published results for the third quarter of fiscal 2026. Its revenue was ' +
          '$35.08 billion for the quarter that ended October 26, 2025.',
      ],
    },
  },
];

/**
 * The other dates of a figure's sentence that are firmly the figure's own: the same for every fact
 * weighed against the figure, so found once per figure and sentence.
 */
function firmlyOwnedDates(q: Quantity, ctx: SentenceContext): SentenceContext['dates'] {
  return firmlyOwned.get(q, ctx, () =>
    ctx.dates.filter((d) => d.inSentence && d.start !== q.start && ownsDateFirmly(d, q, ctx)),
  );
}
const firmlyOwned = new FigureMemo<SentenceContext['dates']>();

/**
 * The first day a result of the same measure and period length as a rate's, for a period after
 * `after`, was reported by its sources (Infinity when none was): the same for every figure the
 * rate is weighed against, so worked out once per fact.
 */
function laterResultsReported(rate: Fact, after: number, index: ReferenceIndex): number {
  let known = firstReported.get(rate);
  if (known?.index !== index) {
    let day = Infinity;
    for (const f of index.factsAbout(rate.subject)) {
      if (f.property !== rate.property || f.value.dim === 'percent' || f.period !== rate.period)
        continue;
      const at = parseIsoDate(f.asOf);
      if (!at || at.min <= after || f.cues.some((c) => PROJECTED_FACT.test(c))) continue;
      for (const src of f.sources) {
        const reported = src.date ? parseIsoDate(src.date)?.min : undefined;
        if (reported !== undefined && reported < day) day = reported;
      }
    }
    firstReported.set(rate, (known = { index, day }));
  }
  return known.day;
}

const firstReported = new WeakMap<Fact, { index: ReferenceIndex; day: number }>();

/** A date no longer than a month is read the same on every fiscal calendar. */
const MONTH_DAYS = 31;

/**
 * The fact's own value is a rate at constant currency (Azure's guidance). (A rate at constant
 * currency that a fact keeps beside its reported one, in `also`, still supports a figure the gate
 * rules out: the reported rate beside it in the sentence is the one judged.)
 */
function heldAtConstantCurrency(fact: Fact): boolean {
  return fact.cues.some((c) => CONSTANT_CURRENCY.test(c));
}

/** From a company to its rate: a verb of moving, its shares or stock at most before it. */
const MOVED = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?:shares|stock)\s+)?(?:rose|fell|climbed|gained|jumped|dropped|slid` +
    String.raw`|slipped|rallied|surged|sank|tumbled|declined|advanced|edged (?:up|down)|(?:was|were) (?:up|down))` +
    String.raw`\s+(?:(?:about|nearly|almost|some|more than|over|roughly)\s+)?$`,
  'i',
);

/** A measure whose source the name after it is: "revenue from", "sales at", "income of". */
const MEASURE_OF =
  /\b(?:revenues?|sales|income|profits?|earnings|bookings|backlog|growth|spending)\s+(?:from|at|of|in)\s+(?:the\s+)?$/i;

/** A quarter's length, and the weeks after its end in which its results come out. */
const QUARTER_DAYS = 92;
const RESULTS_WITHIN_DAYS = 60;

/**
 * The data holds a result of the same measure for the quarter after the one ending on `end`.
 */
function nextQuarterHeld(fact: Fact, end: number, index: ReferenceIndex): boolean {
  // (the same for every figure: worked out once per fact and data)
  return nextHeld.get(index, fact.id, () =>
    index.factsAbout(fact.subject).some((f) => {
      if (f.property !== fact.property || f.value.dim !== fact.value.dim) return false;
      const span = periodOf(f) === 'quarter' ? periodSpanOf(f) : undefined;
      return span !== undefined && span.max > end && span.max <= end + QUARTER_DAYS + 7;
    }),
  );
}
const nextHeld = new DataMemo<boolean>();

/** The company whose move a rate is ("AMD rose 2%"), found once per figure and sentence. */
function moverOf(q: Quantity, ctx: SentenceContext): NameMention | undefined {
  return movers.get(q, ctx, () =>
    ctx.names
      .filter(
        (n) =>
          n.end <= q.start &&
          MOVED.test(ctx.text.slice(n.end - ctx.offset, q.start - ctx.offset)) &&
          // ("revenue from Google Cloud jumped 34%": the measure moved, not the shares)
          !MEASURE_OF.test(ctx.text.slice(0, n.start - ctx.offset)),
      )
      .pop(),
  );
}
const movers = new FigureMemo<NameMention | undefined>();
