/**
 * How long a period a figure's clause gives it: a quarter, a half, a whole year or several years
 * ahead (frame.ts reads it into the claim frame; `period/grain` compares it with a fact's).
 */

/**
 * The period a clause gives its figures: several years ahead, a quarter, or a whole year; else the
 * period a sentence opens with for all its clauses ("For the fiscal second quarter, ... expects
 * sales of ..."); else what `otherwise` finds.
 */
export function grainOf(
  clause: string,
  sentence = '',
  otherwise = (): { grain?: Grain } => ({}),
): { grain?: Grain } {
  if (YEARS_AHEAD.test(clause)) return { grain: 'years' };
  if (/\b(?:quarter|quarterly|Q[1-4])\b/i.test(clause)) return { grain: 'quarter' };
  if (HALF_GRAIN.test(clause)) return { grain: 'half' };
  if (YEAR_GRAIN.test(clause) || WHOLE_YEAR.test(clause)) return { grain: 'year' };
  const opening = (OPENING_PERIOD.exec(sentence) ?? OPENING_LABEL.exec(sentence))?.[0];
  return opening && opening !== sentence ? grainOf(opening) : otherwise();
}

/**
 * The period named right after a figure, which is that figure's whatever else its clause names:
 * "$59.9 billion for Q4 2025 and $201 billion for the full year".
 */
export function grainJustAfter(after: string): { grain?: Grain } | undefined {
  const named = JUST_AFTER.exec(after)?.[1];
  // (a year by any name: "the year", "whole year" are no words of `grainOf`'s)
  return named ? grainOf(named, '', () => ({ grain: 'year' })) : undefined;
}

const JUST_AFTER = new RegExp(
  String.raw`^\s*(?:for|in|over)\s+(?:the\s+|its\s+)?(full[- ]year|whole year|fiscal year|year` +
    String.raw`|(?:first|second|third|fourth)[- ]quarter|quarter|Q[1-4]|(?:first|second)[- ]half)\b`,
  'i',
);

/**
 * The period of the clause a "with" or "including" phrase, or a participle's, hangs on, when that
 * clause gives no figure of its own: "posted second-quarter results, with net sales of $5.6
 * billion", "gave guidance for Q3, expecting revenue of at least $12.3 billion".
 */
export function leadingClauseGrain(clause: string, before: string): { grain?: Grain } {
  if (!/^\W*(?:with|including|[a-z]+ing)\b/.test(clause) || FIGURE.test(before)) return {};
  return grainOf(before);
}

/**
 * The period a sentence just before opens with ("For the year, revenue rose 24%. ... semiconductor
 * sales were up 22%"), for a sentence that names none: the nearest such opening of the two
 * sentences before, in its paragraph.
 */
export function carriedGrain(previousText: string): { grain?: Grain } {
  let opening: string | undefined;
  for (const m of previousText.matchAll(SENTENCE_OPENING_PERIOD)) opening = m[1];
  return opening ? grainOf(opening) : {};
}

/** An amount or a rate, as a clause that has a figure of its own writes it. */
const FIGURE = /[$€£]\s?\d|\d\s?%|\d\s*(?:billion|million|trillion|bn)\b/i;

/** A period up to its comma, as it opens a sentence: "For the fiscal second quarter, ". */
const PERIOD_PHRASE = String.raw`(?:for|in|during)\s+(?:the\s+)?[^,;]{0,60}?(?:quarter|Q[1-4]|year)\b[^,;]{0,40},`;
const OPENING_PERIOD = new RegExp(String.raw`^\W*${PERIOD_PHRASE}`, 'i');
/** The same at the start of any sentence of a text. */
const SENTENCE_OPENING_PERIOD = new RegExp(String.raw`(?:^\W*|[.!?]\s+)(${PERIOD_PHRASE})`, 'gi');

/** A period as a label opening a sentence, up to its colon: "- Full-Year 2025: Net sales ...". */
const OPENING_LABEL =
  /^\W*[^,;:.]{0,30}?\b(?:quarter|Q[1-4]|year|FY ?'?\d{2}(?:\d{2})?|fiscal (?:19|20)\d\d)\b[^,;:.]{0,12}:/i;

/** Words that make a period half a year: "first-half 2025 revenue", "H1", "half-year". */
const HALF_GRAIN = /\b(?:first|second)[- ]half\b|\bH[12]\b|\bhalf[- ]year(?:ly)?\b/i;

/** Words that make a period a whole year: "full-year", "annual", "fiscal 2025", "FY25". */
const YEAR_GRAIN = new RegExp(
  String.raw`\b(?:full[- ]year|annual|for the year|fiscal year|twelve months` +
    String.raw`|12 months|fiscal (?:19|20)\d\d|FY ?'?\d{2}(?:\d{2})?)\b`,
  'i',
);
/**
 * A year on its own, not a month's or a day's: "revenue of $9 billion in 2025", "its 2025
 * revenue", "2025 sales". (A quarter's figure names its quarter, caught above.)
 */
const WHOLE_YEAR = new RegExp(
  String.raw`(?<!(?:January|February|March|April|May|June|July|August|September` +
    String.raw`|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov` +
    String.raw`|Dec)\.?,?\s+(?:\d{1,2},?\s+)?)\b(?:(?:in|for|during|its|their) (?:19` +
    String.raw`|20)\d\d\b(?![-–/]\d)|(?:19|20)\d\d (?:revenue|sales|capex` +
    String.raw`|capital spending|spending|earnings|results)\b)`,
);

/**
 * Several years ahead: "over the next three years", "over five years". (Not "over the past two
 * years", which may lead up to a year's level.)
 */
const YEARS_AHEAD = new RegExp(
  String.raw`\b(?:over|in|during|within)\s+(?:the\s+)?(?:(?:next|coming)\s+)?(?:two|three|four` +
    String.raw`|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+years\b`,
  'i',
);

/** The length of a period a figure covers: several years for a sum over a span ahead. */
export type Grain = 'quarter' | 'half' | 'year' | 'years';
