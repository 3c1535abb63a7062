import type { ReferenceIndex } from '../reference/index';
import type { NameMention } from '../types';
import type { AttributionClaim } from './attribution';
import { NOT_NOW } from './role-phrases';

/**
 * A company given as a known person's own: "Sam Altman's OpenAI", "Elon Musk's startup xAI".
 * The claim is that the company is theirs (judge-attribution.ts); one the sentence already puts
 * them in a role at (`found`) is not asked again.
 */
export function ownedCompanies(
  text: string,
  names: NameMention[],
  index: ReferenceIndex,
  found: readonly AttributionClaim[],
): AttributionClaim[] {
  const kindOf = (n: NameMention): string | undefined => index.entity(n.entityId)?.kind;
  const people = names.filter((n) => kindOf(n) === 'person');
  const orgs = names.filter((n) => kindOf(n) === 'company');
  const out: AttributionClaim[] = [];
  for (const person of people) {
    if (found.some((c) => c.person === person)) continue;
    const org = orgs.find((o) => {
      const between = text.slice(person.end, o.start);
      return (
        o.start > person.end &&
        OWNED.test(between) &&
        !NOT_NOW.test(between) &&
        CLAUSE_GOES_ON.test(text.slice(o.end))
      );
    });
    if (org) out.push({ person, org, title: 'ceo', owned: true });
  }
  return out;
}

/**
 * A possessive, then nothing or a noun of a company with a few words before it ("'s AI company
 * ", "'s artificial intelligence startup "), and no word that sets the tie in the past.
 */
const OWNED = new RegExp(
  String.raw`^['’]s\s+(?:(?:(?:[a-z][\w-]*|AI)\s+){0,3}?` +
    String.raw`(?:company|startup|start-up|firm|lab|venture|outfit)\s+)?$`,
  'u',
);

/**
 * What may follow the company for it to be the person's: a verb, a break or a word that ends its
 * phrase ("Dario Amodei's OpenAI is", "..., which"); not a noun it qualifies ("Satya Nadella's
 * OpenAI bet", "Musk's Twitter acquisition"), which is the person's, not the company.
 */
const CLAUSE_GOES_ON = new RegExp(
  String.raw`^(?:\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:is|was|are|were|has|had|have|will|would|can|` +
    String.raw`could|may|might|must|should|did|does|says|said|and|or|which|that|who|now|also|` +
    String.raw`still|just|grew|rose|fell|won|lost|made|took|hit|set|saw|got|\w+ed)\b)`,
  'iu',
);
