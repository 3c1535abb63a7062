import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity, VerdictKind } from '../types';
import { anchoredElsewhere, MIN_SCORE, type Candidate } from './candidate';
import { nounsAgree, PROPERTY_CUES } from './properties';
import { currentAt, lastAgreed, sameSeries, segmentOf } from './time';
import { distanceTo, magnitudesApart, oneEndSlipOf, slipOfAnother, transposed } from './slips';
import { agrees } from './tolerance';
import { firmlyBound, namedFirmly, type BoundFigure } from './bound-figure';
import { anotherEventOfTheParties, nearerEventOfTheParties, sameParties } from './party-events';
import { parseIsoDate } from '../reference/dates';
import { notYetSo } from '../frame/modality';

/**
 * Values there are many of (a company has a price every day): called wrong only when the text dates
 * them.
 */
const VOLATILE = new Set(['price', 'share-move', 'market-cap']);

/** A binding this strong may call a figure wrong; a weaker one may only support it. */
const CONTRADICT_MIN = 3;

/** Rivals this close to the best binding make it ambiguous. */
export const MARGIN = 0.75;
/** Scores this close are a tie, settled by which value the written one is nearest to. */
const TIE = 0.3;

/**
 * Words that put a sentence in the present: an old value stated with them is outdated (a record is
 * the newest value as of the text).
 */
export const PRESENT =
  /\b(?:now|currently|today|presently|latest|current|most recent|as it stands|a record)\b/i;

/** A day of the document's own week: "on Wednesday", "yesterday", "earlier this week". */
const RECENT_DAY =
  /\b(?:[Oo]n (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]his week)\b/;

export interface Judgement {
  fact: Fact;
  candidate: Candidate;
  verdict: VerdictKind;
  /** for outdated figures: the value that replaced the one written */
  current?: Fact;
}

/**
 * Decides what a bound figure says about its fact. Precision first: the figure is called wrong
 * only when no close rival fact supports it (nor the same line of the company's whole or part,
 * nor the newest value of its series out on the document's day) and the rivals do not leave the
 * binding in doubt.
 */
export function judge(figure: BoundFigure, index: ReferenceIndex): Judgement | undefined {
  const close = closeRivals(figure);
  const firm = firmlyBound(figure);
  const others = [...partOrWholeThen(figure, index), ...currentOnTheDay(figure, index)];
  const weighed = [figure.chosen, ...close, ...others];
  for (const c of weighed) {
    // (the fact's own digits swapped, "about $956 billion" for $965 billion, are a slip of it
    // however near: the hedge covers rounding, not a typo)
    if (
      supports(figure.q, c.fact) &&
      !slipOfAnother(figure.q, c.fact, weighed) &&
      !transposed(figure.q, c.fact)
    )
      return supportedOrOutdated(figure, c, firm, index);
  }
  if (groundMissing(figure, index) !== undefined) return undefined;
  const target = contradictionTarget(figure, close, index);
  if (!target || (target.fact.supersededBy && !figure.dated && !currentThen(figure, target, index)))
    return undefined;
  return { fact: target.fact, candidate: target, verdict: 'contradicted' };
}

/**
 * Why a bound figure that no candidate supports was not called wrong: the first test of `judge`
 * it fails, in words for `factlint explain` and the hover.
 */
export function whyNotJudged(figure: BoundFigure, index: ReferenceIndex): string {
  return (
    groundMissing(figure, index) ??
    (contradictionTarget(figure, closeRivals(figure), index)
      ? 'it names an earlier value and no date says when'
      : 'close rivals leave in doubt which fact it is')
  );
}

/**
 * What a figure lacks to be called wrong, in words, or undefined when it lacks nothing: firm
 * ground (`firmlyBound`, bound-figure.ts), a binding strong enough, words that say which value it
 * means; a change must be of an amount of this subject's, and a figure the sentence denies ("it is
 * not seeking a $1 trillion price") claims nothing to contradict.
 */
function groundMissing(figure: BoundFigure, index: ReferenceIndex): string | undefined {
  const { chosen, q } = figure;
  if (!namedFirmly(figure)) return 'its subject is named only further off';
  if (!chosen.strongCue) return 'no word of its own says it is this fact';
  if (!chosen.anchored) return 'no name of the subject stands before it or in its clause';
  // (a headline's "in $80B pact" or "with 20,000 chips" may be any of the story's figures)
  if (figure.inHeading && !figure.frame?.metric)
    return 'it stands in a headline that names no measure for it';
  if (chosen.score < CONTRADICT_MIN) return 'the binding is weak';
  if (saysTooLittle(figure, index)) return 'it says too little of which value or time it means';
  if (ofAnotherAmount(figure))
    return "the amount it is said to change is not this subject's, or not in the data";
  if (figure.frame?.negated) return 'its clause denies it';
  // (a date without its year weighs only that year's facts: the other deals are no rivals)
  if (q.yearInferred && !chosen.ownWords && anotherEventOfTheParties(chosen.fact, index))
    return 'its parties have other deals of that kind, and no word of its own says which';
  if (q.dim === 'date' && nearerEventOfTheParties(q, chosen, figure, index))
    return 'another event of its parties is nearer the date written';
  return figure.moveEnd && moveStartAmiss(chosen.fact, figure.moveEnd);
}

/**
 * Rivals that are the same measure of the same time for the whole the chosen fact's subject is
 * part of, or for a part of it, named around the sentence firmly enough ("AWS's revenue was $35.6
 * billion. Operating income totaled $25 billion": Amazon's, named two sentences before, as well as
 * AWS's): which of the two the figure is, the distance of their names does not settle.
 */
function partOrWholeThen({ chosen, rivals }: BoundFigure, index: ReferenceIndex): Candidate[] {
  const subject = chosen.fact.subject;
  return rivals.filter(
    (r) =>
      r.fact.property === chosen.fact.property &&
      r.timeMatched &&
      r.coverage >= 0.5 &&
      r.fact.subject !== subject &&
      (index.lineage(r.fact.subject).includes(subject) ||
        index.lineage(subject).includes(r.fact.subject)),
  );
}

/**
 * The value of the chosen fact's series current on the document's day (time.ts `currentAt`),
 * where no date of the figure's own clause says which time it is: a date that only stands around
 * it ("up from 3.43 billion in Q1. Net income rose to $18.34 billion") may be another figure's.
 */
function currentOnTheDay(
  { chosen, rivals, ownDated, now }: BoundFigure,
  index: ReferenceIndex,
): Candidate[] {
  if (ownDated || now === undefined) return [];
  const agreed = lastAgreed(chosen.fact, now, index);
  return rivals.filter(
    (r) =>
      r.fact === agreed || (sameSeries(r.fact, chosen.fact) && currentAt(r.fact, now, index) > 0),
  );
}

/**
 * The rivals scored close enough to the chosen fact to leave doubt which fact a figure is: not one
 * of a subject named only after the figure, where the chosen one stands before it.
 */
function closeRivals({ chosen, rivals }: BoundFigure): Candidate[] {
  return rivals.filter(
    (r) => r.score >= Math.max(MIN_SCORE, chosen.score - MARGIN) && !anchoredElsewhere(r, chosen),
  );
}

/**
 * A change said of the amount before it ("$36.8 billion, up 21%") whose amount is bound to another
 * subject than the change's fact, or to none.
 */
function ofAnotherAmount({ frame, others, chosen }: BoundFigure): boolean {
  const level = frame?.level;
  if (!level) return false;
  const amount = others.find((o) => o.quantity === level);
  // (or of one segment's, the change being the whole company's: "Gaming hit $4.3 billion,
  // which is up 30%")
  return (
    amount?.fact?.subject !== chosen.fact.subject ||
    (amount.fact !== undefined && segmentOf(amount.fact) !== segmentOf(chosen.fact))
  );
}

/** A figure some candidate's fact supports: supported, or outdated when it is said to be current. */
function supportedOrOutdated(
  { q, sentence, dated, others, now }: BoundFigure,
  c: Candidate,
  firm: boolean,
  index: ReferenceIndex,
): Judgement {
  // "now" in a dated draft is the draft's day
  const current = index.current(c.fact, now);
  // "moved from $132 billion to $142 billion": a sentence that also gives the current value knows
  // the old one is old (a figure about something else that happens to match does not)
  const statesCurrent = others.some(
    (o) =>
      (o.fact === undefined || o.fact.subject === current.subject) &&
      !o.quantity.hedge &&
      supports(o.quantity, current),
  );
  // words only the old value has ("the first close") name it, whatever "latest" says
  const outdated =
    firm &&
    current !== c.fact &&
    !dated &&
    (PRESENT.test(sentence) ||
      (!c.timeMatched && !SETS_AGAINST.test(sentence) && freshlyReplaced(current, now))) &&
    !supports(q, current) &&
    !statesCurrent &&
    !c.ownWords;
  return outdated
    ? { fact: c.fact, candidate: c, verdict: 'outdated', current }
    : { fact: c.fact, candidate: c, verdict: 'supported' };
}

/**
 * The value that replaced the one written came out shortly before the document's day: a text of
 * that time that gives the old value, dating it nowhere, gives it as current.
 */
function freshlyReplaced(current: Fact, now: number | undefined): boolean {
  const out = parseIsoDate(current.asOf)?.min;
  return now !== undefined && out !== undefined && out <= now && now - out <= FRESH_DAYS;
}

/** How long after its publication a replacing value is news that texts of the day know. */
const FRESH_DAYS = 60;

/**
 * Words that set a value against another or place it back in time ("a threefold increase from
 * the $8.1 billion", "doubles its valuation of last year", "ten months ago"): an old value named
 * as old.
 */
const SETS_AGAINST = new RegExp(
  String.raw`\b(?:from|than|times|\w+fold|doubl\w*|tripl\w*|ago|earlier|last|previous(?:ly)?` +
    String.raw`|prior|before|since|compared|versus|vs|once|then|had)\b`,
  'i',
);

/**
 * A value replaced later is still the one to judge by in a draft written before it was replaced,
 * when the figure's own words name its measure ("pushing its valuation to $340 billion"), or those
 * of the amount a change is said of.
 */
function currentThen(
  { q, now, frame }: BoundFigure,
  target: Candidate,
  index: ReferenceIndex,
): boolean {
  // (a change measures what the amount it is said of measures: "$17.7 billion in revenue, up 34%")
  const metric = frame?.metric ?? frame?.levelMetric;
  // (or the noun of a count names it: "540 million monthly active users"; or, for a plan, a word
  // of the fact's property in the sentence: "plans to invest $600 billion")
  const named =
    target.ownWords ||
    metric?.properties.includes(target.fact.property) === true ||
    (q.dim === 'count' && nounsAgree(q.unit, target.fact.value.unit)) ||
    (frame !== undefined && notYetSo(frame.modality) && wordsProperty(target));
  return (
    named &&
    now !== undefined &&
    index.current(target.fact, now) === target.fact &&
    q.dim !== 'date'
  );
}

/** Reasons a figure that no candidate supports still cannot be called wrong. */
function saysTooLittle(
  { q, chosen, sentence, dated, ownDated }: BoundFigure,
  index: ReferenceIndex,
): boolean {
  // a figure as loose as an order of magnitude ("hundreds of thousands of GPUs") may agree with a
  // fact but says too little to be called wrong: the sentence may well mean another one
  if (q.min > 0 && q.max >= q.min * 9) return true;
  // ten thousand times off is no slip of a digit or a scale word: the figure measures something
  // else ("opened at $150" against a $1.75 trillion valuation)
  if (magnitudesApart(q, chosen.fact) > 4) return true;
  // a value the data records at several times (a valuation, a run rate) is called wrong only
  // against the value of the time the text names, or against the current one when it says "now"
  const volatile = hasTimeline(chosen.fact, index) || VOLATILE.has(chosen.fact.property);
  if (volatile && !chosen.timeMatched && !(PRESENT.test(sentence) && !dated)) return true;
  // a share's move on some day: only a date written by it says which day ("that day", or the
  // date the draft speaks from, does not)
  return chosen.fact.property === 'share-move' && !ownDated;
}

/** A word of the candidate's property stands among the words that bound it ("invest"). */
function wordsProperty(c: Candidate): boolean {
  return c.cues.some((w) => PROPERTY_CUES[c.fact.property]?.includes(w.toLowerCase()));
}

/**
 * The candidate a wrong figure is wrong against: the chosen one, unless close rivals cast doubt.
 * A rival casts doubt only if the sentence could be about it: its own cue, its time named when it
 * has values at several times, and a subject that accounts for some name the chosen one does not
 * (the OpenAI–Nvidia letter of intent leaves no doubt against OpenAI's own plan when both companies
 * are named); nor a rival that only a word of its own time points at ("in the quarter") when the
 * chosen fact's property is named ("capex in the quarter"). Undefined: the doubt cannot be settled.
 */
function contradictionTarget(
  figure: BoundFigure,
  close: Candidate[],
  index: ReferenceIndex,
): Candidate | undefined {
  const { q, chosen, sentence, dated, now } = figure;
  const dominated = (c: Candidate): boolean =>
    c.names.length < chosen.names.length && c.names.every((n) => chosen.names.includes(n));
  const viable = (c: Candidate): boolean =>
    c.strongCue &&
    !dominated(c) &&
    (wordsProperty(c) || !wordsProperty(chosen)) &&
    (c.timeMatched || !hasTimeline(c.fact, index) || PRESENT.test(sentence));
  const doubtful = close.filter((r) => !sameValue(r.fact, chosen.fact) && viable(r));
  const moved = movedOn(figure, [chosen, ...close], index);
  if (moved) return moved.to;
  // a figure whose digits are the chosen fact's, swapped ("$310 billion" for $130 billion), and no
  // rival's, is a slip of that fact: the digits settle what the words leave open
  const slipOfChosen = transposed(q, chosen.fact) && !doubtful.some((c) => transposed(q, c.fact));
  // (a range right at one end is a slip of that value's range, of whichever time)
  const oneEnd =
    q.min !== q.max
      ? oneEndSlipOf(
          q,
          [chosen, ...figure.rivals].filter((c) => sameSeries(c.fact, chosen.fact)),
        )
      : undefined;
  if (oneEnd) return oneEnd;
  if (slipOfChosen) return chosen;
  // (no doubt which series, and the digits not the chosen value's swapped: a figure whose digits
  // swap a later value of it is that value's slip, and the fix gives that value; an earlier one no
  // date names is not said)
  if (!doubtful.length) return laterSlipped(figure) ?? chosen;
  const current = index.current(chosen.fact, now);
  const oneChain = [chosen, ...doubtful].every(
    (c) => index.current(c.fact) === index.current(chosen.fact),
  );
  if (oneChain) {
    // Values of one thing over time, and no date says which: only "now" settles it, or a day of
    // the document's own week ("said on Wednesday"), which is now as well.
    const recent = RECENT_DAY.test(sentence);
    if ((dated && !recent) || !(recent || PRESENT.test(sentence))) return undefined;
    return [chosen, ...close].find((c) => c.fact === current) ?? { ...chosen, fact: current };
  }
  // Close facts about different subjects: the sentence does not say whose figure it is.
  if (doubtful.some((c) => !sameParties(c.fact.subject, chosen.fact.subject, index)))
    return undefined;
  // Several events of the same parties (their deals' announcements) and a date that fits none:
  // it may be another event of theirs the data does not hold
  if (q.dim === 'date' && doubtful.some((c) => c.fact.subject !== chosen.fact.subject))
    return undefined;
  // The figure fits none of the close facts, so it is wrong whichever is meant. Between near ties
  // the fix goes to the value nearest to what was written (a slip, not another fact).
  const tied = [chosen, ...close].filter((c) => c.score >= chosen.score - TIE);
  return tied.reduce((best, c) => (distanceTo(q, c.fact) < distanceTo(q, best.fact) ? c : best));
}

/** A rival of the chosen fact's series, of its time or later, whose digits the figure swaps. */
function laterSlipped({ q, chosen, rivals }: BoundFigure): Candidate | undefined {
  const since = parseIsoDate(chosen.fact.asOf)?.min ?? Infinity;
  return rivals.find(
    (r) =>
      sameSeries(r.fact, chosen.fact) &&
      (parseIsoDate(r.fact.asOf)?.min ?? -Infinity) >= since &&
      transposed(q, r.fact),
  );
}

/**
 * "Raised its outlook to $95 billion from $85 billion": a move that starts at one value of a chain
 * ends at the value that replaced it, when the data has that one out by the document's day; when
 * it has not, the figure is a value the data does not hold yet (`to` undefined). Undefined when no
 * move starts at a value of the chain.
 */
function movedOn(
  { movedFrom, now, chosen }: BoundFigure,
  chain: Candidate[],
  index: ReferenceIndex,
): { to?: Candidate } | undefined {
  if (!movedFrom) return undefined;
  // (the value nearest to where the move starts: "about $85 billion" may agree loosely with
  // the next value too)
  const head = index.current(chosen.fact);
  const start = index
    .factsAbout(chosen.fact.subject)
    .filter((f) => index.current(f) === head && supports(movedFrom, f))
    .reduce<Fact | undefined>(
      (best, f) => (!best || distanceTo(movedFrom, f) < distanceTo(movedFrom, best) ? f : best),
      undefined,
    );
  if (!start) return undefined;
  const next = start.supersededBy ? index.fact(start.supersededBy) : undefined;
  const out = next && (now === undefined || (parseIsoDate(next.asOf)?.min ?? Infinity) <= now);
  if (!out) return {};
  return { to: chain.find((c) => c.fact === next) ?? { ...chosen, fact: next } };
}

/** Whether the subject has other values of the same property at other times. */
function hasTimeline(fact: Fact, index: ReferenceIndex): boolean {
  return index
    .factsAbout(fact.subject)
    .some((f) => f !== fact && f.property === fact.property && f.asOf !== fact.asOf);
}

/** The fact's value, or any value a disagreeing source gives, agrees with the figure. */
export function supports(q: Quantity, fact: Fact): boolean {
  return agrees(q, fact.value) || fact.also.some((a) => agrees(q, a.value));
}

/** Why the start of a move cannot be the fact it was bound to, given the fact its end states. */
function moveStartAmiss(fact: Fact, end: Fact): string | undefined {
  // (where a move starts is the same measure as where it ends, earlier: a quarter's revenue that
  // rose "from $7.66 billion" is no year's)
  if (!sameSeries(fact, end))
    return 'it is where a move starts, and the move ends in another series of values';
  // (nor later than where it ends: "from 300 million to 600 million" starts before 600 million's
  // time, whatever value the series reached since)
  if (laterThan(fact, end))
    return 'it is where a move starts, and its value is of a later time than where the move ends';
  return undefined;
}

/** Whether a fact is of a time wholly after another's. */
function laterThan(a: Fact, b: Fact): boolean {
  const at = parseIsoDate(a.asOf);
  const other = parseIsoDate(b.asOf);
  return at !== undefined && other !== undefined && at.min > other.max;
}

function sameValue(a: Fact, b: Fact): boolean {
  return a.value.min === b.value.min && a.value.max === b.value.max && a.value.dim === b.value.dim;
}
