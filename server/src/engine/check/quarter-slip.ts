import { ownsDate } from '../frame/own-date';
import {
  ORDINAL,
  periodMentions,
  periodOf,
  PERIOD_END_SLACK_DAYS,
  QUARTER_WORD,
} from '../frame/period';
import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { supports } from './judge';
import { sameSeries } from './time';
import { dayOf, type PeriodSlip } from './year-slip';

/**
 * The slip of a quarter, for a figure contradicted by `fact`: the one quarter written that dates
 * the figure ("fiscal Q3 revenue of $15.9 billion") is the fact's, and the quarter just before or
 * after it (only one) has the figure's value. A quarter whose neighbour lies in another year is
 * left alone: the year would have to change too.
 */
export function quarterSlip(
  q: Quantity,
  fact: Fact,
  ctx: SentenceContext,
  index: ReferenceIndex,
): PeriodSlip | undefined {
  if (periodOf(fact) !== 'quarter') return undefined;
  const end = dayOf(fact);
  const written = ownQuarter(q, ctx);
  if (!written || end === undefined) return undefined;
  const slack = PERIOD_END_SLACK_DAYS;
  if (end < written.min - slack || end > written.max + slack) return undefined;
  const others = index.factsAbout(fact.subject).filter((f) => {
    const apart = Math.abs((dayOf(f) ?? Infinity) - end);
    return (
      f !== fact &&
      sameSeries(f, fact) &&
      supports(q, f) &&
      apart >= QUARTER_APART.min &&
      apart <= QUARTER_APART.max
    );
  });
  if (others.length !== 1) return undefined;
  const [other] = others;
  const step = (dayOf(other) ?? end) > end ? 1 : -1;
  const rewritten = shiftedQuarter(written.text, step);
  return rewritten ? { period: written, other, rewritten } : undefined;
}

/** Days between the ends of two quarters next to each other, give or take a fiscal week. */
const QUARTER_APART = { min: 80, max: 100 };

/** The one quarter named in the sentence ("the third quarter", "Q3") that dates the figure. */
function ownQuarter(
  q: Quantity,
  ctx: SentenceContext,
): { start: number; end: number; text: string; min: number; max: number } | undefined {
  const quarters = periodMentions(ctx.text)
    .filter((m) => m.quarter !== undefined)
    .flatMap((m) => {
      const start = m.start + ctx.offset;
      const date = ctx.dates.find((d) => d.inSentence && d.start === start);
      return date && ownsDate(date, q, ctx)
        ? [{ start, end: m.end + ctx.offset, text: ctx.text.slice(m.start, m.end), ...date }]
        : [];
    });
  return quarters.length === 1 ? quarters[0] : undefined;
}

/** A quarter's words with its number moved by `step`, within the year: "Q3" to "Q4". */
function shiftedQuarter(text: string, step: number): string | undefined {
  const m = QUARTER_TOKEN.exec(text);
  if (!m) return undefined;
  const digit = m[1] !== undefined;
  const n = digit ? Number(m[1]) : ORDINAL[m[2].toLowerCase()];
  const next = n + step;
  if (next < 1 || next > 4) return undefined;
  const word = QUARTER_WORDS[next - 1];
  const replaced = digit
    ? `Q${next}`
    : m[2][0] === m[2][0].toUpperCase()
      ? word[0].toUpperCase() + word.slice(1)
      : word;
  return text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length);
}

const QUARTER_WORDS = QUARTER_WORD.split('|');
const QUARTER_TOKEN = new RegExp(String.raw`\bQ([1-4])\b|\b(${QUARTER_WORD})\b`, 'i');
