import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';
import { PERIOD_END_SLACK_DAYS } from './period';
import { YEAR_ON_YEAR } from './words';

/**
 * Whether a date in the sentence is `q`'s own: the figure nearest to it, in the same clause (no
 * comma or bracket between), or the date opens the sentence ("In March 2025, OpenAI raised ...").
 */
export function ownsDate(
  d: SentenceContext['dates'][number],
  q: Quantity,
  ctx: SentenceContext,
): boolean {
  return d.start === undefined || dateOwnership(d.start, d.end, q, ctx).owned;
}

/** Whether the date at `at` is `q`'s own, with what decided it: it opens, `q` is nearest. */
function dateOwnership(
  at: number,
  dateEnd: number | undefined,
  q: Quantity,
  ctx: SentenceContext,
): { owned: boolean; opens: boolean; nearest: boolean; sameClause: boolean } {
  const nearest = nearestFigure(at, ctx) === q;
  // a date that opens the sentence dates all of it, and a date dates every figure of its clause
  // (the sentence's only date: "OpenAI's October 2024 round and its October 2025 sale" pairs them)
  const opens =
    opensSentence(at, ctx) ||
    (POSSESSOR_BEFORE.test(ctx.text.slice(0, at - ctx.offset)) &&
      ctx.dates.filter((d) => d.inSentence).length === 1);
  const between =
    at < q.start
      ? ctx.text.slice((dateEnd ?? at) - ctx.offset, q.start - ctx.offset)
      : ctx.text.slice(q.end - ctx.offset, at - ctx.offset);
  // "$1 billion in July 2019 to the October 2025 agreement": a date that qualifies a noun further
  // on is that noun's time ("$40 billion in the March 2025 round" is the figure's own)
  const qualifiesNoun =
    at > q.end &&
    ATTRIBUTIVE_BEFORE.test(between) &&
    !OWN_PHRASE.test(between) &&
    /^\s+\p{L}/u.test(ctx.text.slice((dateEnd ?? at) - ctx.offset));
  const sameClause = !/[,;()]/.test(between);
  const owned =
    !qualifiesNoun &&
    !anotherPredicate(at, between, q, ctx) &&
    !datesBase(at, q, ctx) &&
    (opens ||
      sameClause ||
      (nearest && !/[;()]/.test(between)) ||
      // "its $20 billion Series E, announced around 6 January 2026, ...": the participle after
      // the comma dates the phrase before it
      (at > q.start && APPOSITIVE_DATE.test(between)) ||
      // "in November 2024 during its $6 billion round, which valued xAI at $50 billion": what a
      // relative clause says of the phrase the date dates is of that time
      (at < q.start && RELATIVE_AFTER.test(between)));
  return { owned, opens, nearest, sameClause: owned && sameClause };
}

/**
 * A date after the figure, in a clause joined on with a subject of its own, or in a verb phrase
 * joined on after the figure's own date ("put $10 billion in during January 2023 and later backed
 * the lab again in 2024"): the other clause's or phrase's time.
 */
function anotherPredicate(at: number, between: string, q: Quantity, ctx: SentenceContext): boolean {
  if (at < q.end) return false;
  // ("spent $19 billion during the quarter, and it expects to spend heavily through 2026": a
  // clause of its own, with its own subject)
  if (JOINED_CLAUSE.test(between)) return true;
  return (
    JOINED_PREDICATE.test(between) &&
    ctx.dates.some((d) => d.inSentence && d.start !== undefined && d.start > q.end && d.start < at)
  );
}
const JOINED_PREDICATE = /\band\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b/i;
const JOINED_CLAUSE =
  /\b(?:and|but|while)\s+(?:it|they|he|she|we|the (?:company|firm|group))\s+(?:also\s+)?[a-z]+s?\b/i;

/**
 * The date stands right after the base of a change, between it and `q`'s end: "up 28.5% from
 * $29.27 billion in Q1 2025" dates the $29.27 billion, not the rise.
 */
function datesBase(at: number, q: Quantity, ctx: SentenceContext): boolean {
  return (
    at > q.end &&
    ctx.quantities.some(
      (o) =>
        o !== q &&
        o.dim !== 'date' &&
        o.start >= q.end &&
        o.end <= at &&
        /\bfrom\s+$/i.test(ctx.text.slice(0, o.start - ctx.offset)) &&
        /^\s+(?:(?:in|during|for|at)\s+)?(?:the\s+)?$/i.test(
          ctx.text.slice(o.end - ctx.offset, at - ctx.offset),
        ),
    )
  );
}

const ATTRIBUTIVE_BEFORE = /\s(?:the|its|their|this|that|an?)\s+$/i;
const OWN_PHRASE =
  /^\s*(?:(?:in|at|of|during|for|from|with)\s+)?(?:the|its|their|this|that|an?)\s+$/i;
const RELATIVE_AFTER = /^[^,;()]{0,80},\s*which\s+[^,;()]{0,60}$/i;
const APPOSITIVE_DATE = new RegExp(
  String.raw`^[^,;()]{0,40},\s*(?:announced|signed|closed|completed|agreed|unveiled` +
    String.raw`|reported|dated)\s+(?:(?:on|in|around|about)\s+)?$`,
  'i',
);

/**
 * Whether a date in the sentence is `q`'s own beyond doubt: it opens the sentence, or it is owned
 * and no other figure stands nearer to it ("a 20% rise to $33 billion implies $27.5 billion in
 * the third quarter of 2024": the quarter is only the last figure's).
 */
export function ownsDateFirmly(
  d: SentenceContext['dates'][number],
  q: Quantity,
  ctx: SentenceContext,
): boolean {
  if (d.start === undefined) return false;
  const { owned, opens, nearest } = dateOwnership(d.start, d.end, q, ctx);
  return owned && (opens || nearest);
}

/**
 * Whether a date in the sentence dates `q` by where it stands, not by nearness alone: it opens the
 * sentence ("As of January 31, Dell reported ...") or stands in the figure's own clause with no
 * figure nearer to it ("a 20% rise implies $27.5 billion in the third quarter of 2024" dates only
 * the last).
 */
export function datesClause(
  d: SentenceContext['dates'][number],
  q: Quantity,
  ctx: SentenceContext,
): boolean {
  if (d.start === undefined) return false;
  const { opens, sameClause, nearest } = dateOwnership(d.start, d.end, q, ctx);
  return opens || (sameClause && nearest);
}

/** The sentence's figure (not a date) whose middle is nearest to `at`. */
function nearestFigure(at: number, ctx: SentenceContext): Quantity | undefined {
  const gap = (o: Quantity): number => Math.abs((o.start + o.end) / 2 - at);
  return ctx.quantities
    .filter((o) => o.dim !== 'date')
    .reduce<Quantity | undefined>((m, o) => (!m || gap(o) < gap(m) ? o : m), undefined);
}

/** Only a preposition, if anything, stands before `at` in the sentence. */
function opensSentence(at: number, ctx: SentenceContext): boolean {
  return /^\W*(?:(?:in|on|by|as of|since|during|at the end of|at)\s+)?$/i.test(
    ctx.text.slice(0, at - ctx.offset),
  );
}

/**
 * The sentence's subject's name, as its owner, before a date that opens its noun phrase:
 * "Alphabet's third-quarter revenue rose 16%, driven by a 34% rise in cloud revenue" dates both.
 */
const POSSESSOR_BEFORE =
  /^\W*(?:its|their|(?:the\s+)?(?:[\p{L}\p{N}.&-]+\s+){0,2}[\p{L}\p{N}.&-]+['’]s)\s+$/iu;

/**
 * Words that give a figure as the same period a year before, right before or after it: "year-ago
 * revenue of $35.1 billion", "$35.1 billion a year earlier", "$35.1 billion in the same quarter
 * last year". (Not "$118 billion, up 18% from a year earlier": there the year before is the
 * growth's.)
 */
const YEAR_AGO_BEFORE =
  /\b(?:year[- ](?:ago|earlier)|prior[- ]year|last year's)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$/i;
const YEAR_AGO_AFTER = new RegExp(
  String.raw`^\s*(?:(?:in|for|during)\s+)?(?:the\s+)?(?:an? (?:year|twelve months) (?:earlier|ago|before)` +
    String.raw`|(?:same|year[- ]ago|year[- ]earlier|prior[- ]year) (?:quarter|period)\b(?! (?:this|of this) year)` +
    String.raw`|last year\b)`,
  'i',
);

/**
 * "grew 40% from $7 billion year-over-year": the amount a change on the year starts from is the
 * year before's.
 */
const FROM_BEFORE = /\bfrom\s+(?:(?:about|roughly|nearly|around)\s+)?$/i;
const ON_THE_YEAR_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${YEAR_ON_YEAR})\b`, 'i');

/** A sentence that opens by going back a year (group 1) or a quarter (group 2), then a comma. */
const OPENS_EARLIER = new RegExp(
  String.raw`^\W*(?:((?:a|one) (?:year|twelve months) (?:earlier|ago|before)` +
    String.raw`|(?:in|during|for) the (?:year[- ]ago|year[- ]earlier|prior[- ]year) (?:quarter|period))` +
    String.raw`|((?:a|one) quarter (?:earlier|ago|before)|(?:in|during) the (?:previous|prior) quarter))\s*,`,
  'i',
);

/** How far before the time its sentence's dates name a figure is given. */
export type Earlier = 'year' | 'quarter';
type DayRange = { min: number; max: number };

/**
 * The figure is given as the same period a year before, or as the quarter before: the dates of
 * its sentence are that much after its own time. A rate is not: "up 42% on the same period last
 * year" is this year's growth.
 */
export function earlierOf(q: Quantity, ctx: SentenceContext): { earlierBy?: Earlier } {
  if (q.dim === 'percent') return {};
  const at = q.start - ctx.offset;
  const end = q.end - ctx.offset;
  const before = ctx.text.slice(Math.max(0, at - 40), at);
  const after = ctx.text.slice(end, end + 50);
  // (or the sentence opens by going back: "A year earlier, it took in $6.1 billion")
  const opens = OPENS_EARLIER.exec(ctx.text);
  if (
    YEAR_AGO_BEFORE.test(before) ||
    YEAR_AGO_AFTER.test(after) ||
    opens?.[1] ||
    (FROM_BEFORE.test(before) && ON_THE_YEAR_AFTER.test(after))
  )
    return { earlierBy: 'year' };
  if (QUARTER_AGO_BEFORE.test(before) || QUARTER_AGO_AFTER.test(after) || opens?.[2])
    return { earlierBy: 'quarter' };
  return {};
}

/**
 * "$35.1 billion a year earlier", "$57 billion in the prior quarter": the text's date a year or a
 * quarter back (give or take the days a fiscal quarter's end moves).
 */
export function shiftedBack<D extends DayRange>(d: D, by: Earlier): D {
  const days = by === 'year' ? YEAR_DAYS : QUARTER_DAYS;
  return {
    ...d,
    min: d.min - days - PERIOD_END_SLACK_DAYS,
    max: d.max - days + PERIOD_END_SLACK_DAYS,
  };
}
const YEAR_DAYS = 365;
const QUARTER_DAYS = 91;

/**
 * Words that give a figure as the quarter before the one its sentence speaks of: "prior-quarter
 * revenue of", "$57 billion in the previous quarter", "a quarter earlier". ("Last quarter" is not:
 * it counts back from the day of writing, which the text's dates already name.)
 */
const QUARTER_AGO_BEFORE =
  /\b(?:prior|previous|preceding)[- ]quarter(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$/i;
const QUARTER_AGO_AFTER = new RegExp(
  String.raw`^\s*(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:prior|previous|preceding)` +
    String.raw` (?:quarter|three months)\b|an? quarter (?:earlier|ago|before)\b)`,
  'i',
);
