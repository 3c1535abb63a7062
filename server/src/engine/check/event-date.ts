import { parseIsoDate, yearOf } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { candidatesFor } from './bind';
import { MIN_SCORE } from './candidate';
import type { SentenceContext } from '../reading';
import { MARGIN, supports } from './judge';
import { rewriteInStyle } from './rewrite';
import { ownsDate } from './time';

/**
 * The subject named in the sentence, or in the one before it that this one refers back to ("Its
 * ...").
 */
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
  if (date.dim !== 'date' || date.yearInferred) return undefined;
  const years = date.text.match(/\b\d{4}\b/g);
  if (
    years?.length !== 1 ||
    !EVENT_DATE_BEFORE.test(ctx.text.slice(0, date.start - ctx.offset).replace(/[*_]+$/, ''))
  )
    return undefined;
  const dated = {
    min: date.min,
    max: date.max,
    inSentence: true,
    start: date.start,
    end: date.end,
  };
  // the figures as if the date were not there
  const undated: SentenceContext = {
    ...ctx,
    dates: ctx.dates.filter((d) => d.start !== date.start),
  };
  const milestone = MILESTONE.test(ctx.text);
  const event = (f: Fact): boolean =>
    EVENTS.has(f.property) || (milestone && f.property === 'market-cap');
  for (const q of ctx.quantities) {
    if (q.dim === 'date' || q.change || !ownsDate(dated, q, ctx)) continue;
    const candidates = candidatesFor(q, undated, index);
    // among the bindings about as good as the best, the events the figure matches
    const matching = candidates.filter(
      (c) =>
        c.score >= (candidates[0]?.score ?? 0) - MARGIN && event(c.fact) && supports(q, c.fact),
    );
    const top = matching[0];
    if (
      !top ||
      top.coverage < minCoverage ||
      !top.strongCue ||
      !top.anchored ||
      top.score < MIN_SCORE
    )
      continue;
    // one event has this figure
    if (matching.some((c) => c.fact.asOf !== top.fact.asOf)) continue;
    const asOf = parseIsoDate(top.fact.asOf);
    if (asOf && top.fact.property === 'market-cap') {
      // a value reached first on one day: the day as written must be that day
      if (date.min <= asOf.max && asOf.min <= date.max) continue;
      const unit = asOf.min === asOf.max ? 'day' : asOf.max - asOf.min < 31 ? 'month' : 'year';
      const newText = rewriteInStyle(date, { dim: 'date', min: asOf.min, max: asOf.max, unit });
      if (newText && newText !== date.text) return { fact: top.fact, newText };
      continue;
    }
    const year = asOf && yearOf(asOf.min);
    if (!asOf || year === yearOf(date.min) || yearOf(asOf.max) !== year) continue;
    // a month written must be the event's month
    const monthly = date.max - date.min < 31;
    const month = (day: number): string => new Date(day * 86_400_000).toISOString().slice(5, 7);
    if (monthly && (asOf.max - asOf.min >= 31 || month(date.min) !== month(asOf.min))) continue;
    // the subject had no such event in the month (or year) written
    const then = new Date(date.min * 86_400_000).toISOString().slice(0, monthly ? 7 : 4);
    if (
      index
        .factsAbout(top.fact.subject)
        .some((f) => EVENTS.has(f.property) && (f.asOf.startsWith(then) || then.startsWith(f.asOf)))
    )
      continue;
    return { fact: top.fact, newText: date.text.replace(/\b\d{4}\b/, String(year)) };
  }
  return undefined;
}
