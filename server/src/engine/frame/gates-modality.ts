import { TIME_VARYING } from '../check/properties';
import type { Gate } from './gate';
import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import { FORECAST_FACT, PROJECTED_FACT } from './words';
import { FigureMemo } from '../memo';
import { notYetSo } from './modality';
import { periodSpanOf } from './period';

/**
 * Gates about a figure's modality: what is expected, planned or forecast by the market is not
 * what was reported, nor the other way round; a milestone at a start is a past value. They stand
 * in GATES after the gates of scope and relation.
 */

/** A fact's words that make a result it gives a goal set for it ("a $40 billion revenue goal"). */
const TARGET_FACT = /^(?:target|goal)$/i;

/**
 * A character of the same clause: no full stop, semicolon or comma, though a decimal point ("of
 * $1.66 EPS and $15.8 billion") is no full stop.
 */
const IN_CLAUSE = String.raw`(?:[^.;,]|\.(?=\d))`;

/** Words that make an expectation the market's, not the company's. */
const ANALYSTS =
  /\b(?:analysts?|Wall Street|consensus|LSEG|FactSet|Visible Alpha|Zacks|the Street|StreetAccount)\b/i;
/**
 * The market's number stated as such, in the figure's own clause: "LSEG analysts had predicted
 * revenue of", "Wall Street's expectation of", "StreetAccount's ... projection".
 */
const ANALYSTS_EXPECTED = new RegExp(
  String.raw`${ANALYSTS.source}${IN_CLAUSE}{0,50}\b(?:expect\w*|predict\w*|forecast\w*|estimat\w*` +
    String.raw`|project\w*|anticipat\w*|consensus|model(?:ing|ling|ed|led|s)?|pencil\w*)\b` +
    String.raw`${IN_CLAUSE}{0,40}$`,
  'i',
);

/**
 * The market's number beaten or missed, and the company's result after it: "beat Street
 * estimates with sales of", "topped analysts' forecasts on revenue of". The figure is the result.
 */
const BEAT_WITH = new RegExp(
  String.raw`\b(?:beat(?:s|ing)?|top(?:s|ped|ping)|crush(?:es|ed|ing)?|surpass(?:es|ed|ing)?` +
    String.raw`|exceed(?:s|ed|ing)?|miss(?:es|ed|ing)?)\s+(?:the\s+)?${ANALYSTS.source}` +
    String.raw`${IN_CLAUSE}{0,30}\b(?:estimates?|expectations?|forecasts?|projections?|consensus)` +
    String.raw`\s+(?:with|on)\b${IN_CLAUSE}{0,40}$`,
  'i',
);

/** The market's number as the subject of its clause: "The consensus for Amazon's capex is". */
const CONSENSUS_SAYS = new RegExp(
  String.raw`\bconsensus (?:estimates? |forecasts? |view |figure )?(?:for|of|is|was|calls for|calling for` +
    // ("Consensus has the company at $14.9 billion in revenue")
    String.raw`|sits|stands|stood|has|had|puts|put|sees|saw|pegs|expects)\b[^.;]{0,60}$`,
  'i',
);

/** The market's noun right after its figure: "the $54.9 billion consensus estimate". */
const ANALYSTS_AFTER = new RegExp(
  String.raw`^\s*(?:(?:analysts?['’]?|Wall Street(?:['’]s)?|Street|LSEG|FactSet|StreetAccount)` +
    String.raw`\s+(?:consensus\s+)?(?:estimates?|forecasts?|expectations?|projections?)|consensus)\b`,
  'i',
);

/**
 * What the words around a figure say of analysts: whether they are named before it, and whether
 * the figure is given as what they expected. The same for every fact weighed against the figure,
 * so read once per figure and sentence.
 */
function analystsBefore(q: Quantity, ctx: SentenceContext): { named: boolean; expected: boolean } {
  const known = analystsRead.get(q);
  if (known?.ctx === ctx) return known;
  const before = ctx.text.slice(0, q.start - ctx.offset);
  const read = {
    ctx,
    named: ANALYSTS.test(before),
    expected:
      (ANALYSTS_EXPECTED.test(before) && !BEAT_WITH.test(before)) ||
      CONSENSUS_SAYS.test(before) ||
      ANALYSTS_AFTER.test(ctx.text.slice(q.end - ctx.offset)),
  };
  analystsRead.set(q, read);
  return read;
}

const analystsRead = new WeakMap<
  Quantity,
  { ctx: SentenceContext; named: boolean; expected: boolean }
>();

/** Properties that are levels, which drift between reports (not events such as a round raised). */
export const LEVELS = new Set([
  'revenue',
  'run-rate',
  'users',
  'customers',
  'capex',
  'backlog',
  'market-cap',
  'valuation',
  'headcount',
  'chips',
  'market-share',
  'stake',
  'operating-income',
  'operating-loss',
  'net-income',
  'net-loss',
  'adjusted-net-income',
  'adjusted-operating-income',
]);

/**
 * Levels that are results of a period, where an expected figure is another claim than the actual
 * one (a stake is no result, a headcount plan is its own fact).
 */
const RESULTS = new Set([...LEVELS].filter((p) => p !== 'stake' && p !== 'headcount'));

/**
 * What an expected figure is not compared with unless the fact is itself a forecast: results, and
 * a round's size (a raise targeted or sought before pricing is another figure than the one raised).
 */
// (a site's building count too: "will eventually comprise eight buildings" is the plan, not the count under way)
const FORECASTABLE = new Set([...RESULTS, 'raised', 'buildings']);

/**
 * A capacity fact of a thing built at a place that gives its size today: neither its words ("once
 * complete", "by 2030", "expansion") nor its subject's name ("OpenAI's compute plan") make it a plan.
 */
function presentSize(fact: Fact, index: ReferenceIndex): boolean {
  const subject = index.entity(fact.subject);
  return (
    fact.property === 'capacity' &&
    BUILT_KINDS.has(subject?.kind ?? '') &&
    !PLAN_NAME.test(subject?.name ?? '') &&
    !fact.cues.some((c) => PROJECTED_FACT.test(c) || PLANNED_SIZE.test(c))
  );
}

/** Things built at a place, whose capacity is first planned and later so. */
const BUILT_KINDS = new Set(['site', 'project']);
const PLAN_NAME = /\b(?:plans?|targets?|goals?|expansion)\b/i;
/** A fact's words that make a capacity the one planned. */
const PLANNED_SIZE = new RegExp(
  String.raw`^(?:goal|eventually|over time|full|fully operational|(?:once|when) complete|by \d{4}` +
    String.raw`|\d{4}|scal\w*|expan\w*|additional|adding|first phase)$`,
  'i',
);

export const MODALITY_GATES: readonly Gate[] = [
  {
    id: 'modality/projection',
    summary:
      'An expected, planned or hypothetical result, or a raise sought before pricing, is compared ' +
      'only with facts that are themselves forecasts.',
    vetoes: (frame, fact) =>
      notYetSo(frame.modality) &&
      FORECASTABLE.has(fact.property) &&
      !fact.cues.some((c) => PROJECTED_FACT.test(c)),
    examples: {
      silent: [
        'If demand holds, Nvidia revenue could hit $65 billion in its fiscal third quarter.',
        "---\ndate: 2025-04-01\n---\n\nIn early March, CoreWeave's IPO was targeting a $4 billion raise.",
        'Once complete, the Abilene campus will eventually comprise eight buildings of about ' +
          '500,000 square feet each.',
      ],
      caught: ['Alphabet expects capital expenditures of $75 billion to $85 billion in 2026.'],
    },
  },
  {
    id: 'modality/hypothetical',
    summary:
      'What would be so on a condition ("If the deal fails, its stake would drop to $20 ' +
      'billion") is no deal, round or holding the data records: only forecasts of results ' +
      'are compared with it.',
    vetoes: (frame, fact) => frame.modality === 'hypothetical' && !FORECASTABLE.has(fact.property),
    examples: {
      silent: [
        '---\ndate: 2025-04-01\n---\n\nSoftBank led the round. If the conversion stalls, ' +
          "SoftBank's investment in OpenAI would fall to $20 billion.",
      ],
      caught: [
        '---\ndate: 2025-04-01\n---\n\nSoftBank led the round. SoftBank first invested ' +
          '$17.5 billion in OpenAI, its initial tranche.',
      ],
    },
  },
  {
    id: 'modality/outlook-of-past-period',
    summary:
      'A level a period "will be" is of a period still to end on the day of the text: an ' +
      'outlook given for a period that had ended by then is not compared with it.',
    vetoes: (frame, fact, _q, ctx) => {
      if (frame.modality !== 'projection' || !frame.futureLevel || ctx.documentDate === undefined)
        return false;
      const span = periodSpanOf(fact);
      return span !== undefined && span.max < ctx.documentDate;
    },
    examples: {
      silent: [
        '---\ndate: 2025-08-05\n---\n\nAMD said its sales for the fourth quarter will be about $9.4 billion.',
      ],
      caught: [
        '---\ndate: 2025-11-05\n---\n\nAMD said its fourth-quarter sales will be $8 billion.',
      ],
    },
  },
  {
    id: 'modality/in-talks',
    summary:
      'A deal or round still in talks ("in talks to invest", "near a deal to raise") is not one ' +
      'agreed: it is compared only with facts that record talks or plans themselves.',
    vetoes: (frame, fact) =>
      frame.inTalks === true && !fact.cues.some((c) => PROJECTED_FACT.test(c)),
    examples: {
      silent: [
        '---\ndate: 2025-01-10\n---\n\nAmazon is said to be in talks to invest another $2 ' +
          'billion in Anthropic.',
      ],
      caught: [
        '---\ndate: 2025-12-22\n---\n\nOpenAI is in early talks to raise money at a valuation ' +
          'of about $570 billion.',
      ],
    },
  },
  {
    id: 'modality/planned-size',
    summary:
      'The size a site or project is to reach ("targeting 2 gigawatts", "will eventually draw 2.2 ' +
      'GW") is its plan, not its size today: a fact of its present capacity, with no word of a ' +
      'plan, is not compared with it.',
    vetoes: (frame, fact, _q, _ctx, index) => notYetSo(frame.modality) && presentSize(fact, index),
    examples: {
      silent: [
        '---\ndate: 2025-11-01\n---\n\nxAI is expanding Colossus in Memphis, targeting 2 ' +
          'gigawatts of power.',
      ],
      caught: ["---\ndate: 2025-11-01\n---\n\nxAI's Colossus in Memphis draws 3 gigawatts."],
    },
  },
  {
    id: 'modality/actual',
    summary:
      'A result stated as so ("reported revenue of") is not a forecast of it: ' +
      'facts that are guidance, plans or targets are compared only with expected figures.',
    vetoes: (frame, fact) =>
      frame.modality === 'actual' &&
      RESULTS.has(fact.property) &&
      fact.cues.some((c) => FORECAST_FACT.test(c) || TARGET_FACT.test(c)),
    examples: {
      silent: [
        '---\ndate: 2026-01-10\n---\n\nNvidia reported fiscal fourth-quarter revenue of $75 billion.',
        // (the data's fiscal 2026 figure for it is the goal its chief set)
        "---\ndate: 2025-02-20\n---\n\nSuper Micro Computer's sales reached $22 billion, the company said.",
      ],
      caught: [
        '---\ndate: 2025-11-20\n---\n\nNvidia expects revenue of about $75 billion in its fiscal fourth quarter.',
      ],
    },
  },
  {
    id: 'modality/analysts-forecast',
    summary:
      "What analysts expected (a consensus, Wall Street's forecast) is not the company's own " +
      'guidance or plan, nor its result: facts that are guidance are compared only with what ' +
      "the company says, and a figure given as the market's forecast with no fact at all.",
    vetoes: (frame, fact, q, ctx) => {
      const before = analystsBefore(q, ctx);
      return (
        (notYetSo(frame.modality) &&
          fact.cues.some((c) => PROJECTED_FACT.test(c)) &&
          before.named) ||
        before.expected
      );
    },
    examples: {
      silent: [
        '---\ndate: 2026-02-06\n---\n\nWall Street had forecast that Amazon would spend around ' +
          '$150 billion on capital projects in 2026.',
        '---\ndate: 2025-11-20\n---\n\nNvidia reported results. FactSet analysts had predicted ' +
          'revenue of $51.2 billion for its fiscal third quarter.',
        '---\ndate: 2026-05-28\n---\n\nDell reports its first quarter of fiscal 2027 today, ' +
          'the consensus calling for revenue of $35.2 billion.',
        '---\ndate: 2026-06-03\n---\n\nBroadcom reports its fiscal second quarter on Thursday. ' +
          'Consensus has the company at $14.9 billion in revenue.',
        "---\ndate: 2025-11-05\n---\n\nSuper Micro's fiscal first-quarter revenue was well " +
          'below the $5.8 billion to $6.5 billion consensus range.',
      ],
      caught: [
        '---\ndate: 2026-02-06\n---\n\nAmazon expects to spend about $100 billion on capital ' +
          'projects in 2026.',
        // (the market's number beaten, then the company's own: the figure is the result)
        '---\ndate: 2026-04-30\n---\n\nFor its fiscal 2026 third quarter Microsoft beat ' +
          "analysts' estimates with sales of $89.2 billion.",
      ],
    },
  },
  {
    id: 'modality/historical',
    summary:
      'A milestone at a start ("within two months of its launch") is a past value, not a current one.',
    vetoes: (frame, fact) => frame.modality === 'historical' && TIME_VARYING.has(fact.property),
    examples: {
      silent: [
        '---\ndate: 2025-04-01\n---\n\nChatGPT gathered 100 million monthly active users in its first two months.',
      ],
      caught: ['ChatGPT had 900 million weekly active users in March 2025.'],
    },
  },
  {
    id: 'modality/rumoured',
    summary:
      'A date when word of something first came ("first hinted at in March", "rumoured since ' +
      'May") is when it was talked of, not when it was signed or began.',
    vetoes: (_frame, _fact, q, ctx) => q.dim === 'date' && rumouredBefore(q, ctx),
    examples: {
      silent: [
        // (the Anthropic-SpaceX compute agreement began in May 2026)
        "---\ndate: 2026-06-01\n---\n\nThe terms of Anthropic's compute deal with SpaceX, first " +
          'hinted at in March, are now public.',
      ],
      caught: [
        "---\ndate: 2026-06-01\n---\n\nAnthropic's compute agreement with SpaceX started in March " +
          '2026.',
      ],
    },
  },
];

/** Whether words of talk stand right before the date: read once per figure. */
function rumouredBefore(q: Quantity, ctx: SentenceContext): boolean {
  return rumoured.get(q, ctx, () => RUMOURED_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)));
}
const rumoured = new FigureMemo<boolean>();

/** Words of talk before a date: "first hinted at in", "rumoured since", "leaked on". */
const RUMOURED_BEFORE = new RegExp(
  String.raw`\b(?:hint(?:s|ed)?|rumou?r(?:s|ed)?|speculat(?:ed|ion)|teas(?:ed|er)|leak(?:s|ed)?` +
    String.raw`|floated|mooted|whisper(?:s|ed)?)(?:\s+(?:at|about|of))?\s+(?:in|on|since|during` +
    String.raw`|around|as early as)\s+(?:(?:early|late|mid)[\s-]+)?$`,
  'i',
);
