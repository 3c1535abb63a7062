import { roleTitle, type ReferenceIndex } from '../reference/index';
import { BOARD_TITLES, TOOK_TITLE } from '../reference/titles';
import type { Entity, Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { SentenceContext } from '../reading';

/**
 * A role's start is checked only in a clause naming one person, who held one role of its kind at
 * that organisation ("X has led Microsoft since 2014; Y runs OpenAI" names one person per clause;
 * a chief executive who is also chair has one start as an executive and one on the board).
 */
export function oneRoleInPlay(
  role: Entity,
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  const [from, to] = clauseAround(q, ctx);
  const isPerson = (id: string): boolean => index.entity(id)?.kind === 'person';
  let people = new Set(
    ctx.names
      .filter((n) => n.start >= from && n.end <= to && isPerson(n.entityId))
      .map((n) => n.entityId),
  );
  // a table cell with no person of its own is about its row's ("| AWS | Matt Garman | CEO since ...
  // |")
  if (people.size === 0 && ctx.rowKey?.length)
    people = new Set([...ctx.around].filter(([id, w]) => w >= 1 && isPerson(id)).map(([id]) => id));
  const [person, org] = role.parties ?? [];
  const board = BOARD_TITLES.has(roleTitle(role) ?? '');
  // (of those with a start: a founder's title, with none, gives the date to no other role)
  const roles =
    index
      .entity(person)
      ?.roles?.filter(
        (r) => r.of === org && r.from !== undefined && BOARD_TITLES.has(r.title) === board,
      ) ?? [];
  // the person is named in the sentence itself: "she" may be someone named earlier than them
  return people.size <= 1 && people.has(person) && roles.length === 1;
}

/** The span of the clause a role's date stands in, in block offsets. */
function clauseAround(q: Quantity, ctx: SentenceContext): [number, number] {
  const at = q.start - ctx.offset;
  const after = ROLE_CLAUSE_END.exec(ctx.text.slice(at));
  return [
    ctx.offset + ctx.text.lastIndexOf(';', at) + 1,
    ctx.offset + (after ? at + after.index : ctx.text.length),
  ];
}

/**
 * Where the clause of a role's date ends: a semicolon, or words that turn to another person
 * ("..., succeeding Adam Selipsky", "when she stepped in as CEO after her founder left"): a
 * predecessor named there is no second person of the claim.
 */
const ROLE_CLAUSE_END = /;|,\s+who\b|,?\s+(?:succeeding|replacing|after|taking over from)\b/;

const ROLE_VERBS = new Set(['took over', 'became', 'named', 'appointed', 'since']);

/**
 * A role's start needs its title right before the date: "CEO since 2014", "co-founded ... in 1993".
 */
export function titleJustBefore(fact: Fact, q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  // a title said once for two organisations ("Google's chief executive since 2015 and Alphabet's
  // since 2019") stands before the first of them
  // (or stands before the organisation set off by commas: "chief executive, Amazon Web Services,
  // since 3 June 2024")
  const near = ctx.text.slice(Math.max(0, start - 40), start);
  const reach = ELIDED_TITLE.test(near) ? 100 : ORG_ASIDE.test(near) ? 80 : 40;
  const before = ctx.text.slice(Math.max(0, start - reach), start).toLowerCase();
  // "Selipsky left the company in 2024": a date after a leaving verb is when the role ended
  if (ROLE_ENDED.test(ctx.text.slice(Math.max(0, start - 60), start))) return false;
  const titles = fact.cues.filter((c) => !ROLE_VERBS.has(c)).map((c) => c.toLowerCase());
  const said = titles.find((c) => before.includes(c));
  if (said !== undefined)
    return (
      !ofUnknownOrganisation(said, before, start, ctx) && roleWordsOnly(said, before, ctx, start)
    );
  // "has run AWS since 2020", "at the helm since 2020": leading the company is the chief's role
  if (LED_SINCE.test(before) && titles.some((c) => CHIEF.test(c))) return true;
  // "began in 2021, when he took over as CEO": the title right after, in the clause the date opens
  const taken = TOOK_TITLE_AFTER.exec(ctx.text.slice(q.end - ctx.offset))?.[1].toLowerCase();
  return taken !== undefined && titles.includes(taken);
}

/**
 * The title is of an organisation the data does not know ("was CEO of Northwind Robotics
 * from 2009"): another role than the fact's. `before` is the lower-cased text that ends at `start`.
 */
function ofUnknownOrganisation(
  title: string,
  before: string,
  start: number,
  ctx: SentenceContext,
): boolean {
  const tail = before.slice(before.lastIndexOf(title) + title.length);
  const at = start - tail.length;
  const of = TITLE_OF.exec(ctx.text.slice(at, start));
  if (!of) return false;
  const orgAt = at + of[0].length + ctx.offset;
  return !ctx.names.some((n) => n.start === orgAt);
}

/**
 * Whether the words between a title and the date after it speak of the role: names, "of", "since",
 * "became", and the like ("CEO of AWS since 2021", "co-founded OpenAI in 2015"). Any other word is
 * a verb of its own, whose date the date is: "AWS CEO Adam Selipsky spoke in 2022".
 */
function roleWordsOnly(
  title: string,
  before: string,
  ctx: SentenceContext,
  start: number,
): boolean {
  const from = start - (before.length - before.lastIndexOf(title) - title.length);
  const named = ctx.names.filter(
    (n) => n.start - ctx.offset >= from && n.end - ctx.offset <= start,
  );
  let between = ctx.text.slice(from, start);
  for (const n of named.reverse())
    between =
      between.slice(0, n.start - ctx.offset - from) +
      ' ' +
      between.slice(n.end - ctx.offset - from);
  return (between.match(/[\p{L}-]+/gu) ?? []).every((w) => ROLE_WORDS.has(w.toLowerCase()));
}

const ROLE_WORDS = new Set(
  (
    'of at the its his her their since from in as and has had have been was is were who ' +
    'became become becoming named appointed took taking over served serving serves joined ' +
    'until through to a an s on effective starting beginning'
  ).split(' '),
);

/** A title's "of" or "at" and the capitalised name after it: " of Northwind". */
const TITLE_OF = /^\s+(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/u;

/** A verb of leading a company, then "since", before a date: "has run AWS since". */
const LED_SINCE =
  /\b(?:(?:has|had|have)\s+(?:run|led|headed|helmed)\b[^.;,]{0,40}|at the helm(?:\s+of\s+[^.;,]{1,30})?)\s+since\s+$/i;
const CHIEF = /^(?:ceo|chief executive(?: officer)?)$/i;
/** Right after a role's date, the taking of its title: ", when he took over as CEO". */
const TOOK_TITLE_AFTER = new RegExp(
  String.raw`^,?\s+(?:when|as|after)\s+(?:he|she|they)\s+(?:${TOOK_TITLE})\s+as\s+` +
    String.raw`(?:the\s+|its\s+)?(?:new\s+)?` +
    String.raw`([\w-]+(?:\s+[\w-]+){0,2}?)(?=[\s,.;]|$)`,
  'i',
);

/** Verbs of leaving a role, before its date: the date is the role's end, not its start. */
const ROLE_ENDED = new RegExp(
  String.raw`\b(?:left|leaves|leaving|stepped down|steps down|stepping down|departed` +
    String.raw`|resigned|retired|exited|quit|was (?:fired|ousted|removed)|ousted)\b[^;.]*$`,
  'i',
);

/** An organisation set off by commas right before "since": ", Amazon Web Services, since ". */
const ORG_ASIDE = /,\s+[^,;.]{2,40},\s+(?:since|from)\s+$/i;
const ELIDED_TITLE = /\band\s+(?:of\s+)?[\p{L}.&-]+(?:['’]s)?\s+(?:since|from)\s+$/u;
