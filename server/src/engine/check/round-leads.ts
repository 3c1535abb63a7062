import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import type { NameMention } from '../types';
import { parseIsoDate } from '../reference/dates';
import { TITLE } from '../reference/titles';
import { listedAfter } from './anchoring';
import { ownRoundLabels, roundLabelsIn } from './round-terms';

/** A name written as the lead of a round that the round's sources do not name as its lead. */
export interface MisattributedLead {
  /** the name as written, in the offsets of the text it was found in */
  name: NameMention;
  round: Fact;
  leads: Entity[];
}

/**
 * "led by", "co-led by", before the names of the leads, perhaps with lower-case words that say
 * what the lead is ("led by venture-capital firm X").
 */
const LED_BY = /\b(?:(?:[Cc]o-)?[Ll]ed|[Ss]pearheaded)\s+by\s+(?:[a-z][\w-]*\s+){0,3}$/;
/**
 * After a lead's name: "SoftBank led the round", "co-led it", "an ICONIQ-led round", "IVP is
 * leading the round".
 */
const LED_AFTER =
  /^(?:-led\b|\s+(?:co-)?led\b(?!\s+by\b)|\s+(?:is|are|was|were|will be)\s+(?:co-)?leading\b)/i;
/** A title right after a company's name: "OpenAI COO", "Google's chief executive". */
const TITLE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:former\s+)?(?:${TITLE})\b`, 'i');
/** A sentence that opens on its round's lead: "Led by Fidelity, the round ...". */
const OPENS_LED_BY = /^\W*(?:co-)?led\s+by\b/i;
/**
 * A round named as one spoken of: "the round", "this funding round"; not "the latest round" or
 * "the previous raise", which may be another than the one just named.
 */
const THE_ROUND_SPOKEN_OF =
  String.raw`(?:the|this|that)\s+(?:(?!(?:latest|newest|new|next|previous|prior|last|earlier` +
  String.raw`|first|second|third|current|recent|upcoming)\b)[\w-]+\s+){0,3}?` +
  String.raw`(?:round|raise|funding|financing)\b`;
/**
 * A sentence that opens on a round named before, with no figure to bind it: "The round was led by
 * ...", "The Series B fundraising was co-led by ...". It speaks of the round the sentence before it
 * spoke of.
 */
const ROUND_REFERRED_AT_START = new RegExp(String.raw`^\W*${THE_ROUND_SPOKEN_OF}`, 'i');
/** The round spoken of anywhere in a sentence: "... reported that Lightspeed led the round". */
const THE_ROUND = new RegExp(String.raw`\b${THE_ROUND_SPOKEN_OF}`, 'i');

/**
 * The rounds a sentence with no figure of its own speaks of: the company's round of the letter it
 * names ("X led the Series F round"); else, where it speaks of a round spoken of ("The round was
 * led by ..."), the round of the sentence before (`before`: the facts its figures were bound to)
 * or the round the news is about.
 */
export function roundsSpokenOf(
  ctx: SentenceContext,
  names: NameMention[],
  before: Fact[],
  index: ReferenceIndex,
): Fact[] {
  const byLetter = roundNamedByLetter(ctx, index);
  if (byLetter.length > 0 || !roundReferred(ctx.text, names, index)) return byLetter;
  return before.some((f) => roundOf(f, index)) ? before : roundOfTheDay(ctx, index);
}

/**
 * A sentence with no figure of its own that speaks of the round spoken of before it: it opens on
 * it ("The round was led by ..."), on its lead ("Led by Fidelity, ..."), or names its lead with
 * the round ("... reported that Lightspeed led the round").
 */
function roundReferred(text: string, names: NameMention[], index: ReferenceIndex): boolean {
  return (
    ROUND_REFERRED_AT_START.test(text) ||
    OPENS_LED_BY.test(text) ||
    (THE_ROUND.test(text) && namedLeads(text, names, index).length > 0)
  );
}

/**
 * The round a sentence with no figure names by its letter ("X led the Series F round"): the one
 * round of that letter, with its leads known, of the companies the sentence names or refers to.
 */
function roundNamedByLetter(ctx: SentenceContext, index: ReferenceIndex): Fact[] {
  const letters = roundLabelsIn(ctx.text);
  if (!letters.length) return [];
  return oneRound(
    roundsInView(ctx, index).filter((f) => ownRoundLabels(f).some((l) => letters.includes(l))),
  );
}

/**
 * The round of the document's day, for "The round was led by X" with no round spoken of before it
 * in its paragraph: the one round, with its leads known, of the companies in view that was
 * announced in the days before the document was written, which is the news the text is about.
 */
function roundOfTheDay(ctx: SentenceContext, index: ReferenceIndex): Fact[] {
  const day = ctx.documentDate;
  if (day === undefined) return [];
  return oneRound(
    roundsInView(ctx, index).filter((f) => {
      const at = parseIsoDate(f.asOf);
      return at !== undefined && at.min <= day + DAYS_AHEAD && day - DAYS_AFTER <= at.max;
    }),
  );
}

/** How long after a round's day a text may still report it as news. */
const DAYS_AFTER = 21;
/** How long before: a round reported as agreed, days before it is announced. */
const DAYS_AHEAD = 7;

/** The rounds with leads known of the companies a sentence names or refers to. */
function roundsInView(ctx: SentenceContext, index: ReferenceIndex): Fact[] {
  const subjects = new Set([
    ...ctx.names.map((n) => n.entityId),
    ...[...ctx.around].filter(([, w]) => w >= IN_VIEW).map(([id]) => id),
    ...(ctx.implied?.keys() ?? []),
  ]);
  return [...subjects].flatMap((id) => index.factsAbout(id).filter((f) => f.ledBy));
}

/** One round's fact when the facts are all of one round (its tranches share a day), else none. */
function oneRound(rounds: Fact[]): Fact[] {
  const [first] = rounds;
  return first && rounds.every((f) => f.subject === first.subject && f.asOf === first.asOf)
    ? [first]
    : [];
}

/** How firmly a company must be named around a sentence for its round to be the one meant. */
const IN_VIEW = 0.5;

/** A word of a round before "led by": what was led is a round, not a company run by someone. */
const ROUND_WORDS =
  /\b(?:round|series [a-z]|rais(?:e|ed|es|ing)|funding|financing|close|investment)\b/i;

/**
 * The round a fact belongs to when the data says who led it: the fact itself, or the round its
 * subject raised on the same day (a valuation set in that round, a tranche of it).
 */
export function roundOf(fact: Fact, index: ReferenceIndex): Fact | undefined {
  if (fact.ledBy) return fact;
  if (!ROUND_PROPERTIES.has(fact.property)) return undefined;
  return index.factsAbout(fact.subject).find((f) => f.ledBy !== undefined && f.asOf === fact.asOf);
}

const ROUND_PROPERTIES = new Set(['raised', 'valuation']);

/**
 * The names a text gives as a round's leads: "a round led by X", "co-led by X and Y", "X led the
 * round", "an X-led round"; in a table cell under a "Lead" column (`leadColumn`), every name.
 * People are never leads here: "OpenAI, led by Sam Altman" says who runs it.
 */
export function namedLeads(
  text: string,
  names: NameMention[],
  index: ReferenceIndex,
  leadColumn = false,
): NameMention[] {
  // (nor a company named with a title after it: "led by ex-OpenAI CTO Mira Murati" is led
  // by the person)
  const investors = names.filter(
    (n) =>
      index.entity(n.entityId)?.kind !== 'person' &&
      !n.misspelled &&
      !TITLE_AFTER.test(text.slice(n.end, n.end + 40)),
  );
  if (leadColumn) return investors;
  const out: NameMention[] = [];
  let previous: NameMention | undefined;
  for (const n of investors) {
    const before = text.slice(0, n.start);
    // a name listed after a lead is a co-lead
    const listed =
      previous !== undefined && out.includes(previous) && listedAfter(text, previous, n);
    if (
      (LED_BY.test(before) && (ROUND_WORDS.test(before) || OPENS_LED_BY.test(before))) ||
      listed ||
      (LED_AFTER.test(text.slice(n.end)) && ROUND_WORDS.test(text.slice(n.end, n.end + 40)))
    )
      out.push(n);
    previous = n;
  }
  return out;
}

/**
 * Leads a text names for the one round its figures are bound to (`bound`: the facts they were
 * bound to) that the round's sources do not name. When any lead named is one the sources name,
 * the others may be co-leads they leave out, and nothing is said.
 */
export function misattributedLeads(
  text: string,
  names: NameMention[],
  bound: Fact[],
  index: ReferenceIndex,
  leadColumn = false,
): MisattributedLead[] {
  // figures of other kinds ("250 million users") say nothing about which round
  const rounds = new Set(
    bound.map((f) => roundOf(f, index)).filter((r): r is Fact => r !== undefined),
  );
  const [round] = rounds;
  if (rounds.size !== 1 || !round.ledBy) return [];
  const claimed = namedLeads(text, names, index, leadColumn);
  const leadIds = round.ledBy;
  if (
    claimed.length === 0 ||
    claimed.some((n) => leadIds.some((id) => index.lineage(n.entityId).includes(id)))
  )
    return [];
  const leads = leadIds.map((id) => index.entity(id)).filter((e): e is Entity => e !== undefined);
  return claimed.map((name) => ({ name, round, leads }));
}
