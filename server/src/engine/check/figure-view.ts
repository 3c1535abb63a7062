import type { ClaimFrame } from '../frame/frame';
import { frameOf } from '../frame/frame';
import type { SentenceContext } from '../reading';
import { roleSubjectId, type ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import {
  anchored,
  attachedName,
  attachment,
  inClause,
  namesParty,
  ownsName,
  related,
  speaksFor,
} from './anchoring';
import { aggregate, leadsSentence } from './cues';
import { strangerOwns } from './stranger';
import { claimIdentified } from './implied';
import { datesClause, ownsDate } from '../frame/own-date';
import type { FigureDates } from './time';
import { roundLabelsIn } from './round-terms';
import { COMPANY_NOUNS } from '../frame/words';

// What binding reads off a figure and its sentence once (FigureView), and off each subject the
// figure may be about once (SubjectView), before any fact of the subject is weighed.

/** What binding reads off a figure and its sentence, whatever the fact. */
export interface FigureView {
  q: Quantity;
  ctx: SentenceContext;
  index: ReferenceIndex;
  /** the words right around the figure in its clause: a little before it and a little after */
  around: [string, string];
  /** what the figure claims, from its own clause (frame/frame.ts); read when first needed */
  frame: () => ClaimFrame;
  /** entity ids named in the sentence (weight 1) or around it (weight < 1) */
  present: PresentEntities;
  /** a sum ("taken together, 26 GW"): a fact only where the data records the total */
  sum: boolean;
  /** a date in a label's brackets ("**AMD (October 6, 2025).** ...") */
  labelDate: boolean;
  /** a date that leads its sentence, or a label's */
  leading: boolean;
  /** which of the sentence's dates are this figure's own, and which date it by their place */
  dates: FigureDates;
  /** the name the figure hangs on, if any */
  owner?: NameMention;
  ownerOnLeft: boolean;
  /** a word between that name and the figure refers back to the subject ("... valued it at") */
  refersBack: boolean;
  /** a capitalized word the data does not know owns the figure ("X at $33 billion") */
  stranger: boolean;
  /** round labels the sentence names ("Series E") */
  rounds: string[];
}

/** What binding knows of one subject a figure may be about, worked out once for all its facts. */
export interface SubjectView {
  subject: Entity;
  /** the subject's facts of the figure's kind */
  facts: readonly Fact[];
  coverage: Coverage;
  /** how the figure hangs on the subject's name: > 0 on it, < 0 on another's (anchoring.ts) */
  attached: number;
  /** credit for accounting for the names in the sentence, and for the figure hanging on it */
  explained: number;
  /** a name of the subject stands before the figure or in its clause (see `anchoredOn`) */
  anchored: boolean;
  /** a little less credit the further the subject's names stand from the figure */
  near: number;
  /** a name covering the subject stands before the figure in its sentence */
  namedBefore: boolean;
  /** the figure's label names the subject or a party of it */
  inLabel: boolean;
  /** the subject is named only around the sentence, and another company as firmly (`contested`) */
  contested: boolean;
}

/** How well the text names a subject: its weight, the ids and names that name it. */
export interface Coverage {
  weight: number;
  ids: string[];
  names: string[];
  /** the subject itself is named, not only its parties */
  direct: boolean;
}

type PresentEntities = Map<string, { weight: number; names: string[] }>;

/** Reads a figure's view; `around` is passed in, read before, to rule out foreign measures. */
export function viewOfFigure(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  around: [string, string],
): FigureView {
  let frame: ClaimFrame | undefined;
  const frameNow = (): ClaimFrame => (frame ??= frameOf(q, ctx, index));
  // an implied subject counts only for an identified claim
  const implied = ctx.implied && claimIdentified(q, frameNow()) ? ctx.implied : undefined;
  const labelDate =
    q.dim === 'date' &&
    LABEL_DATE_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)) &&
    LABEL_DATE_AFTER.test(ctx.text.slice(q.end - ctx.offset));
  const owner = attachedName(q, ctx);
  const refersBack =
    owner !== undefined &&
    REFERS_BACK.test(
      owner.end <= q.start
        ? ctx.text.slice(owner.end - ctx.offset, q.start - ctx.offset)
        : ctx.text.slice(q.end - ctx.offset, owner.start - ctx.offset),
    );
  return {
    q,
    ctx,
    index,
    around,
    frame: frameNow,
    present: presentEntities(q, ctx, index, implied),
    sum: aggregate(ctx, q),
    labelDate,
    leading: q.dim === 'date' && (labelDate || leadsSentence(q, ctx)),
    dates: {
      owned: ctx.dates.map((d) => d.inSentence && ownsDate(d, q, ctx)),
      placed: ctx.dates.map((d) => d.inSentence && datesClause(d, q, ctx)),
    },
    owner,
    ownerOnLeft: owner !== undefined && owner.end <= q.start,
    refersBack,
    stranger: strangerOwns(q, ctx),
    rounds: roundLabelsIn(ctx.text),
  };
}

/** Every subject a figure may be about: the entities present, their wholes, and their deals. */
export function subjectsOf({ present, index }: FigureView): Set<string> {
  const subjects = new Set<string>();
  for (const id of present.keys()) {
    for (const e of [id, ...index.lineage(id)]) {
      subjects.add(e);
      for (const deal of index.involving(e)) subjects.add(deal.id);
    }
  }
  return subjects;
}

/** How firmly the text names a subject: by its person alone for a sole role, else its coverage. */
export function coverageOfSubject(view: FigureView, subject: Entity): Coverage {
  return soleRoleOf(subject, view.ctx, view.index) ?? coverageOf(subject, view.present, view.index);
}

/**
 * The rest of a subject's view, once it has passed the subject's requirements. Anchored: a leading
 * date belongs to the clause after it, names and all; in a table, the subject is what the row is
 * about (its first cell names it, or nothing); and the figure does not hang on another entity's
 * name ("SoftBank led a $40 billion round") unless a name of the subject stands in its clause or a
 * word refers back to it ("... led by ICONIQ valued it at").
 */
export function viewOfSubject(
  view: FigureView,
  subject: Entity,
  facts: readonly Fact[],
  coverage: Coverage,
): SubjectView {
  const { q, ctx, index } = view;
  const attached = attachment(subject, view.owner, q, index);
  const hangsElsewhere =
    attached < 0 &&
    view.ownerOnLeft &&
    !view.refersBack &&
    !ctx.names.some((n) => coverage.ids.includes(n.entityId) && inClause(n, q, ctx));
  const namedBefore = ctx.names.some((n) => n.end <= q.start && coverage.ids.includes(n.entityId));
  const isAnchored =
    (view.leading || anchored(subject, coverage.ids, q, ctx, index)) &&
    aboutRow(subject, ctx, index) &&
    !hangsElsewhere &&
    !view.stranger;
  return {
    subject,
    facts,
    coverage,
    attached,
    explained: explainedBonus(subject, view.present, index) + attached,
    anchored: isAnchored,
    near: proximity(coverage.ids, q, ctx),
    namedBefore,
    // the label names the subject or a party of it ("**AMD (October 6, 2025).**" for the AMD deal)
    inLabel: view.labelDate && namedBefore,
    contested: contested(subject, coverage, view),
  };
}

/** A sentence whose subject refers back to a company: "The company was valued", "It raised". */
const REFERRED_TO = new RegExp(String.raw`^\W*(?:the ${COMPANY_NOUNS}|it|its)\b`, 'i');

/**
 * "The company was valued at $18 billion" after paragraphs about Anthropic and Databricks: a
 * subject named only around the sentence is the one meant only when no other company is named
 * as firmly around it (a company the sentence names is not what its "the company" refers to).
 */
function contested(
  subject: Entity,
  coverage: Coverage,
  { present, index, ctx }: FigureView,
): boolean {
  if (coverage.weight >= 1 || !REFERRED_TO.test(ctx.text)) return false;
  const ours = [subject.id, ...coverage.ids];
  for (const [id, { weight }] of present) {
    // (a company the sentence names is no referent of its "the company")
    if (weight < coverage.weight || weight >= 1 || index.entity(id)?.kind !== 'company') continue;
    if (!ours.some((o) => related(o, id, index))) return true;
  }
  return false;
}

const LABEL_DATE_BEFORE = /^[\s*_#>]*(?:\d+\.\s+)?\p{Lu}[^()\n]{0,40}\(\s*$/u;

const LABEL_DATE_AFTER = /^\s*\)[*_]*\s*[.:]/;

/**
 * Entity ids named in the sentence (weight 1) or around it (weight < 1), with where in the
 * sentence.
 */
function presentEntities(
  q: Quantity,
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
  for (const n of ctx.names) {
    if (possessorOfAnother(n, q, ctx) || headsAnother(n, q, ctx)) continue;
    note(n.entityId, 1, index.entity(n.entityId)?.name ?? n.text);
  }
  for (const [id, w] of [...ctx.around, ...(implied ?? [])]) note(id, w, index.entity(id)?.name);
  return out;
}

/**
 * A name whose possessive stands just before another figure of the sentence ("a round that took it beyond
 * Anthropic's $380 billion") names that figure's subject, not this one's: the sentence's other figures are
 * about what else it names. Not a date ("OpenAI's 2026 round"): a date says when, not what.
 */
function possessorOfAnother(n: NameMention, q: Quantity, ctx: SentenceContext): boolean {
  // the sentence's first name is what it is about ("OpenAI's $38 billion contract ... is expanded
  // by $100 billion"), whatever it owns
  if (ctx.names.every((m) => m.start >= n.start)) return false;
  return ctx.quantities.some(
    (o) =>
      o !== q &&
      o.dim !== 'date' &&
      o.start >= n.end &&
      POSSESSIVE_JUST_BEFORE.test(ctx.text.slice(n.end - ctx.offset, o.start - ctx.offset)),
  );
}

/**
 * A name that heads another figure of the sentence, in parallel with a name heading this one
 * ("xAI stock was valued at $57.46 a share, and SpaceX at $526.59"), is that figure's subject only.
 */
function headsAnother(n: NameMention, q: Quantity, ctx: SentenceContext): boolean {
  const heads = (m: NameMention, o: Quantity): boolean =>
    o.start >= m.end && HEADS_AT.test(ctx.text.slice(m.end - ctx.offset, o.start - ctx.offset));
  return (
    ctx.names.some((m) => m.entityId !== n.entityId && heads(m, q)) &&
    ctx.quantities.some((o) => o !== q && o.dim === q.dim && heads(n, o))
  );
}

/** A name, up to three lower-case words, and "at": "SpaceX at", "xAI stock was valued at". */
const HEADS_AT = /^\s+(?:[a-z]+\s+){0,3}at\s+$/;

/** "'s" and at most one lower-case word between a name and a figure: "'s", "'s latest" */
const POSSESSIVE_JUST_BEFORE = /^['’]s\s+(?:[a-z][\w-]*\s+)?$/;

/**
 * How well the text names a fact's subject: the subject itself, or every one of its parties
 * (a party is named when the text names it, a part of it or the whole it belongs to).
 */
function coverageOf(
  subject: Entity,
  present: PresentEntities,
  index: ReferenceIndex,
): {
  weight: number;
  ids: string[];
  names: string[];
  direct: boolean;
} {
  const direct = present.get(subject.id);
  const parties = subject.parties ?? [];
  // most subjects weighed are neither named nor made of parties: one answer for all of them
  if (!direct && !parties.length) return NOT_NAMED;
  // the parties' coverage is the weakest party's: worked out without a list until it is known to
  // beat the subject's own (most deals weighed have a party the text does not name)
  if (parties.length && partiesWeight(subject, parties, present, index) > (direct?.weight ?? 0))
    return partiesCoverage(subject, parties, present, index);
  return direct
    ? { weight: direct.weight, ids: [subject.id], names: direct.names, direct: true }
    : NOT_NAMED;
}

/** The weight of the party named most firmly (0 when none is named). */
function partyWeight(
  subject: Entity,
  party: string,
  present: PresentEntities,
  index: ReferenceIndex,
): { weight: number; id?: string } {
  let weight = 0;
  let partyId: string | undefined;
  // by key, not by entry: this runs for every subject of every figure
  for (const id of present.keys()) {
    const { weight: w } = present.get(id)!;
    if (namesParty(subject, id, party, index) && w > weight) {
      weight = w;
      partyId = id;
    }
  }
  return { weight, id: partyId };
}

/** How firmly the text names every party: its least named party's weight, at most 1. */
function partiesWeight(
  subject: Entity,
  parties: string[],
  present: PresentEntities,
  index: ReferenceIndex,
): number {
  let weight = 1;
  for (const party of parties) {
    let partyBest = 0;
    for (const id of present.keys()) {
      const w = present.get(id)!.weight;
      if (w > partyBest && namesParty(subject, id, party, index)) partyBest = w;
    }
    weight = Math.min(weight, partyBest);
    // a party not named leaves the parties unnamed, whatever the others
    if (weight === 0) return 0;
  }
  return weight;
}

/** A subject's coverage by its parties: the weakest one's weight, and what names each. */
function partiesCoverage(
  subject: Entity,
  parties: string[],
  present: PresentEntities,
  index: ReferenceIndex,
): Coverage {
  let weight = 1;
  const ids: string[] = [];
  const names: string[] = [];
  for (const party of parties) {
    const named = partyWeight(subject, party, present, index);
    weight = Math.min(weight, named.weight);
    if (named.id) {
      ids.push(named.id);
      names.push(...(present.get(named.id)?.names ?? []));
    }
  }
  return { weight, ids, names, direct: false };
}

/** The coverage of a subject neither named nor made of parties (frozen: it is shared). */
const NOT_NAMED: Coverage = Object.freeze({
  weight: 0,
  ids: Object.freeze([]) as unknown as string[],
  names: Object.freeze([]) as unknown as string[],
  direct: false,
});

/**
 * A role is named by its person alone when they held that title at one organisation only
 * ("Nadella became chief executive in February 2014"): the sentence names the person.
 */
function soleRoleOf(
  subject: Entity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): Coverage | undefined {
  if (subject.kind !== 'role') return undefined;
  const person = soleHolderOf(subject, index);
  if (!person) return undefined;
  const [personId, orgId] = subject.parties!;
  // and no other organisation is named, whose role the sentence might give ("AWS, led by ...
  // since")
  const other = (n: NameMention): boolean =>
    n.entityId !== personId && n.entityId !== orgId && index.entity(n.entityId)?.kind !== 'person';
  if (!ctx.names.some((n) => n.entityId === personId) || ctx.names.some(other)) return undefined;
  return { weight: 1, ids: [personId], names: [person.name], direct: true };
}

/**
 * The person of a role subject who held its title at its organisation only, if so: the same for
 * every figure, so worked out once per subject and data.
 */
function soleHolderOf(subject: Entity, index: ReferenceIndex): Entity | undefined {
  let byRole = soleHolders.get(index);
  if (!byRole) soleHolders.set(index, (byRole = new WeakMap()));
  let holder = byRole.get(subject);
  if (holder === undefined) {
    const [personId, orgId] = subject.parties ?? [];
    const person = index.entity(personId);
    const title = person?.roles?.find(
      (r) => r.of === orgId && subject.id === roleSubjectId(personId, r.title, orgId),
    )?.title;
    const sole = person && title && person.roles!.filter((r) => r.title === title).length === 1;
    holder = sole ? person : null;
    byRole.set(subject, holder);
  }
  return holder ?? undefined;
}

const soleHolders = new WeakMap<ReferenceIndex, WeakMap<Entity, Entity | null>>();

/**
 * Credit for a subject that accounts for more of the names in and around the sentence: with
 * OpenAI and Oracle both named, the OpenAI–Oracle contract beats a fact about OpenAI alone.
 */
function explainedBonus(subject: Entity, present: PresentEntities, index: ReferenceIndex): number {
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

/** Words that stand for the subject between another name and the figure. */
const REFERS_BACK =
  /\b(?:it|its|they|their|them|the (?:company|firm|startup|lab|group|deal|agreement|contract|round))\b/i;

function aboutRow(subject: Entity, ctx: SentenceContext, index: ReferenceIndex): boolean {
  return (
    !ctx.rowKey?.length ||
    ctx.rowKey.some((id) => ownsName(subject, id, index) || speaksFor(subject, id, index))
  );
}

/**
 * The words right around a figure, in its clause: a little before it and a little after. A measure
 * the data has no property for there ("an operating loss of") is no fact's.
 */
export function aroundFigure(q: Quantity, ctx: SentenceContext): [string, string] {
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
