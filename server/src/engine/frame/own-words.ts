import type { SentenceContext } from '../reading';
import type { FigureClause } from './clause';

/**
 * What a figure's own words say of how it is measured, told from those words and not its whole
 * clause: in "up 6% from last quarter and 56% from a year ago" only the 6% is sequential; in "up
 * 68% in dollars and 66% in constant currency" only the 66% is at constant currency.
 */

/** Words that measure a change against the quarter before. */
export const SEQUENTIAL = new RegExp(
  String.raw`\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\bq\/q\b|\bqoq\b` +
    String.raw`|\b(?:from|on|versus|vs\.?|than(?: in)?) (?:the )?(?:last|prior|previous|preceding) quarter\b` +
    String.raw`|\bover the (?:prior|previous|preceding) quarter\b` +
    // ("rose 20% from $57 billion in the prior quarter")
    String.raw`|\bfrom [^,;]{1,30}? in the (?:prior|previous|preceding) quarter\b` +
    // ("up 25% from Q2", "from the second quarter", not "from the second quarter of 2024")
    String.raw`|\bfrom (?:the )?(?:Q[1-4]|(?:first|second|third|fourth) quarter)\b` +
    String.raw`(?!\s*(?:of\s+|in\s+)?(?:last year|a year|the (?:prior|previous) year|fiscal|FY|(?:19|20)\d\d))`,
  'i',
);

/** Only "from" between a change and the figure it is measured from. */
const FROM_BASE = /^\s+from\s+$/i;

/** "to" before the level a change reached: "grew 9% at constant currency to $4 billion". */
const TO_LEVEL = /\bto\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$/i;

/** Words that end one figure's share of a clause and begin the next's. */
const HANDOVER = /\band\b|\bwhile\b|\bbut\b|\bwhereas\b|[,;]/gi;

/** How a figure's own words say it is measured. */
export interface MeasuredAs {
  /** against the quarter before ("up 15% sequentially") */
  sequential?: true;
  /** at constant exchange rates ("66% in constant currency") */
  constantCurrency?: true;
}

/** Words that give a rate at constant exchange rates, not as reported. */
export const CONSTANT_CURRENCY = /\bconstant[- ]currenc(?:y|ies)\b|\bcc\b|\bFX[- ]neutral\b/i;
/** Words that give it as reported too: "in both USD and constant currency". */
const AS_REPORTED_TOO = /\bboth\b|\bUSD\b|\bdollars?\b|\breported\b/i;

/**
 * How the figure's own words say it is measured: those after it up to the next figure of its
 * clause, and those before it back to the figure before (from the last "and" or comma between
 * them: "grew 66% on the year and 25% sequentially").
 */
export function measuredAs(ctx: SentenceContext, clause: FigureClause): MeasuredAs {
  if (!SEQUENTIAL.test(clause.text) && !CONSTANT_CURRENCY.test(clause.text)) return {};
  let previous = 0;
  let next = clause.text.length;
  for (const other of ctx.quantities) {
    const start = other.start - ctx.offset - clause.start;
    const end = other.end - ctx.offset - clause.start;
    if (end <= clause.at && end > previous) previous = end;
    if (start >= clause.end && start < next) next = start;
  }
  let before = clause.text.slice(previous, clause.at);
  const handover = previous > 0 ? [...before.matchAll(HANDOVER)].at(-1) : undefined;
  if (handover) before = before.slice(handover.index + handover[0].length);
  // (the words between a change and the level it reached are the change's)
  if (previous > 0 && TO_LEVEL.test(before)) before = '';
  // the base a change is measured from is its own: "rose 20% from $57 billion in the prior
  // quarter" is sequential
  let after = clause.text.slice(clause.end, next);
  if (FROM_BASE.test(after)) after = clause.text.slice(clause.end).split(HANDOVER)[0];
  const says = (words: RegExp): boolean => words.test(before) || words.test(after);
  return {
    ...(says(SEQUENTIAL) ? { sequential: true as const } : {}),
    ...(says(CONSTANT_CURRENCY) && !says(AS_REPORTED_TOO)
      ? { constantCurrency: true as const }
      : {}),
  };
}
