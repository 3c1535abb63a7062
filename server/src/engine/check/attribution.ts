import { TITLE, TITLE_PAIR, titleOfPair, titleOfWords, TOOK_TITLE } from '../reference/titles';
import { MONTH_NAMES } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { NameMention } from '../types';
import { companyOfTitle, companyView } from './title-company';
import { NOT_NOW, timeOfTitle, withoutAside } from './role-phrases';

/**
 * "Interim" or "acting" before a title: the holder fills a gap, which the data records only where
 * it records the handover around it (check/judge-attribution.ts).
 */
const INTERIM_WORD = String.raw`(?:interim|acting)`;
const INTERIM = String.raw`${INTERIM_WORD}\s+`;
const INTERIM_NEAR = new RegExp(String.raw`\b${INTERIM_WORD}\b`, 'i');

export interface AttributionClaim {
  person: NameMention;
  org: NameMention;
  title: string;
  /**
   * the organisation is the one in view, not written with the title ("CEO Andy Jassy played up
   * AWS' growth"): the title may be held at its parent
   */
  inferred?: true;
  /**
   * the organisation is only named in the sentences before, and is the one of them where the
   * person has worked: it is meant only if they work there at the time
   */
  nearby?: true;
  /**
   * the organisation gives the person the role ("Intel has named X as CEO"), or the text calls
   * them its new holder: it may start later
   */
  appointed?: true;
  /**
   * the company is given as the person's own ("Sam Altman's OpenAI"): any role of theirs there
   * will do, and the one who leads it is the answer when none is theirs
   */
  owned?: true;
  /** the title is held "interim" or "acting": judged only where the data records a handover */
  interim?: true;
  /**
   * said in the past ("X was Intel's CEO", "X was named CEO of Y"): right if the person held the
   * title there at any time up to the time judged
   */
  past?: true;
}

/** Ways a sentence puts a person in a role at an organisation named before them. */
const ORG_THEN_PERSON: RegExp[] = [
  // "AWS chief executive Matt Garman", "Amazon's CEO, Andy Jassy", "Oracle's new co-CEO Clay
  // Magouyrk",
  // "Meta's chief financial officer is Susan Li"
  // "Amazon Web Services (AWS) CEO Matt Garman": the short form in brackets is the same company
  new RegExp(
    // ("Oracle Board Chair and CTO Larry Ellison": the board's chair)
    String.raw`^(?:\s+\([\p{Lu}\d&.-]{2,8}\))?(?:['’]s)?\s+(?:own\s+|new\s+)?(?:${INTERIM})?(?:board\s+)?` +
      // "Mistral chief Arthur Mensch": "chief" alone, right before the name, is its head
      String.raw`(${TITLE_PAIR}|chief)` +
      String.raw`(?:,|\s+is)?\s+$`,
    'iu',
  ),
  // "AWS, led by chief executive Matt Garman", "Broadcom, run by Hock Tan", "Nebius is led by ..."
  // "AWS, led since June 2024 by Matt Garman"
  new RegExp(
    String.raw`^,?\s+(?:(?:is|was|has been)\s+)?(?:led|run` +
      String.raw`|headed)\s+(?:since\s+[\p{L}\d ,]{4,20}?\s+)?by\s+(?:(?:its` +
      String.raw`|the)\s+)?(?:(${TITLE})\s+)?$`,
    'iu',
  ),
  // "SoftBank, whose chief executive is Masayoshi Son"
  new RegExp(String.raw`^,?\s+whose\s+(${TITLE})\s+is\s+$`, 'i'),
];

/**
 * From a company to one of its founders: ", founded in March 2024 by X and ", ", founded by
 * Israeli entrepreneur ", with a few words that describe the person.
 */
const FOUNDED_BY = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+)?(?:(?:was|is)\s+)?(?:co-?)?founded\s+` +
    String.raw`(?:in\s+[\p{L}\d ,]{3,20}?\s+)?by\s+(?:[^.;:]{0,40}?(?:,|\sand)\s+)?` +
    String.raw`(?:(?:[\p{L}-]+\s+){0,3}?(?:entrepreneur|engineer|researcher|scientist|executive` +
    String.raw`|investor|billionaire|veteran)s?\s+)?$`,
  'iu',
);

/** From a company to one of the founders it lists: "OpenAI co-founders X and ". */
const FOUNDERS_LISTED = /^(?:['’]s)?\s+(?:co-?)?founders\s+(?:[^.;:]{0,40}?(?:,|\sand)\s+)?$/iu;

/** What brackets after a name say of the person: "(a lead researcher on Gemini)". */
const BRACKETED = /\s*\([^()]{0,80}\)/g;

/** Titles around a name, made once: "named X as chief executive", "Groq's new CEO", "X (AWS CEO)",
 * "the chief executive of AWS is X", "X is CEO", "chief executive X", "with X as CFO". */
const NAMED_AS = new RegExp(
  String.raw`^(?:,)?\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?(?:${INTERIM})?(${TITLE})\b`,
  'i',
);
// (not "OpenAI's CEO of applications": a title of one part of the company is another title)
const ORGS_TITLE = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:new\s+)?(?:${INTERIM})?(${TITLE_PAIR})\b(?!\s+(?:of|for)\s+\p{Ll})`,
  'iu',
);
/**
 * A name right after a title ("Larry Ellison, SoftBank CEO Masayoshi Son, ..."): in such a list the
 * title is that next person's. Case matters here, so it is no part of ORGS_TITLE.
 */
const NAME_NEXT = /^\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
const BRACKETED_TITLE = new RegExp(String.raw`^(?:['’]s)?\s+(${TITLE})\s*\)`, 'i');
const TITLE_OF = new RegExp(String.raw`(?:^|[^\p{L}])(${TITLE}|head)\s+(?:of|at)\s+$`, 'iu');
const PERSON_IS_TITLE = new RegExp(
  String.raw`^(?:\s+(?:is|was named|became|(?:will\s+)?serves?\s+as|remains|has been|(?:stays|stayed` +
    String.raw`|staying|remains|remaining|continues|continuing)(?: on)? as)` +
    // ("Brad Lightcap, the chief operating officer, ...": an aside that gives the title)
    String.raw`|,(?=\s+(?:the|its)\s))\s+(?:the\s+` +
    String.raw`|its\s+)?(?:${INTERIM})?(${TITLE})\b(?!\s+(?:of|at)\b)`,
  'i',
);
const TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:new\s+)?(?:${INTERIM})?(${TITLE_PAIR})(?:,|:|\s+is|\s+\()?\s*$`,
  'iu',
);
const AS_TITLE = new RegExp(
  String.raw`^\s+as\s+(?:its\s+|the\s+)?(${TITLE})\b(?!\s+(?:of|at)\b)`,
  'i',
);

const TOOK_OVER_AS = new RegExp(
  String.raw`^,?\s+(?:who\s+)?(?:(?:will|is to)\s+)?(?:${TOOK_TITLE}|take over|takes over` +
    String.raw`|step in|steps in)\b[^,.;]{0,30}?\bas\s+` +
    String.raw`(?:the\s+company['’]s\s+|its\s+` +
    String.raw`|the\s+)?(?:new|first|second|third|fourth|fifth|sixth)?\s*(?:${INTERIM})?(${TITLE})\b`,
  'i',
);

/**
 * The title after the organisation is another's: the next organisation's part ("the chief
 * executive of AWS parent Amazon"), or the title the one named before leaves ("X resigns as AWS
 * CEO, Y steps up": the comma ends it).
 */
function titleOfAnother(text: string, person: NameMention, org: NameMention): boolean {
  if (PART_OF_NEXT.test(text.slice(org.end, org.end + 12))) return true;
  return (
    org.end <= person.start &&
    TITLE_OF_ONE_BEFORE.test(text.slice(0, org.start)) &&
    text.slice(org.end, person.start).includes(',')
  );
}

/** A title given "as" to the one named before it: "resigns as", "steps down as", "joins as". */
const TITLE_OF_ONE_BEFORE = /\b[a-z]+\s+as\s+(?:the\s+)?$/;

/** A possessive organisation's new holder of the title after it: "Intel's new CEO". */
const NEW_AFTER_ORG = /^['’]s\s+new\s/i;

/** Between an organisation and a person it gives a role: "Groq named", "Oracle has appointed". */
const ORG_NAMED_PERSON =
  /^\s+(?:has\s+|have\s+)?(?:named|names|appointed|appoints|hired|hires|tapped|taps|promoted|promotes)\s+$/i;

/** The person's verb is in the future: "X will", "X is to", "X is set to". */
const WILL_AFTER = /^\s+(?:will|is (?:set |due )?to)\b/i;

/** A verb that gives a person a role, after them: "is named", "was appointed", "the new". */
const APPOINTED =
  String.raw`(?:(?:is|was|has been|had been|will be|to be)\s+)?` +
  String.raw`(?:named|appointed|tapped|picked|chosen)\s+(?:as\s+)?`;
/** The same verb, said of a person named before an organisation: the role may start later. */
const APPOINTED_BETWEEN = /\b(?:named|appointed|tapped|picked|chosen|new)\b/i;

/**
 * Between a person and the organisation whose title follows: "X, Amazon's CEO", "X becomes Groq's
 * new CEO".
 */
const PERSON_IS_ORGS = new RegExp(
  String.raw`^(?:,\s+|\s+(?:is|was|becomes|became|has become|will become|remains|is now` +
    // "X will step in as Groq's new CEO", "X takes over as AWS's chief"
    String.raw`|(?:will\s+|to\s+)?(?:step|steps|stepped|take|takes|took)\s+(?:in|over)\s+as` +
    // "X is the new Acme CEO", "X was appointed as the new Acme chief", "X was named Acme CEO"
    String.raw`|(?:is|was)\s+the\s+new|(?:${APPOINTED})(?:the\s+new)?)\s*)$`,
  'i',
);

/** Ways a sentence puts a person in a role at an organisation named after them. */
const PERSON_THEN_ORG: RegExp[] = [
  // "X was named CEO of Acme", "X has been appointed as the chief executive of Y"
  new RegExp(
    String.raw`^\s+${APPOINTED}(?:the\s+)?(?:new\s+)?(?:${INTERIM})?(${TITLE_PAIR})` +
      String.raw`\s+(?:of|at)\s+$`,
    'i',
  ),
  // "Matt Garman, the chief executive of AWS", "X, who will remain chief executive of Y", "X is
  // chief executive of Y"
  new RegExp(
    String.raw`^(?:,\s+(?:who\s+(?:is|remains|will\s+remain|has\s+been)\s+)?|\s+(?:is|remains)\s+)` +
      String.raw`(?:the\s+|its\s+)?` +
      String.raw`(?:${INTERIM})?(${TITLE_PAIR})\s+(?:of|at)\s+$`,
    'i',
  ),
  // a press release's sign-off: "said Andy Jassy, President and CEO, Amazon" (the last title
  // named is the one checked); a who's who list's entry: "Andy Jassy — chief executive, Amazon"
  new RegExp(
    String.raw`^(?:,|\s*[\u2013\u2014]|\s+-|:)\s+(?:(?:${TITLE})\s+and\s+)?(${TITLE}),\s+$`,
    'i',
  ),
];

/** "New" before a title's organisation: the holder has just been named, and may start later. */
const NEW_HOLDER = /\bnew(?:ly\s+(?:named|appointed))?\s+$/i;

/** A person who runs an organisation now (not "ran", which was some time). */
const PERSON_RUNS = /^,?\s+(?:who\s+)?(?:now\s+|still\s+)?(?:runs|leads|heads)\s+$/i;

/** A column header that is a title and nothing else ("Chief executive", "CFO"). */
export function titleColumn(header: string): string | undefined {
  const written = header.trim().replace(/s$/i, '');
  return titleOfWords(written) ? written : undefined;
}

/**
 * Finds where a sentence names a person in a role at an organisation: "ORG TITLE PERSON", "ORG,
 * led by PERSON", "ORG, whose TITLE is PERSON", "PERSON, TITLE of ORG", "PERSON, ORG's TITLE", and,
 * when exactly one company is in view (named in the sentence, or given by `contextCompanies`: its
 * table row, or what it refers back to), "PERSON is TITLE", "TITLE PERSON" and "TITLE: PERSON". A
 * title left out ("run by") means chief executive.
 */
export function findAttributions(
  text: string,
  names: NameMention[],
  index: ReferenceIndex,
  contextCompanies: string[] = [],
  columnTitle?: string,
  nearby: string[] = [],
  around: ReadonlyMap<string, number> = new Map(),
): AttributionClaim[] {
  const kindOf = (n: NameMention): string | undefined => index.entity(n.entityId)?.kind;
  const people = names.filter((n) => kindOf(n) === 'person');
  const orgs = names.filter((n) => kindOf(n) !== 'person');
  const out: AttributionClaim[] = [];
  const add = (
    person: NameMention,
    org: NameMention,
    title: string | undefined,
    how: Pick<AttributionClaim, 'inferred' | 'nearby'> = {},
  ): void => {
    if (!title || claims(out, person) || quoted(text, Math.min(org.start, person.start))) return;
    if (titleOfAnother(text, person, org)) return;
    const time = timeOfTitle(text, person, org);
    if (time === 'other') return;
    const first = Math.min(org.start, person.start);
    const appointed =
      (org.end <= person.start && ORG_NAMED_PERSON.test(text.slice(org.end, person.start))) ||
      // "New Intel CEO X", "Intel's new chief executive, X": a holder just named
      NEW_HOLDER.test(text.slice(Math.max(0, first - 20), first)) ||
      (org.end <= person.start && /\bnew\s/i.test(text.slice(org.end, person.start))) ||
      // "X was named CEO of Acme", "X is the new Acme CEO", "X, Acme's new CEO"
      (person.end <= org.start &&
        (APPOINTED_BETWEEN.test(text.slice(person.end, org.start)) ||
          NEW_AFTER_ORG.test(text.slice(org.end, org.end + 12)))) ||
      // "as CEO, X will join the board": what the person will do, in a role to come
      WILL_AFTER.test(text.slice(person.end, person.end + 16));
    const interim = INTERIM_NEAR.test(
      text.slice(Math.max(0, first - 24), Math.max(org.end, person.end) + 40),
    );
    out.push({
      person,
      org,
      title,
      ...how,
      ...(appointed ? { appointed } : {}),
      ...(interim ? { interim } : {}),
      ...(time === 'past' ? { past: true as const } : {}),
    });
  };
  for (const person of people) {
    for (const org of orgs) {
      const titles =
        org.end <= person.start
          ? titlesOrgThenPerson(text, org, person)
          : titlesPersonThenOrg(text, person, org);
      for (const title of titles) add(person, org, title);
    }
  }
  // With one company in view, a title next to a person is a title there: "At Anthropic, Dario
  // Amodei is chief executive"; "under new chief executive Simon Edwards"; a table row "Meta | CFO
  // Susan Li".
  const view = companyView(text, names, orgs, index, contextCompanies, nearby, around);
  for (const person of people) {
    const at = companyOfTitle(person, view);
    const title = titleBeside(text, person, columnTitle, orgs);
    if (at && title && !NOT_NOW.test(text.slice(Math.max(0, person.start - 20), person.end + 40)))
      add(person, at.org, title, at.how);
  }
  return out;
}

/** Words after an organisation that make it a part of the next one named ("AWS parent Amazon"). */
const PART_OF_NEXT = /^(?:['’]s)?\s+(?:parent|owner)\b/i;

/**
 * The titles the words between an organisation and a person named after it give the person, in
 * the order they are tried: "AWS chief executive Matt Garman", "Groq named Simon Edwards as chief
 * executive", "the chief executive of AWS is X".
 */
function titlesOrgThenPerson(
  text: string,
  org: NameMention,
  person: NameMention,
): (string | undefined)[] {
  const titles = ORG_THEN_PERSON.map((re) =>
    titleBetween(text, org.end, person.start, re, undefined, 'ceo'),
  );
  // "Reflection AI, founded in 2024 by Misha Laskin (a DeepMind researcher) and Ioannis
  // Antonoglou": each a founder, past what is said of those before in brackets
  const founding = text.slice(org.end, person.start).replace(BRACKETED, '');
  if (person.start > org.end && (FOUNDED_BY.test(founding) || FOUNDERS_LISTED.test(founding)))
    titles.push('co-founder');
  // "Groq named Simon Edwards as chief executive"
  const named = NAMED_AS.exec(text.slice(person.end))?.[1];
  titles.push(titleBetween(text, org.end, person.start, ORG_NAMED_PERSON, named));
  // "The chief executive of AWS is X", "As CEO of AWS, X ...", "the head of AWS, X"
  const titleOf = TITLE_OF.exec(text.slice(Math.max(0, org.start - 40), org.start))?.[1];
  if (titleOf) {
    const given = /^head$/i.test(titleOf) ? 'chief executive' : titleOf;
    titles.push(titleBetween(text, org.end, person.start, /^(?:,|\s+is)\s+$/, given));
  }
  return titles;
}

/**
 * The titles the words between a person and an organisation named after them give the person, in
 * the order they are tried: "Matt Garman, the chief executive of AWS", "Andy Jassy, who runs
 * Amazon", "Andy Jassy (Amazon CEO)", "Andy Jassy, Amazon's chief executive".
 */
function titlesPersonThenOrg(
  text: string,
  person: NameMention,
  org: NameMention,
): (string | undefined)[] {
  const titles = PERSON_THEN_ORG.map((re) => titleBetween(text, person.end, org.start, re));
  // "Andy Jassy, who runs Amazon", "Lisa Su leads AMD": running it, now, means chief
  // executive
  titles.push(titleBetween(text, person.end, org.start, PERSON_RUNS, undefined, 'ceo'));
  // "Andy Jassy (Amazon CEO)"
  const bracketed = BRACKETED_TITLE.exec(text.slice(org.end))?.[1];
  titles.push(titleBetween(text, person.end, org.start, /^\s+\(\s*$/, bracketed));
  // "Andy Jassy, Amazon's chief executive", "Simon Edwards becomes Groq's new chief
  // executive"
  const orgsTitle = ORGS_TITLE.exec(text.slice(org.end));
  const after =
    orgsTitle && !NAME_NEXT.test(text.slice(org.end + orgsTitle[0].length))
      ? orgsTitle[1]
      : undefined;
  titles.push(titleBetween(text, person.end, org.start, PERSON_IS_ORGS, after));
  return titles;
}

/**
 * The title written next to a person, as the data's title: "Dario Amodei is chief executive",
 * "chief executive Dario Amodei", "who took over as the company's third chief executive", "with
 * Susan Li as CFO"; else the title heading the person's table column.
 */
function titleBeside(
  text: string,
  person: NameMention,
  columnTitle: string | undefined,
  orgs: NameMention[],
): string | undefined {
  const after = PERSON_IS_TITLE.exec(text.slice(person.end))?.[1];
  // "chief executive Dario Amodei", "Its CFO is Krishna Rao", a list item "CEO: Clay Magouyrk"
  const leadStart = Math.max(0, person.start - 80);
  const lead = text.slice(leadStart, person.start);
  const titled = TITLE_BEFORE.exec(lead.slice(-40));
  const beforeTitle = titled ? lead.slice(0, lead.length - titled[0].length + 1) : '';
  // "Tesla CEO Elon Musk", "Scale's 28-year-old CEO": a title after a name the data does not know
  // is that organisation's
  const possessor = UNKNOWN_POSSESSOR.exec(beforeTitle);
  const unknownPossessor =
    possessor !== null &&
    !orgs.some(
      (o) => o.start <= leadStart + possessor.index && leadStart + possessor.index < o.end,
    );
  const before =
    titled &&
    !OTHER_ORGANISATION.test(beforeTitle) &&
    !HANDED_ON.test(beforeTitle) &&
    !unknownPossessor &&
    !itsOther(lead, leadStart, orgs)
      ? titled[1]
      : undefined;
  // "Satya Nadella, who took over in February 2014 as the company's third chief executive"
  const tookOver = TOOK_OVER_AS.exec(text.slice(person.end))?.[1];
  // "led by Mark Zuckerberg, with Susan Li as CFO"
  const withAs = /\bwith\s+$/i.test(text.slice(Math.max(0, person.start - 6), person.start))
    ? AS_TITLE.exec(text.slice(person.end))?.[1]
    : undefined;
  // "Clay Magouyrk and Mike Sicilia were named co-CEOs": each of the pair holds the title
  const pair = CO_TITLE_PAIR.exec(text.slice(person.end))?.[1];
  // a table cell under a column headed by a title ("| Chief executive |") gives its people that
  // title
  const written = after ?? before ?? tookOver ?? withAs ?? pair ?? columnTitle;
  return written && titleOfPair(written.replace(/[\u2010\u2011]/g, '-'));
}

/**
 * "Its" before the title points at an organisation the data does not know, named after the last
 * one it does: "the chipmaker bought into design house Vantor and hired its CEO" (`lead`: the
 * text before the person, from `leadStart`).
 */
function itsOther(lead: string, leadStart: number, orgs: NameMention[]): boolean {
  // (up to "its co-founder and chief executive")
  const its = /\b(?:its|their)\s+(?:new\s+)?\S+(?:\s+\S+){0,3}?[,:]?\s*$/i.exec(lead);
  if (!its) return false;
  const before = orgs.filter((o) => o.end <= leadStart + its.index);
  const from = Math.max(leadStart, ...before.map((o) => o.end));
  return [...lead.slice(0, its.index).matchAll(PROPER_NOUN)].some(
    (w) => leadStart + w.index! >= from && !MONTH_OR_DAY.test(w[0]),
  );
}

/** A capitalised word inside a sentence: a proper noun, perhaps an organisation's name. */
const PROPER_NOUN = /(?<![.!?:"“]\s*|^\s*)\b\p{Lu}\p{Ll}{2,}\b/gu;
const MONTH_OR_DAY = new RegExp(
  String.raw`^(?:${MONTH_NAMES.join('|')}` +
    String.raw`|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
);

/**
 * A capitalised word (or its possessive) right before a title, other than words that open a
 * sentence or qualify the title: the name of an organisation the data does not know ("Tesla CEO",
 * "Blackstone's CEO"), whose title is not one at the company in view; at a sentence's start too
 * ("Intuit chairman X", after a paragraph on Oracle), though not after a quotation's opening.
 */
const OTHER_ORGANISATION = new RegExp(
  String.raw`(?<![.!?:"“]\s*)\b(?!(?:The|Its|Their|His|Her|Our|New|Group|Company|Deputy` +
    String.raw`|Senior|Executive|Co|As|And|With|Under|By|From|Then|Now|Longtime|Veteran)\b)` +
    String.raw`\p{Lu}[\p{L}\p{N}&.-]*(?:['’]s)?\s+$`,
  'u',
);

/** A verb of succession before a title: "they succeed long-serving CEO X", a title handed on. */
const HANDED_ON =
  /\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|t(?:ake|akes|ook|aking) over from)\s+(?:[\w-]+\s+){0,2}$/i;
/** A capitalised possessive, then a word or two, before a title: "Scale's 28-year-old CEO". */
const UNKNOWN_POSSESSOR = /\b\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+(?:[\p{L}\p{N}-]+\s+){1,2}$/u;

/**
 * After the first or second of a pair given one shared title: "and Mike Sicilia were named
 * co-CEOs", "appointed as co-CEOs" (a hyphen of any kind).
 */
const HYPHEN = String.raw`[-\u2010\u2011]`;
const CO_TITLE_PAIR = new RegExp(
  String.raw`^\s+(?:and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+)?` +
    String.raw`(?:(?:were|are|have been|had been)\s+)?(?:(?:named|appointed|promoted|made)\s+)?` +
    String.raw`(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+)?(?:${INTERIM})?` +
    String.raw`(co${HYPHEN}?CEOs|co${HYPHEN}chief executives|co${HYPHEN}chief executive officers)\b`,
  'iu',
);

/**
 * Whether an offset is inside quotation marks: a phrase quoted ("Referring to 'Oracle CEO Safra
 * Catz' is out of date") is mentioned, not claimed.
 */
export function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp): number => before.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g);
}

function claims(out: AttributionClaim[], person: NameMention): boolean {
  return out.some((c) => c.person === person);
}

/**
 * The title the text between two names gives, if it matches `re`; `fallback` when it matches
 * without one.
 */
function titleBetween(
  text: string,
  from: number,
  to: number,
  re: RegExp,
  given?: string,
  fallback?: string,
): string | undefined {
  if (to < from) return undefined;
  const between = withoutAside(text.slice(from, to));
  if (between.length > 50) return undefined;
  // ("AMD Chair and CEO Dr. Lisa Su": an honorific is part of the name's form, not of the title)
  const m = re.exec(between.replace(HONORIFIC_BEFORE_NAME, ' '));
  if (!m) return undefined;
  const written = given ?? m[1];
  if (!written) return fallback;
  return titleOfPair(written);
}

/** An honorific right before a person's name: "Dr. ", "Ms ". */
const HONORIFIC_BEFORE_NAME = /\s(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+$/;
