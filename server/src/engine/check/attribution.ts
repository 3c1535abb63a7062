import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Entity, Role } from '../reference/types';
import type { NameMention } from '../types';

/** Role titles as writers put them, mapped to the data's titles. */
const TITLE_WORDS: [RegExp, string][] = [
  [/^(?:co-?CEO|co-chief executive(?: officer)?)$/i, 'co-ceo'],
  [/^(?:CEO|chief executive(?: officer)?|boss)$/i, 'ceo'],
  [/^(?:CFO|chief financial officer|finance chief)$/i, 'cfo'],
  [/^(?:CTO|chief technology officer)$/i, 'cto'],
  [/^president$/i, 'president'],
  [/^(?:executive chair(?:man|woman)?)$/i, 'executive-chair'],
  [/^(?:chair(?:man|woman|person)?)$/i, 'chair'],
];
const TITLE = String.raw`co-?CEO|co-chief executive(?: officer)?|CEO|chief executive(?: officer)?|boss|CFO|chief financial officer|finance chief|CTO|chief technology officer|president|executive chair(?:man|woman)?|chair(?:man|woman|person)?`;
/** Words that move a title out of the present ("former CEO"): the check stays silent then. */
const NOT_NOW = /\b(?:former|then|ex-|previous|onetime|one-time|founding|outgoing|incoming|interim|acting|future)\b/i;

export interface AttributionClaim {
  person: NameMention;
  org: NameMention;
  title: string;
}

/**
 * Finds "ORG TITLE PERSON" ("AWS chief executive Matt Garman", "Amazon's CEO, Andy Jassy"),
 * "PERSON, (the) TITLE of ORG" and "PERSON, ORG's TITLE" in a sentence.
 */
export function findAttributions(text: string, names: NameMention[], index: ReferenceIndex): AttributionClaim[] {
  const kindOf = (n: NameMention): string | undefined => index.entity(n.entityId)?.kind;
  const people = names.filter((n) => kindOf(n) === 'person');
  const orgs = names.filter((n) => kindOf(n) !== 'person');
  const out: AttributionClaim[] = [];
  for (const person of people) {
    for (const org of orgs) {
      const title = org.end <= person.start
        ? between(text, org.end, person.start, new RegExp(String.raw`^(?:['’]s)?\s+(?:own\s+|new\s+)?(${TITLE}),?\s+$`, 'i'))
          ?? between(text, org.end, person.start, new RegExp(String.raw`^\s+(?:and\s+)?(${TITLE})\s+$`, 'i'))
        : between(text, person.end, org.start, new RegExp(String.raw`^,\s+(?:the\s+|its\s+)?(?:(${TITLE})\s+(?:of|at)\s+)$`, 'i'))
          ?? between(text, person.end, org.start, /^,\s+$/i, text.slice(org.end).match(new RegExp(String.raw`^(?:['’]s)?\s+(${TITLE})\b`, 'i'))?.[1]);
      if (!title) continue;
      if (claims(out, person)) continue;
      const context = text.slice(Math.max(0, Math.min(org.start, person.start) - 12), Math.max(org.end, person.end));
      if (NOT_NOW.test(context)) continue;
      out.push({ person, org, title });
    }
  }
  // "At Anthropic, Dario Amodei is chief executive": the title follows the person, the
  // organisation is the one company the sentence names.
  const companies = orgs.filter((o) => index.entity(o.entityId)?.kind === 'company');
  for (const person of people) {
    if (claims(out, person)) continue;
    const written = new RegExp(String.raw`^\s+(?:is|was named|became|serves as|remains)\s+(?:the\s+|its\s+)?(${TITLE})\b(?!\s+(?:of|at)\b)`, 'i').exec(text.slice(person.end))?.[1];
    const title = written && TITLE_WORDS.find(([w]) => w.test(written))?.[1];
    if (!title || companies.length !== 1 || NOT_NOW.test(text.slice(Math.max(0, person.start - 12), person.end + 40))) continue;
    out.push({ person, org: companies[0], title });
  }
  return out;
}

function claims(out: AttributionClaim[], person: NameMention): boolean {
  return out.some((c) => c.person === person);
}

function between(text: string, from: number, to: number, re: RegExp, given?: string): string | undefined {
  if (to < from || to - from > 40) return undefined;
  const m = re.exec(text.slice(from, to));
  if (!m) return undefined;
  const written = given ?? m[1];
  if (!written) return undefined;
  return TITLE_WORDS.find(([w]) => w.test(written))?.[1];
}

export interface AttributionVerdict {
  ok: boolean;
  /** who held the title at the organisation at the time, when the named person did not */
  holder?: Entity;
}

/**
 * Whether `person` held `title` at `org` at the time the sentence speaks of (`when`, a day number;
 * today when the sentence gives no date). A person who held it at another time is not called
 * wrong without a date to say so; someone else holding it then is what makes it wrong.
 */
export function judgeAttribution(claim: AttributionClaim, when: number, index: ReferenceIndex): AttributionVerdict | undefined {
  const person = index.entity(claim.person.entityId);
  if (!person?.roles) return undefined;
  const titleFits = (r: Role): boolean => r.title === claim.title || (claim.title === 'ceo' && r.title === 'co-ceo');
  const holdsAt = (r: Role, day: number): boolean => {
    const from = r.from ? parseIsoDate(r.from)?.min : undefined;
    const until = r.until ? parseIsoDate(r.until)?.max : undefined;
    return (from === undefined || from <= day) && (until === undefined || day <= until);
  };
  const orgId = claim.org.entityId;
  if (person.roles.some((r) => titleFits(r) && r.of === orgId && holdsAt(r, when))) return { ok: true };
  const holders = index.roleHolders(orgId).filter((h) => (h.title === claim.title || (claim.title === 'ceo' && h.title === 'co-ceo'))
    && holdsAt({ title: h.title, of: orgId, from: h.from, until: h.until }, when));
  if (holders.length !== 1 || holders[0].person.id === person.id) return undefined;
  return { ok: false, holder: holders[0].person };
}
