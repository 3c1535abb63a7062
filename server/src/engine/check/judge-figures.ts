import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Claim, Quantity } from '../types';
import { whyNoData } from '../claims';
import { frameOf } from '../frame/frame';
import { assignOneToOne } from './assign';
import { candidatesFor } from './bind';
import type { Binder } from './binder';
import { slipOfAnother } from './slips';
import type { Candidate, Veto } from './candidate';
import { describeFactSubject } from './describe';
import { judge, PRESENT, supports, whyNotJudged, type Judgement } from './judge';
import type { BoundFigure } from './bound-figure';
import { moveStartOf } from '../frame/moves';
import { ownsDate } from '../frame/own-date';
import { LEVELS } from '../frame/gates-modality';
import { parseIsoDate } from '../reference/dates';
import { lastMatch } from '../text/last-match';
import { spansPeriods } from './tolerance';
import { withLevelSeries } from './level-series';
import { partiesOf, related } from './anchoring';
import { agreesElsewhere } from './agrees-elsewhere';

/** A sentence's figures as judged: by index into the sentence's figures. */
export interface JudgedFigures {
  judged: { figure: number; judgement: Judgement }[];
  /** figures no fact could be bound to */
  unbound: number[];
  /** figures left unjudged (bound too loosely, or to nothing), with their status and why */
  left: { figure: number; status: Pick<Claim, 'status' | 'fact' | 'why'> }[];
  /** facts that figures left alone agree with closely: what the writer may well mean */
  agreeing: Fact[];
}

/** The subjects a cell's row is about, worked out only when a figure needs them. */
export type RowSubjects = () => ReadonlySet<string> | undefined;

/** Binds a sentence's figures to facts, one to one, and judges each binding. */
export function judgeFigures(
  sentence: SentenceContext,
  where: 'paragraph' | 'heading' | 'cell',
  index: ReferenceIndex,
  binder: Binder,
  rowSubjects?: RowSubjects,
): JudgedFigures {
  const all: Candidate[][] = [];
  const unbound: number[] = [];
  const left: JudgedFigures['left'] = [];
  // for each figure, the facts a gate ruled out: asked which agree with it only when it is
  // contradicted (most figures are not)
  const vetoedOf = new Map<Quantity, Veto[]>();
  sentence.quantities.forEach((q, i) => {
    const vetoed: Veto[] = [];
    const candidates = inRow(candidatesFor(q, sentence, index, binder, vetoed), q, rowSubjects);
    vetoedOf.set(q, vetoed);
    if (candidates.length) all.push(candidates);
    else {
      unbound.push(i);
      left.push({ figure: i, status: { status: 'no-data', why: whyNoData(vetoed, index) } });
    }
  });
  const judged: JudgedFigures['judged'] = [];
  const agreed: Fact[] = [];
  const candidatesOf = new Map(all.map((list) => [list[0].quantity, list]));
  const agreesThen = (q: Quantity, fact: Fact): boolean =>
    supports(q, fact) &&
    !outdatedByText(fact, sentence, index) &&
    !slipOfAnother(q, fact, candidatesOf.get(q) ?? []);
  const assigned = withLevelSeries(
    withSpanEnds(assignOneToOne(all, agreesThen), sentence.quantities),
    sentence,
    index,
  );
  const moves = movesOf(assigned.keys(), sentence);
  for (const [q, { chosen, rivals }] of assigned) {
    // the figure is dated when a date of its own stands by it ("$157 billion in October 2024"),
    // not when another figure of the sentence has one
    // (`ownDated`: by a date written in the sentence itself)
    const own = sentence.dates.filter(
      (d) => d.inSentence && d.start !== q.start && ownsDate(d, q, sentence),
    );
    const ownDated = own.length > 0;
    // a date around the sentence dates it, unless the sentence says it speaks of now ("currently")
    const dated =
      ownDated || (sentence.dates.some((d) => !d.inSentence) && !PRESENT.test(sentence.text));
    // the other figures, with the fact each is bound to
    const others = sentence.quantities
      .filter((o) => o !== q)
      .map((o) => ({ quantity: o, fact: assigned.get(o)?.chosen.fact }));
    // another figure of the sentence agrees with a fact of the same subject: the sentence is
    // about it ("a seven-year agreement worth $17.4 billion", the deal's value right)
    // (unless a value of that subject agrees with this figure too, its words missing: "10 GW and
    // $500 billion" is Stargate's size and value, not its first $100 billion)
    const corroborated =
      sentence.quantities.some((o) => {
        const other = o !== q && o.dim !== q.dim ? assigned.get(o)?.chosen.fact : undefined;
        return other?.subject === chosen.fact.subject && supports(o, other);
      }) && !index.factsAbout(chosen.fact.subject).some((f) => supports(q, f));
    const bound: BoundFigure = {
      q,
      chosen,
      rivals,
      sentence: sentence.text,
      dated,
      ownDated,
      inTable: where === 'cell',
      corroborated,
      inHeading: where === 'heading',
      others,
      movedFrom: moves.startOf.get(q),
      moveEnd: endFact(moves.endOf.get(q), assigned),
      now: sentence.documentDate,
      frame: frameOf(q, sentence, index),
      dealReferred: dealReferred(q, sentence) && namedInText(chosen.fact, sentence, index),
    };
    let judgement = judge(bound, index);
    // Supported elsewhere: a figure that a ruled-out fact agrees with closely is not called wrong;
    // the frame may have been misread, and the writer may well mean that fact.
    // So does a weaker candidate whose amount the figure states to its last digit, next to words
    // only that fact has: "an initial $10 billion" is the first tranche, not one investor's share.
    const elsewhere =
      judgement?.verdict === 'contradicted'
        ? agreesElsewhere(vetoedOf.get(q) ?? [], bound, sentence, index)
        : undefined;
    if (elsewhere) judgement = undefined;
    const figure = sentence.quantities.indexOf(q);
    if (elsewhere) agreed.push(elsewhere);
    if (judgement) judged.push({ figure, judgement });
    const reason = judgement || elsewhere ? '' : whyNotJudged(bound, index);
    if (!judgement)
      left.push({ figure, status: leftAlone(elsewhere ?? chosen.fact, elsewhere, reason, index) });
    const trace = binder.trace?.get(q);
    if (trace) {
      trace.chosen = chosen;
      trace.outcome = outcomeOf(judgement, elsewhere, chosen.fact, reason);
    }
  }
  return { judged, unbound, left, agreeing: agreed };
}

/**
 * The moves between the sentence's figures ("from $7.66 billion to $10.27 billion"), read once
 * for the sentence: each end's start, and each start's end.
 */
function movesOf(
  figures: Iterable<Quantity>,
  sentence: SentenceContext,
): { startOf: Map<Quantity, Quantity>; endOf: Map<Quantity, Quantity> } {
  const startOf = new Map<Quantity, Quantity>();
  const endOf = new Map<Quantity, Quantity>();
  for (const q of figures) {
    const start = moveStartOf(q, sentence);
    if (!start) continue;
    startOf.set(q, start);
    endOf.set(start, q);
  }
  return { startOf, endOf };
}

/** The fact the end of a move was bound to, where it states that fact's value. */
function endFact(
  end: Quantity | undefined,
  assigned: ReturnType<typeof assignOneToOne>,
): Fact | undefined {
  const fact = end && assigned.get(end)?.chosen.fact;
  return fact && end && supports(end, fact) ? fact : undefined;
}

/**
 * A level the text's dates all fall after the end of: its successor held then ("a round last July
 * valued the company at $21 billion" is not OpenAI's valuation of 2021). A figure agreeing with it
 * is chance, not a reading in which the writer is right.
 */
function outdatedByText(fact: Fact, sentence: SentenceContext, index: ReferenceIndex): boolean {
  if (!fact.supersededBy || !LEVELS.has(fact.property) || !sentence.dates.length) return false;
  const asOf = parseIsoDate(fact.asOf);
  return (
    asOf !== undefined &&
    sentence.dates.every((d) => d.min > asOf.max && index.current(fact, d.min) !== fact)
  );
}

/**
 * The figure's clause refers back to a deal just before it, with nothing named between: "the deal
 * runs for five years" (not "the contract is small beside the $1.4 trillion its chief says the
 * company will spend").
 */
function dealReferred(q: Quantity, sentence: SentenceContext): boolean {
  const before = sentence.text.slice(0, q.start - sentence.offset);
  const at = lastMatch(DEAL_REFERRED, before);
  if (!at) return false;
  const from = sentence.offset + at.index + at[0].length;
  return (
    !/[,;:]|\bthe (?:company|firm)\b/i.test(before.slice(at.index + at[0].length)) &&
    !sentence.names.some((n) => n.start >= from && n.end <= q.start)
  );
}
/**
 * The fact is a deal's whose parties the text names, in the sentence or before it, not only in
 * the headings over it (a heading naming two companies names no deal of theirs).
 */
function namedInText(fact: Fact, sentence: SentenceContext, index: ReferenceIndex): boolean {
  const parties = partiesOf(fact, index);
  const headed = new Set(sentence.headed ?? []);
  return (
    index.entity(fact.subject)?.kind === 'deal' &&
    parties.every(
      (p) =>
        sentence.names.some((n) => related(n.entityId, p, index)) ||
        [...sentence.around.keys()].some((id) => !headed.has(id) && related(id, p, index)),
    )
  );
}

/** A deal referred back to: "the deal", "the agreement". */
const DEAL_REFERRED = /\bthe (?:deal|agreement|contract|pact|partnership)\b/gi;

/** What became of a bound figure, as `factlint explain` says it. */
function outcomeOf(
  judgement: Judgement | undefined,
  elsewhere: Fact | undefined,
  chosen: Fact,
  reason: string,
): string {
  if (judgement) return `${judgement.verdict}: ${judgement.fact.id}`;
  if (elsewhere) return `left alone: ${elsewhere.id} agrees with it`;
  return `left alone: the binding to ${chosen.id} is not firm enough to judge (${reason})`;
}

/**
 * The status of a bound figure left alone: a ruled-out fact agrees with it (`elsewhere`), or its
 * binding was not firm enough, for `reason` (worked out only for those left alone).
 */
function leftAlone(
  fact: Fact,
  elsewhere: Fact | undefined,
  reason: string,
  index: ReferenceIndex,
): JudgedFigures['left'][number]['status'] {
  const what = describeFactSubject(fact, index);
  const why = elsewhere
    ? `It agrees with ${what}, which its words do not clearly name.`
    : `It may be about ${what}, but its words do not tie it to that firmly enough to judge: ` +
      `${reason}.`;
  return { status: 'unsure', fact, why };
}

/** The end of a span of dates ("from 2026 through 2030") takes the fact its start was bound to. */
function withSpanEnds(
  assigned: ReturnType<typeof assignOneToOne>,
  quantities: Quantity[],
): ReturnType<typeof assignOneToOne> {
  quantities.forEach((q, i) => {
    const start = quantities[i - 1];
    const bound =
      q.rangePart === 'end' && start?.rangePart === 'start' ? assigned.get(start) : undefined;
    // (a fact of one time, "CEO from 2021 to 2024" bound to a start in 2021, has no end to check)
    if (bound && spansPeriods(bound.chosen.fact.value))
      assigned.set(q, {
        chosen: { ...bound.chosen, quantity: q },
        rivals: bound.rivals.map((r) => ({ ...r, quantity: q })),
      });
  });
  return assigned;
}

/**
 * A figure's candidates narrowed to its row's subjects, unless none is one or another subject's
 * fact agrees with it.
 */
function inRow(
  candidates: Candidate[],
  q: Quantity,
  rowSubjectsOf: RowSubjects | undefined,
): Candidate[] {
  if (!rowSubjectsOf || new Set(candidates.map((c) => c.fact.subject)).size < 2) return candidates;
  const rowSubjects = rowSubjectsOf();
  if (!rowSubjects) return candidates;
  const kept = candidates.filter((c) => rowSubjects.has(c.fact.subject));
  if (kept.length === 0 || kept.length === candidates.length) return candidates;
  if (candidates.some((c) => !rowSubjects.has(c.fact.subject) && supports(q, c.fact)))
    return candidates;
  return kept;
}
