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

/** Ways a sentence puts a person in a role at an organisation named before them. */
const ORG_THEN_PERSON: RegExp[] = [
  // "AWS chief executive Matt Garman", "Amazon's CEO, Andy Jassy", "Oracle's new co-CEO Clay Magouyrk"
  new RegExp(String.raw`^(?:['’]s)?\s+(?:own\s+|new\s+)?(${TITLE}),?\s+$`, 'i'),
  // "AWS, led by chief executive Matt Garman", "Broadcom, run by Hock Tan", "Nebius is led by ..."
  new RegExp(String.raw`^,?\s+(?:(?:is|was|has been)\s+)?(?:led|run|headed)\s+by\s+(?:(?:its|the)\s+)?(?:(${TITLE})\s+)?$`, 'i'),
  // "SoftBank, whose chief executive is Masayoshi Son"
  new RegExp(String.raw`^,?\s+whose\s+(${TITLE})\s+is\s+$`, 'i'),
];

/** Ways a sentence puts a person in a role at an organisation named after them. */
const PERSON_THEN_ORG: RegExp[] = [
  // "Matt Garman, the chief executive of AWS"
  new RegExp(String.raw`^,\s+(?:the\s+|its\s+)?(${TITLE})\s+(?:of|at)\s+$`, 'i'),
];

/**
 * Finds where a sentence names a person in a role at an organisation: "ORG TITLE PERSON", "ORG,
 * led by PERSON", "ORG, whose TITLE is PERSON", "PERSON, TITLE of ORG", "PERSON, ORG's TITLE", and,
 * when the sentence (or its table row) names exactly one company, "PERSON is TITLE" and
 * "TITLE PERSON". A title left out ("run by") means chief executive.
 */
export function findAttributions(text: string, names: NameMention[], index: ReferenceIndex, rowCompanies: string[] = []): AttributionClaim[] {
  const kindOf = (n: NameMention): string | undefined => index.entity(n.entityId)?.kind;
  const people = names.filter((n) => kindOf(n) === 'person');
  const orgs = names.filter((n) => kindOf(n) !== 'person');
  const out: AttributionClaim[] = [];
  const add = (person: NameMention, org: NameMention, title: string | undefined): void => {
    if (!title || claims(out, person)) return;
    const context = text.slice(Math.max(0, Math.min(org.start, person.start) - 12), Math.max(org.end, person.end) + 12);
    if (!NOT_NOW.test(context)) out.push({ person, org, title });
  };
  for (const person of people) {
    for (const org of orgs) {
      if (org.end <= person.start) {
        for (const re of ORG_THEN_PERSON) add(person, org, between(text, org.end, person.start, re, undefined, 'ceo'));
      } else {
        for (const re of PERSON_THEN_ORG) add(person, org, between(text, person.end, org.start, re));
        // "Andy Jassy, Amazon's chief executive"
        const after = text.slice(org.end).match(new RegExp(String.raw`^(?:['’]s)?\s+(${TITLE})\b`, 'i'))?.[1];
        add(person, org, between(text, person.end, org.start, /^,\s+$/i, after));
      }
    }
  }
  // With one company in view, a title next to a person is a title there: "At Anthropic, Dario
  // Amodei is chief executive"; "under new chief executive Simon Edwards"; a table row "Meta | CFO Susan Li".
  const companies = [...new Set([...orgs.filter((o) => kindOf(o) === 'company').map((o) => o.entityId), ...rowCompanies])];
  if (companies.length !== 1) return out;
  const only = orgs.find((o) => o.entityId === companies[0]) ?? { start: 0, end: 0, text: index.entity(companies[0])?.name ?? '', entityId: companies[0], misspelled: false };
  for (const person of people) {
    const after = new RegExp(String.raw`^\s+(?:is|was named|became|serves as|remains)\s+(?:the\s+|its\s+)?(${TITLE})\b(?!\s+(?:of|at)\b)`, 'i').exec(text.slice(person.end))?.[1];
    const before = new RegExp(String.raw`(?:^|[^\p{L}'’])(?:new\s+)?(${TITLE}),?\s+$`, 'iu').exec(text.slice(Math.max(0, person.start - 40), person.start))?.[1];
    const written = after ?? before;
    const title = written && TITLE_WORDS.find(([w]) => w.test(written))?.[1];
    if (title && !NOT_NOW.test(text.slice(Math.max(0, person.start - 20), person.end + 40))) add(person, only, title);
  }
  return out;
}

function claims(out: AttributionClaim[], person: NameMention): boolean {
  return out.some((c) => c.person === person);
}

/** The title the text between two names gives, if it matches `re`; `fallback` when it matches without one. */
function between(text: string, from: number, to: number, re: RegExp, given?: string, fallback?: string): string | undefined {
  if (to < from || to - from > 50) return undefined;
  const m = re.exec(text.slice(from, to));
  if (!m) return undefined;
  const written = given ?? m[1];
  if (!written) return fallback;
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
export function judgeAttribution(claim: AttributionClaim, when: number, today: number, index: ReferenceIndex): AttributionVerdict | undefined {
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
  // a date nearby may be another clause's ("run by Pichai (Google's chief since 2015)"): someone
  // who holds the role today is not called wrong on the strength of it
  if (when !== today && person.roles.some((r) => titleFits(r) && r.of === orgId && holdsAt(r, today))) return undefined;
  const holders = index.roleHolders(orgId).filter((h) => (h.title === claim.title || (claim.title === 'ceo' && h.title === 'co-ceo'))
    && holdsAt({ title: h.title, of: orgId, from: h.from, until: h.until }, when));
  if (holders.length !== 1 || holders[0].person.id === person.id) return undefined;
  return { ok: false, holder: holders[0].person };
}
