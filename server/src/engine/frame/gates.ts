import type { SentenceContext } from '../reading';
import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { ClaimFrame } from './frame';
import type { Gate } from './gate';
import { FigureMemo } from '../memo';
import { CHANGE_GATES } from './gates-change';
import { FORMER_EMPLOYER } from './gates-employer';
import { LAUNCH_AFTER_FOUNDING, LAUNCHED_BY_COMPANY, STEALTH_START } from './gates-launch';
import { RELATION_GATES, SHARE_PERCENTS } from './gates-relation';
import { reportedFrom } from './known';
import { LEVELS, MODALITY_GATES } from './gates-modality';
import { ADJUSTED_LINE, METRIC_GATES, NAMED_ONLY, OTHER_FREQUENCY } from './gates-metric';
import { WHOLE_COMPANY } from './gates-whole';
import { PARTY_GATES } from './gates-parties';
import { SUBJECT_GATES } from './gates-subject';
import { periodOf } from './period';
import { namesOwnRound, roundNamedByTerm } from '../check/round-terms';
import { shiftedBack } from './own-date';
import { causeAfter, spacedSegments } from './words';

/**
 * Days a fact's date may follow the document's and still be what it speaks of (a report dated a day
 * late).
 */
const GRACE_DAYS = 7;
/** Words that give what follows as of the day of writing. */
const SAID_OF_NOW = /\b(?:today|now|currently|presently|as it stands)\b/i;

/** The figure's sentence gives it as of now, with no date of its own: once per figure. */
function saidOfNow(q: Quantity, ctx: SentenceContext): boolean {
  return nowSaid.get(
    q,
    ctx,
    () =>
      SAID_OF_NOW.test(ctx.text.slice(0, q.start - ctx.offset)) &&
      !ctx.dates.some((d) => d.inSentence && d.start !== q.start),
  );
}
const nowSaid = new FigureMemo<boolean>();
const YEAR_DAYS = 365;
/** Dimensions whose figures a slip of scale can make ten or a thousand times too big or small. */
const MAGNITUDES = new Set(['money', 'count', 'power']);

/** A number's leading digits, as a value from 1 to 10: 604e6 is 6.04, 68.13e9 is 6.813. */
function mantissa(n: number): number {
  return n / 10 ** Math.floor(Math.log10(n));
}

/** Days after a share move that a dated article may still report it as the day's news. */
const MOVE_NEWS_DAYS = 2;
/** How long a value that changes over time is taken to hold when the data has nothing newer. */
const FRESH_DAYS = 200;
/**
 * Shorter for a company's funding: a round raised, and the valuation it set, are followed by the
 * next within months, so an article some months after the last round the data holds is likely
 * about a newer one.
 */
const FRESH_DAYS_OF: Record<string, number> = { valuation: 120, raised: 120 };
/**
 * A quarter's result is the newest known only until the next quarter's can be out: a quarter and
 * the quickest reporter's days later (frame/known.ts).
 */
const QUARTER_FRESH_DAYS = 100;

/**
 * Whether a fact's cue names the segment a figure measures: it holds the segment's words, and
 * does not go on from them to a narrower line ("cloud" in "Microsoft Cloud", not in "cloud
 * infrastructure"; "AI backlog" is the AI line's backlog).
 */
function segmentFits(cue: string, segment: string): boolean {
  const at = cue.indexOf(segment);
  return at >= 0 && !NARROWER.test(cue.slice(at + segment.length));
}

/** A line of business after a segment's words: a narrower line within it. */
const NARROWER = new RegExp(
  String.raw`^\s+(?:infrastructure|services?|software|applications?|platforms?|hardware|devices` +
    String.raw`|chips?|networking|storage|compute|solutions|products?|advertising|ads)\b`,
);

const startOf = (fact: Fact): number | undefined => parseIsoDate(fact.asOf)?.min;
/** Events dated the day they happened: no text written before that day names their date. */
const PAST_EVENTS = new Set(['announced', 'founded']);

export const GATES: readonly Gate[] = [
  // (first: a company's own profit line where the clause names the statements' one, its
  // agreement with the figure counting; then a profit line its clause does not name, ruled out
  // as such, its agreement chance, whatever a later gate would say)
  ADJUSTED_LINE,
  NAMED_ONLY,
  OTHER_FREQUENCY,
  {
    id: 'time/fact-after-document',
    summary:
      'A fact that came after the document was written is not what the document speaks of; nor ' +
      "is a quarter's result dated days before it, which had not come out yet.",
    vetoes: (_f, fact, q, ctx, index) => {
      // (a date may foretell a later event's; not one a text could name only once it happened)
      if (ctx.documentDate === undefined || (q.dim === 'date' && !PAST_EVENTS.has(fact.property)))
        return false;
      const start = startOf(fact);
      if (start === undefined) return false;
      const reported = reportedFrom(fact, index) ?? 0;
      return start > ctx.documentDate + GRACE_DAYS || reported > ctx.documentDate;
    },
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2024-02-20\n---\n\nAmazon has so far put $1.25 billion into Anthropic.',
        // (the quarter ended days before the note: its results were not out)
        "---\ndate: 2025-10-04\n---\n\nMicrosoft's revenue came to $75 billion in the quarter " +
          'that ended on September 30.',
        // (the deal's expansion was announced in February 2026, after the text)
        "---\ndate: 2025-11-03\n---\n\nOpenAI's deal with Amazon Web Services will see its " +
          'expansion continue through 2027.',
      ],
      caught: [
        '---\ndate: 2025-11-05\n---\n\nOpenAI signed a $83 billion deal with AWS.',
        // (out the day before: a report of it is dated then, the release's copy days later)
        "---\ndate: 2025-02-28\n---\n\nDell's revenue for its fiscal fourth quarter came to " +
          '$21.4 billion.',
      ],
    },
  },
  {
    id: 'time/stale-value',
    summary:
      'A value that changes over time, recorded long before the document and not since, is no longer known.',
    vetoes: (frame, fact, q, ctx, index) => {
      const fresh =
        FRESH_DAYS_OF[fact.property] ??
        (!LEVELS.has(fact.property)
          ? undefined
          : periodOf(fact) === 'quarter'
            ? QUARTER_FRESH_DAYS
            : FRESH_DAYS);
      if (fresh === undefined || ctx.documentDate === undefined) return false;
      const asOf = parseIsoDate(fact.asOf);
      if (
        !asOf ||
        ctx.documentDate - asOf.min <= fresh ||
        index.current(fact, ctx.documentDate) !== fact
      )
        return false;
      // ("from $57 billion in the prior quarter": the text's dates a quarter back)
      const by = frame.earlierBy;
      const dates = by ? ctx.dates.map((d) => shiftedBack(d, by)) : ctx.dates;
      // (a round named by its other term, "raised $2 billion at ...", or by its letter, "its
      // Series B", is named, not stale)
      return (
        !dates.some((d) => d.min <= asOf.max && asOf.min <= d.max) &&
        !roundNamedByTerm(fact, q, ctx, index) &&
        !namesOwnRound(fact, ctx.text)
      );
    },
    examples: {
      silent: [
        // (the data's newest quarter of the segment ended in November: the next could be out)
        '---\ndate: 2026-03-10\n---\n\nBroadcom reported its results. Semiconductor solutions ' +
          'revenue rose to $12.5 billion in the quarter.',
        "---\ndate: 2026-06-01\n---\n\nxAI's Colossus runs 150,000 GPUs.",
        '---\ndate: 2025-10-20\n---\n\nPerplexity was valued at $20 billion after raising $200 million.',
      ],
      caught: ['---\ndate: 2026-01-07\n---\n\nxAI had 500,000 GPUs at Colossus in December 2024.'],
    },
  },
  {
    id: 'time/said-of-now',
    summary:
      'A figure its sentence gives as of now ("Today the business is valued at $150 billion"), with ' +
      'no date of its own, is not a value recorded more than a year before the document and ' +
      "never replaced (a deal's price, an old quarter's result).",
    vetoes: (_f, fact, q, ctx) => {
      // (a value a newer one replaced is judged as outdated: "now stands at $8 billion")
      if (ctx.documentDate === undefined || q.dim === 'date' || fact.supersededBy) return false;
      if (!saidOfNow(q, ctx)) return false;
      const asOf = parseIsoDate(fact.asOf);
      return asOf !== undefined && asOf.max < ctx.documentDate - YEAR_DAYS;
    },
    // (a value of long ago is not what a figure of today means, however equal)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-08-19\n---\n\nSoftBank paid about $32 billion for Arm in 2016. Today ' +
          'that deal is worth about $150 billion.',
      ],
      caught: ['---\ndate: 2025-08-19\n---\n\nSoftBank bought Arm in 2016 for about $150 billion.'],
    },
  },
  {
    id: 'time/one-day-move',
    summary:
      "A share move is one day's: it is judged only where the text names that " +
      'day, or was written within two days of it.',
    vetoes: (_f, fact, _q, ctx) => {
      if (fact.property !== 'share-move') return false;
      const day = parseIsoDate(fact.asOf);
      if (!day) return false;
      const near = (min: number, max: number): boolean => min <= day.max + 1 && day.min - 1 <= max;
      // (a span the sentence names, "gained 29% this year", is no day's move, however new)
      const spanNamed = ctx.dates.some((d) => d.inSentence && d.max - d.min >= 2);
      if (
        !spanNamed &&
        ctx.documentDate !== undefined &&
        ctx.documentDate >= day.min &&
        ctx.documentDate <= day.max + MOVE_NEWS_DAYS
      )
        return false;
      // a day named, not a month or a year the move falls in
      return !ctx.dates.some((d) => d.max - d.min < 2 && near(d.min, d.max));
    },
    examples: {
      silent: [
        'Nvidia shares rose 9% in 2025.',
        'Nvidia shares rose 9% in November 2025.',
        // (written the day after a move: the year named is no day)
        '---\ndate: 2025-10-29\n---\n\nMicrosoft shares have gained 29% in 2025.',
      ],
      caught: ['Nvidia shares rose 9% on November 3, 2025.'],
    },
  },
  LAUNCH_AFTER_FOUNDING,
  LAUNCHED_BY_COMPANY,
  STEALTH_START,
  {
    id: 'metric/other-magnitude',
    summary:
      'A figure ten times or more away from a fact, in other digits too ($604 ' +
      'million beside $68.13 billion, a 0.3% stake beside 20%), is another measure; a slip of scale ' +
      'keeps its digits ($38 million for $38 billion). A bound is away on its ' +
      'own side only: ten times below "more than $15 billion".',
    vetoes: (_f, fact, q) => {
      const v = fact.value;
      const scaled =
        MAGNITUDES.has(q.dim) || (q.dim === 'percent' && SHARE_PERCENTS.has(fact.property));
      if (!scaled || q.min <= 0 || v.min <= 0) return false;
      const written = (q.min + q.max) / 2;
      if (v.bound === 'at-least') return written < v.min && magnitudesApart(written, v.min);
      if (v.bound === 'at-most') return written > v.max && magnitudesApart(written, v.max);
      return v.max <= v.min * 1.25 && magnitudesApart(written, (v.min + v.max) / 2);
    },
    examples: {
      silent: [
        // (the partnership's $13 billion: 1.35 and 1.3 are other digits, no slip of scale)
        '---\ndate: 2025-10-29\n---\n\nWith OpenAI now a public benefit company, Microsoft ' +
          'invests $135B.',
        'OpenAI has signed a $3.5 billion deal with AWS.',
        // (the data holds AWS's AI run rate as "more than $15 billion" in early 2026)
        "---\ndate: 2026-04-20\n---\n\nJassy noted that three years in, AWS's run rate was " +
          'roughly $58 million.',
        // (xAI's holders got about 20% of the combined company; one holder's share is another
        // measure)
        "---\ndate: 2026-02-20\n---\n\nAfter the SpaceX-xAI merger, one Gulf fund's xAI " +
          'shares turned into a 0.3% equity stake in the combined company.',
      ],
      caught: ['OpenAI has signed a $38 million deal with AWS.'],
    },
  },
  ...METRIC_GATES,
  {
    id: 'scope/segment',
    summary:
      'A measure of a segment ("Microsoft Cloud revenue") is not the whole ' +
      "company's, unless the fact is the segment's; nor is it a narrower line the segment's " +
      'name opens ("cloud revenue" is not "cloud infrastructure" revenue).',
    vetoes: (frame, fact) => {
      if (frame.segment === undefined) return false;
      const segment = frame.segment.toLowerCase();
      return !fact.cues.some((c) => segmentFits(c.toLowerCase(), segment));
    },
    examples: {
      // (the data holds no figure of Dynamics: with the gate off, the company's $77.7 billion)
      silent: ['Microsoft Dynamics revenue was $7.7 billion in the fiscal first quarter of 2026.'],
      caught: ['Google Cloud revenue rose 34% to $25.2 billion in the third quarter of 2025.'],
    },
  },
  {
    id: 'scope/whole-said',
    summary:
      'A measure said of the whole company ("total company revenue", "overall sales") is not ' +
      'the figure of one of its parts or segments.',
    vetoes: (frame, fact, _q, _ctx, index) =>
      frame.whole === true &&
      (index.lineage(fact.subject).length > 1 || fact.cues.some((c) => SEGMENT_CUE.test(c))),
    examples: {
      silent: [
        '---\ndate: 2025-10-30\n---\n\nGoogle Cloud kept growing fast. In the third quarter, ' +
          'total company revenue rose 16% to $102.3 billion.',
      ],
      caught: ['---\ndate: 2025-10-30\n---\n\nGoogle Cloud revenue rose 16% in the third quarter.'],
    },
  },
  {
    id: 'scope/segment-fact',
    summary:
      'A fact of one segment of a company (its cues name "... segment") is ' +
      'bound only where the sentence names that segment, or names nothing and goes on from a ' +
      'sentence that does ("Microsoft Cloud grew again. Revenue rose to ...").',
    vetoes: (frame, fact, q, ctx) => {
      const words = segmentWordsOf(fact);
      if (!words) return false;
      // (not the words of what drove it: "driven by growth in cloud infrastructure")
      const text = lowerCased(ctx.text).slice(0, causeAfter(q, ctx));
      if (words.some((w) => text.includes(w))) return false;
      if (ctx.names.length || frame.owner || !namesNoUnit(ctx.text.slice(0, q.start - ctx.offset)))
        return true;
      const before = spacedSegments(ctx.previousText).toLowerCase();
      return !words.some((w) => before.includes(w));
    },
    // (a total said as such is not the segment's, however equal the numbers)
    agreementCounts: false,
    examples: {
      // (the data holds Alphabet's total, not Google's: only the Google Services segment's)
      silent: [
        "---\ndate: 2024-07-24\n---\n\nGoogle's revenue in the second quarter of 2024 was $84.7 billion.",
        // (what drove the figure is not what it measures)
        '---\ndate: 2026-03-11\n---\n\nOracle reported its fiscal 2026 third-quarter results. ' +
          'Revenues rose 22%, driven by demand for its cloud infrastructure.',
      ],
      caught: [
        '---\ndate: 2025-11-20\n---\n\nNvidia released results for its fiscal ' +
          'third quarter. Data center revenue reached $41 billion.',
      ],
    },
  },
  {
    id: 'scope/possessor',
    summary:
      'A measure the writer gives as one company\'s ("Amazon\'s net sales") is ' +
      'not the figure of its part (AWS) or of its parent.',
    vetoes: (frame, fact, _q, _ctx, index) => {
      const owner = frame.owner?.entityId;
      if (!owner || fact.subject === owner) return false;
      return (
        index.lineage(fact.subject).includes(owner) || index.lineage(owner).includes(fact.subject)
      );
    },
    examples: {
      silent: [
        // (a backlog of Amazon's own, not AWS's $200 billion)
        "---\ndate: 2025-10-31\n---\n\nHelped by AWS, Amazon's backlog reached $240 billion in the third quarter.",
        "---\ndate: 2025-10-31\n---\n\nAWS lifted Amazon's backlog to $240 billion in the third quarter.",
      ],
      // (with the gate off, the first figure takes AWS's revenue and leaves the second unjudged)
      caught: [
        "---\ndate: 2025-10-31\n---\n\nAmazon's third-quarter net sales climbed 13% to $180.2 " +
          'billion, and AWS posted revenue of $38 billion.',
      ],
    },
  },
  WHOLE_COMPANY,
  ...RELATION_GATES,
  ...MODALITY_GATES,
  {
    id: 'period/grain',
    summary: "A quarter's figure is not a year's fact, nor a year's a quarter's.",
    vetoes: (frame, fact) => {
      if (!frame.grain) return false;
      const period = periodOf(fact);
      return period !== undefined && period !== frame.grain;
    },
    // (the length of period a figure's words name is read surely; a quarter's growth that equals
    // the year's figure is chance: "rose 56% in fiscal 2026" against the second quarter's 56%)
    agreementCounts: false,
    examples: {
      silent: [
        "---\ndate: 2025-11-20\n---\n\nNvidia's annual revenue was $40 billion.",
        '---\ndate: 2025-11-20\n---\n\nCoreWeave reported revenue of $9 billion for fiscal 2025.',
        '---\ndate: 2025-11-20\n---\n\nCoreWeave reported 2025 revenue of $9 billion.',
      ],
      caught: ['Google Cloud revenue rose 34% to $25.2 billion in the third quarter of 2025.'],
    },
  },
  {
    id: 'period/run-rate',
    summary:
      'A period\'s revenue ("full-year 2025 revenue", "quarterly sales") is not a run rate, ' +
      "one moment's sales annualized, unless the sentence says it is one.",
    vetoes: (frame, fact) =>
      fact.property === 'run-rate' && frame.grain !== undefined && !frame.runRateSaid,
    // (a run rate equal to the figure does not make a period's revenue right)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-11-12\n---\n\nNebius cut its guidance for full-year 2025 revenue to ' +
          'between $500 million and $550 million.',
      ],
      caught: [
        '---\ndate: 2025-11-12\n---\n\nNebius said its annualized run rate reached $515 ' +
          'million at the end of the third quarter of 2025.',
      ],
    },
  },
  FORMER_EMPLOYER,
  ...PARTY_GATES,
  ...SUBJECT_GATES,
  ...CHANGE_GATES,
];

/**
 * Ten times or more apart, in other digits too: leading digits more than 2% apart ($135 billion
 * beside $13 billion), where a slip of scale keeps them, rounded ($7.7 billion for $77.7 billion).
 * A function, not a closure made for each fact the gate weighs.
 */
function magnitudesApart(written: number, ref: number): boolean {
  const [a, b] = [mantissa(written), mantissa(ref)];
  return (
    Math.max(written, ref) / Math.min(written, ref) >= 10 && Math.abs(a - b) / Math.max(a, b) > 0.02
  );
}

/** A fact's cue that makes it one segment's: "Data Center segment". */
export const SEGMENT_CUE = /\bsegment\b/i;

/**
 * Whether a sentence's words up to its figure name no unit of their own: no capitalised word after
 * the first, no word for a line of business ("Revenue hit", not "Automotive segment sales were").
 */
function namesNoUnit(before: string): boolean {
  return FIRST_WORD_CAPITAL_ONLY.test(before) && !UNIT_WORD.test(before);
}
const FIRST_WORD_CAPITAL_ONLY = /^\P{L}*\p{L}[^\p{Lu}]*$/u;
const UNIT_WORD = /\b(?:segments?|divisions?|units?|business(?:es)?|groups?|lines?)\b/i;

/**
 * The words that name a segment fact's segment, lower-cased ("data center"), or undefined for a
 * fact of no segment: worked out once per fact, where every figure weighs it.
 */
function segmentWordsOf(fact: Fact): readonly string[] | undefined {
  let words = segmentWords.get(fact);
  if (words === undefined) {
    // (each "... segment" cue names the segment: "Semiconductor Solutions segment", "semiconductor
    // segment")
    words = fact.cues.some((c) => SEGMENT_CUE.test(c))
      ? fact.cues.map((c) => c.replace(SEGMENT_CUE, '').trim().toLowerCase()).filter((w) => w)
      : null;
    segmentWords.set(fact, words);
  }
  return words ?? undefined;
}

const segmentWords = new WeakMap<Fact, readonly string[] | null>();

/** A sentence lower-cased, the last one kept: the facts of a figure ask one after another. */
function lowerCased(text: string): string {
  // ("data-center" as "data center", as segments are written in the data)
  if (lastLowered.text !== text) lastLowered = { text, lower: spacedSegments(text).toLowerCase() };
  return lastLowered.lower;
}

let lastLowered = { text: '', lower: '' };

/** The first gate that vetoes binding the figure to the fact, if any. */
export function vetoOf(
  gates: readonly Gate[],
  frame: ClaimFrame,
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): Gate | undefined {
  // a loop, not `find` with a closure: this runs for every gate of every fact weighed
  for (const g of gates) if (g.vetoes(frame, fact, q, ctx, index)) return g;
  return undefined;
}
