import type { ReferenceIndex } from '../reference/index';
import { EXECUTIVE_TITLES, TITLE } from '../reference/titles';
import type { NameMention } from '../types';
import { related } from './anchoring';

/**
 * The company a title written next to a person is at when the sentence does not tie the two
 * together ("chief executive Dario Amodei", "Its CFO is Krishna Rao"): the one company in view,
 * else the one named nearby where the person works.
 */

/** What a sentence has in view for its titles, read once for all its people. */
export interface CompanyView {
  text: string;
  /** the names in the sentence that are not people */
  orgs: NameMention[];
  index: ReferenceIndex;
  /** companies around the sentence it refers to: a table row's, what it refers back to */
  contextCompanies: string[];
  /** companies named loosely around a sentence that names none (see workplaceNearby) */
  nearby: string[];
  /** every entity named around the sentence, however loosely (with its weight) */
  around: ReadonlyMap<string, number>;
  /** the companies the sentence names, but for one that only qualifies its product */
  inView: NameMention[];
  /** those, with `contextCompanies`, as ids */
  companies: string[];
}

/** The view a sentence gives its titles (`names`: all the names in it). */
export function companyView(
  text: string,
  names: NameMention[],
  orgs: NameMention[],
  index: ReferenceIndex,
  contextCompanies: string[],
  nearby: string[],
  around: ReadonlyMap<string, number>,
): CompanyView {
  const inView = companiesInView(text, names, orgs, index);
  const companies = [...new Set([...inView.map((o) => o.entityId), ...contextCompanies])];
  return { text, orgs, index, contextCompanies, nearby, around, inView, companies };
}

/** The company of a person's title, and how it was found. */
export interface TitleCompany {
  org: NameMention;
  /** as AttributionClaim has them: the company is not written with the title; it is only nearby */
  how: { inferred?: true; nearby?: true };
}

/**
 * The company a person's title is at: the one in view, else the one nearby where they have worked;
 * undefined when the sentence leaves it open.
 */
export function companyOfTitle(person: NameMention, view: CompanyView): TitleCompany | undefined {
  const { text, orgs, index, contextCompanies, nearby, inView, companies } = view;
  const inContext = referredInVain(
    companyOf(text, person, inView, companies, contextCompanies),
    person,
    view,
  );
  // (around a company referred back to, the companies named nearby were only a fallback when it
  // was wrong for the person)
  const fallback = contextCompanies.length && inContext ? [] : nearby;
  const workplace = inContext ? undefined : workplaceOf(person, view, fallback);
  const strayed = inContext || workplace ? undefined : strayedTo(person, fallback, view);
  const company = inContext ?? workplace ?? strayed;
  if (!company) return undefined;
  const org = orgs.find((o) => o.entityId === company) ?? {
    start: 0,
    end: 0,
    text: index.entity(company)?.name ?? '',
    entityId: company,
    misspelled: false,
  };
  // the company is only inferred when it is named after the person, as what they speak of
  // ("CEO Andy Jassy praised AWS's margins"), not as the topic before them; and as the object of
  // what they do, not far on in a long sentence ("CFO Hock Tan described the quarter as ..., the
  // chips built with Alphabet")
  const inferred = org.start > person.end;
  if (inferred && !workplace && onlySpokenOf(person, org, view)) return undefined;
  return {
    org,
    how: {
      ...(inferred || workplace || strayed ? { inferred: true as const } : {}),
      ...(workplace ? { nearby: true as const } : {}),
    },
  };
}

/**
 * A company named after a person only as what they speak of, far on in the sentence ("CFO X
 * added that demand ... for Microsoft's platforms", X being Amazon's CFO): not their title's,
 * unless they are an executive only of companies named nowhere around, or it is their own and
 * the text's topic, named around the sentence too ("Microsoft reported. ... CEO Amy Hood spent
 * the call explaining how Microsoft's ...").
 */
function onlySpokenOf(person: NameMention, org: NameMention, view: CompanyView): boolean {
  if (org.start - person.end <= SPOKEN_OF_REACH) return false;
  const company = org.entityId;
  const own =
    view.around.has(company) && workplaceNearby(person, [company], view.index) !== undefined;
  return !own && !strayedTo(person, [company], view);
}

/**
 * The company of a title, unless it is only referred back to ("Their CEO, X, said ...") and the
 * person never worked there or in its family while they work at another company named nearby:
 * the reference was to that one ("Nebius ... added Meta as a customer. Their CEO, Arkady Volozh, ...").
 */
function referredInVain(
  company: string | undefined,
  person: NameMention,
  view: CompanyView,
): string | undefined {
  if (!company || view.inView.some((o) => o.entityId === company)) return company;
  const { index } = view;
  const roles = index.entity(person.entityId)?.roles ?? [];
  // (a role at a part of the company, or at its parent, is a role in its family: "CEO" of AWS
  // beside Amazon is judged as Amazon's)
  if (roles.some((r) => related(r.of, company, index))) return company;
  const others = view.nearby.filter((id) => id !== company);
  return workplaceNearby(person, others, index) ? undefined : company;
}

/**
 * Where a person works, when the sentence leaves the title's company open: the one company nearby
 * (`nearby`) where they are an executive, or of several companies in view, the one they work at,
 * for a title written bare before the name ("CFO Lisa Su stressed ... as AMD signs clients like
 * OpenAI and Meta" gives her title at AMD).
 */
function workplaceOf(
  person: NameMention,
  { text, companies, index }: CompanyView,
  nearby: string[],
): string | undefined {
  return (
    workplaceNearby(person, nearby, index) ??
    (companies.length > 1 && bareTitleBefore(text.slice(0, person.start))
      ? workplaceNearby(person, companies, index)
      : undefined)
  );
}

/**
 * A title right before a name with no company written with it ("according to CEO ", "... said
 * CFO "): not after a name or a possessive, as in "AMD CEO " or "Oracle's CFO ".
 */
function bareTitleBefore(before: string): boolean {
  const title = TITLE_AT_END.exec(before);
  return title !== null && !NAMED_BEFORE.test(before.slice(0, title.index));
}
const TITLE_AT_END = new RegExp(String.raw`\b(?:${TITLE})\s+$`, 'i');
const NAMED_BEFORE = /(?:\p{Lu}[\p{L}\p{N}&.-]*|['’]s?)\s*$/u;
const POSSESSIVE_AT_END = /\b(?:its|their)\s+$/i;

/** How far after a person a company they speak of is named: "CEO X outlined plans to take Y". */
const SPOKEN_OF_REACH = 60;

/**
 * The one company named nearby (`nearby`) where a person has held an executive role: "Meta
 * reported results. Chief executive Susan Li ..." gives Susan Li a title at Meta.
 */
function workplaceNearby(
  person: NameMention,
  nearby: string[],
  index: ReferenceIndex,
): string | undefined {
  const roles = index.entity(person.entityId)?.roles ?? [];
  const worked = nearby.filter((id) =>
    roles.some((r) => r.of === id && EXECUTIVE_TITLES.has(r.title)),
  );
  return worked.length === 1 ? worked[0] : undefined;
}

/**
 * The one company named nearby, when the person is an executive only of companies named nowhere
 * around the sentence: "Microsoft beat estimates. Chief financial officer X said ..." with X
 * Amazon's CFO puts the title at Microsoft, where the name (or the company) slipped.
 */
function strayedTo(person: NameMention, nearby: string[], view: CompanyView): string | undefined {
  const { index, around } = view;
  if (nearby.length !== 1) return undefined;
  const roles = (index.entity(person.entityId)?.roles ?? []).filter((r) =>
    EXECUTIVE_TITLES.has(r.title),
  );
  const named = [...around.keys(), nearby[0]];
  const ownNamed = roles.some((r) => named.some((id) => related(r.of, id, index)));
  return roles.length > 0 && !ownNamed ? nearby[0] : undefined;
}

/**
 * The companies a sentence puts in view: those it names, but for one whose name only qualifies
 * its product ("Google TPUs").
 */
function companiesInView(
  text: string,
  names: NameMention[],
  orgs: NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  const kindOf = (n: NameMention): string | undefined => index.entity(n.entityId)?.kind;
  const qualifies = (o: NameMention): boolean =>
    names.some(
      (n) =>
        n.start > o.end &&
        /^\s+$/.test(text.slice(o.end, n.start)) &&
        index.entity(n.entityId)?.parent === o.entityId &&
        kindOf(n) !== 'company',
    );
  return orgs.filter((o) => kindOf(o) === 'company' && !qualifies(o));
}

/**
 * The one company in view of a person: the only one in view (`companies`), else, with several
 * in the sentence and none from around it, the only one in the person's own clause ("..., and
 * Groq continues under new CEO Simon Edwards").
 */
function companyOf(
  text: string,
  person: NameMention,
  inView: NameMention[],
  companies: string[],
  contextCompanies: string[],
): string | undefined {
  if (companies.length === 1) return companies[0];
  // ("ASML puts in ..., and its chief executive X joins a committee at Mistral": the possessive
  // refers back, to the last company named before it)
  const before = text.slice(0, person.start);
  const title = TITLE_AT_END.exec(before);
  if (title && POSSESSIVE_AT_END.test(before.slice(0, title.index)))
    return inView.filter((o) => o.end <= title.index).at(-1)?.entityId;
  const [from, to] = clauseOf(text, person);
  const local = [
    ...new Set(inView.filter((o) => o.start >= from && o.end <= to).map((o) => o.entityId)),
  ];
  return local.length === 1 && !contextCompanies.length ? local[0] : undefined;
}

/**
 * The clause a name stands in: between semicolons, or a comma and a conjunction (", and", ", but").
 */
function clauseOf(text: string, name: NameMention): [number, number] {
  const breaks = [...text.matchAll(/;|,\s+(?:and|but|while|whereas)\s/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const from = Math.max(0, ...breaks.filter(([, end]) => end <= name.start).map(([, end]) => end));
  const to = Math.min(
    text.length,
    ...breaks.filter(([start]) => start >= name.end).map(([start]) => start),
  );
  return [from, to];
}
