import type { SentenceContext } from '../reading';
import { MONTH_NAMES, parseIsoDate, yearOf } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { supports } from './judge';
import { statesValue } from './tolerance';
import { sameSeries } from './time';
import { ownDateWritten, type PeriodSlip } from './year-slip';

/**
 * The slip of a month, for a figure contradicted by `fact`: the one month written that dates the
 * figure ("valued at $18 billion in May") holds the fact's date, and the series has the figure's
 * value in one other month within a year (July's round), no later than the text. The month
 * slipped or the figure did.
 */
export function monthSlip(
  q: Quantity,
  fact: Fact,
  ctx: SentenceContext,
  index: ReferenceIndex,
): PeriodSlip | undefined {
  // (a bound, "passed $1 billion", is true of too many months)
  if (q.hedge === 'at-least' || q.hedge === 'at-most') return undefined;
  const written = ownMonth(q, ctx);
  const day = dayOf(fact);
  if (!written || day === undefined || day < written.min || day > written.max) return undefined;
  const latest = ctx.documentDate ?? Infinity;
  const others = index.factsAbout(fact.subject).filter((f) => {
    const other = dayOf(f);
    return (
      other !== undefined &&
      (other < written.min || other > written.max) &&
      other <= latest &&
      Math.abs(other - day) <= YEAR_DAYS &&
      sameSeries(f, fact) &&
      supports(q, f)
    );
  });
  // ("around $18 billion" is within reach of September's $20 billion too: July's, stated)
  const [other] =
    oneMonth(others) ?? oneMonth(others.filter((f) => statesValue(q, f.value, STATED_SHARE))) ?? [];
  return other && { period: written, other, rewritten: rewrittenMonth(written, other) };
}

/** The facts, when they all fall in one month. */
function oneMonth(facts: Fact[]): Fact[] | undefined {
  const months = new Set(facts.map((f) => f.asOf.slice(0, 7)));
  return months.size === 1 ? facts : undefined;
}

/** How near a figure must be to a month's value to state it, hedges aside. */
const STATED_SHARE = 0.005;

const YEAR_DAYS = 366;

interface WrittenMonth {
  start: number;
  end: number;
  text: string;
  min: number;
  max: number;
  /** the month's word as written, "May", "Sept" (without a dot after it) */
  word: string;
  dotted: boolean;
  /** whether a year follows it */
  withYear: boolean;
}

/** The one month named in the sentence ("in May", "in July 2025") that dates the figure. */
function ownMonth(q: Quantity, ctx: SentenceContext): WrittenMonth | undefined {
  const date = ownDateWritten(q, ctx, (text) => monthIndex(MONTH_WRITTEN.exec(text)?.[1]) >= 0);
  const m = date && MONTH_WRITTEN.exec(date.text);
  if (!date || !m) return undefined;
  const { start, end, text, min, max } = date;
  return {
    start,
    end,
    text,
    min,
    max,
    word: m[1],
    dotted: m[2] === '.',
    withYear: /\d{4}$/.test(text),
  };
}

/** A month's word with its year or not: "May", "July 2025", "Sept. 2025". */
const MONTH_WRITTEN = /^([A-Z][a-z]{2,8})(\.?)(?:,?\s+\d{4})?$/;

function monthIndex(word: string | undefined): number {
  if (word === undefined) return -1;
  const prefix = word.slice(0, 3);
  return MONTH_NAMES.findIndex(
    (name) => name.startsWith(prefix) && (word.length === 3 || name.startsWith(word)),
  );
}

/**
 * The other fact's month in the writer's form: its full name or its short one, with its year where
 * the writer gave one or where the year differs.
 */
function rewrittenMonth(written: WrittenMonth, other: Fact): string {
  const date = parseIsoDate(other.asOf)!;
  const name = MONTH_NAMES[Number(other.asOf.slice(5, 7)) - 1];
  const full = MONTH_NAMES.includes(written.word);
  const word = full ? name : `${name.slice(0, 3)}${written.dotted ? '.' : ''}`;
  const year = yearOf(date.min);
  const sameYear = yearOf(written.min) === year;
  return written.withYear || !sameYear ? `${word} ${year}` : word;
}

/** The fact's day, for a fact dated to the month or the day. */
function dayOf(fact: Fact): number | undefined {
  const date = parseIsoDate(fact.asOf);
  return date && date.precision !== 'year' ? date.min : undefined;
}
