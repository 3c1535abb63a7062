import type { SentenceContext } from '../reading';
import type { FigureClause } from './clause';

/**
 * What a figure is: what is so, what is expected or planned, what would be so on a condition
 * ("If the deal fails, its stake would drop to $20 billion"), or a past value.
 */
export type Modality = 'actual' | 'projection' | 'hypothetical' | 'historical';

/** Whether a figure is not (yet) so: expected, planned or on a condition. */
export function notYetSo(modality: Modality): boolean {
  return modality === 'projection' || modality === 'hypothetical';
}

/**
 * The figure's modality, from its clause: a past value at a start ("within two months of its
 * launch") or an earlier one of its series ("its previous $300 billion"), one that would be so
 * on a condition, an expected or planned one, or what is so.
 */
export function modalityOf(ctx: SentenceContext, clause: FigureClause): Modality {
  const before = clause.text.slice(0, clause.at);
  if (
    HISTORICAL.test(clause.text) ||
    PRIOR_VALUE.test(before) ||
    heldBefore(ctx, clause) ||
    milestoneOpens(ctx.text)
  )
    return 'historical';
  // (what a change would start from is so now: "that would be a leap from its $280 billion")
  if (BASE_OF_CHANGE.test(before)) return 'actual';
  // ("If it hits its target, that will mean a 77% rise": what follows on a condition)
  if (CONDITION_OPENS.test(ctx.text) && /\b(?:will|would)\b/i.test(clause.text))
    return 'hypothetical';
  // ("At $400 billion, the lab would outrank most listed firms": the value a what-if is set at)
  if (
    AT_OPENS.test(ctx.text.slice(0, clause.start + clause.at)) &&
    WOULD_AFTER.test(ctx.text.slice(clause.start + clause.end))
  )
    return 'hypothetical';
  // ("$14.5 billion vs. $14.09 billion expected": the words after a comparison are the other
  // figure's)
  const set = SET_AGAINST.exec(clause.text.slice(clause.end));
  // ("beat forecasts with $67.4 billion in revenue": beside an expectation, not one)
  const own = (set ? clause.text.slice(0, clause.end + set.index) : clause.text).replace(
    BESIDE_EXPECTATION,
    '',
  );
  if (
    PROJECTION.test(own) ||
    TOWARD.test(before) ||
    FUTURE_LEVEL.test(before) ||
    ESTIMATE_MARK.test(ctx.text.slice(clause.start + clause.end)) ||
    continuesFuture(ctx, clause)
  )
    return 'projection';
  return 'actual';
}

/**
 * A change said of the amount before it is as that amount is (`level`, its modality): "an outlook
 * of $56-59 billion, marking a 31% increase" is expected growth, whatever the change's own clause
 * says.
 */
export function changeModality(own: Modality, level: Modality | undefined): Modality {
  return own === 'actual' && level !== undefined && level !== 'actual' ? level : own;
}

/**
 * A comparison right after a figure, or after the measure it names: "vs.", "versus", "against",
 * "compared with" ("$9 billion in sales against a $10 billion forecast").
 */
const SET_AGAINST =
  /^(?:\s+(?:in|of)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s*,?\s*(?:vs\.?|versus|against|compared (?:with|to))\s/i;

/**
 * A result set beside what was expected, which is so itself: "better-than-expected", "higher than
 * forecast", "beat analysts' estimates", "ahead of expectations".
 */
const BESIDE_EXPECTATION = new RegExp(
  String.raw`\bthan[- ](?:expected|forecast|anticipated|estimated|projected|predicted|guided)\b` +
    String.raw`|\b(?:beat(?:s|ing)?|top(?:s|ped|ping)?|miss(?:es|ed|ing)?|exceed(?:s|ed|ing)?` +
    String.raw`|surpass(?:es|ed|ing)?|above|below|ahead of|short of|in line with)\s+` +
    String.raw`(?:(?:the|its|analysts['’]?|Wall Street['’]s|consensus|average|market)\s+)*` +
    String.raw`(?:expectations?|estimates?|forecasts?|projections?|guidance|outlook)\b`,
  'gi',
);

/** The clause denies the figure before it: "it is not seeking a $1 trillion price". */
export function denied(before: string): boolean {
  return NEGATED.test(before);
}

/**
 * Words that put a deal or a round still in talks: "nearing a deal to raise $2 billion", "in
 * advanced talks to invest", "negotiating a round".
 */
const TALKS =
  String.raw`in (?:advanced |early |final |late-stage )?(?:talks|discussions|negotiations)` +
  String.raw`|negotiat(?:es|ing)|near(?:s|ing)?\s+(?:a\s+)?deal|close to (?:a\s+)?deal` +
  String.raw`|closing in on`;

/** The figure's clause says the deal or round it gives is still in talks. */
export function inTalks(clause: string): boolean {
  return IN_TALKS.test(clause);
}
const IN_TALKS = new RegExp(String.raw`\b(?:${TALKS})\b`, 'i');

/** Words in a figure's clause that make it what is expected or planned, not what is so. */
const PROJECTION = new RegExp(
  String.raw`\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?` +
    String.raw`|projects(?=\s+(?:[$€£\d]|that\b))|projected|projecting` +
    String.raw`|projections?|guid(?:ance|ed|es|ing)|outlook|target(?:s|ed|ing)?|aims?` +
    String.raw`|aiming|plans?\s+to|plans|planned|intends?\s+to|intending\s+to` +
    String.raw`|(?:spending|investment|capex|capital|expansion)\s+plan` +
    String.raw`|predict(?:s|ed|ing)?|sees|guides|could|would|might|eyes` +
    String.raw`|eyeing|explor(?:es|ed|ing)|seek(?:s|ing)?|sought|potential(?:ly)?` +
    String.raw`|${TALKS}` +
    String.raw`|estimated?|estimates(?=\s+(?:that|its?|the|[$€£\d]))` +
    String.raw`|suggest(?:s|ed|ing)?|anticipat(?:es|ed|ing)|eventually|ultimately|willing to` +
    // ("wants to raise $1 billion at an $18 billion valuation": a wish, not a result)
    String.raw`|wants?\s+to|wanting\s+to|hop(?:es|ing)\s+to|look(?:s|ing)\s+to` +
    String.raw`|tr(?:ies|ying)\s+to` +
    String.raw`|mull(?:s|ing)?|weigh(?:s|ing)|consider(?:s|ing)\s+(?:raising|selling|an?\b)` +
    // ("its revenue will balloon to": a level the future tense says it is to reach)
    String.raw`|will\s+(?:more than\s+)?(?:grow|rise|reach|hit|balloon|climb|increase|jump|surge|soar` +
    String.raw`|top|exceed|double|triple|fall|decline|drop|generate|bring in|earn)` +
    // ("poised to report"; a preliminary figure is an early estimate)
    String.raw`|poised to|likely to|preliminary` +
    // ("roughly $34 billion more a year if sustained": arithmetic on a what-if)
    String.raw`|if (?:sustained|(?:it|that|the pace|growth) (?:holds|continues|persists))` +
    String.raw`|(?:once|when) (?:fully )?(?:complete|completed|built|finished|operational))\b`,
  'i',
);

/**
 * A sentence that opens on a time before something ("Prior to the overhaul, it held a larger
 * stake—32%") and says in the past what was so then.
 */
function heldBefore(ctx: SentenceContext, clause: FigureClause): boolean {
  const opener = BEFORE_OPENS.exec(ctx.text);
  // (from the opener to the figure: "the software maker owned more of it, 35%")
  const figureEnd = clause.start + clause.end;
  return (
    opener !== null &&
    figureEnd > opener[0].length &&
    PAST_STATE.test(ctx.text.slice(opener[0].length, figureEnd))
  );
}
const BEFORE_OPENS = /^\W*(?:before|prior to)\s+(?:the|its|their|an?)\s+[^,;]{2,60},/i;
const PAST_STATE = /\b(?:held|had|owned|was|were|stood)\b/i;

/** A sentence that opens on a figure it sets a what-if at: "At $350 billion, ...". */
const AT_OPENS = /^\W*At\s+(?:(?:a|an|that|this|such a)\s+)?$/i;
/** The rest of the sentence, past the opening phrase, says what would be so. */
const WOULD_AFTER = /^[^,;.]{0,40},[^;]*?\b(?:would|could|might)\b/i;

/** A sentence that opens on a condition: "If Nvidia hits its target, ...". */
const CONDITION_OPENS = /^\W*(?:if|should|unless|provided)\b/i;

/** The figure is a level said in the future tense ("sales will be around $9 billion"). */
export function futureLevel(before: string): boolean {
  return FUTURE_LEVEL.test(before);
}

/** A level said in the future tense, right before the figure: "sales will be around $9 billion". */
const FUTURE_LEVEL = /\bwill\s+(?:likely\s+)?(?:be|come\s+in\s+at)\s+(?:[\w-]+\s+){0,3}$/i;

/** A level the figure is only approached: "pushing its capacity toward an astonishing 2 GW". */
const TOWARD = /\btowards?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/** An analyst's "E" after a figure marks an estimate: "$12.7 bn ('25E)", "$40B (2026E)". */
const ESTIMATE_MARK = /^\s*\(?\s*(?:FY\s?)?['’]?(?:\d{2}|\d{4})E\b/;

/**
 * Words that put a figure at the start of something: "within two months of its launch", "at
 * launch".
 */
const HISTORICAL = new RegExp(
  String.raw`\bwithin (?:\w+ ){1,2}(?:days?|weeks?|months?) of (?:its |their ` +
    String.raw`|the )?(?:[\w-]+ )?(?:launch|release|debut|launching)\b|\bat (?:its ` +
    String.raw`|the )?launch\b|\bin its first (?:\w+ )?(?:days?|weeks?|months?|year)\b`,
  'i',
);

/**
 * A sentence that opens on a milestone's time, "Within twelve weeks of its release, ...": what it
 * goes on to give is that early value, whatever clause the figure stands in.
 */
function milestoneOpens(sentence: string): boolean {
  const opener = OPENER.exec(sentence);
  return opener !== null && HISTORICAL.test(opener[0]);
}
/** A sentence's opening phrase, up to its first comma. */
const OPENER = /^[^,;.]{0,60},/;

/**
 * A value named as an earlier one of its series: "its previous $300 billion level", what earlier
 * reports put it at, or the one a revision started from ("lowered its forecast from $40 billion").
 */
const PRIOR_VALUE = new RegExp(
  String.raw`\b(?:previous|prior|former|earlier)\s+(?:[\w-]+\s+)?$` +
    // ("earlier expectations that placed its valuation closer to $20 billion")
    // (or first aimed at: "its initial goal of $1 billion at an $18 billion valuation")
    String.raw`|\b(?:earlier|previous|prior|initial|original)` +
    String.raw` (?:expectations?|estimates?|reports?|forecasts?|goals?|targets?|asks?)\b` +
    String.raw`[^.;]{0,60}$` +
    String.raw`|\b(?:cut|cuts|lowered|lowers|lowering|reduced|reduces|trimmed|trims|slashed` +
    String.raw`|raised|raises|lifted|lifts|revised|revises|boosted)\b[^.;]{0,60}\bfrom\s+$`,
  'i',
);

/** A change said to start from the figure: "a leap from Anthropic's", "expected to rise from". */
const BASE_OF_CHANGE = new RegExp(
  String.raw`\b(?:leap|jump|rise|rising|rose|increase|climb|surge|gain|grow|grew|growth|double` +
    String.raw`|doubling|fall|fell|drop|decline)(?:s|d|ed|ing)?\b[^.;]{0,40}\bfrom\s+` +
    String.raw`(?:[\p{L}'’]+\s+){0,2}$`,
  'iu',
);

/**
 * A clause that goes on from the one before with a participle ("will grow 77%, reaching $18
 * billion", "plans a $40 billion investment, valuing it at $260 billion", "expects it to lead,
 * used by a billion people") says what that one says: expected, when it was.
 */
function continuesFuture(ctx: SentenceContext, clause: FigureClause): boolean {
  if (!PARTICIPLE_START.test(clause.text)) return false;
  const earlier = ctx.text.slice(0, clause.start);
  return PROJECTION.test(earlier) || /\bwill\b/i.test(earlier);
}
const PARTICIPLE_START =
  /^\s*(?:reaching|hitting|bringing|taking|topping|rising|climbing|growing|totall?ing|valuing|[a-z]+(?:ed|en)\s+by)\b/i;

/**
 * A denial before the figure in its clause: "not", "isn't", "never", "no longer", or a slip that was
 * taken back ("misstated its power as 500 gigawatts").
 */
const NEGATED =
  /\b(?:not|never|no longer|misstat(?:ed|es|ing)|mistakenly|erroneously|incorrectly|wrongly)\b|n['’]t\b/i;
