import { isoOfDay, parseIsoDate, yearOf, type DateRange } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { candidatesFor } from './bind';
import { MIN_SCORE } from './candidate';
import type { SentenceContext } from '../reading';
import { MARGIN, supports } from './judge';
import { rewriteInStyle } from './rewrite';
import { ownsDate } from '../frame/own-date';

/** How firmly a figure must bind, the date left out, for its event to date it. */
const FIRM_COVERAGE = 0.7;

/** Properties whose figure is one event's, made on one day: a funding round, an investment. */
const EVENTS = new Set(['raised', 'valuation', 'investment']);

/** A market value is one day's when reached first: "the first company worth $5 trillion". */
const MILESTONE = /\bfirst\b/i;

/**
 * What may stand before an event's date: "in", "on", "dated", "announced", "around", an opening
 * bracket, or nothing at the start of the sentence. "By 2024", "since", "through", "as of" bound a
 * period instead, and a figure may hold at either end of one.
 */
const EVENT_DATE_BEFORE = /(?:^|\b(?:in|on|dated|announced|around|about)\s+|\(\s*)$/i;

/** An event's figure the data gives, and the year it gives it in. */
export interface MisdatedEvent {
  fact: Fact;
  /**
   * the date as it should read: the written one with the event's year (or, for a milestone, day)
   */
  newText: string;
}

/**
 * A date the data puts in another year: the figure beside it is a round's or an investment's that
 * the data has, exactly and firmly bound once the date is left out, but in another year, and the
 * subject has no such event in the month (or year) written ("a $40 billion round in March 2024"
 * for March 2025). Only the year is judged: the month (when written) must agree, since reports date
 * the same
 * round by its announcement or its close. A market value reached first ("the first company worth $5
 * trillion, on October 29, 2025") is judged to the day.
 */
export function misdatedEvent(
  date: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  minCoverage = FIRM_COVERAGE,
): MisdatedEvent | undefined {
  if (!datesAnEvent(date, ctx)) return misdatedMonth(date, ctx, index, minCoverage);
  const dated = writtenDate(date);
  const milestone = MILESTONE.test(ctx.text);
  const search = undatedSearch(
    date,
    ctx,
    index,
    (f) => EVENTS.has(f.property) || (milestone && f.property === 'market-cap'),
    minCoverage,
  );
  for (const q of ctx.quantities) {
    if (q.dim === 'date' || q.change || !ownsDate(dated, q, ctx)) continue;
    const fact = eventOf(q, search);
    const asOf = fact && parseIsoDate(fact.asOf);
    if (!fact || !asOf) continue;
    const misdated =
      fact.property === 'market-cap'
        ? misdatedMilestone(date, fact, asOf)
        : misdatedYear(date, fact, asOf, index);
    if (misdated) return misdated;
  }
  return undefined;
}

/**
 * Whether a date may be an event's: written with one year of its own, after a word that dates an
 * event ("in", "on", "announced") rather than one that bounds a period.
 */
function datesAnEvent(date: Quantity, ctx: SentenceContext): boolean {
  if (date.dim !== 'date' || date.yearInferred) return false;
  // a year after the document's is when something is to happen, not when an event did
  if (ctx.documentDate !== undefined && date.min > ctx.documentDate) return false;
  const years = date.text.match(/\b\d{4}\b/g);
  return (
    years?.length === 1 &&
    EVENT_DATE_BEFORE.test(ctx.text.slice(0, date.start - ctx.offset).replace(/[*_]+$/, ''))
  );
}

/** How a figure's event is looked for: its sentence with the date left out, and how firmly. */
interface EventSearch {
  undated: SentenceContext;
  index: ReferenceIndex;
  /** whether a fact is an event's, made on one day */
  isEvent: (f: Fact) => boolean;
  minCoverage: number;
}

/** The search for a figure's event in its sentence as if the date were not there. */
function undatedSearch(
  date: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  isEvent: EventSearch['isEvent'],
  minCoverage: number,
): EventSearch {
  const undated = { ...ctx, dates: ctx.dates.filter((d) => d.start !== date.start) };
  return { undated, index, isEvent, minCoverage };
}

/**
 * The one event's fact a figure is firmly bound to and agrees with, the date left out; undefined
 * when it binds loosely, or as well to facts of other dates.
 */
function eventOf(q: Quantity, search: EventSearch): Fact | undefined {
  const candidates = candidatesFor(q, search.undated, search.index);
  // among the bindings about as good as the best, the events the figure matches
  const matching = candidates.filter(
    (c) =>
      c.score >= (candidates[0]?.score ?? 0) - MARGIN &&
      search.isEvent(c.fact) &&
      supports(q, c.fact),
  );
  const top = matching[0];
  if (
    !top ||
    top.coverage < search.minCoverage ||
    !top.strongCue ||
    !top.anchored ||
    top.score < MIN_SCORE
  )
    return undefined;
  // one event has this figure
  if (matching.some((c) => c.fact.asOf !== top.fact.asOf)) return undefined;
  return top.fact;
}

/**
 * A market value reached first on one day (`asOf`): the date as written must be that day, else it
 * is rewritten to it.
 */
function misdatedMilestone(date: Quantity, fact: Fact, asOf: DateRange): MisdatedEvent | undefined {
  if (date.min <= asOf.max && asOf.min <= date.max) return undefined;
  const unit = asOf.min === asOf.max ? 'day' : asOf.max - asOf.min < 31 ? 'month' : 'year';
  const newText = rewriteInStyle(date, { dim: 'date', min: asOf.min, max: asOf.max, unit });
  return newText && newText !== date.text ? { fact, newText } : undefined;
}

/**
 * An event's date written in another year than the data's (`asOf`), in the event's month when a
 * month is written, while the subject had no such event in the month (or year) written.
 */
function misdatedYear(
  date: Quantity,
  fact: Fact,
  asOf: DateRange,
  index: ReferenceIndex,
): MisdatedEvent | undefined {
  const year = yearOf(asOf.min);
  if (year === yearOf(date.min) || yearOf(asOf.max) !== year) return undefined;
  // a month written must be the event's month
  const monthly = date.max - date.min < 31;
  const month = (day: number): string => isoOfDay(day).slice(5, 7);
  if (monthly && (asOf.max - asOf.min >= 31 || month(date.min) !== month(asOf.min)))
    return undefined;
  // the subject had no such event in the month (or year) written
  const then = isoOfDay(date.min).slice(0, monthly ? 7 : 4);
  if (
    index
      .factsAbout(fact.subject)
      .some((f) => EVENTS.has(f.property) && (f.asOf.startsWith(then) || then.startsWith(f.asOf)))
  )
    return undefined;
  return { fact, newText: date.text.replace(/\b\d{4}\b/, String(year)) };
}

/**
 * A month named for an event ("closed a $6 billion round in March", the year the text's or the
 * one before it) that is two months or more from the day the data gives the event, while the
 * subject had no such event within a month of the one written: reports date a round by its
 * announcement or its close, a month apart at most.
 */
function misdatedMonth(
  date: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  minCoverage: number,
): MisdatedEvent | undefined {
  if (!monthNamedForEvent(date, ctx)) return undefined;
  // (and a deal's value, made on the day it was signed)
  const search = undatedSearch(
    date,
    ctx,
    index,
    (f) => EVENTS.has(f.property) || (f.property === 'value' && isDeal(f, index)),
    minCoverage,
  );
  const written = monthNumber(date.min);
  for (const q of ctx.quantities) {
    if (q.dim === 'date' || q.change || !datedBy(q, date, ctx)) continue;
    const fact = eventOf(q, search);
    const asOf = fact && parseIsoDate(fact.asOf);
    // (a floor, "more than $400 billion", is no event's own figure)
    if (!fact || !asOf || asOf.precision === 'year' || fact.value.bound === 'at-least') continue;
    if (Math.abs(monthNumber(asOf.min) - written) < MONTHS_APART) continue;
    // (one fact of the subject has this figure: "a separate $6 billion round" may be the other)
    const facts = index.factsAbout(fact.subject);
    const same = facts.filter((f) => supports(q, f));
    if (new Set(same.map((f) => f.asOf.slice(0, 7))).size > 1) continue;
    // the subject has another fact dated near the month written: a tranche, talks, a close
    const near = facts.some((f) => {
      const d = parseIsoDate(f.asOf);
      return d !== undefined && Math.abs(monthNumber(d.min) - written) < MONTHS_APART;
    });
    if (near) continue;
    const newText = rewriteInStyle(date, {
      dim: 'date',
      min: asOf.min,
      max: asOf.max,
      unit: 'month',
    });
    if (newText && newText !== date.text) return { fact, newText };
  }
  return undefined;
}

/**
 * The month dates the figure: it owns the month, and stands right before it with no other figure
 * between ("a $6 billion round in March"), or the month opens the sentence ("In March, it raised").
 * In "from $9.9 billion in March to $29.3 billion" the month is the first figure's.
 */
function datedBy(q: Quantity, date: Quantity, ctx: SentenceContext): boolean {
  if (!ownsDate(writtenDate(date), q, ctx)) return false;
  if (q.end <= date.start)
    return !ctx.quantities.some(
      (o) => o !== q && o.dim !== 'date' && o.start >= q.end && o.end <= date.start,
    );
  return /^\W*(?:in|on)\s+$/i.test(ctx.text.slice(0, date.start - ctx.offset));
}

/** Months between the month written and the event's for the month to be wrong. */
const MONTHS_APART = 2;

/**
 * A month alone, or with its year, after a word that dates an event ("in March", "in March
 * 2024"), no later than the text.
 */
function monthNamedForEvent(date: Quantity, ctx: SentenceContext): boolean {
  if (date.dim !== 'date' || date.max - date.min < 27 || date.max - date.min > 31) return false;
  // (a month's year is guessed from the text's day: with no day, there is no telling; batch8
  // holds such a letter)
  if (ctx.documentDate === undefined ? date.yearInferred : date.min > ctx.documentDate)
    return false;
  if (!/^[A-Z][a-z]+\.?(?:\s+(?:19|20)\d\d)?$/.test(date.text)) return false;
  return EVENT_DATE_BEFORE.test(ctx.text.slice(0, date.start - ctx.offset).replace(/[*_]+$/, ''));
}

/** Months since year 0: months apart are a difference of two. */
function monthNumber(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** A date written in the sentence, as the dates that may date a figure are given. */
function writtenDate(date: Quantity): Parameters<typeof ownsDate>[0] {
  return { min: date.min, max: date.max, inSentence: true, start: date.start, end: date.end };
}

function isDeal(fact: Fact, index: ReferenceIndex): boolean {
  return index.entity(fact.subject)?.kind === 'deal';
}
