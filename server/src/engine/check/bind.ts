import type { SentenceContext } from '../reading';
import type { Candidate, Veto } from './candidate';
import { yearOf } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import {
  anchored,
  attachedName,
  attachment,
  dateAttached,
  inClause,
  namesParty,
  ownsName,
  related,
  speaksFor,
} from './attach';
import {
  aggregate,
  cueInMainClause,
  cueJustBefore,
  cueScore,
  eventFit,
  evokes,
  leadsSentence,
  namedBefore,
  participleAbout,
} from './cues';
import {
  nounsAgree,
  OTHER_MEASURE,
  PROPERTY_CUES,
  PROPERTY_DIMENSIONS,
  TOTAL_CUE,
} from './properties';
import { FOREIGN_MEASURES } from '../frame/lexicon';
import { oneRoleInPlay, titleJustBefore } from './role-dates';
import { ownsDate, timeFit } from './time';
import { frameOf, type ClaimFrame } from '../frame/frame';
import { vetoOf } from '../frame/gates';
import { DEFAULT_BINDER, type Binder, type FigureTrace } from './binder';
import { claimIdentified } from './implied';

/** A sentence's names in offsets into its own text, as the pattern checks read them. */
export function namesInSentence(ctx: SentenceContext): NameMention[] {
  return ctx.names.map((n) => ({ ...n, start: n.start - ctx.offset, end: n.end - ctx.offset }));
}

/**
 * Scores every fact a figure could be about. A fact is a candidate only when its subject is named
 * (or all its parties are), its value has the figure's dimension, and, unless the dimension alone
 * settles the property, a word in the sentence points at the property. Facts a gate rules out
 * (frame/gates.ts) are no candidates; they are added to `vetoed`, with the gate, when it is given.
 */
export function candidatesFor(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  binder: Binder = DEFAULT_BINDER,
  vetoed?: Veto[],
): Candidate[] {
  // a change in a value ("adding $140 billion to its market value") states no value of its own,
  // unless the data records that change ("added $317 billion of RPO"); and a measure the data has
  // no property for is not one of its facts
  const around = aroundFigure(q, ctx);
  // the end of a span of dates ("from 2026 through 2030") is bound with its start (check.ts
  // `withSpanEnds`)
  if (
    q.mention ||
    q.rangePart === 'end' ||
    around.some((t) => FOREIGN_MEASURES.test(t)) ||
    restated(q, ctx)
  )
    return [];
  // what the figure claims, from its own clause: a fact that does not fit it is never its fact; an
  // implied subject counts only for an identified claim
  let frame: ClaimFrame | undefined;
  const frameNow = (): ClaimFrame => (frame ??= frameOf(q, ctx, index));
  const present = presentEntities(
    ctx,
    index,
    ctx.implied && claimIdentified(q, frameNow()) ? ctx.implied : undefined,
  );
  const subjects = new Set<string>();
  for (const id of present.keys()) {
    for (const e of [id, ...index.lineage(id)]) {
      subjects.add(e);
      for (const deal of index.involving(e)) subjects.add(deal.id);
    }
  }
  const out: Candidate[] = [];
  // a sum ("taken together, 26 GW") is a fact only where the data records the total
  const sum = aggregate(ctx, q);
  // a date in a label's brackets ("**AMD (October 6, 2025).** ...") is when the entry's event was
  // announced
  const labelDate =
    q.dim === 'date' &&
    LABEL_DATE_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)) &&
    LABEL_DATE_AFTER.test(ctx.text.slice(q.end - ctx.offset));
  const leading = q.dim === 'date' && (labelDate || leadsSentence(q, ctx));
  // which of the sentence's dates are this figure's own does not depend on the fact
  const owned = ctx.dates.map((d) => d.inSentence && ownsDate(d, q, ctx));
  // nor which name it hangs on, and whether an unknown name owns it ("X at $33 billion")
  const owner = attachedName(q, ctx);
  const ownerOnLeft = owner !== undefined && owner.end <= q.start;
  const refersBack =
    owner !== undefined &&
    REFERS_BACK.test(
      owner.end <= q.start
        ? ctx.text.slice(owner.end - ctx.offset, q.start - ctx.offset)
        : ctx.text.slice(q.end - ctx.offset, owner.start - ctx.offset),
    );
  const stranger = strangerOwns(q, ctx);
  const rounds = [...ctx.text.matchAll(ROUND_LABELS)].map((m) => m[1].toUpperCase());
  const trace: FigureTrace | undefined = binder.trace && {
    frame: frameNow(),
    vetoed: [],
    candidates: [],
  };
  if (trace) binder.trace!.set(q, trace);
  for (const subjectId of subjects) {
    const subject = index.entity(subjectId);
    // a subject with no fact of the figure's kind is skipped before any work on it
    const facts = index.factsAbout(subjectId).filter((fact) => dimensionFits(q, fact));
    if (!subject || facts.length === 0) continue;
    const coverage = soleRoleOf(subject, ctx, index) ?? coverageOf(subject, present, index);
    if (coverage.weight < 0.5) continue;
    // a subject with one party (a company's own plan, its share sale) is not evoked by the
    // company's name alone: one of its own words must be there too
    if (!coverage.direct && (subject.parties?.length ?? 0) < 2 && !evokes(subject, ctx, index))
      continue;
    // when a role began: only in a sentence about one person ("Garman succeeded Selipsky on
    // June 3, 2024" gives one date for two people) and one role of theirs at that organisation
    if (subject.kind === 'role' && !oneRoleInPlay(subject, q, ctx, index)) continue;
    // a date is a claim only when its subject is named in the paragraph, before the date and on
    // the name the date hangs on; otherwise it is more likely the time of another figure
    // ("$20 billion by the end of 2025")
    if (
      q.dim === 'date' &&
      (coverage.weight < 0.7 ||
        (leading && !participleAbout(coverage.ids, q, ctx)) ||
        (!leading && (!namedBefore(coverage.ids, q, ctx) || !dateAttached(subject, q, ctx, index))))
    )
      continue;
    // what depends on the subject alone is worked out once, not once per fact
    const attached = attachment(subject, owner, q, index);
    const explained = explainedBonus(subject, present, index) + attached;
    // Anchored: a leading date belongs to the clause after it, names and all; in a table, the
    // subject is what the row is about (its first cell names it, or nothing); and the figure does
    // not hang on another entity's name ("SoftBank led a $40 billion round") unless a name of the
    // subject stands in its clause or a word refers back to it ("... led by ICONIQ valued it at").
    const hangsElsewhere =
      attached < 0 &&
      ownerOnLeft &&
      !refersBack &&
      !ctx.names.some((n) => coverage.ids.includes(n.entityId) && inClause(n, q, ctx));
    const isAnchored =
      (leading || anchored(coverage.ids, q, ctx)) &&
      aboutRow(subject, ctx, index) &&
      !hangsElsewhere &&
      !stranger;
    const near = proximity(coverage.ids, q, ctx);
    // the label names the subject or a party of it ("**AMD (October 6, 2025).**" for the AMD deal)
    const inLabel =
      labelDate && ctx.names.some((n) => n.end <= q.start && coverage.ids.includes(n.entityId));
    for (const fact of facts) {
      if (otherMeasure(fact, q, around) || otherRound(fact, rounds, q.dim === 'date')) continue;
      const veto = vetoOf(binder.gates, frameNow(), fact, q, ctx, index);
      if (veto) {
        trace?.vetoed.push({ fact, gate: veto.id });
        vetoed?.push({ fact, gate: veto });
        continue;
      }
      const totalFact = fact.cues.some((c) => TOTAL_CUE.test(c));
      if (sum && !totalFact) continue;
      // "The total of its contracts: $11.9 billion in March, $4 billion in May and ...": one of
      // several figures listed after a colon is a part, never the total
      if (totalFact && listedPart(q, ctx)) continue;
      // ... and a word of the property stands just before the date ("founded in 1993"), or, for a
      // date that leads the sentence, in the clause after it ("On May 2, 2025, X signed ...")
      // (in a table, a column headed by the property's word says it: "| Deployment |")
      // the label's form says what the date is, as a word of the property would
      const labelled = inLabel && fact.property === 'announced';
      if (
        q.dim === 'date' &&
        !(
          labelled ||
          (leading && cueInMainClause(fact, q, ctx, index)) ||
          cueJustBefore(fact, q, ctx, index) ||
          headedBy(fact, ctx)
        )
      )
        continue;
      if (subject.kind === 'role' && !titleJustBefore(fact, q, ctx)) continue;
      const cue = cueScore(fact, q, ctx, index);
      const implied = impliedByDimension(q, fact) || labelled;
      if ((cue.score === 0 && !implied) || cue.another) continue;
      const time = timeFit(fact, q, ctx, owned, index);
      if (time === -Infinity) continue;
      const event = eventFit(fact, q, ctx, index);
      const score =
        coverage.weight * 2 +
        cue.score +
        (labelled ? 1 : implied ? 0.5 : 0) +
        time +
        event +
        explained +
        near;
      out.push({
        quantity: q,
        fact,
        score,
        coverage: coverage.weight,
        strongCue: cue.score >= 1 || implied,
        anchored: isAnchored,
        timeMatched: time >= 0.5 || cue.distinctive || event >= 1,
        ownWords: cue.distinctive,
        hangsOnSubject: attached > 0,
        names: coverage.names,
        cues: cue.words,
      });
    }
  }
  out.sort((a, b) => b.score - a.score);
  if (trace) trace.candidates = out;
  // a change binds only where the fact that fits it best is itself an addition
  if (q.change)
    return out[0] && isAddition(out[0].fact) ? out.filter((c) => isAddition(c.fact)) : [];
  return out;
}

/**
 * "the $100 billion" after a "$100 billion" said just before is that figure again: it was judged
 * where it was first written, and the words around the repeat ("had never been a commitment")
 * need not name its property.
 */
function restated(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  if (!/\b(?:the|that|this)\s+$/i.test(ctx.text.slice(Math.max(0, start - 6), start))) return false;
  return ctx.previousText.includes(q.text) || ctx.text.slice(0, start).includes(q.text);
}

const LABEL_DATE_BEFORE = /^[\s*_#>]*(?:\d+\.\s+)?\p{Lu}[^()\n]{0,40}\(\s*$/u;
const LABEL_DATE_AFTER = /^\s*\)[*_]*\s*[.:]/;

/**
 * A table cell's column header is a word of the fact's property: "| Deployment |", "| Announced |".
 */
function headedBy(fact: Fact, ctx: SentenceContext): boolean {
  const header = ctx.headerText.trim().toLowerCase();
  return (
    header.length > 0 &&
    (PROPERTY_CUES[fact.property] ?? []).some(
      (w) => header.startsWith(w.toLowerCase()) && !/^\p{L}/u.test(header.slice(w.length)),
    )
  );
}

const isAddition = (fact: Fact): boolean => fact.cues.some((c) => ADDITION.test(c));

/**
 * Entity ids named in the sentence (weight 1) or around it (weight < 1), with where in the
 * sentence.
 */
function presentEntities(
  ctx: SentenceContext,
  index: ReferenceIndex,
  implied?: Map<string, number>,
): Map<string, { weight: number; names: string[] }> {
  const out = new Map<string, { weight: number; names: string[] }>();
  const note = (id: string, weight: number, name?: string): void => {
    const cur = out.get(id) ?? { weight: 0, names: [] };
    cur.weight = Math.max(cur.weight, weight);
    if (name && !cur.names.includes(name)) cur.names.push(name);
    out.set(id, cur);
  };
  for (const n of ctx.names) note(n.entityId, 1, index.entity(n.entityId)?.name ?? n.text);
  for (const [id, w] of [...ctx.around, ...(implied ?? [])]) note(id, w, index.entity(id)?.name);
  return out;
}

/**
 * How well the text names a fact's subject: the subject itself, or every one of its parties
 * (a party is named when the text names it, a part of it or the whole it belongs to).
 */
function coverageOf(
  subject: Entity,
  present: ReturnType<typeof presentEntities>,
  index: ReferenceIndex,
): {
  weight: number;
  ids: string[];
  names: string[];
  direct: boolean;
} {
  const direct = present.get(subject.id);
  const parties = subject.parties ?? [];
  let best = direct
    ? { weight: direct.weight, ids: [subject.id], names: direct.names, direct: true }
    : { weight: 0, ids: [], names: [] as string[], direct: false };
  if (parties.length) {
    let weight = 1;
    const ids: string[] = [];
    const names: string[] = [];
    for (const party of parties) {
      let partyBest = 0;
      let partyId: string | undefined;
      for (const [id, info] of present) {
        if (namesParty(subject, id, party, index) && info.weight > partyBest) {
          partyBest = info.weight;
          partyId = id;
        }
      }
      weight = Math.min(weight, partyBest);
      if (partyId) {
        ids.push(partyId);
        names.push(...(present.get(partyId)?.names ?? []));
      }
    }
    if (weight > best.weight) best = { weight, ids, names, direct: false };
  }
  return best;
}

/**
 * A role is named by its person alone when they held that title at one organisation only
 * ("Nadella became chief executive in February 2014"): the sentence names the person.
 */
function soleRoleOf(
  subject: Entity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): ReturnType<typeof coverageOf> | undefined {
  if (subject.kind !== 'role') return undefined;
  const [personId, orgId] = subject.parties ?? [];
  const person = index.entity(personId);
  const title = person?.roles?.find(
    (r) => r.of === orgId && subject.id === `${personId}--${r.title}--${orgId}`,
  )?.title;
  if (!person || !title || person.roles!.filter((r) => r.title === title).length !== 1)
    return undefined;
  // and no other organisation is named, whose role the sentence might give ("AWS, led by ...
  // since")
  const others = ctx.names.filter(
    (n) =>
      n.entityId !== personId &&
      n.entityId !== orgId &&
      index.entity(n.entityId)?.kind !== 'person',
  );
  if (!ctx.names.some((n) => n.entityId === personId) || others.length) return undefined;
  return { weight: 1, ids: [personId], names: [person.name], direct: true };
}

function dimensionFits(q: Quantity, fact: Fact): boolean {
  const v = fact.value;
  if (v.dim !== q.dim) return false;
  // "Nov. 4" in a 2026 text is no claim about a 2025 event: its year was a guess
  if (q.yearInferred && yearOf(v.min) !== yearOf(q.min)) return false;
  // a rate is a different quantity from a total: "$135 a share" is a price, "$1.25 billion a month"
  // no fact's
  if (q.per === 'share') return fact.property === 'price';
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

/** Power can only be capacity, a counted noun names its property: no cue word needed. */
function impliedByDimension(q: Quantity, fact: Fact): boolean {
  if (q.dim === 'power' || q.dim === 'count' || q.dim === 'ordinal') return true;
  if (q.dim === 'duration') return fact.property === 'term' && q.adjectival === true;
  return false;
}

/**
 * Credit for a subject that accounts for more of the names in and around the sentence: with
 * OpenAI and Oracle both named, the OpenAI–Oracle contract beats a fact about OpenAI alone.
 */
function explainedBonus(
  subject: Entity,
  present: ReturnType<typeof presentEntities>,
  index: ReferenceIndex,
): number {
  const own = [subject.id, ...(subject.parties ?? [])];
  let bonus = 0;
  for (const [id, info] of present) {
    // only names in the sentence itself: names around it would favour whatever deal they form
    if (info.weight >= 1 && own.some((o) => related(id, o, index))) bonus += 0.5;
  }
  return Math.min(bonus, 1.5);
}

/**
 * A little credit for a subject named close to the figure: it separates two deals in one sentence.
 * Names only around the sentence (a heading, a table's row) are weighed by coverage instead.
 */
function proximity(ids: string[], q: Quantity, ctx: SentenceContext): number {
  const distances: number[] = [];
  for (const id of ids) {
    const at = ctx.names.filter((n) => n.entityId === id).map((n) => Math.abs(n.start - q.start));
    if (at.length) distances.push(Math.min(...at));
  }
  if (!distances.length) return 0;
  return -Math.min(1, distances.reduce((a, b) => a + b, 0) / distances.length / 400);
}

/**
 * A fact's word that makes its value an addition to something: a figure written as a change may be
 * it.
 */
const ADDITION = /^(?:added|additional|extra|incremental|expanded)$/i;

/** Words that stand for the subject between another name and the figure. */
const REFERS_BACK =
  /\b(?:it|its|they|their|them|the (?:company|firm|startup|lab|group|deal|agreement|contract|round))\b/i;

/**
 * "valuing xAI at $80 billion and X at $33 billion": a capitalized word the data does not know,
 * right before "at $N", owns the figure, whatever names stand further back.
 */
function strangerOwns(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  const m = STRANGER_BEFORE.exec(ctx.text.slice(Math.max(0, start - 40), start));
  if (!m || COMMON_CAPITALS.test(m[1])) return false;
  const at = start - m[0].length + m[0].indexOf(m[1]);
  return !ctx.names.some((n) => n.start - ctx.offset <= at && at < n.end - ctx.offset);
}

const STRANGER_BEFORE =
  /(?:^|[\s(])([A-Z][\p{L}\p{N}&.-]*)\s+(?:at|of)\s+(?:(?:about|roughly|around|some|nearly)\s+)?$/u;
const COMMON_CAPITALS = new RegExp(
  String.raw`^(?:In|On|At|By|The|A|An|And|But|As|Of|For|From|To|IPO|CEO|CFO|Jan|Feb` +
    String.raw`|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March` +
    String.raw`|April|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY)\.?$`,
);

function listedPart(q: Quantity, ctx: SentenceContext): boolean {
  const colon = ctx.text.lastIndexOf(':', q.start - ctx.offset);
  if (colon < 0) return false;
  return ctx.quantities.filter((o) => o.dim === q.dim && o.start - ctx.offset > colon).length >= 2;
}

/**
 * Round labels name one round: a fact tagged "Series H" is not bound in a sentence about "Series E"
 * only; and a date in a sentence that names a round ("announced its Series E around 6 January")
 * is that round's, not another event's of the same company.
 */
function otherRound(fact: Fact, named: string[], isDate: boolean): boolean {
  if (named.length === 0) return false;
  const own = fact.cues
    .map((c) => ROUND_LABEL.exec(c)?.[1]?.toUpperCase())
    .filter((l): l is string => l !== undefined);
  return own.length > 0 ? !named.some((l) => own.includes(l)) : isDate;
}

const ROUND_LABEL = /^series ([a-z])$/i;
const ROUND_LABELS = /\bSeries ([A-Z])\b/g;

function aboutRow(subject: Entity, ctx: SentenceContext, index: ReferenceIndex): boolean {
  return (
    !ctx.rowKey?.length ||
    ctx.rowKey.some((id) => ownsName(subject, id, index) || speaksFor(subject, id, index))
  );
}

const SHARES_MOVED = new RegExp(
  String.raw`\b(?:shares?|stock)\s+(?:\w+\s+)?(?:rose|fell|jumped|climbed|gained` +
    String.raw`|dropped|slid|sank|surged|closed|ended|were|was|traded)\b(?:\s+(?:up` +
    String.raw`|down|about|roughly|nearly|by))*\s*$`,
  'i',
);

/**
 * The words right around a figure, in its clause: a little before it and a little after. A measure
 * the data has no property for there ("an operating loss of") is no fact's.
 */
function aroundFigure(q: Quantity, ctx: SentenceContext): [string, string] {
  const start = q.start - ctx.offset;
  const end = q.end - ctx.offset;
  // a comma between digits ("1,204") groups thousands and ends nothing
  const breaks = /(?<!\d),|,(?!\d)|[;:()]/;
  return [
    ctx.text
      .slice(Math.max(0, start - 30), start)
      .split(breaks)
      .pop() ?? '',
    ctx.text.slice(end, end + 25).split(breaks)[0],
  ];
}

/**
 * The words right around a figure (`around`: before it, after it) make it another measure than
 * the fact's: a run rate, not revenue; "Oracle shares rose 4%", a share move only.
 */
function otherMeasure(fact: Fact, q: Quantity, around: [string, string]): boolean {
  if (q.dim === 'percent' && fact.property !== 'share-move' && SHARES_MOVED.test(around[0]))
    return true;
  const words = OTHER_MEASURE[fact.property];
  return !!words && !fact.cues.some((c) => words.test(c)) && around.some((t) => words.test(t));
}
