import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { agreementCounts } from '../frame/gate';
import { levelReached } from '../frame/words';
import { ADJUSTED_OF } from '../frame/gates-metric';
import { isAddition } from './bind';
import { transposed } from './slips';
import type { Candidate, Veto } from './candidate';
import { supports } from './judge';
import type { BoundFigure } from './bound-figure';
import { reportedFrom } from '../frame/known';
import { parseIsoDate } from '../reference/dates';
import { agreesClosely } from './tolerance';
import { namesProperty } from './cue-relevance';
import { periodNamedElsewhere } from './time';
import { roleSubjectId, roleTitle } from '../reference/index';
import { holdsRole } from '../reference/titles';
import { levelPinsPeriod } from './level-period';
import { allNamed, attachedName, namingIds, partiesOf, related } from './anchoring';

/**
 * A contradicted figure may agree with another fact than the one it was bound to: one a gate ruled
 * out, a near rival, the amount added that day, another event's day. Then the writer may well mean
 * that fact, and the figure is left alone rather than called wrong (check/judge-figures.ts).
 */

/**
 * A rival the figure may well mean: words only its fact has stand by the figure, or it is another
 * subject's (another deal) and binds nearly as firmly as the chosen fact ("$250 billion worth of
 * cloud services" beside a $135 billion stake "in the deal").
 */
function nearRival(rival: Candidate, chosen: Candidate): boolean {
  if (rival.ownWords) return true;
  // (another value of the chosen fact's own subject, a neighbour in its series, is the error
  // the figure may be: "$21.4 billion" for this quarter's capex when last quarter's was written)
  return rival.fact.subject !== chosen.fact.subject && rival.score >= chosen.score * NEAR_RIVAL;
}
const NEAR_RIVAL = 0.7;

/**
 * Measures of one flow of money seen from its two ends: what a round raised is what its investors
 * put in, so "its pledge to invest $40 billion" has a word of the round's size.
 */
const SAME_FLOW: Record<string, string | undefined> = {
  raised: 'investment',
  investment: 'raised',
};

/**
 * The figure writes the number of a bound the data gives for the same measure ("$30 billion" for
 * capex guided at more than $30 billion): the writer may mean that outlook, not the actual.
 */
function statesBoundOf(q: Quantity, fact: Fact, chosen: Fact): boolean {
  const v = fact.value;
  if (!v.bound || fact.subject !== chosen.subject || fact.property !== chosen.property)
    return false;
  const edge = v.bound === 'at-least' ? v.min : v.max;
  return v.dim === q.dim && Math.abs((q.min + q.max) / 2 - edge) <= q.rounding;
}

/**
 * The figure is an amount of money equal to the fact's, as far as its written digits go: dates and
 * counts coincide too often to say the writer meant that fact.
 */
function statesAmountOf(q: Quantity, fact: Fact): boolean {
  const v = fact.value;
  if (q.dim !== 'money' || v.dim !== 'money' || v.bound || v.min !== v.max) return false;
  return Math.abs((q.min + q.max) / 2 - v.min) <= q.rounding;
}

/**
 * The fact a contradicted figure may mean instead: the first one a gate ruled out that agrees
 * with it closely (where that gate lets agreement count, not by chance beside a deal the sentence
 * names in full, nor of a period the text's dates point away from), else a near rival whose amount
 * it states.
 */
export function agreesElsewhere(
  vetoed: Veto[],
  bound: BoundFigure,
  sentence: SentenceContext,
  index: ReferenceIndex,
): Fact | undefined {
  const { chosen, rivals } = bound;
  const q = chosen.quantity;
  // (a measure named at the figure, "a valuation of $41 billion", is not misread: another
  // measure's value agreeing with it is chance; but a headline's words are cut short, and its
  // "$135B Valuation" may be what a stake is valued at)
  const joined = bound.frame?.metricJoined && !bound.inHeading;
  // (nor, where the clause names its measure, one the sentence has no word of: "Azure revenue grew
  // 23%" is no misread market share of 23%)
  const noWordOf = (fact: Fact): boolean =>
    !bound.inHeading &&
    ![fact.property, SAME_FLOW[fact.property]].some((p) => p && namesProperty(p, sentence.text));
  const unworded = (fact: Fact): boolean => bound.frame?.metric !== undefined && noWordOf(fact);
  // (nor, where the sentence has words of the chosen fact's measure, another measure it has no
  // word of: "committed to a further $300 billion of Azure contracts" is no valuation)
  const chosenWorded = chosen.strongCue && chosen.cues.length > 0;
  // (an adjusted line is named by its statements' line's words: "net income" for adjusted)
  const otherUnworded = (fact: Fact): boolean =>
    chosenWorded &&
    (ADJUSTED_OF[fact.property] ?? fact.property) !== chosen.fact.property &&
    noWordOf(fact);
  // (the chosen value's digits swapped, "$72 billion" for $27 billion, is a slip of it: a value
  // the gates ruled out agreeing is the lesser chance)
  const ruledOut =
    !transposed(q, chosen.fact) &&
    vetoed.find(
      (v) =>
        (agreesClosely(q, v.fact) || statesBoundOf(q, v.fact, chosen.fact)) &&
        agreementCounts(v.gate, q, sentence, bound.frame) &&
        !(v.gate.id === 'metric/other-property' && (joined || unworded(v.fact))) &&
        !otherUnworded(v.fact) &&
        !dealNamedInFull(chosen.fact, v.fact, q, sentence, index),
    )?.fact;
  if (
    ruledOut &&
    !periodNamedElsewhere(ruledOut, chosen, q, sentence, bound.frame?.level) &&
    !levelPinsPeriod(q, chosen.fact, ruledOut, sentence, index)
  )
    return ruledOut;
  return (
    rivals.find((r) => nearRival(r, chosen) && statesAmountOf(q, r.fact))?.fact ??
    additionOfTheDay(q, chosen.fact, sentence, index) ??
    dayOfAnotherEvent(q, chosen.fact, index) ??
    startOfAnotherHolder(q, chosen.fact, sentence, index) ??
    reportedAhead(q, chosen.fact, sentence, index)
  );
}

/**
 * The next value of the chosen fact's own measure, come within weeks after the text (not a
 * result, which no one knows before it is out), that the figure states: a round's terms are
 * reported in the days before it closes ("is closing at a $900 billion valuation"), so agreeing
 * with it is no chance.
 */
function reportedAhead(
  q: Quantity,
  chosen: Fact,
  sentence: SentenceContext,
  index: ReferenceIndex,
): Fact | undefined {
  const day = sentence.documentDate;
  if (day === undefined) return undefined;
  return index.factsAbout(chosen.subject).find((f) => {
    const start = parseIsoDate(f.asOf)?.min;
    return (
      f.property === chosen.property &&
      start !== undefined &&
      start > day &&
      start <= day + REPORTED_AHEAD_DAYS &&
      reportedFrom(f, index) === undefined &&
      agreesClosely(q, f)
    );
  });
}

/** Days after a text within which a round's terms it gives may have been reported ahead. */
const REPORTED_AHEAD_DAYS = 21;

/**
 * The amount a whole grew by on the day the data records the new whole ("$100 billion" for the
 * $100 billion TSMC added, taking its Arizona total to $165 billion): reports give either, and
 * most name the new money without a word that says it is added.
 */
function additionOfTheDay(
  q: Quantity,
  whole: Fact,
  sentence: SentenceContext,
  index: ReferenceIndex,
): Fact | undefined {
  // (but not where the words say the whole reached the figure)
  if (levelReached(q, sentence)) return undefined;
  return index
    .factsAbout(whole.subject)
    .find(
      (f) =>
        f !== whole &&
        f.property === whole.property &&
        f.asOf === whole.asOf &&
        isAddition(f) &&
        supports(q, f),
    );
}

/**
 * A day the data records another change of the chosen fact's subject on (a deal grown, a term
 * extended): "On June 2, Acme announced its deal with CloudCo" may be that day's news, not a
 * wrong day for the deal's first announcement. Only a day against a day: a month is too wide.
 */
function dayOfAnotherEvent(q: Quantity, chosen: Fact, index: ReferenceIndex): Fact | undefined {
  if (q.dim !== 'date' || q.max !== q.min) return undefined;
  return index.factsAbout(chosen.subject).find((f) => {
    const day = f !== chosen ? parseIsoDate(f.asOf) : undefined;
    return day !== undefined && day.min === day.max && day.min === q.min;
  });
}

/**
 * The day another holder of the same title there began ("X, chief executive of AWS since 3 June
 * 2024", the day X's successor took over), where X does not hold it when the text is written: the
 * name is what slipped, and the role's check says so; the date is right for the one meant.
 */
function startOfAnotherHolder(
  q: Quantity,
  chosen: Fact,
  sentence: SentenceContext,
  index: ReferenceIndex,
): Fact | undefined {
  const role = index.entity(chosen.subject);
  const title = role && roleTitle(role);
  const [person, org] = role?.parties ?? [];
  if (q.dim !== 'date' || !title || !org) return undefined;
  // (not where the person named holds the title when the text is written: then the name is right)
  const day = sentence.documentDate;
  const held = (index.entity(person)?.roles ?? []).some(
    (r) => r.title === title && r.of === org && (day === undefined ? !r.until : holdsRole(r, day)),
  );
  if (held) return undefined;
  for (const h of index.roleHolders(org)) {
    if (h.person.id === person || h.title !== title) continue;
    const start = index.factsAbout(roleSubjectId(h.person.id, title, org))[0];
    if (start && agreesClosely(q, start)) return start;
  }
  return undefined;
}

/**
 * The chosen fact is a deal whose every party the sentence names, and a party of it is no part of
 * the other fact ("Nvidia plans to put up to $10 billion into OpenAI" against SoftBank's first $10
 * billion in OpenAI): the writer's words name this deal, and the other value's agreeing is chance.
 */
function dealNamedInFull(
  chosen: Fact,
  other: Fact,
  q: Quantity,
  sentence: SentenceContext,
  index: ReferenceIndex,
): boolean {
  const parties = partiesOf(chosen, index);
  if (parties.length < 2) return false;
  // ("the deal valued Kappa at $230 billion": a figure that hangs on the other fact's subject)
  const hangsOn = attachedName(q, sentence);
  if (hangsOn && related(hangsOn.entityId, other.subject, index)) return false;
  if (!allNamed(parties, sentence.names, index)) return false;
  // (a round's leads are its parties too: SoftBank's deal with OpenAI is OpenAI's round it led)
  const theirs = [...namingIds(other, index), ...(other.ledBy ?? [])];
  return parties.some((p) => !theirs.some((t) => related(t, p, index)));
}
