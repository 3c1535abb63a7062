import { DataMemo } from '../memo';
import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { SentenceContext } from '../reading';
import { shiftedBack } from '../frame/own-date';
import type { ClaimFrame } from '../frame/frame';
import { grainOf, type Grain } from '../frame/grain';
import { TIME_VARYING } from './properties';
import { SEGMENT_CUE } from '../frame/gates';
import { FORECAST_FACT, TALKS_FACT } from '../frame/words';
import {
  PERIOD_END_SLACK_DAYS,
  periodOf,
  periodSpanOf,
  REPORTED_WITHIN_DAYS,
} from '../frame/period';
import { knownFrom } from '../frame/known';
import { namesOwnRound } from './round-terms';
import { ownsDate } from '../frame/own-date';
import type { Candidate } from './candidate';

/** Which of a subject's values over time a figure speaks of. */

/**
 * How a fact's time fits a figure: `score` weighs it in binding; `byText` is what the figure's own
 * dates and those around its sentence say (undefined when there are none), without the draft's
 * date.
 */
export interface TimeFit {
  score: number;
  byText: number | undefined;
}

/**
 * Which of a sentence's dates are a figure's own (`owned`), and which date it by where they stand
 * (`placed`: they open the sentence, or stand nearest to it in its clause): the same for every
 * fact the figure weighs, so found once per figure.
 */
export interface FigureDates {
  owned: boolean[];
  placed: boolean[];
}

/**
 * For values that change over time: a date in the sentence that matches the fact's date helps,
 * one that contradicts it rules the fact out. Without a date the fact stays in, unscored.
 * `frame.earlierBy`: the figure is given as the same period a year before, or the quarter before;
 * `frame.grain`: the length of period its clause names.
 */
export function timeFit(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  figureDates: FigureDates,
  index: ReferenceIndex,
  frame: Pick<ClaimFrame, 'earlierBy' | 'grain'> = {},
): TimeFit {
  // a date is itself the claim: other dates in the sentence say nothing about which fact it is
  if (q.dim === 'date') return NO_TIME;
  const dates = ctx.dates;
  // (a quarter around a figure said to be a year's is another figure's time: no time of this one)
  if (!dates.some((d) => !quarterOfAYearSaid(d, fact, frame.grain, ctx.text))) {
    if (ctx.documentDate === undefined) return NO_TIME;
    const current = currentAt(fact, ctx.documentDate, index);
    // ("capital spending was $20 billion for the quarter": the quarter the report is of, the one
    // out on the document's day, is named as surely as by its number)
    const named = periodOf(fact) === 'quarter' && sentenceTime(ctx.text).theQuarter;
    return { score: current, byText: named ? current : undefined };
  }
  const asOf = parseIsoDate(fact.asOf);
  if (!asOf) return NO_TIME;
  const { best, byText } = datesFit(fact, asOf, ctx, figureDates, frame);
  // no date of this figure's own: the draft's own date decides, if it has one
  // (nor does it lift a result over a period, a quarter's revenue, that the dates around point
  // away from: they name the period a report speaks of)
  const away = best < 0 && periodOf(fact) !== undefined;
  if (!away && best < 1 && ctx.documentDate !== undefined && !dates.some((d) => d.inSentence)) {
    const current = currentAt(fact, ctx.documentDate, index);
    // a date around the sentence that matches the fact is not undone by a newer value of the
    // property
    if (current !== 0) return { score: best >= 0.5 ? Math.max(best, current) : current, byText };
  }
  // (a round named by its letter, "its Series A", is that round whatever month the text gives it)
  if (best === -Infinity && namesOwnRound(fact, ctx.text)) return { score: 0, byText };
  return { score: best, byText };
}

const NO_TIME: TimeFit = { score: 0, byText: undefined };

/**
 * "The quarter" with no number, said of the one reported: "for the quarter", "at quarter's end",
 * "this quarter" (not "the quarter before", "the quarter a year earlier").
 */
const THE_QUARTER = new RegExp(
  String.raw`\b(?:(?:for|in|during|over|of)\s+the|this)\s+quarter\b` +
    String.raw`(?!\s+(?:before|earlier|ago|a year|prior))|\bat\s+quarter['’]s\s+end\b`,
  'i',
);

/**
 * What the time of every fact weighed asks of a sentence, kept for the last sentence asked (a
 * figure's facts ask one after another): whether it says "the quarter", and the period it names
 * (`grainOf`, read when first asked).
 */
interface SentenceTime {
  text: string;
  theQuarter: boolean;
  grain?: { grain?: Grain };
}

function sentenceTime(text: string): SentenceTime {
  if (lastSentence.text !== text) lastSentence = { text, theQuarter: THE_QUARTER.test(text) };
  return lastSentence;
}

let lastSentence: SentenceTime = { text: '', theQuarter: false };

/**
 * How the text's dates fit the fact's date: `best` over all of them, `byText` over the figure's
 * own and those around the sentence only (another figure's date in the sentence says little).
 */
function datesFit(
  fact: Fact,
  asOf: { min: number; max: number },
  ctx: SentenceContext,
  { owned, placed }: FigureDates,
  { earlierBy }: Pick<ClaimFrame, 'earlierBy'>,
): { best: number; byText: number | undefined } {
  const varying = TIME_VARYING.has(fact.property);
  const slacks = endSlack(fact);
  const slack = slacks.result;
  let best = -Infinity;
  let byText: number | undefined;
  // the dates that open its sentence or stand in its clause: when they all miss the fact's time,
  // dates around the sentence ("in fiscal 2026" a sentence before) do not bring it back
  let ownMissed = false;
  let ownMet = false;
  // the shortest of the figure's own dates that meet the fact, and that miss it
  let metSpan = Infinity;
  let missedSpan = Infinity;
  for (const [i, written] of ctx.dates.entries()) {
    const d = earlierBy ? shiftedBack(written, earlierBy) : written;
    // a date in the sentence is the time of the figure nearest to it ("$500 billion, up from $157
    // billion in October 2024"): for other figures it is only context, and says little
    const own = owned[i];
    const overlaps = fitsFact(d, asOf, slacks, fact, varying);
    let score: number;
    if (overlaps) score = own ? 1 : d.inSentence ? 0.25 : 0.5;
    else if (varying) score = own ? -Infinity : -0.5;
    else score = -0.3;
    best = Math.max(best, score);
    if (own || !d.inSentence) byText = Math.max(byText ?? -Infinity, score);
    if (own && placed[i]) {
      if (overlaps) [ownMet, metSpan] = [true, Math.min(metSpan, d.max - d.min)];
      else if (!reportDay(d, asOf, slack))
        [ownMissed, missedSpan] = [true, Math.min(missedSpan, d.max - d.min)];
    }
  }
  if (varying && ownMissed && !ownMet) return { best: -Infinity, byText: -Infinity };
  // "In November 2025 it cut its outlook for 2025": the month says which outlook, and the year
  // it shares with May's outlook does not make May's as well met
  if (varying && missedSpan < metSpan) return { best: Math.min(best, -0.5), byText };
  return { best, byText };
}

/**
 * Days a fact's day may fall after a date written for it, when the fact is no forecast (dated the
 * day it was given): a result's end after the month a date names (`result`), and a level's day
 * after a quarter written for it (`level`), the level at the quarter's end ("its backlog in the
 * fiscal first quarter"), which a fiscal calendar of whole weeks puts a few days off the month's.
 * A fact has one or the other.
 */
function endSlack(fact: Fact): { result: number; level: number } {
  if (fact.cues.some((c) => FORECAST_FACT.test(c))) return NO_SLACK;
  return periodOf(fact) ? RESULT_SLACK : LEVEL_SLACK;
}
const NO_SLACK = { result: 0, level: 0 };
const RESULT_SLACK = { result: PERIOD_END_SLACK_DAYS, level: 0 };
const LEVEL_SLACK = { result: 0, level: PERIOD_END_SLACK_DAYS };

/** The slack a date written gives the fact's day: a level's only for a quarter. */
const slackFor = (d: DayRange, { result, level }: ReturnType<typeof endSlack>): number =>
  quarterLong(d) ? result + level : result;

type DayRange = { min: number; max: number };

/**
 * Whether a date falls in a fact's time; a period's end written to the day may stand a day or
 * two off ("the period ending October 27" for a quarter that ended on the 26th), and an event's
 * day one day off.
 */
function overlapsFact(d: DayRange, asOf: DayRange, slack: number): boolean {
  // (a day against a day: an announcement made on a US evening is the next day's news elsewhere)
  if (d.max === d.min && asOf.max === asOf.min)
    return Math.abs(d.min - asOf.min) <= Math.max(slack, ZONE_DAYS);
  const late = d.max - d.min < 1 ? slack : 0;
  return d.min <= asOf.max + late && asOf.min <= d.max + slack;
}

const ZONE_DAYS = 1;

/** Whether a written date is the fact's time: it overlaps it, and is no quarter of a year's fact. */
function meetsFact(d: DayRange, asOf: DayRange, slack: number, fact: Fact): boolean {
  return overlapsFact(d, asOf, slack) && !quarterOfAYear(d, fact);
}

/**
 * A quarter written ("In its fourth quarter, ...") is not the time of a year's figure, though the
 * two end on the same day: a figure a sentence on ("AI sales reached $3.7 billion") is the
 * quarter's.
 */
function quarterOfAYear(d: DayRange, fact: Fact): boolean {
  return quarterLong(d) && periodOf(fact) === 'year';
}

/** A span of dates as long as a quarter. */
function quarterLong(d: DayRange): boolean {
  const days = d.max - d.min;
  return days >= MIN_QUARTER_DAYS && days <= MAX_QUARTER_DAYS;
}
const MIN_QUARTER_DAYS = 80;
const MAX_QUARTER_DAYS = 100;

/**
 * A quarter written around a figure its clause or sentence says is a year's ("AI revenue for the
 * year, totaling ..."), and that year's fact.
 */
function quarterOfAYearSaid(
  d: DayRange,
  fact: Fact,
  grain: Grain | undefined,
  sentence: string,
): boolean {
  if (!quarterOfAYear(d, fact)) return false;
  if (grain) return grain === 'year';
  const said = sentenceTime(sentence);
  return (said.grain ??= grainOf(sentence)).grain === 'year';
}

/**
 * A day soon after a period's end may be the day its results came out: "On October 29, the
 * company reported third-quarter revenue of ...".
 */
function reportDay(d: DayRange, asOf: DayRange, slack: number): boolean {
  return slack > 0 && d.min > asOf.max && d.min <= asOf.max + REPORTED_WITHIN_DAYS;
}

/** Whether a written date is the fact's time, or (for a value over time) the week after it. */
function fitsFact(
  d: DayRange,
  asOf: DayRange,
  slacks: ReturnType<typeof endSlack>,
  fact: Fact,
  varying: boolean,
): boolean {
  return meetsFact(d, asOf, slackFor(d, slacks), fact) || (varying && levelNewsDay(d, asOf, fact));
}

/**
 * A day in the week after a level was set (a valuation, a run rate), written for it: "On June 1st,
 * it filed, at a valuation of about $965 billion" reports the value of days before.
 */
function levelNewsDay(d: DayRange, asOf: DayRange, fact: Fact): boolean {
  return (
    d.max === d.min &&
    d.min > asOf.max &&
    d.min <= asOf.max + LEVEL_NEWS_DAYS &&
    !periodOf(fact) &&
    !fact.cues.some((c) => FORECAST_FACT.test(c))
  );
}
const LEVEL_NEWS_DAYS = 7;

/**
 * For a draft dated in its front matter, a value the data has at several times is read as the
 * one current on that date: 0.5 for it, -0.5 for the others, 0 for a value with no history.
 */
export function currentAt(fact: Fact, day: number, index: ReferenceIndex): number {
  // the same for every figure a fact is weighed against in a document of that date
  return currentness.get(index, `${fact.id}|${day}`, () => currentnessOf(fact, day, index));
}

const currentness = new DataMemo<number>();

function currentnessOf(fact: Fact, day: number, index: ReferenceIndex): number {
  const all = index
    .factsAbout(fact.subject)
    .filter((f) => f.property === fact.property && seriesKind(f) === seriesKind(fact));
  // values of one thing over time are one chain of `supersededBy` (not a segment's revenue, nor a
  // forecast, of the same property); a fact in no chain is weighed against the property's others
  const head = index.current(fact);
  const chain = all.filter((f) => index.current(f) === head);
  const history = chain.length >= 2 ? chain : all;
  if (history.length < 2) return 0;
  // (a quarter's result is current from when it came out, not from the quarter's last day)
  const started = (f: Fact): number => knownFrom(f, index) ?? Infinity;
  const current = history
    .filter((f) => started(f) <= day)
    .sort((a, b) => started(b) - started(a))[0];
  if (!current) return 0;
  return current.asOf === fact.asOf ? 0.5 : -0.5;
}

/**
 * For a price or raise still in talks on `day`, the last one agreed before it, of the same
 * subject and property: while talks go on, that value is still the subject's ("valued at $500
 * billion" as talks of $750 billion are reported). Undefined for facts not of talks, or once a
 * value agreed after the talks is known.
 */
export function lastAgreed(fact: Fact, day: number, index: ReferenceIndex): Fact | undefined {
  if (!fact.cues.some((c) => TALKS_FACT.test(c))) return undefined;
  const talked = parseIsoDate(fact.asOf)?.min ?? Infinity;
  const agreed = index
    .factsAbout(fact.subject)
    .filter(
      (f) =>
        f.property === fact.property &&
        f.value.dim === fact.value.dim &&
        !f.cues.some((c) => TALKS_FACT.test(c)) &&
        (knownFrom(f, index) ?? Infinity) <= day,
    )
    .sort((a, b) => (knownFrom(b, index) ?? 0) - (knownFrom(a, index) ?? 0));
  const last = agreed[0];
  return last && (parseIsoDate(last.asOf)?.min ?? Infinity) < talked ? last : undefined;
}

/**
 * Two values of one measure of one subject at different times (a quarter's revenue and the same
 * quarter's a year before): same property, dimension and period length, and neither a forecast
 * nor a segment's figure where the other is not.
 */
export function sameSeries(a: Fact, b: Fact): boolean {
  return (
    a.subject === b.subject &&
    a.property === b.property &&
    a.value.dim === b.value.dim &&
    periodOf(a) === periodOf(b) &&
    seriesKind(a) === seriesKind(b)
  );
}

/** A forecast, or one segment's figure, is another thing than the actual total of the property. */
function seriesKind(f: Fact): string {
  return `${f.cues.some((c) => FORECAST_FACT.test(c))}|${segmentOf(f)}`;
}

/** The segment a fact is of, by its cue that names one ("Data Center segment"); '' for none. */
export function segmentOf(f: Fact): string {
  return f.cues.find((c) => SEGMENT_CUE.test(c)) ?? '';
}

/**
 * A result over a period (an outlook for a quarter) whose period none of the text's dates falls
 * in, while they point at the chosen fact's time: a figure that agrees with it is chance, not what
 * the writer meant ("grew 35%" of this year's quarter, against last year's outlook of 35%).
 */
export function periodNamedElsewhere(
  fact: Fact,
  chosen: Candidate,
  q: Quantity,
  ctx: SentenceContext,
  level?: Quantity,
): boolean {
  const span = periodSpanOf(fact);
  if (!span) return false;
  // the figure's own dates and those around its sentence, as for `byText`; a change said of the
  // amount before it ("$51.2 billion in the third quarter, up 56%") has that amount's dates too
  const owns = (d: SentenceContext['dates'][number]): boolean =>
    ownsDate(d, q, ctx) || (level !== undefined && ownsDate(d, level, ctx));
  const dates = ctx.dates.filter((d) => !d.inSentence || owns(d));
  const meets = (s: { min: number; max: number }): boolean =>
    dates.some((d) => d.min <= s.max && s.min <= d.max);
  const chosenSpan = periodSpanOf(chosen.fact);
  const pointed = (chosen.timeByText ?? 0) > 0 || (chosenSpan !== undefined && meets(chosenSpan));
  // (a quarter named is no other period than its year's: "Q3 capex" beside the year's outlook)
  return pointed && dates.length > 0 && !meets(span);
}
