import { ownsName } from '../check/anchoring';
import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import { apposedTo } from './owner';

/**
 * Whether a capacity written as one site's ("a huge 1-GW data center in Michigan", "its 1.2 GW
 * campus in Abilene") is another thing than the fact's subject: a site the data knows, named right
 * after the site's noun, that the fact is not of; or, for a programme, a company or a site, one
 * site the sentence does not name as the fact's.
 */
export function capacityOfAnotherSite(
  fact: Fact,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  const end = q.end - ctx.offset;
  const site = SITE_NOUN.exec(ctx.text.slice(end));
  if (!site) return false;
  const to = end + site[0].length + SITE_NAME_AFTER;
  // (names carry their offsets in the block, as figures do)
  const after = (n: NameMention): boolean =>
    n.start - ctx.offset >= end && n.start - ctx.offset < to;
  // a known site named there has the figure, whoever else the sentence names (a deal is often one
  // site, but not this one)
  const named = ctx.names.find((n) => after(n) && index.entity(n.entityId)?.kind === 'site');
  if (named) return !ownedBy(fact, named.entityId, index);
  // (a deal that is one site has it: "xAI and Humain plan a 500 MW data center")
  const subject = index.entity(fact.subject);
  if (!SITE_HOLDERS.has(subject?.kind ?? '') || subject?.oneSite) return false;
  const one = ONE_OF.exec(ctx.text.slice(0, q.start - ctx.offset));
  if (!one) return false;
  // "Hyperion, a 5 GW campus", "a 1.2 GW campus in Abilene": a name in apposition, or right after
  // the site's noun, is the site's
  return !ctx.names.some(
    (n) => (apposedTo(n, one.index, ctx) || after(n)) && ownedBy(fact, n.entityId, index),
  );
}

/** The name is the fact's subject or one of its parties, a part or the whole of either. */
export function ownedBy(fact: Fact, id: string, index: ReferenceIndex): boolean {
  const subject = index.entity(fact.subject);
  return subject !== undefined && ownsName(subject, id, index);
}

/** An article or "one" before a figure, and at most two words: "a huge 1-GW", "another 300 MW". */
const ONE_OF = /\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * A site's noun right after its capacity: "1-GW data center", "300 MW campus in Texas"; or a
 * venture's, which is a thing of its own: "a 4.5GW joint venture".
 */
const SITE_NOUN = new RegExp(
  String.raw`^[\s-]*(?:[\w-]+\s+){0,2}?(?:data[- ]cent(?:er|re)s?|campus(?:es)?|sites?` +
    String.raw`|facilit(?:y|ies)|plants?|(?:joint\s+)?ventures?)\b`,
  'i',
);
/**
 * Entities whose capacity no one site has unless it is named so: a programme (Stargate), a company
 * (AWS), a site itself (Abilene), which another site ("a campus in Wyoming") is not, and a deal,
 * unless the data says it is one site.
 */
const SITE_HOLDERS = new Set(['project', 'company', 'site', 'deal']);
/** How far after a site's noun a name of the site stands: "campus in Abilene". */
const SITE_NAME_AFTER = 15;
