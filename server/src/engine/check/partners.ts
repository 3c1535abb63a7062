import type { ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import { inClause, related } from './anchoring';
import { candidatesFor } from './bind';
import type { Candidate } from './candidate';
import type { SentenceContext } from '../reading';
import { MARGIN, supports } from './judge';
import { statesValue } from './tolerance';

/**
 * A deal's partner written wrong: the figure is the deal's, but the name beside it is not its
 * party.
 */
export interface SwappedPartner {
  /** the name as written, in block offsets */
  name: NameMention;
  /** the party the data has instead */
  partner: Entity;
  fact: Fact;
  /** the headings name the party put in: the article is about its deal, and the name slipped */
  headlined?: true;
}

const PARTNER_BEFORE = /\b(?:with|from|to|into)\s+(?:the\s+)?$/i;
const IDENTIFYING = new Set<Quantity['dim']>(['money', 'power']);

/** How firmly a figure must bind once the right partner stands in for the written one. */
const FIRM_COVERAGE = 0.7;

/**
 * A figure no fact could be bound to, because the partner named with it is not the deal's: put
 * the deal's other party where the written one stands ("spend $50 billion with CoreWeave" for
 * Anthropic's Fluidstack build) and the figure binds firmly to that deal, and agrees with it,
 * while the written partner has no deal of that kind with the company at all. One such partner
 * only, and none that fits as well named in view (then the figure may be that one's, slipped to
 * the name written), or nothing is said. For a figure bound to the written partner's deal and
 * `contradicted` by it, that deal does not stand in the way: the figure or the partner slipped.
 */
export function swappedPartner(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  contradicted?: Fact,
): SwappedPartner | undefined {
  // only a sum or a capacity says which deal it is; a date, a term or a share fits too many
  if (!IDENTIFYING.has(q.dim)) return undefined;
  const companies = ctx.names.filter(
    (n) => !n.misspelled && index.entity(n.entityId)?.kind === 'company',
  );
  const found: SwappedPartner[] = [];
  // a party fitting as well that is named in view: the figure may be its, slipped to the name
  let rivalInView = false;
  // the binding with one partner put in depends on the partner, not on which of its deals is tried
  const bindings = new Map<string, Candidate[]>();
  const contradictedParties = contradicted && index.entity(contradicted.subject)?.parties;
  for (const written of companies) {
    if (!standsAsPartner(written, q, ctx)) continue;
    const named = namedBeside(written, ctx, index);
    for (const other of companies) {
      if (related(other.entityId, written.entityId, index)) continue;
      // (a figure the written partner's own deal contradicts: the figure or the partner slipped)
      const theirs =
        contradictedParties?.includes(written.entityId) &&
        contradictedParties.includes(other.entityId);
      for (const deal of index.involving(other.entityId)) {
        const partner = otherParty(deal, other.entityId, index);
        if (!partner || related(partner.id, written.entityId, index)) continue;
        if (!theirs && hasDealWith(other.entityId, written.entityId, deal, index)) continue;
        const fact = firmlyBound(q, ctx, { written, partner, deal }, index, bindings);
        if (!fact) continue;
        if ([...named].some((id) => related(id, partner.id, index))) rivalInView = true;
        else found.push({ name: written, partner, fact });
      }
    }
  }
  return rivalInView ? undefined : likeliest(found, q, ctx, index);
}

/** Of the swaps found, the one partner they agree on, if they do. */
function likeliest(
  found: SwappedPartner[],
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): SwappedPartner | undefined {
  // (the article's subject, which its headings name, before a partner named nowhere)
  const headed = found.filter((f) => ctx.headed?.some((id) => related(id, f.partner.id, index)));
  const likely = headed.length ? headed.map((f) => ({ ...f, headlined: true as const })) : found;
  const stated = likely.filter((f) => statesValueOf(q, f.fact));
  // (a bound, "up to $10 billion", falls within too many deals: only one whose value it states)
  if (q.hedge === 'at-most' || q.hedge === 'at-least') return onePartner(stated);
  return onePartner(likely) ?? onePartner(stated);
}

/** How near a figure must be to a deal's value to state it ("$12 billion" for $11.9 billion). */
const STATED_SHARE = 0.1;
const statesValueOf = (q: Quantity, fact: Fact): boolean =>
  statesValue(q, fact.value, STATED_SHARE);

/**
 * The swap when all found put in the same partner, else none: two deals' parties fit as well.
 * (Asked again of the swaps whose value the figure states, which weigh over those it merely falls
 * within.)
 */
function onePartner(found: SwappedPartner[]): SwappedPartner | undefined {
  return found.length && found.every((f) => f.partner.id === found[0].partner.id)
    ? found[0]
    : undefined;
}

/**
 * Whether a company is written as a party: "with CoreWeave", "from Nebius", "into xAI", or the one
 * that "signed a $12 billion deal", in the figure's clause.
 */
function standsAsPartner(written: NameMention, q: Quantity, ctx: SentenceContext): boolean {
  if (!inClause(written, q, ctx)) return false;
  if (PARTNER_BEFORE.test(ctx.text.slice(0, written.start - ctx.offset))) return true;
  return (
    written.end <= q.start &&
    SIGNED_BETWEEN.test(ctx.text.slice(written.end - ctx.offset, q.start - ctx.offset))
  );
}

/**
 * From a company to the sum of the deal it made or the money it put in: " swooped in and signed a ",
 * " agreed a ", " intends to invest ".
 */
const SIGNED_BETWEEN = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,4}?(?:signed|struck|inked|sealed|agreed|clinched|` +
    String.raw`invest(?:s|ed)?|commit(?:s|ted)?|pledge[sd]?|pour(?:s|ed)?)\s+` +
    String.raw`(?:(?:a|an|its|the)\s+)?(?:[\p{L}-]+\s+){0,2}?$`,
  'iu',
);

/**
 * The entities named in and around the sentence, in view of the writer. An entity the headings
 * name, where they do not name the written partner, is the article's subject and no rival: "Google
 * readies $40 billion for Anthropic" over "Amazon will invest $10 billion at once" (Google's sum).
 */
function namedBeside(
  written: NameMention,
  ctx: SentenceContext,
  index: ReferenceIndex,
): Set<string> {
  const named = new Set([...ctx.names.map((n) => n.entityId), ...ctx.around.keys()]);
  const headed = ctx.headed ?? [];
  if (headed.some((id) => related(id, written.entityId, index))) return named;
  for (const id of headed) if (!ctx.names.some((n) => n.entityId === id)) named.delete(id);
  return named;
}

/** The other party of a deal between two, `company` and another, if it is one. */
function otherParty(deal: Entity, company: string, index: ReferenceIndex): Entity | undefined {
  if (deal.parties?.length !== 2) return undefined;
  const partnerId = deal.parties.find((p) => !related(p, company, index));
  return partnerId ? index.entity(partnerId) : undefined;
}

/** A deal's party to try in place of the partner written. */
interface Swap {
  /** the partner as written */
  written: NameMention;
  /** the deal's other party, put in its place */
  partner: Entity;
  deal: Entity;
}

/**
 * The deal's fact a figure binds to firmly, and agrees with, once the deal's party stands where
 * the written partner stands; undefined when it binds elsewhere or loosely.
 */
function firmlyBound(
  q: Quantity,
  ctx: SentenceContext,
  swap: Swap,
  index: ReferenceIndex,
  bindings: Map<string, Candidate[]>,
): Fact | undefined {
  // the binding is of use only where the deal has a fact the figure agrees with: without one, no
  // binding is looked for (most deals tried have none)
  if (!index.factsAbout(swap.deal.id).some((f) => supports(q, f))) return undefined;
  const key = `${swap.written.start}|${swap.partner.id}`;
  let candidates = bindings.get(key);
  if (!candidates) {
    const swapped: SentenceContext = {
      ...ctx,
      names: ctx.names.map((n) => (n === swap.written ? { ...n, entityId: swap.partner.id } : n)),
    };
    bindings.set(key, (candidates = candidatesFor(q, swapped, index)));
  }
  // (of the bindings about as good as the best, the one the figure agrees with: a deal's two
  // agreements with one partner are told apart by their values, and a sum stated outweighs a
  // ceiling it falls under, "$10 billion" now of "up to $40 billion")
  const best = candidates[0]?.score ?? 0;
  const agreeing = candidates.filter((c) => c.score > best - MARGIN && supports(q, c.fact));
  const stated = agreeing.filter((c) => statesValueOf(q, c.fact));
  // (two deals with the partner put in, of one value, "$4 billion" twice, name the same partner:
  // the figure is either's)
  const pool = stated.length === 1 ? stated : agreeing;
  const [top, ...more] = pool.filter((c) => c.fact.subject === swap.deal.id);
  const elsewhere = pool.some(
    (c) => c.fact.subject !== swap.deal.id && !partyTo(c.fact.subject, swap.partner.id, index),
  );
  if (!top || more.length || elsewhere) return undefined;
  if (top.coverage < FIRM_COVERAGE || !top.strongCue || !top.anchored) return undefined;
  return top.fact;
}

/** Whether an entity is a deal `party` is a party to. */
function partyTo(deal: string, party: string, index: ReferenceIndex): boolean {
  return index.entity(deal)?.parties?.includes(party) === true;
}

/**
 * Whether the data has a deal of the same kind between the two companies: then the written one may
 * be right.
 */
function hasDealWith(
  company: string,
  partner: string,
  like: Entity,
  index: ReferenceIndex,
): boolean {
  const kinds = new Set(index.factsAbout(like.id).map((f) => f.property));
  return index
    .involving(company)
    .some(
      (d) =>
        d.parties?.some((p) => related(p, partner, index)) &&
        index.factsAbout(d.id).some((f) => kinds.has(f.property)),
    );
}
