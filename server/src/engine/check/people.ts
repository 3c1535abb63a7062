import type { BlockReading } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Entity, Role } from '../reference/types';
import type { Claim, Finding } from '../types';
import { findAttributions, titleColumn, type AttributionClaim } from './attribution';
import { APPOINTMENT_LEAD_DAYS, judgeAttribution } from './judge-attribution';
import { ownedCompanies } from './owned-company';
import { findSuccessions, judgeSuccession, type SuccessionClaim } from './succession';
import { namesInSentence } from './bind';
import { related } from './anchoring';
import { PREVIOUS_BLOCK } from '../sentence-context';
import type { SentenceContext } from '../reading';
import { sourceNote, shortDate } from './describe';
import { replacement } from './fixes';
import { isoOfDay } from '../reference/dates';
import {
  BOARD_TITLES,
  CHIEF_TITLES,
  EXECUTIVE_TITLES,
  FOUNDER_TITLES,
  holdsRole,
  titleText,
} from '../reference/titles';
import { asWritten, wrongHolderText } from './holder-text';
import { nameForms } from './party-findings';
import { restyled, roleAt, titleSlip } from './title-slip';

/**
 * Findings about people and investors in their roles: who runs a company, who followed whom, who
 * led a round.
 */

/**
 * Checks who the text says holds a role; each role read becomes a claim, each wrong one a finding
 * too.
 */
export function checkAttributions(
  b: BlockReading,
  index: ReferenceIndex,
  today: number,
  findings: Finding[],
  claims: Claim[],
): void {
  const check: RoleCheck = { b, index, today, findings, claims };
  for (const s of b.sentences) {
    const names = namesInSentence(s);
    for (const claim of findSuccessions(s.text, names, index)) reportSuccession(check, s, claim);
    const column = b.block.kind === 'cell' ? titleColumn(s.headerText) : undefined;
    const inView = companiesInView(b, s, index);
    const nearby = companiesNearby(b, s, index);
    const claims = findAttributions(s.text, names, index, inView, column, nearby, s.around);
    for (const claim of [...claims, ...ownedCompanies(s.text, names, index, claims)])
      checkAttribution(check, s, claim);
  }
}

/** A block whose roles are checked, as of `today` (a day number), and where what is found goes. */
interface RoleCheck {
  b: BlockReading;
  index: ReferenceIndex;
  today: number;
  findings: Finding[];
  claims: Claim[];
}

/**
 * A role as read in the text: the person's name, in offsets into the source, and what it was
 * judged as (the title, the organisation and the day).
 */
interface RoleRead {
  start: number;
  end: number;
  text: string;
  kind: 'role';
  reading: string;
}

/** "CEO of Amazon Web Services on 14 May 2024", or "... by" that day for a past role. */
function roleReading(claim: AttributionClaim, when: number, index: ReferenceIndex): string {
  const org = index.entity(claim.org.entityId)?.name ?? claim.org.text;
  const day = shortDate(isoOfDay(when));
  return `${titleText(claim.title)} of ${org} ${claim.past ? 'by' : 'on'} ${day}`;
}

/** Reports a succession the data has otherwise: the one the successor followed was someone else. */
function reportSuccession(check: RoleCheck, s: SentenceContext, claim: SuccessionClaim): void {
  const { b, index } = check;
  const handover = judgeSuccession(claim, index);
  const start = claim.predecessor.start + s.offset;
  const end = claim.predecessor.end + s.offset;
  const loose = handover && b.block.map.toSourceLoose(start, end);
  if (!handover || !loose) return;
  const { holder, role } = handover;
  const successor = index.entity(claim.successor.entityId)!;
  const source = holder.sources?.[0] ?? successor.sources?.[0];
  const org = index.entity(role.of)?.name ?? role.of;
  check.findings.push({
    rule: 'wrong-attribution',
    severity: 'error',
    start: loose.start,
    end: loose.end,
    entityId: holder.id,
    message:
      `${successor.name} did not succeed ${claim.predecessor.text} as ${titleText(role.title)} of ${org}: ` +
      `${holder.name} held the role until ${shortDate(role.from ?? '')}${sourceNote(source)}.`,
    fixes: replacement(b.block.map.toSource(start, end), asWritten(claim.predecessor.text, holder)),
  });
}

/**
 * Claims a role the text gives a person, judged at the time the sentence speaks of; reports it
 * when someone else held it then.
 */
function checkAttribution(check: RoleCheck, s: SentenceContext, claim: AttributionClaim): void {
  const { b, index, today } = check;
  const when = timeOfRole(b, s, claim, today);
  // a company only named nearby is the one meant only while the person works there
  const person = index.entity(claim.person.entityId);
  const role = claim.nearby && person ? roleAt(person, claim.org.entityId, when) : undefined;
  if (claim.nearby && !(role && EXECUTIVE_TITLES.has(role.title))) return;
  const verdict = judgeAttribution(
    claim,
    when,
    today,
    index,
    new Set(s.names.map((n) => n.entityId)),
  );
  const start = claim.person.start + s.offset;
  const end = claim.person.end + s.offset;
  const loose = b.block.map.toSourceLoose(start, end);
  if (!loose) return;
  const read: RoleRead = {
    start: loose.start,
    end: loose.end,
    text: claim.person.text,
    kind: 'role',
    reading: roleReading(claim, when, index),
  };
  const holders = verdict?.holders ?? [];
  // who holds the title may not be known, while the person holds another chief's title there
  const slip =
    !verdict?.ok &&
    !holders.length &&
    !claim.interim &&
    slipOfUnknownHolder(claim, person, when) &&
    reportTitleSlip(check, claim, when, { start, end }, []);
  if (slip) return;
  if (!verdict) check.claims.push(unsettledRole(read, claim, index));
  else if (verdict.ok || !holders.length)
    check.claims.push({ ...read, status: 'match', entityId: claim.person.entityId });
  else if (
    !reportTitleSlip(check, claim, when, { start, end }, holders) &&
    !reportCompanySlip(check, s, claim, when, holders)
  )
    reportWrongHolder(check, read, claim, { holders, title: verdict.title }, { start, end });
}

/** Between a company and a name: its title, and nothing else ("'s chief executive officer"). */
const TITLE_BETWEEN = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:new\s+|own\s+)?(?:co-)?(?:chief(?:\s+[a-z]+){0,2}\s+officer` +
    String.raw`|chief executive|chief|CEO|CFO|COO|CTO|CIO|president|chair(?:man|woman)?|head` +
    String.raw`|founder)\s+$`,
  'i',
);

/**
 * A person named with their own title at the wrong company ("AWS CEO Andy Jassy", who is
 * Amazon's; "X is the new AMD CEO", X being Intel's): the name or the company slipped, and the
 * text cannot say which, so the flag covers both and offers both fixes, the title's holder first.
 * False unless the company is written with the title and the person holds that title, then (or
 * weeks on, for a role just named), at another company.
 */
function reportCompanySlip(
  check: RoleCheck,
  s: SentenceContext,
  claim: AttributionClaim,
  when: number,
  holders: Entity[],
): boolean {
  const { b, index } = check;
  const person = index.entity(claim.person.entityId);
  // (a founder's company is not a post held now: the name is what to fix)
  if (!person || claim.inferred || claim.nearby || claim.owned || FOUNDER_TITLES.has(claim.title))
    return false;
  if (claim.org.end <= claim.org.start) return false;
  // only a company written with the title: right before the name, "AWS CEO Andy Jassy", or after
  // it in a claim of its own, "X was named CEO of Acme"
  const orgFirst = claim.org.end <= claim.person.start;
  if (orgFirst && !TITLE_BETWEEN.test(s.text.slice(claim.org.end, claim.person.start)))
    return false;
  // (a role just named may start some weeks on)
  const heldThen = (r: Role): boolean =>
    roleAt(person, r.of, when) === r ||
    (claim.appointed === true && roleAt(person, r.of, when + APPOINTMENT_LEAD_DAYS) === r);
  // (at a company of another family, only where the person never held the title at the one
  // written: else the title is out of date, and the name is what to fix)
  const heldThere = (person.roles ?? []).some(
    (r) => r.of === claim.org.entityId && r.title === claim.title,
  );
  const own = (person.roles ?? []).find(
    (r) =>
      r.of !== claim.org.entityId &&
      r.title === claim.title &&
      heldThen(r) &&
      (related(r.of, claim.org.entityId, index) || !heldThere),
  );
  const company = own && index.entity(own.of);
  const org = { start: claim.org.start + s.offset, end: claim.org.end + s.offset };
  const name = { start: claim.person.start + s.offset, end: claim.person.end + s.offset };
  if (!company) return false;
  const wrongOrg = index.entity(claim.org.entityId)?.name ?? claim.org.text;
  return reportBothSlipped(check, person, [org, name], {
    message:
      `${claim.person.text} is the ${titleText(claim.title)} of ${company.name}, not of ` +
      `${wrongOrg}: ${holders.map((h) => h.name).join(' and ')} ${holders.length > 1 ? 'are' : 'is'}` +
      `${sourceNote(holders[0]?.sources?.[0] ?? person.sources?.[0])}.`,
    fixes: [
      ...replacement(
        b.block.map.toSource(name.start, name.end),
        holders.map((h) => asWritten(claim.person.text, h)).join(' and '),
      ),
      ...replacement(
        b.block.map.toSource(org.start, org.end),
        nameForms([company], claim.org.text)[0],
      ),
    ],
  });
}

/**
 * A person named with the title of another role they hold at that company ("Anthropic CEO Krishna
 * Rao" for its CFO): either the title or the name slipped, and the text cannot say which, so the
 * flag covers both and offers both fixes, the title's first. False when the person holds nothing
 * else there, or no title is written near the name.
 */
function reportTitleSlip(
  check: RoleCheck,
  claim: AttributionClaim,
  when: number,
  name: { start: number; end: number },
  holders: Entity[],
): boolean {
  const { b, index } = check;
  const person = index.entity(claim.person.entityId);
  const role = person && roleAt(person, claim.org.entityId, when);
  const slip = role && titleSlip(b.block.text, name.start, name.end, claim.title, role.title);
  if (!person || !role || !slip) return false;
  const org = index.entity(claim.org.entityId)?.name ?? claim.org.text;
  const others = holders.map((h) => asWritten(claim.person.text, h)).join(' and ');
  // (a board seat held beside the executive role is the other title the writer may have meant:
  // "Oracle CEO Larry Ellison", its chairman and CTO)
  const written = b.block.text.slice(slip.start, slip.end);
  const seats = (person.roles ?? []).filter(
    (r) =>
      r !== role && r.of === claim.org.entityId && BOARD_TITLES.has(r.title) && holdsRole(r, when),
  );
  const titles = [role, ...seats].map((r) => titleText(r.title)).join(' and ');
  return reportBothSlipped(check, person, [slip, name], {
    message:
      `${claim.person.text} is the ${titles} of ${org}, not its ` +
      `${titleText(claim.title)}` +
      (holders.length
        ? `: ${holders.map((h) => h.name).join(' and ')} ${holders.length > 1 ? 'are' : 'is'}`
        : '') +
      `${sourceNote(person.sources?.[0])}.`,
    fixes: [
      ...replacement(b.block.map.toSource(slip.start, slip.end), slip.fix),
      ...seats.flatMap((r) =>
        replacement(b.block.map.toSource(slip.start, slip.end), restyled(written, r.title)),
      ),
      ...(holders.length ? replacement(b.block.map.toSource(name.start, name.end), others) : []),
    ],
  });
}

/**
 * Reports a role where one of two written parts slipped and the text cannot say which (a title
 * or a company, and the name): the flag covers both `parts` (block offsets) and claims it wrong.
 * False when the span does not map to the source.
 */
function reportBothSlipped(
  check: RoleCheck,
  person: Entity,
  parts: { start: number; end: number }[],
  finding: Pick<Finding, 'message' | 'fixes'>,
): boolean {
  const { b } = check;
  const start = Math.min(...parts.map((p) => p.start));
  const end = Math.max(...parts.map((p) => p.end));
  const at = b.block.map.toSourceLoose(start, end);
  if (!at) return false;
  check.findings.push({
    rule: 'wrong-attribution',
    severity: 'error',
    start: at.start,
    end: at.end,
    entityId: person.id,
    ...finding,
  });
  const text = b.block.text.slice(start, end);
  check.claims.push({ ...at, text, kind: 'role', status: 'wrong', entityId: person.id });
  return true;
}

/**
 * Whether a title no holder of which the data knows is still a slip: the person holds another
 * chief's title there then (CEO Hock Tan called CFO).
 */
function slipOfUnknownHolder(
  claim: AttributionClaim,
  person: Entity | undefined,
  when: number,
): boolean {
  const held = person && roleAt(person, claim.org.entityId, when)?.title;
  if (!held || !CHIEF_TITLES.has(claim.title) || !CHIEF_TITLES.has(held)) return false;
  return held !== claim.title && !(claim.title === 'ceo' && held === 'co-ceo');
}

/**
 * The time a role is claimed for: a date right by it ("in 2019 CloudCo's chief John Doe"), else
 * `today`; a date before the person in another clause is another person's ("who succeeded X in
 * 2021, and Y").
 */
function timeOfRole(
  b: BlockReading,
  s: SentenceContext,
  claim: AttributionClaim,
  today: number,
): number {
  const person = claim.person.start + s.offset;
  const near = s.dates.filter(
    (d) =>
      d.inSentence &&
      d.start !== undefined &&
      d.end !== undefined &&
      Math.abs(d.start - person) <= 40 + claim.person.text.length &&
      (d.start > person || !CLAUSE_BREAK.test(b.block.text.slice(d.end, person))),
  );
  return near[0]?.max ?? today;
}

/**
 * The claim of a role the data cannot judge: a person with no roles in the data is outside it;
 * one with roles, at a time it cannot settle.
 */
function unsettledRole(read: RoleRead, claim: AttributionClaim, index: ReferenceIndex): Claim {
  const known = (index.entity(claim.person.entityId)?.roles?.length ?? 0) > 0;
  return {
    ...read,
    status: known ? 'unsure' : 'no-data',
    entityId: claim.person.entityId,
    why: known
      ? `The data cannot settle who was ${titleText(claim.title)} of ${claim.org.text} at the time.`
      : `The data holds no roles of ${claim.person.text}.`,
  };
}

/**
 * Reports a person named in a role that others held at the time, with those holders as the fix
 * (`span`: the person's name in the block), and claims it wrong.
 */
function reportWrongHolder(
  check: RoleCheck,
  read: RoleRead,
  claim: AttributionClaim,
  { holders, title: held }: { holders: Entity[]; title?: string },
  span: { start: number; end: number },
): void {
  const { b, index } = check;
  const org = index.entity(claim.org.entityId)?.name ?? claim.org.text;
  const source = holders[0].sources?.[0];
  const { message, fixNames } = wrongHolderText(claim, org, holders, held);
  const range = b.block.map.toSource(span.start, span.end);
  const fixes = fixNames.flatMap((name) => replacement(range, name));
  check.findings.push({
    rule: 'wrong-attribution',
    severity: 'error',
    start: read.start,
    end: read.end,
    entityId: holders[0].id,
    message: `${message}${sourceNote(source)}.`,
    fixes,
  });
  check.claims.push({ ...read, status: 'wrong', entityId: holders[0].id });
}

/**
 * The companies a sentence's roles may be at without naming one: a table row's, or, in a
 * sentence that names no company, what it refers back to ("Its CFO is ...") or sits under (a
 * heading, a bold label).
 */
function companiesInView(b: BlockReading, s: SentenceContext, index: ReferenceIndex): string[] {
  const isCompany = (id: string): boolean => index.entity(id)?.kind === 'company';
  if (b.block.kind === 'cell')
    return [...s.around].filter(([id, w]) => w >= 1 && isCompany(id)).map(([id]) => id);
  if (s.names.some((n) => isCompany(n.entityId))) return [];
  // the company referred back to stands before one in a heading above
  const inView = [...s.around].filter(([id, w]) => w >= IN_VIEW && isCompany(id));
  const firmest = Math.max(...inView.map(([, w]) => w));
  return inView.filter(([, w]) => w === firmest).map(([id]) => id);
}

/**
 * In a sentence that names no company and refers to none: the companies named in the sentences
 * and paragraph before, however loosely. A title given there ("Chief executive Susan Li ...") is
 * taken to be at the one of them where the person works (findAttributions).
 */
function companiesNearby(b: BlockReading, s: SentenceContext, index: ReferenceIndex): string[] {
  if (b.block.kind === 'cell' || s.names.some((n) => index.entity(n.entityId)?.kind === 'company'))
    return [];
  return [...s.around]
    .filter(([id, w]) => w >= PREVIOUS_BLOCK && index.entity(id)?.kind === 'company')
    .map(([id]) => id);
}

const CLAUSE_BREAK = /[,;()]/;

/**
 * How firmly a company named around a sentence must be in view: a heading above it, or named before
 * and referred to.
 */
const IN_VIEW = 0.6;
