import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { NameMention, Quantity } from '../types';
import {
  changeModality,
  denied,
  futureLevel,
  inTalks,
  modalityOf,
  type Modality,
} from './modality';
import { jointNames } from './joint';
import { respectiveName } from './respectively';
import { ownerOf, stakeHolder, unknownOwner, unnamedBusiness, wholeSaid } from './owner';
import { earlierOf, type Earlier } from './own-date';
import { lastMatch } from '../text/last-match';
import { afterFigure, type AfterFigure } from './after-figure';
import { metricScans, type Metric } from './lexicon';
import { labelSegment, namedSegment, QUALIFIER, qualifierAfter, segmentOf } from './segment';
import { PROPERTIES } from '../reference/properties';
import { levelBefore } from './level-before';
import { carriedGrain, grainJustAfter, grainOf, leadingClauseGrain, type Grain } from './grain';
import { grammarSubject, type GrammarSubject } from './subject';
import {
  ADDABLE,
  AMOUNT_ADDED,
  COMPARED_TO,
  COMPARED_WITH,
  LEADS_TO,
  RUN_RATE_SAID,
  SHARE_SALE,
  LISTING,
} from './words';
import { relationOf, type Part, type Relation } from './relation';
import { measuredAs } from './own-words';
import { figureTies, type FigureTies } from './ties';
import { figureClause } from './clause';

/**
 * A claim frame: what a figure claims, read from the words of its own clause, before any fact is
 * looked at. Binding then asks whether a fact fits the frame (frame/gates.ts); a fact that does
 * not is never the figure's, however near its company is named.
 */
export interface ClaimFrame {
  /**
   * the measure the figure's clause names for it ("net income of $27.7 billion"), when one is named
   */
  metric?: Metric;
  /** the metric noun stands by the figure, a preposition at most between ("a valuation of $9B") */
  metricJoined?: true;
  /** the words before the metric noun in its noun phrase ("Microsoft Cloud revenue": "Cloud") */
  qualifier?: string;
  /**
   * the qualifier less known names and words that make no segment: the part of a company measured
   */
  segment?: string;
  /** how it is said: as a fact, as what is expected or planned, or as what was once so */
  modality: Modality;
  /** a projection of a deal or round still in talks ("near a deal to raise $2 billion") */
  inTalks?: true;
  /** a level said in the future tense, right before the figure ("sales will be about") */
  futureLevel?: true;
  /**
   * a level, a change ("up 9.6%", "an 18% increase"), a sum of several parties' amounts, or a part
   * of a whole ("the remaining $28 billion", "the first $10 billion of its investment")
   */
  relation: Relation;
  /** for a part: which, when its words say ("the first", "the remaining", "another") */
  part?: Part;
  /** the length of the period the figure covers, when its clause says */
  grain?: Grain;
  /**
   * for a change said of the amount before it ("$17.7 billion in quarterly revenue, up 34%"): that
   * amount, and the metric its clause names, which the change measures too
   */
  level?: Quantity;
  levelMetric?: Metric;
  /**
   * names joined before the figure whose amounts it adds up ("Microsoft and Nvidia will invest")
   */
  joint: NameMention[];
  /** the name a list of figures said "respectively" pairs the figure with (frame/respectively.ts) */
  respective?: NameMention;
  /**
   * the known name whose possessive heads the metric's noun phrase ("Amazon's net sales"): whose
   * measure it is
   */
  owner?: NameMention;
  /** the figure's measure is given as a company's the data does not know ("Tesla's revenue") */
  unknownOwner?: true;
  /**
   * the known name the figure is a modifier of ("a $11 billion Project Rainier campus"): what it is
   * about
   */
  head?: NameMention;
  /** what the words right after the figure say of it: each of several, who pays, put into */
  after: AfterFigure;
  /** names the figure's words tie to it, or give only as rivals */
  ties: FigureTies;
  /** a change measured against the quarter before ("up 15% sequentially") */
  sequential?: true;
  /** a rate at constant exchange rates ("66% in constant currency"), not as reported */
  constantCurrency?: true;
  /** the clause denies the figure ("it is not seeking a $1 trillion price") */
  negated?: true;
  /** a listing is named before the figure in its clause ("could price its IPO at $527") */
  listed?: true;
  /**
   * the figure is given as the same period a year before ("$35.1 billion a year earlier"), or as
   * the quarter before ("from $57 billion in the prior quarter")
   */
  earlierBy?: Earlier;
  /** its clause gives the measure to the whole company ("total company revenue") */
  whole?: true;
  /** it describes a business the sentence does not name ("for a business bringing in ...") */
  unnamedBusiness?: true;
  /** its clause speaks of shares sold by their holders ("a tender offer", "employees can sell") */
  shareSale?: true;
  /** its sentence says a revenue is a run rate ("annualized", "run rate", "ARR") */
  runRateSaid?: true;
  /** an amount or a count written as added or wiped out ("adding $244 billion in market value") */
  amountAdded?: true;
  /** whose figure the sentence's grammar says it is (frame/subject.ts) */
  grammar: GrammarSubject;
}

/** Words between a figure and the measure it is of: " in AI-optimized server ", " of ". */
const JOINED_MEASURE = /^\s+(?:in|of)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/u;
/**
 * A figure's frame, read once per figure, sentence and data: binding weighs it for every fact,
 * and the hover's reading of a judged figure asks for it again.
 */
export function frameOf(q: Quantity, ctx: SentenceContext, index: ReferenceIndex): ClaimFrame {
  const had = framesRead.get(q);
  if (had?.ctx === ctx && had.index === index) return had.frame;
  const frame = readFrame(q, ctx, index);
  framesRead.set(q, { ctx, index, frame });
  return frame;
}

const framesRead = new WeakMap<
  Quantity,
  { ctx: SentenceContext; index: ReferenceIndex; frame: ClaimFrame }
>();

function readFrame(q: Quantity, ctx: SentenceContext, index: ReferenceIndex): ClaimFrame {
  const clause = figureClause(q, ctx);
  const level = levelBefore(q, ctx);
  const levelFrame = level && frameOf(level, ctx, index);
  const own = ownMetric(q, ctx, clause);
  const qualifier =
    own.qualifier ??
    namedSegment(q, ctx) ??
    (own.metric?.properties.some((p) => PROPERTIES[p]?.periodSum)
      ? labelSegment(q, ctx)
      : undefined);
  // (a change said of a segment's amount is the segment's: "gaming sales of $4.1 billion, up 12%")
  const segment =
    qualifier === undefined
      ? !own.metric
        ? levelFrame?.segment
        : undefined
      : segmentOf(qualifier, ctx, index);
  const before = clause.text.slice(0, clause.at);
  const after = clause.text.slice(clause.end);
  const respective = respectiveName(q, ctx);
  return {
    ...own,
    ...(segment ? { segment } : {}),
    modality: changeModality(modalityOf(ctx, clause), levelFrame?.modality),
    ...(futureLevel(before) ? { futureLevel: true as const } : {}),
    ...relationOf(q, ctx, clause.text, before, after),
    // (a change said of the amount before it takes that amount's period and metric: its frame,
    // read once)
    ...(grainJustAfter(after) ??
      grainOf(clause.text, ctx.text, () => {
        if (levelFrame?.grain) return { grain: levelFrame.grain };
        const leading = leadingClauseGrain(clause.text, ctx.text.slice(0, clause.start));
        // (a sentence that names no time of its own goes on in the period its paragraph opened)
        return leading.grain || ctx.dates.some((d) => d.inSentence)
          ? leading
          : carriedGrain(ctx.previousText);
      })),
    ...(level ? { level } : {}),
    ...(!own.metric && levelFrame?.metric ? { levelMetric: levelFrame.metric } : {}),
    joint: respective ? [] : jointNames(q, ctx, clause.start),
    ...(respective ? { respective } : {}),
    ...headOf(q, ctx),
    after: afterFigure(q, ctx),
    ties: figureTies(q, ctx),
    ...saidOf(q, ctx, clause.text, before),
    ...measuredAs(ctx, clause),
    grammar: grammarSubject(q, ctx, index, clause),
  };
}

/** What the figure's words say of it, beyond its metric and relation: each flag set when so. */
function saidOf(
  q: Quantity,
  ctx: SentenceContext,
  clause: string,
  before: string,
): Pick<
  ClaimFrame,
  | 'negated'
  | 'listed'
  | 'earlierBy'
  | 'whole'
  | 'unnamedBusiness'
  | 'shareSale'
  | 'runRateSaid'
  | 'amountAdded'
  | 'inTalks'
> {
  return {
    ...(denied(before) ? { negated: true as const } : {}),
    ...(inTalks(clause) ? { inTalks: true as const } : {}),
    ...(LISTING.test(before) ? { listed: true as const } : {}),
    ...earlierOf(q, ctx),
    ...(wholeSaid(clause) ? { whole: true as const } : {}),
    ...(unnamedBusiness(q, ctx) ? { unnamedBusiness: true as const } : {}),
    ...(SHARE_SALE.test(clause) ? { shareSale: true as const } : {}),
    ...(RUN_RATE_SAID.test(ctx.text) ? { runRateSaid: true as const } : {}),
    ...(ADDABLE.has(q.dim) && AMOUNT_ADDED.test(ctx.text.slice(0, q.start - ctx.offset))
      ? { amountAdded: true as const }
      : {}),
  };
}

/**
 * "The run rate reached $142 billion and the backlog climbed to $244 billion": a metric (at `s` to
 * `e` in the clause) that opens the next coordinated clause, before another figure, is that
 * figure's.
 */
function opensNextClause(
  clause: { text: string; end: number },
  s: number,
  e: number,
  others: number[][],
): boolean {
  return (
    s >= clause.end &&
    NEXT_CLAUSE.test(clause.text.slice(clause.end, s)) &&
    others.some(([a]) => a >= e)
  );
}

/** Between a figure and a metric that opens the clause after it: "and the", ", while its". */
const NEXT_CLAUSE =
  /^[\s,]*(?:and|while|but|whereas)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$/i;

/**
 * A name right after the figure that it qualifies: "$11 billion Project Rainier", "$38 billion
 * “AWS” deal".
 */
function headOf(q: Quantity, ctx: SentenceContext): { head?: NameMention } {
  const next = ctx.names.find(
    (n) =>
      n.start >= q.end &&
      /^\s*["“'‘]?$/.test(ctx.text.slice(q.end - ctx.offset, n.start - ctx.offset)),
  );
  // "a $40 billion SoftBank-led round" qualifies the round, not SoftBank; "Amazon's" owns what
  // follows
  if (!next || /^(?:[-–]|['’]s\b)/.test(ctx.text.slice(next.end - ctx.offset))) return {};
  return { head: next };
}

/**
 * The metric named for this figure: the nearest metric noun in its clause that no other figure of
 * its kind stands nearer to ("revenue rose to $10 billion and net income to $2 billion": net
 * income is the second figure's).
 */
function ownMetric(
  q: Quantity,
  ctx: SentenceContext,
  clause: ReturnType<typeof figureClause>,
): Pick<ClaimFrame, 'metric' | 'metricJoined' | 'qualifier' | 'owner' | 'unknownOwner'> {
  // a rate and a level share their metric ("net sales rose 13% to $180.2 billion"): only a figure
  // of the same kind can take the metric from this one
  // and a figure paired with this one ("from $200B to $244B") shares its metric too
  const others = ctx.quantities
    .filter(
      (o) =>
        o !== q &&
        o.dim !== 'date' &&
        (o.dim === 'percent') === (q.dim === 'percent') &&
        !paired(o, q, ctx),
    )
    .map((o) => [o.start - ctx.offset - clause.start, o.end - ctx.offset - clause.start]);
  const best = nearestMetric(clause, others, q.dim);
  if (!best) {
    const unknown = unknownOwner(q, ctx) ? { unknownOwner: true as const } : {};
    // (who holds a stake, a metric named or not: "Nvidia holds a 5% stake")
    const owner = stakeHolder(q, ctx);
    const found =
      continuedMetric(q, ctx, clause) ??
      openingMetric(q, ctx) ??
      rowMetric(q, ctx) ??
      referredMetric(q, ctx);
    return { ...found, ...unknown, ...(owner ? { owner } : {}) };
  }
  const qualifier =
    QUALIFIER.exec(clause.text.slice(0, best.start))?.[1] ??
    qualifierAfter(clause.text.slice(best.end));
  const owner = ownerOf(q, ctx, clause.start + best.start);
  const unknown = !owner && unknownOwner(q, ctx, clause.start + best.start);
  const between =
    best.end <= clause.at
      ? clause.text.slice(best.end, clause.at)
      : clause.text.slice(clause.end, best.start);
  return {
    metric: best.metric,
    ...(JOINED_BY.test(between) ? { metricJoined: true as const } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(owner ? { owner } : {}),
    ...(unknown ? { unknownOwner: true as const } : {}),
  };
}

const JOINED_BY = /^\s*(?:of|at|in|to)?\s*$/;
/** A share given after the figure, of the whole whose name follows: "or 9.3% of". */
const SHARE_OF = /\d\s*(?:%|percent|per cent)\s+of\s+(?:its\s+|the\s+|total\s+)*$/i;

/** How far apart two spans of a text stand; 0 when they overlap. */
const gap = (a: number, b: number, s: number, e: number): number =>
  e <= a ? a - e : s >= b ? s - b : 0;

/**
 * The metric of the lexicon nearest the figure in its clause that no other figure (`others`, spans
 * in the clause) stands nearer to, and that does not open the next clause.
 */
function nearestMetric(
  clause: ReturnType<typeof figureClause>,
  others: number[][],
  dim: Quantity['dim'],
): { metric: Metric; distance: number; start: number; end: number } | undefined {
  let best: { metric: Metric; distance: number; start: number; end: number } | undefined;
  for (const { metric, scan } of metricScans(dim)) {
    // exec on the one global regex, not matchAll, which copies the regex at every call
    scan.lastIndex = 0;
    for (let m = scan.exec(clause.text); m; m = scan.exec(clause.text)) {
      if (m[0] === '') scan.lastIndex++;
      const [s, e] = [m.index, m.index + m[0].length];
      const distance = gap(clause.at, clause.end, s, e);
      // (a measure joined to the figure by "in" or "of" is its own, however near the next figure:
      // "$64 billion in AI server orders, with $25.2 billion in shipments")
      const joined = s >= clause.end && JOINED_MEASURE.test(clause.text.slice(clause.end, s));
      if (!joined && others.some(([a, b]) => gap(a, b, s, e) < distance)) continue;
      if (opensNextClause(clause, s, e, others)) continue;
      // ("took in $2 billion at a valuation north of $9 billion": the measure the next figure's)
      if (s >= clause.end && others.some(([a]) => a >= e && LEADS_TO.test(clause.text.slice(e, a))))
        continue;
      // ("$2.5 billion, or 9.3% of revenue": a share's whole is the share's, not the amount's)
      if (s >= clause.end && SHARE_OF.test(clause.text.slice(clause.end, s))) continue;
      // ("a $965 billion valuation against $74 billion in revenue", "$43.5 billion is more than
      // its valuation": the other side of a comparison)
      if (e <= clause.at && COMPARED_TO.test(clause.text.slice(e, clause.at))) continue;
      if (s >= clause.end && COMPARED_WITH.test(clause.text.slice(clause.end, s))) continue;
      if (!best || distance < best.distance) best = { metric, distance, start: s, end: e };
    }
  }
  return best;
}

/**
 * The metric a sentence opens with, as its subject, for the figures of a clause that names none:
 * "Sales at Microsoft's intelligent cloud division, home to Azure, grew 19% to $28.5 billion" (a
 * division named after it is its qualifier).
 */
function openingMetric(
  q: Quantity,
  ctx: SentenceContext,
): ReturnType<typeof ownMetric> | undefined {
  if (q.dim === 'date') return undefined;
  for (const { metric, scan } of metricScans(q.dim)) {
    scan.lastIndex = 0;
    const m = scan.exec(ctx.text);
    const lead = m && OPENING.exec(ctx.text.slice(0, m.index));
    if (!m || !lead || m.index > q.start - ctx.offset) continue;
    // ("Oracle's cloud revenue, from ..., came to": the words before it qualify it)
    const qualifier =
      (lead[1] && QUALIFIER.exec(lead[0])?.[1]) ??
      DIVISION_AFTER.exec(ctx.text.slice(m.index + m[0].length))?.[1];
    return { metric, ...(qualifier ? { qualifier } : {}) };
  }
  return undefined;
}

/**
 * The metric of the clause before, for a figure whose clause goes on from it: "Revenue reached a
 * record, hitting $47.6 billion", "revenues rose 12%, reaching $14.3 billion", "on revenue, which
 * climbed 26% to $52.1 billion". The metric named last there, nearest the break.
 */
function continuedMetric(
  q: Quantity,
  ctx: SentenceContext,
  clause: ReturnType<typeof figureClause>,
): ReturnType<typeof ownMetric> | undefined {
  if (q.dim === 'date' || !GOES_ON.test(clause.text.slice(0, clause.at))) return undefined;
  // (the clause before names the metric this one goes on with)
  const previous = previousClause(ctx, clause);
  let last: { metric: Metric; at: number } | undefined;
  for (const { metric, scan } of metricScans(q.dim)) {
    scan.lastIndex = 0;
    for (let m = scan.exec(previous); m; m = scan.exec(previous)) {
      if (m[0] === '') scan.lastIndex++;
      if (!last || m.index > last.at) last = { metric, at: m.index };
    }
  }
  if (!last) return undefined;
  // ("AI revenue more than doubled, reaching $4.8 billion": the line of business goes on too)
  const qualifier = QUALIFIER.exec(previous.slice(0, last.at))?.[1];
  return { metric: last.metric, ...(qualifier ? { qualifier } : {}) };
}

/** The clause before the figure's, up to the break before it. */
function previousClause(ctx: SentenceContext, clause: ReturnType<typeof figureClause>): string {
  const before = ctx.text.slice(0, clause.start).replace(/[\s,]+$/, '');
  return before.slice((lastMatch(PREVIOUS_BREAK, before)?.index ?? -1) + 1);
}

/**
 * Words that open a clause going on from the one before: a participle, "which" and a verb, or the
 * earlier value it is set against (", up from a prior outlook of").
 */
const GOES_ON = new RegExp(
  String.raw`^\s*(?:reaching|hitting|totaling|totalling|topping|landing at|coming in at` +
    String.raw`|(?:up|down|rising|falling|increased|raised|lowered|cut)\s+from` +
    String.raw`|(?:which|that)\s+(?:\w+\s+)?(?:climbed|rose|grew|jumped|increased|fell|declined` +
    String.raw`|dropped|reached|hit|totaled|totalled|came|was|were|stood))\b`,
  'i',
);
/** The break that opens the clause before the figure's. */
const PREVIOUS_BREAK = /[,;:()\u2014]/g;

/**
 * A table cell's metric, from its row's label when the cell names none: "| Reality Labs
 * Operating Loss | ($3.8B) |".
 */
function rowMetric(q: Quantity, ctx: SentenceContext): ReturnType<typeof ownMetric> | undefined {
  if (ctx.rowKey === undefined || !ctx.contextText) return undefined;
  // (the row's first words cell: its label; "revenue to AMD" further along is another cell's)
  const label = ctx.contextText.split(' | ')[0];
  let first: { metric: Metric; at: number } | undefined;
  for (const { metric, scan } of metricScans(q.dim)) {
    scan.lastIndex = 0;
    const m = scan.exec(label);
    if (m && (!first || m.index < first.at)) first = { metric, at: m.index };
  }
  return first && { metric: first.metric };
}

/**
 * Nothing but an article or a word of the metric's kind before a sentence's opening metric, or a
 * company's possessive and a word or two of its line: "Oracle's cloud revenue".
 */
const OPENING = new RegExp(
  String.raw`^\W*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]otal|[Qq]uarterly|[Aa]nnual)\s+` +
    String.raw`|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+((?:[\w-]+\s+){0,2}))?$`,
);

/**
 * A division of a company named right after a metric noun: "in Microsoft's intelligent cloud
 * division", "at its devices unit".
 */
const DIVISION_AFTER = new RegExp(
  String.raw`^\s+(?:in|at|of|from)\s+(?:its\s+|the\s+|their\s+|[A-Z][\w.&-]*['’]s\s+)?` +
    String.raw`((?:[\w-]+\s+){1,3}?(?:division|segment|unit|business|arm))\b`,
  'i',
);

/**
 * A sentence that opens by pointing back ("This represents a tenfold increase") measures what the
 * sentence before it measured: the last metric named there.
 */
function referredMetric(q: Quantity, ctx: SentenceContext): { metric?: Metric } {
  if (q.dim === 'date' || !POINTS_BACK.test(ctx.text)) return {};
  let last: { metric: Metric; at: number } | undefined;
  for (const { metric, scan } of metricScans(q.dim)) {
    const m = lastMatch(scan, ctx.previousText);
    if (m && (!last || m.index > last.at)) last = { metric, at: m.index };
  }
  return last ? { metric: last.metric } : {};
}
const POINTS_BACK =
  /^\s*(?:this|that|it|which)\s+(?:represents|represented|marks|marked|amounts to|amounted to|means|meant|is|was)\b/i;

/** Two figures of a change written as a pair: "from $200B to $244B", "$200B to $244B". */
function paired(a: Quantity, b: Quantity, ctx: SentenceContext): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*(?:to|and)\s+$/.test(
    ctx.text.slice(first.end - ctx.offset, second.start - ctx.offset),
  );
}
