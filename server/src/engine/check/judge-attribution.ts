import { FOUNDER_TITLES, holdsRole } from '../reference/titles';
import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Entity } from '../reference/types';
import type { AttributionClaim } from './attribution';

/** How long before it starts an appointment may be announced. */
export const APPOINTMENT_LEAD_DAYS = 90;

export interface AttributionVerdict {
  ok: boolean;
  /**
   * who held the title at the organisation at the time, when the named person did not: one, or
   * co-CEOs
   */
  holders?: Entity[];
  /** the title the holders hold, where it is not the claim's (a founder, for a company's owner) */
  title?: string;
}

/**
 * Whether `person` held `title` at `org` at the time the sentence speaks of (`when`, a day number;
 * today when the sentence gives no date). A person who held it at another time is not called
 * wrong without a date to say so; someone else holding it then is what makes it wrong. "CEO" for
 * a company run by co-CEOs is answered with both; "co-CEO" with the one the sentence does not
 * name already (`named`: the people it names).
 */
export function judgeAttribution(
  claim: AttributionClaim,
  when: number,
  today: number,
  index: ReferenceIndex,
  named: ReadonlySet<string> = new Set(),
): AttributionVerdict | undefined {
  const person = index.entity(claim.person.entityId);
  if (!person?.roles) return undefined;
  if (claim.owned) return judgeOwned(person, claim, when, index);
  if (founderLeftOpen(claim, person)) return undefined;
  const titleFits = (title: string): boolean => sameTitle(claim.title, title);
  const orgId = claim.org.entityId;
  const heldOn = (day: number): boolean =>
    person.roles!.some((r) => titleFits(r.title) && r.of === orgId && holdsRole(r, day));
  if (heldOn(when)) return { ok: true };
  // told in the past, the role may have been held at any time before
  if (
    claim.past &&
    person.roles.some((r) => titleFits(r.title) && r.of === orgId && startedBy(r, when))
  )
    return { ok: true };
  // a role is announced before it starts: "Intel has named X as CEO" a few days ahead
  if (claim.appointed && heldOn(when + APPOINTMENT_LEAD_DAYS)) return { ok: true };
  // and the news of a departure calls the one leaving by the title just left ("X, the CEO, is
  // leaving for Meta", written the day after): not judged on the text's own day (a day the
  // sentence gives is the one the title is claimed for)
  if (when === today && heldOn(when - DEPARTURE_NEWS_DAYS)) return undefined;
  // with the organisation only in view, the title may be held at its parent: Amazon's chief
  // executive speaks of AWS (not the other way round: AWS's chief is not Amazon's)
  if (
    claim.inferred &&
    person.roles.some(
      (r) =>
        titleFits(r.title) &&
        holdsRole(r, when) &&
        r.of !== orgId &&
        index.lineage(orgId).includes(r.of),
    )
  )
    return { ok: true };
  // a date nearby may be another clause's ("run by Pichai (Google's chief since 2015)"): someone
  // who holds the role today is not called wrong on the strength of it
  if (when !== today && heldOn(today)) return undefined;
  const holders = index
    .roleHolders(orgId)
    .filter((h) => titleFits(h.title) && holderThen(h, orgId, when));
  if (holders.some((h) => h.person.id === person.id)) return undefined;
  // an interim holder fills a gap, which the data records only around a handover it knows of
  if (claim.interim && !holders.some((h) => startedNear(h.from, when))) return undefined;
  return otherHolders(claim, holders, named);
}

/**
 * A founder claim the data cannot settle: one of a person who founded nothing the data knows (its
 * lists of a company's founders may leave some out; a founder slipped from another company is the
 * slip to catch), or of a company only inferred ("Founder X goes to Nvidia" founded another).
 */
function founderLeftOpen(claim: AttributionClaim, person: Entity): boolean {
  return (
    FOUNDER_TITLES.has(claim.title) &&
    (claim.inferred === true ||
      claim.nearby === true ||
      !(person.roles ?? []).some((r) => FOUNDER_TITLES.has(r.title)))
  );
}

/** A title held answers the one written: "CEO" for a co-CEO, "founder" for a co-founder. */
function sameTitle(written: string, held: string): boolean {
  return (
    held === written ||
    (written === 'ceo' && held === 'co-ceo') ||
    (FOUNDER_TITLES.has(written) && FOUNDER_TITLES.has(held))
  );
}

/**
 * The verdict when others held the title then: the one holder; "CEO" for co-CEOs is answered with
 * both, unless the text names one of them already; "co-CEO" with the one it does not name.
 */
function otherHolders(
  claim: AttributionClaim,
  holders: readonly { person: Entity; title: string }[],
  named: ReadonlySet<string>,
): AttributionVerdict | undefined {
  if (holders.length === 1) return { ok: false, holders: [holders[0].person] };
  // (a company's founders: those the text does not name already)
  if (FOUNDER_TITLES.has(claim.title)) {
    const unnamed = holders.filter((h) => !named.has(h.person.id));
    return unnamed.length ? { ok: false, holders: unnamed.map((h) => h.person) } : undefined;
  }
  if (holders.length < 2 || !holders.every((h) => h.title === 'co-ceo')) return undefined;
  if (claim.title === 'ceo' && !holders.some((h) => named.has(h.person.id)))
    return { ok: false, holders: holders.map((h) => h.person) };
  const unnamed = holders.filter((h) => !named.has(h.person.id));
  return unnamed.length === 1 ? { ok: false, holders: [unnamed[0].person] } : undefined;
}

/**
 * A company given as a person's own ("Sam Altman's xAI"): right when they have held any role there
 * or at a company of its family; wrong, answered with its chief executive then, when they lead
 * another company at the time and none of theirs is there. A person the data knows no current
 * chief's role of is left alone: their ties may be ones the data does not hold.
 */
function judgeOwned(
  person: Entity,
  claim: AttributionClaim,
  when: number,
  index: ReferenceIndex,
): AttributionVerdict | undefined {
  const family = new Set([claim.org.entityId, ...index.lineage(claim.org.entityId)]);
  const roles = person.roles ?? [];
  if (roles.some((r) => family.has(r.of) || index.lineage(r.of).includes(claim.org.entityId)))
    return { ok: true };
  if (!roles.some((r) => LEADING.has(r.title) && holdsRole(r, when))) return undefined;
  // who leads it then, else the one who founded it
  const holders = index.roleHolders(claim.org.entityId);
  const chiefs = holders.filter(
    (h) => h.title === 'ceo' && holderThen(h, claim.org.entityId, when),
  );
  const answers = chiefs.length ? chiefs : holders.filter((h) => h.title === 'founder');
  return answers.length === 1
    ? { ok: false, holders: [answers[0].person], title: answers[0].title }
    : undefined;
}

/** Whether one of an organisation's role holders held the role on the day. */
function holderThen(
  h: { title: string; from?: string; until?: string },
  of: string,
  day: number,
): boolean {
  return holdsRole({ title: h.title, of, from: h.from, until: h.until }, day);
}

/** Whether a role had begun by the day (a role of no known start may have). */
function startedBy(role: { from?: string }, day: number): boolean {
  const start = role.from ? parseIsoDate(role.from)?.min : undefined;
  return start === undefined || start <= day;
}

/** How long after a departure its news still calls the one who left by the title they held. */
const DEPARTURE_NEWS_DAYS = 3;

/** How long before a day a holder's start makes a handover the data knows of, for an interim. */
const HANDOVER_DAYS = 366;

/** Whether a role began within a year before the day, or is about to begin. */
function startedNear(from: string | undefined, day: number): boolean {
  const start = from ? parseIsoDate(from)?.min : undefined;
  return (
    start !== undefined && start >= day - HANDOVER_DAYS && start <= day + APPOINTMENT_LEAD_DAYS
  );
}

/** Titles of those who lead a company. */
const LEADING = new Set(['ceo', 'co-ceo', 'chair', 'executive-chair', 'president']);
