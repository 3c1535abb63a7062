import { vetoOf } from '../frame/gates';
import { ADDITION_CUE } from '../frame/words';
import type { SentenceContext } from '../reading';
import { yearOf } from '../reference/dates';
import type { Dimension, Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import { DEFAULT_BINDER, type Binder, type FigureTrace } from './binder';
import type { Candidate, Veto } from './candidate';
import { cueScore, eventFit } from './cues';
import { roundNamedByTerm } from './round-terms';
import {
  aroundFigure,
  coverageOfSubject,
  subjectsOf,
  viewOfFigure,
  viewOfSubject,
  type FigureView,
  type SubjectView,
} from './figure-view';
import { nounsAgree, PROPERTY_DIMENSIONS } from './properties';
import { PROPERTIES } from '../reference/properties';
import { requirementsOf } from './requirements';
import { labelled } from './date-wording';
import type { Scored } from './requirement';
import { timeFit } from './time';
import type { ReferenceIndex } from '../reference/index';

/** A sentence's names in offsets into its own text, as the pattern checks read them. */
export function namesInSentence(ctx: SentenceContext): NameMention[] {
  return ctx.names.map((n) => ({ ...n, start: n.start - ctx.offset, end: n.end - ctx.offset }));
}

/** How much each kind of evidence adds to a candidate's score. */
const WEIGHTS = {
  /** per unit of how firmly the subject is named (1 in the sentence) */
  coverage: 2,
  /** a label's form says what a date is */
  labelled: 1,
  /** the dimension alone says what the figure is (power is capacity) */
  impliedByDimension: 0.5,
};

/**
 * Scores every fact a figure could be about. A fact is a candidate only when every requirement
 * of binding holds (check/requirements.ts): its subject is named (or all its parties are), its
 * value has the figure's dimension, a word in the sentence points at its property unless the
 * dimension alone settles it, and so on. Facts a gate rules out (frame/gates.ts) are no
 * candidates; they are added to `vetoed`, with the gate, when it is given.
 */
export function candidatesFor(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  binder: Binder = DEFAULT_BINDER,
  vetoed?: Veto[],
): Candidate[] {
  // a mention states no value; the end of a span of dates ("from 2026 through 2030") is bound
  // with its start (check/judge-figures.ts `withSpanEnds`)
  if (q.mention || q.rangePart === 'end') return [];
  const around = aroundFigure(q, ctx);
  for (const r of requirementsOf(binder.requirements, 'figure')) {
    if (r.holds(q, ctx, around)) continue;
    // (for `factlint explain`: the frame too, though no fact was weighed)
    if (binder.trace) {
      const frame = viewOfFigure(q, ctx, index, around).frame();
      const stoppedBy = { id: r.id, summary: r.summary };
      binder.trace.set(q, { frame, vetoed: [], candidates: [], stoppedBy });
    }
    return [];
  }
  const view = viewOfFigure(q, ctx, index, around);
  const trace: FigureTrace | undefined = binder.trace && {
    frame: view.frame(),
    vetoed: [],
    setAside: [],
    candidates: [],
  };
  if (trace) binder.trace!.set(q, trace);
  const out: Candidate[] = [];
  // one callback for the figure, not one per fact: most facts weighed are ruled out
  const ruledOut = (fact: Fact, rule: string, gate?: Veto['gate']): void => {
    trace?.vetoed.push({ fact, rule });
    if (gate) vetoed?.push({ fact, gate });
  };
  for (const subjectId of subjectsOf(view)) {
    const subject = subjectView(view, subjectId, binder, trace);
    if (!subject) continue;
    for (const fact of subject.facts) {
      const candidate = candidateOf(view, subject, fact, binder, ruledOut);
      if (candidate) out.push(candidate);
    }
  }
  out.sort((a, b) => b.score - a.score);
  if (trace) trace.candidates = out;
  // a change binds only where the fact that fits it best is itself an addition (a percentage
  // said as a change, "an increase of 22%", is a rate: its facts are rates of change)
  if (q.change && (q.dim !== 'percent' || q.unit === 'points'))
    return out[0] && isAddition(out[0].fact) ? out.filter((c) => isAddition(c.fact)) : [];
  return out;
}

/**
 * A subject's view when the subject has facts of the figure's kind (it is skipped before any
 * work on it otherwise) and passes every subject requirement. Facts of a held-only property
 * (net income, operating income, a gain: reference/properties.ts) take no part: the checker does
 * not read them yet, so they may neither be bound nor, as a ruled-out fact that happens to agree
 * with a figure, keep a wrong revenue figure from being called wrong.
 */
function subjectView(
  view: FigureView,
  subjectId: string,
  binder: Binder,
  trace: FigureTrace | undefined,
): SubjectView | undefined {
  const subject = view.index.entity(subjectId);
  const ofDimension = bindableFacts(view.index, subjectId, view.q.dim);
  if (!subject || ofDimension.length === 0) return undefined;
  const facts = fittingFacts(view.q, ofDimension);
  if (facts.length === 0) return undefined;
  const coverage = coverageOfSubject(view, subject);
  const unmet = requirementsOf(binder.requirements, 'subject').find(
    (r) => !r.holds(view, subject, coverage),
  );
  if (unmet) {
    trace?.setAside?.push({ subject, rule: unmet.id });
    return undefined;
  }
  return viewOfSubject(view, subject, facts, coverage);
}

/**
 * A subject's facts of one dimension that binding may weigh (no held-only property), in the data's
 * order: worked out once per subject and dimension, where a figure's subjects (those named, their
 * wholes, their deals) are many and most have no fact of its dimension.
 */
function bindableFacts(index: ReferenceIndex, subjectId: string, dim: Dimension): readonly Fact[] {
  let bySubject = bindableByIndex.get(index);
  if (!bySubject) bindableByIndex.set(index, (bySubject = new Map()));
  let byDimension = bySubject.get(subjectId);
  if (!byDimension) {
    byDimension = new Map();
    for (const fact of index.factsAbout(subjectId)) {
      if (PROPERTIES[fact.property]?.heldOnly) continue;
      const list = byDimension.get(fact.value.dim);
      if (list) list.push(fact);
      else byDimension.set(fact.value.dim, [fact]);
    }
    bySubject.set(subjectId, byDimension);
  }
  return byDimension.get(dim) ?? NO_FACTS;
}

/**
 * The facts whose value fits the figure's kind, in order: the list itself when all do, so that no
 * list is made for each subject of each figure.
 */
function fittingFacts(q: Quantity, facts: readonly Fact[]): readonly Fact[] {
  let fitting: Fact[] | undefined;
  for (let i = 0; i < facts.length; i++) {
    if (dimensionFits(q, facts[i])) fitting?.push(facts[i]);
    else fitting ??= facts.slice(0, i);
  }
  return fitting ?? facts;
}

const NO_FACTS: readonly Fact[] = [];
const bindableByIndex = new WeakMap<ReferenceIndex, Map<string, Map<Dimension, Fact[]>>>();

/**
 * A fact as a candidate for the figure, scored, or undefined when a requirement fails or a gate
 * rules it out. `ruledOut` is told of the gate, or of the requirement once the gates let the fact
 * through (earlier ones rule out most facts of most subjects, which would drown `explain`).
 */
function candidateOf(
  view: FigureView,
  s: SubjectView,
  fact: Fact,
  binder: Binder,
  ruledOut: (fact: Fact, rule: string, gate?: Veto['gate']) => void,
): Candidate | undefined {
  const { q, ctx, index } = view;
  for (const r of requirementsOf(binder.requirements, 'fact'))
    if (!r.holds(view, s, fact)) return undefined;
  const veto = vetoOf(binder.gates, view.frame(), fact, q, ctx, index);
  if (veto) {
    ruledOut(fact, veto.id, veto);
    return undefined;
  }
  for (const r of requirementsOf(binder.requirements, 'after-gates')) {
    if (r.holds(view, s, fact)) continue;
    ruledOut(fact, r.id);
    return undefined;
  }
  const cue = cueScore(fact, q, ctx, index);
  const byLabel = labelled(s, fact);
  const time = timeFit(fact, q, ctx, view.dates, index, view.frame());
  const implied = impliedByDimension(q, fact) || byLabel || sizesItsSubject(view, fact);
  const scored: Scored = { cue, implied, time: time.score };
  const unscored = requirementsOf(binder.requirements, 'scored').find((r) => !r.holds(scored));
  if (unscored) {
    ruledOut(fact, unscored.id);
    return undefined;
  }
  // (a round's other term, stated right beside the figure, names the round where no words do)
  const worded = eventFit(fact, q, ctx, index);
  const event = worded === 0 && roundNamedByTerm(fact, q, ctx, index) ? 1 : worded;
  const score =
    s.coverage.weight * WEIGHTS.coverage +
    cue.score +
    (byLabel ? WEIGHTS.labelled : scored.implied ? WEIGHTS.impliedByDimension : 0) +
    scored.time +
    event +
    s.explained +
    s.near;
  return {
    quantity: q,
    fact,
    score,
    coverage: s.coverage.weight,
    strongCue: cue.score >= 1 || scored.implied,
    anchored: s.anchored,
    timeMatched: scored.time >= 0.5 || cue.distinctive || event >= 1,
    timeByText: time.byText,
    ownWords: cue.distinctive,
    hangsOnSubject: s.attached > 0,
    contested: s.contested,
    namedBefore: s.namedBefore,
    names: s.coverage.names,
    cues: cue.words,
  };
}

export const isAddition = (fact: Fact): boolean => fact.cues.some((c) => ADDITION_CUE.test(c));

/** A fact's cue that makes its amount a rate over time: "a month", "per year". */
const PER_TIME_CUE = /^(?:a|per|each) (?:month|year|week|day)$/i;

function dimensionFits(q: Quantity, fact: Fact): boolean {
  const v = fact.value;
  if (v.dim !== q.dim) return false;
  // "Nov. 4" in a 2026 text is no claim about a 2025 event: its year was a guess
  if (q.yearInferred && yearOf(v.min) !== yearOf(q.min)) return false;
  // a rate is a different quantity from a total: "$135 a share" is a price, "$1.25 billion a month"
  // only a fact given as so much a month
  if (q.per === 'share') return fact.property === 'price';
  if (q.per === 'time') return v.dim === 'money' && fact.cues.some((c) => PER_TIME_CUE.test(c));
  if (q.per) return false;
  // a share of something is only read as a stake, a market share or a share move unless the fact
  // has words of its own ("RPO up 359%")
  if (q.dim === 'percent' && !PERCENT_PROPERTIES.has(fact.property) && !fact.cues.length)
    return false;
  const allowed = PROPERTY_DIMENSIONS[fact.property];
  if (allowed && !allowed.includes(q.dim)) return false;
  if (q.dim === 'money') return (v.unit ?? 'USD') === (q.unit ?? 'USD');
  if (q.dim === 'count') return nounsAgree(v.unit, q.unit);
  if (q.dim === 'percent') return q.unit !== 'points';
  return true;
}

const PERCENT_PROPERTIES = new Set(['stake', 'market-share', 'share-move']);

/**
 * A sum written right before the name of a deal or project ("the $11 billion Project Rainier") is
 * what it is worth: its value or the investment in it, with no word of the property.
 */
function sizesItsSubject({ q, ctx, index, frame }: FigureView, fact: Fact): boolean {
  if (
    q.dim !== 'money' ||
    !HEADLINE_SUMS.has(fact.property) ||
    !SIZED_KINDS.has(index.entity(fact.subject)?.kind ?? '')
  )
    return false;
  // ("Project Rainier, an $11 billion AI data center", "its $11 billion campus called ...": the
  // sum of a facility the sentence names)
  if (
    FACILITY_AFTER.test(ctx.text.slice(q.end - ctx.offset)) &&
    ctx.names.some((n) => n.entityId === fact.subject)
  )
    return true;
  return frame().head?.entityId === fact.subject;
}

/** A facility's noun right after a sum, after at most three words: "$11 billion AI data center". */
const FACILITY_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:data cent(?:er|re)|campus|facility|supercomputer|cluster)s?\b/iu;
const HEADLINE_SUMS = new Set(['value', 'investment', 'spend']);
/** Things a sum can be the size of. */
const SIZED_KINDS = new Set(['deal', 'project', 'site']);

/** Power can only be capacity, a counted noun names its property: no cue word needed. */
function impliedByDimension(q: Quantity, fact: Fact): boolean {
  if (q.dim === 'power' || q.dim === 'count' || q.dim === 'ordinal') return true;
  if (q.dim === 'duration') return fact.property === 'term' && q.adjectival === true;
  return false;
}
