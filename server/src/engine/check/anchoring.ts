import type { ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import type { SentenceContext } from '../reading';
import { opensReferring } from '../text/referring';
import { COMPARED_WITH, GOODS, STARTED_PARTICIPLE } from '../frame/words';
import { respectiveName } from '../frame/respectively';

/** Which name a figure hangs on, and whether that name is the subject's. */
export function related(a: string, b: string, index: ReferenceIndex): boolean {
  return a === b || index.lineage(a).includes(b) || index.lineage(b).includes(a);
}

/** The parties of a fact's subject, when it is a deal (none otherwise). */
export function partiesOf(fact: Fact, index: ReferenceIndex): readonly string[] {
  return index.entity(fact.subject)?.parties ?? NO_PARTIES;
}
const NO_PARTIES: readonly string[] = [];

/** The fact's subject, what it belongs to, and a deal's parties: whose naming names the fact. */
export function namingIds(fact: Fact, index: ReferenceIndex): string[] {
  return [...index.lineage(fact.subject), ...partiesOf(fact, index)];
}

/** Every one of `ids` (a deal's parties) is named, by itself or a kin, among `names`. */
export function allNamed(
  ids: readonly string[],
  names: NameMention[],
  index: ReferenceIndex,
): boolean {
  return ids.every((id) => names.some((n) => related(n.entityId, id, index)));
}

/**
 * How the figure hangs on a name. In English a figure follows what it is about ("Acme will
 * put in $3 billion and CloudCo $1 billion", "valuing Acme at $9 billion"): the
 * nearest name on its left in the same clause is its owner; failing that, a name right after it
 * ("$2 billion from Google"). Credit when that name is the subject or a party, a penalty when it is
 * some other entity: "the 4–5 million GPUs that Jensen Huang equated with 10 GW" is not Colossus's
 * 10 GW. Undefined when no name is attached.
 */
export function attachedName(q: Quantity, ctx: SentenceContext): NameMention | undefined {
  const clause = (from: number, to: number): boolean =>
    !CLAUSE_BREAK.test(ctx.text.slice(from - ctx.offset, to - ctx.offset));
  const agents = agentsOf(ctx);
  const left = ctx.names
    .filter(
      (n) => n.end <= q.start && q.start - n.end <= 80 && !agents.has(n) && !makesGoods(n, ctx),
    )
    .sort((a, b) => b.end - a.end)[0];
  // "the Trainium3 UltraServer has twice the 64 chips of a Trn2 UltraServer": a comparison hands
  // the figure to what is compared with, named after it
  const compared =
    left && COMPARISON.test(ctx.text.slice(left.end - ctx.offset, q.start - ctx.offset));
  // an appositive after the name is still about it: "Prometheus, the 1 GW Ohio cluster due online
  // in 2028", "Character.AI, founded in 2021 by ..."
  const appositive =
    left && APPOSITIVE.exec(ctx.text.slice(left.end - ctx.offset, q.start - ctx.offset));
  if (
    left &&
    (clause(left.end, q.start) ||
      (appositive && clause(left.end + appositive[0].length, q.start))) &&
    !compared
  )
    return left;
  const right = ctx.names
    .filter((n) => n.start >= q.end && n.start - q.end <= 20)
    .sort((a, b) => a.start - b.start)[0];
  const between = right && ctx.text.slice(q.end - ctx.offset, right.start - ctx.offset);
  if (
    right &&
    clause(q.end, right.start) &&
    !/\b(?:and|or|but|while|whereas|versus|vs)\b/.test(between!) &&
    !COMPARED_WITH.test(between!)
  )
    return right;
  return undefined;
}

/**
 * A maker's name that only says whose goods are meant ("house 10,000 Nvidia GPUs by 2027", "AMD
 * Instinct chips"): the goods are counted or dated, not the maker, so no figure hangs on it.
 */
function makesGoods(name: NameMention, ctx: SentenceContext): boolean {
  return GOODS_AFTER.test(ctx.text.slice(name.end - ctx.offset, name.end - ctx.offset + 60));
}
const GOODS_AFTER = new RegExp(String.raw`^(?:\s+[A-Z0-9][\w.-]*){0,3}\s+${GOODS}\b`);

const APPOSITIVE = new RegExp(String.raw`^,\s+(?:the|${STARTED_PARTICIPLE})\s`);

/** A participle after a date that turns to someone else: "since June 3, 2024, succeeding ...". */
const TURNS_TO = /^,\s+(?:succeeding|replacing|taking over from)\s+$|;/;

/**
 * Credit for the name a figure hangs on (`attachedName`): its own subject's, or a spokesperson's,
 * or another's.
 */
export function attachment(
  subject: Entity,
  name: NameMention | undefined,
  q: Quantity,
  index: ReferenceIndex,
): number {
  if (!name) return 0;
  if (ownsName(subject, name.entityId, index))
    return name.end <= q.start && q.start - name.end <= 5 ? 1 : 0.7;
  return speaksFor(subject, name.entityId, index) ? 0.5 : -0.5;
}

/**
 * Names that are the agents of a participle ("a round led by Lightspeed at $61.5 billion", "co-led
 * by Altimeter and Sequoia"): what a figure after them is about stands before them.
 */
function agentsOf(ctx: SentenceContext): Set<NameMention> {
  const out = new Set<NameMention>();
  let previous: NameMention | undefined;
  for (const n of ctx.names) {
    const before = ctx.text.slice((previous?.end ?? ctx.offset) - ctx.offset, n.start - ctx.offset);
    if (
      AGENT_BEFORE.test(before) ||
      (previous && out.has(previous) && listedAfter(ctx.text, previous, n, ctx.offset))
    )
      out.add(n);
    previous = n;
  }
  return out;
}

const AGENT_BEFORE = /\b(?:co-)?(?:led|backed|joined|anchored)\s+by\s+(?:the\s+)?$/i;
/**
 * Whether a name continues a list the name before it is in ("led by Dragoneer, Greenoaks and
 * Sequoia"), not a clause of its own ("..., and Yotta Lab has raised"). `offset`: where `text`
 * starts.
 */
export function listedAfter(
  text: string,
  previous: NameMention,
  n: NameMention,
  offset = 0,
): boolean {
  return (
    LIST_JOIN.test(text.slice(previous.end - offset, n.start - offset)) &&
    LIST_GOES_ON.test(text.slice(n.end - offset))
  );
}

const LIST_JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/i;
const LIST_GOES_ON = /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|&|as|at|in|on|for|with|to)\b)/i;

/** What ends a clause between a figure and a name: punctuation, brackets or a spaced dash. */
const CLAUSE_BREAK = /[,;:()]|\s[-\u2013\u2014]\s/;

const COMPARISON =
  /\b(?:than|twice|times|as (?:many|much|large|big) as|compared (?:with|to)|versus|vs\.?|unlike|like)\b/i;

/** Whether an entity named in the text is the subject or one of its parties. */
export function ownsName(subject: Entity, id: string, index: ReferenceIndex): boolean {
  return [subject.id, ...(subject.parties ?? [])].some((o) => namesParty(subject, id, o, index));
}

/**
 * Whether a name stands for one of a subject's own entities: the entity, a part of it or the
 * whole it belongs to; for a role, exactly the entity (AWS's chief is not Amazon's).
 */
export function namesParty(
  subject: Entity,
  id: string,
  party: string,
  index: ReferenceIndex,
): boolean {
  return subject.kind === 'role' ? id === party : related(id, party, index);
}

/**
 * A person speaks for the organisations they hold roles at ("Altman has said OpenAI will spend").
 */
export function speaksFor(subject: Entity, personId: string, index: ReferenceIndex): boolean {
  return (index.entity(personId)?.roles ?? []).some((r) => ownsName(subject, r.of, index));
}

/**
 * A date hangs on its subject by the name before it in its clause ("Microsoft's partnership with
 * OpenAI began in 2019"; a person stands for the organisations they lead), or, in a sentence that
 * names no one, on the subject it refers back to ("It was founded in 2015"). "It also has a Google
 * Cloud deal, finalised in May 2025" hangs the date on nothing: it is left alone.
 */
export function dateAttached(
  subject: Entity,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  // (a date listed "respectively" hangs on the name in its place of the list of names)
  const name = respectiveName(q, ctx) ?? attachedName(q, ctx);
  // with no name right by it, the date is the subject's when the sentence names only the subject
  // (a name after a turn to another person, ", succeeding Adam Selipsky", or in a clause of its
  // own after a semicolon, is not the date's)
  if (!name)
    return ctx.names.every(
      (n) =>
        ownsName(subject, n.entityId, index) ||
        (n.start >= q.end &&
          TURNS_TO.test(ctx.text.slice(q.end - ctx.offset, n.start - ctx.offset))),
    );
  if (PARTS.test(ctx.text.slice(name.end - ctx.offset, name.end - ctx.offset + 40))) return false;
  return ownsName(subject, name.entityId, index) || speaksFor(subject, name.entityId, index);
}

/**
 * A figure is firmly about a subject whose name stands before it or in its own clause: in "A $9.7
 * billion contract, announced the same day as OpenAI's AWS deal" the names come after, elsewhere.
 */
export function anchored(
  subject: Entity,
  ids: string[],
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  const inSentence = ctx.names.filter((n) => ids.includes(n.entityId));
  if (inSentence.length === 0) return true;
  // ("Ilya Sutskever has raised $1 billion for his new venture, SSI": one of its people, the
  // figure's agent before it, stands for the company)
  if (ctx.names.some((n) => n.end <= q.start && speaksFor(subject, n.entityId, index))) return true;
  // a sentence that opens by referring back to the subject ("The backlog stood at $300 billion,
  // and AWS had added ...") is anchored by that reference, wherever its name comes again
  if (
    ids.every((id) => (ctx.around.get(id) ?? 0) >= REFERRED) &&
    opensReferring(ctx.text.slice(0, q.start - ctx.offset))
  )
    return true;
  if (inSentence.some((n) => opensOnto(n, q, ctx))) return true;
  // a name in an aside (", which absorbed xAI in February,") anchors nothing outside it
  const asides = asidesOf(ctx);
  const aside = (n: NameMention): boolean =>
    asides.some(
      (a) => a.start <= n.start && n.end <= a.end && !(a.start <= q.start && q.end <= a.end),
    );
  // a comma between stacked modifiers ("a seven-year, $38 billion agreement") is no clause break;
  // a figure compared with what a name stands for ("$965 billion, above OpenAI's") is not the
  // name's
  return inSentence
    .filter((n) => !aside(n))
    .some(
      (n) =>
        n.end <= q.start ||
        (inClause(n, q, ctx) &&
          !COMPARED_WITH.test(ctx.text.slice(q.end - ctx.offset, n.start - ctx.offset))),
    );
}

/**
 * A figure in the phrase a sentence opens with, and the name right after its comma: the phrase is
 * said of the main clause's subject ("With a valuation of $340 billion, OpenAI is backed by ...",
 * "Valued at $8.6 billion, Cohere is ...").
 */
function opensOnto(n: NameMention, q: Quantity, ctx: SentenceContext): boolean {
  const comma = ctx.text.search(/[,;:]/);
  if (comma < 0 || ctx.text[comma] !== ',' || q.end - ctx.offset > comma) return false;
  const after = /^,\s+(?:the\s+)?/i.exec(ctx.text.slice(comma))?.[0].length ?? 0;
  return n.start - ctx.offset === comma + after;
}

/** A sentence's asides, where they stand in the document: read once, asked for every subject. */
function asidesOf(ctx: SentenceContext): { start: number; end: number }[] {
  let spans = asidesBySentence.get(ctx);
  if (!spans) {
    spans = [...ctx.text.matchAll(ASIDE)].map((m) => ({
      start: m.index + ctx.offset,
      end: m.index + m[0].length + ctx.offset,
    }));
    asidesBySentence.set(ctx, spans);
  }
  return spans;
}
const asidesBySentence = new WeakMap<SentenceContext, { start: number; end: number }[]>();

/**
 * How firmly a name around a sentence must be in view for the sentence's opening words to refer to
 * it.
 */
const REFERRED = 0.7;

/**
 * Whether a name and a figure stand in one clause (a comma between stacked modifiers does not part
 * them).
 */
export function inClause(n: NameMention, q: Quantity, ctx: SentenceContext): boolean {
  const between =
    n.end <= q.start
      ? ctx.text.slice(n.end - ctx.offset, q.start - ctx.offset)
      : ctx.text.slice(q.end - ctx.offset, n.start - ctx.offset);
  return !CLAUSE_BREAK.test(between.replace(/,\s*(?=[$€£\d])/g, ' '));
}

/** A non-restrictive relative clause or appositive aside: ", which ... ," / ", who ... ,". */
const ASIDE = /,\s*(?:which|who|whose|whom)\b[^,;:()]*,/giu;

/**
 * Parts of an organisation: "OpenAI's for-profit arm was created in 2019" is the arm's date, not
 * OpenAI's.
 */
const PARTS = new RegExp(
  String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:arm|unit|division|subsidiary|lab|labs` +
    String.raw`|foundation|fund|venture|office|campus|team|group|business|entity` +
    String.raw`|nonprofit|for-profit|board|app|service|platform|product|chip|model` +
    String.raw`|data cent(?:er|re)|site|cluster)\b`,
  'iu',
);
