import { TOTAL_CUE } from '../check/properties';
import { agrees } from '../check/tolerance';
import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { ClaimFrame } from './frame';
import { LISTING } from './words';
import { figureClause } from './clause';
import type { Gate } from './gate';
import type { Quantity } from '../types';
import { capacityOfAnotherSite, ownedBy } from './sites';
import { countedNoun, holdsWord, SHARE_SALE } from './words';
import { MONEY_GATES } from './gates-money';
import { TOGETHER } from './joint';

/**
 * Gates about whose amount a figure is, and which part of it: an amount several parties put in
 * together, one that qualifies a name, a part of a whole, a stake's holder, a part of a population,
 * another event's date. They follow the other gates in GATES (gates.ts), in this order.
 */
export const PARTY_GATES: readonly Gate[] = [
  {
    id: 'scope/person-joined',
    summary:
      'A date on which a person started at, joined or began working for an organisation ' +
      '("Matt Garman started at Amazon in 2005") is the person\'s, not when the organisation ' +
      'was founded or began.',
    vetoes: (_frame, fact, q, ctx, index) => {
      if (q.dim !== 'date' || !ORG_DATES.has(fact.property)) return false;
      // (a person's own dates, and the start of a role, are what such a date gives)
      const kind = index.entity(fact.subject)?.kind;
      if (kind === 'person' || kind === 'role') return false;
      const before = q.start - ctx.offset;
      return ctx.names.some(
        (n) =>
          n.end - ctx.offset <= before &&
          index.entity(n.entityId)?.kind === 'person' &&
          PERSON_JOINED.test(ctx.text.slice(n.end - ctx.offset, before)),
      );
    },
    examples: {
      silent: ['Satya Nadella started at Microsoft in 1992.'],
      caught: ['Amazon was founded in 1996 by Jeff Bezos.'],
    },
  },
  {
    id: 'scope/joint-amount',
    summary:
      'An amount several parties put in together ("Microsoft and Nvidia will ' +
      'invest", "the two companies") is a sum, not one party\'s.',
    vetoes: (frame, fact, q, ctx, index) => {
      // a date or a term is the same for all parties: only amounts add up, and shares said to
      // be held "together"
      if (!AMOUNTS.has(q.dim) && !(q.dim === 'percent' && heldTogether(frame, q, ctx)))
        return false;
      if (frame.relation === 'sum') return !fact.cues.some((c) => TOTAL_CUE.test(c));
      return frame.joint.length >= 2 && !frame.joint.every((n) => ownedBy(fact, n.entityId, index));
    },
    examples: {
      silent: [
        'Microsoft and Nvidia are to invest $15 billion in Anthropic.',
        'The two giants are to put up $15 billion for Anthropic, Microsoft confirmed.',
        // (a party the data does not know, and a share the two hold "together")
        'Samsung and Kestrel together command about 60% of DRAM supply and close to 80% of the ' +
          'whole high-bandwidth memory segment.',
      ],
      caught: [
        'Microsoft is to put up to $50 billion into Anthropic.',
        'Samsung commands about 60% of DRAM supply and close to 80% of the whole high-bandwidth ' +
          'memory segment.',
      ],
    },
  },
  {
    id: 'scope/other-owner',
    summary:
      'A measure the writer gives as one company\'s ("Nvidia\'s market value", or "its market ' +
      'value" with only Nvidia named before it) is not the figure of a company it has no part in.',
    vetoes: (frame, fact, _q, _ctx, index) => {
      const owner = frame.owner?.entityId;
      return owner !== undefined && !ownedBy(fact, owner, index);
    },
    examples: {
      silent: [
        '---\ndate: 2024-12-14\n---\n\nBroadcom is now worth more than $1 trillion. Nvidia got ' +
          'there first, and its market value has since passed $3 trillion.',
      ],
      caught: [
        'Nvidia set a record in October 2025, and its market value reached $6 trillion.',
        // the name owning the figure itself outranks whose "its valuation" it is
        '---\ndate: 2026-05-20\n---\n\nAnthropic said last week that a fresh round lifted its ' +
          "private valuation past OpenAI's $900 billion mark from late March.",
      ],
    },
  },
  {
    id: 'scope/listing',
    summary:
      'A price, amount or date its clause ties to a listing ("could price its IPO at $527 a ' +
      'share", "started trading on March 28") is the listing\'s, not a merger\'s, a funding ' +
      "round's or the company's founding.",
    vetoes: (frame, fact, q, _ctx, index) => {
      // (a listing named after the figure may be a condition of it: "$35 billion more if it lists")
      if ((q.dim !== 'money' && q.dim !== 'date') || !frame.listed) return false;
      if (q.dim === 'date' && fact.property === 'founded') return true;
      const subject = index.entity(fact.subject);
      return subject !== undefined && subject.kind !== 'company' && !LISTING.test(subject.name);
    },
    examples: {
      silent: [
        '---\ndate: 2026-02-08\n---\n\nAfter buying xAI, SpaceX could price its IPO at about ' +
          '$527 per share, Bloomberg reported.',
        '---\ndate: 2025-08-10\n---\n\nCoreWeave has reported two quarters since it started ' +
          'trading as a public company in March 2025.',
      ],
      caught: ['---\ndate: 2026-06-13\n---\n\nSpaceX priced its IPO at $153 per share.'],
    },
  },
  {
    id: 'relation/amount-each',
    summary:
      'An amount said of each of several ("raised $1 billion each", "$2 billion apiece") is ' +
      "what one of them put in or got, not any one deal's or round's size.",
    vetoes: (frame, fact, q) =>
      AMOUNTS.has(q.dim) &&
      frame.after.each === true &&
      !fact.cues.some((c) => /^(?:each|apiece)$/i.test(c)),
    examples: {
      silent: [
        '---\ndate: 2024-10-20\n---\n\nTwo labs run by OpenAI alumni have raised $1 billion each.',
      ],
      caught: ['OpenAI raised $66 billion in October 2024.'],
    },
  },
  ...MONEY_GATES,
  {
    id: 'scope/share-sale',
    summary:
      'Shares sold by those who hold them (a tender offer, a secondary sale, employees selling) ' +
      'are not a round the company raised, unless the fact is such a sale.',
    vetoes: (frame, fact) =>
      frame.shareSale === true &&
      fact.property === 'raised' &&
      !fact.cues.some((c) => SHARE_SALE.test(c)),
    examples: {
      silent: [
        '---\ndate: 2026-03-10\n---\n\nAnthropic employees can sell up to $6 billion of ' +
          'their shares in a tender offer.',
      ],
      caught: ['---\ndate: 2026-03-10\n---\n\nAnthropic raised $13 billion in its Series G.'],
    },
  },
  {
    id: 'scope/named-head',
    summary:
      'A figure that qualifies a known name ("a $11 billion Project Rainier campus") is about ' +
      'that name, not another subject.',
    // (a count's name qualifies the counted noun instead: "36 Blackwell GPUs")
    vetoes: (frame, fact, q, _ctx, index) =>
      q.dim === 'money' && frame.head !== undefined && !ownedBy(fact, frame.head.entityId, index),
    // (so another subject's fact of the same amount is chance: "the $110 billion Project Rainier"
    // is not AWS's $110 billion run rate)
    agreementCounts: false,
    examples: {
      silent: [
        // (a site the data holds no sum of: the figure is left alone, not put on Amazon's deal)
        '---\ndate: 2025-11-04\n---\n\nAmazon signed a cloud deal with OpenAI. That contract ' +
          "and Amazon's new $11 billion Abilene campus show how far it reaches.",
      ],
      caught: [
        'OpenAI signed a $83 billion AWS deal.',
        // (AWS's run rate was $110 billion in 2024: the same amount, by chance)
        '---\ndate: 2025-11-04\n---\n\nAWS showed off the $110 billion Project Rainier on Tuesday.',
      ],
    },
  },
  {
    id: 'scope/some-business',
    summary:
      'A figure said of "a business" or "a company" the sentence does not name ("a constraint for ' +
      'a business generating $33 billion a quarter") is not the figure of a company named ' +
      'elsewhere, unless a name stands in apposition to it.',
    vetoes: (frame) => frame.unnamedBusiness === true,
    examples: {
      silent: [
        '---\ndate: 2026-01-29\n---\n\nMicrosoft said it could not build fast enough. That is a ' +
          'rare problem for a business bringing in $32.9 billion of revenue a quarter.',
      ],
      caught: [
        '---\ndate: 2026-01-29\n---\n\nMicrosoft, a company that brought in $71.3 billion of ' +
          'revenue in its fiscal second quarter of 2026, beat forecasts.',
        // (in a sentence after the first of its paragraph too: names carry their block offsets)
        '---\ndate: 2026-01-29\n---\n\nThe results came out on Wednesday. Microsoft, a company ' +
          'that brought in $71.3 billion of revenue in its fiscal second quarter of 2026, beat ' +
          'forecasts.',
      ],
    },
  },
  {
    id: 'scope/one-site',
    summary:
      'A capacity given to one site ("a huge 1-GW data center in Michigan") is not the capacity ' +
      'of a programme, a company or a deal the data does not hold as one site, unless the ' +
      "sentence names the fact's subject by it.",
    vetoes: (_frame, fact, q, ctx, index) =>
      q.dim === 'power' &&
      fact.property === 'capacity' &&
      capacityOfAnotherSite(fact, q, ctx, index),
    examples: {
      silent: [
        '---\ndate: 2025-10-31\n---\n\nThe partners will build a 1-GW data center in ' +
          'Michigan as part of the $450 billion Stargate expansion.',
        // (a site the data knows, named right after the noun, is the figure's: not the deal's)
        '---\ndate: 2025-10-01\n---\n\nOracle runs its 1.2 gigawatt data center campus in ' +
          'Abilene, Texas, for OpenAI.',
        // (the OpenAI–Oracle contract's 4.5 GW is spread over several sites)
        '---\ndate: 2025-12-20\n---\n\nOracle is building a 1-gigawatt facility in Michigan ' +
          'for OpenAI.',
      ],
      caught: [
        // (a deal the data holds as one data centre: its capacity is that site's)
        '---\ndate: 2025-12-20\n---\n\nxAI and Humain plan a 300 MW data center in Saudi Arabia.',
        '---\ndate: 2025-08-01\n---\n\nMeta is building Hyperion, a 7 GW data center campus.',
        // (in a sentence after the first of its paragraph too: names carry their block offsets)
        '---\ndate: 2025-08-01\n---\n\nMeta is spending heavily on its data centers in the ' +
          'American South this year. It is building Hyperion, a 7 GW data center campus.',
      ],
    },
  },
  {
    id: 'relation/part-is-no-whole',
    summary:
      'A part of an amount or a span ("the remaining $28 billion", "the first ' +
      '$10 billion of its investment", "the next six years") is not the whole, ' +
      'unless the fact is that part.',
    // a fact that is itself such a part is this one only when it is the same kind of part: the
    // first, what remains, or an addition; a part the words do not single out is none of them
    vetoes: (frame, fact) =>
      frame.relation === 'part' &&
      !(frame.part && fact.cues.some((c) => PART_FACT[frame.part!].test(c))),
    // (a sum said to come on top, "another $8 billion", that equals the whole is no reading of it:
    // the addition is what the writer states)
    agreementCounts: (_q, _ctx, frame) => frame?.part !== 'additional',
    examples: {
      silent: [
        'OpenAI will pay AWS the remaining $28 billion over the next six years.',
        "The first $10 billion of Nvidia's investment in OpenAI arrives with the first gigawatt.",
      ],
      caught: [
        'OpenAI will pay AWS $83 billion over seven years.',
        // (another $4 billion in November 2024 made $8 billion in all)
        '---\ndate: 2024-11-25\n---\n\nAmazon just invested another $8 billion in Anthropic.',
      ],
    },
  },
  {
    id: 'relation/whole-is-no-part',
    summary:
      'A ceiling of a commitment ("it committed up to $40 billion") is its whole, ' +
      'not the first tranche the data holds of it.',
    // (a ceiling of a commitment, "it committed up to $40 billion", is its whole: not the
    // first tranche paid on the day it was made)
    vetoes: (frame, fact, q, ctx) =>
      frame.relation !== 'part' &&
      q.hedge === 'at-most' &&
      fact.cues.some((c) => PART_FACT.first.test(c)) &&
      WHOLE_SAID.test(figureClause(q, ctx).text),
    examples: {
      silent: [
        // (SoftBank's first tranche, paid in April 2025, was $7.5 billion)
        '---\ndate: 2025-12-31\n---\n\nSoftBank completed its investment in OpenAI with a ' +
          'second payment in December. SoftBank said its March 31, 2025 pledge to invest up to ' +
          '$40 billion is now fulfilled.',
      ],
      // (a whole the data holds is still judged: Amazon's total is $8 billion)
      caught: [
        '---\ndate: 2024-12-01\n---\n\nAmazon has committed to invest a total of $6 billion ' +
          'in Anthropic.',
      ],
    },
  },
  {
    id: 'scope/stake-holder',
    summary:
      "A stake is someone's: one held by a group the data names only in words " +
      '("employees and investors hold 47%") is not a stake another holder owns.',
    vetoes: (_frame, fact, _q, ctx, index) => {
      if (fact.property !== 'stake' || (index.entity(fact.subject)?.parties?.length ?? 0) >= 2)
        return false;
      // the holder may be named in the sentence before and referred to ("It holds about 26%")
      const text = `${ctx.previousText} ${ctx.text}`;
      return !fact.cues.some((c) => holdsWord(text, c));
    },
    examples: {
      silent: [
        '---\ndate: 2025-11-05\n---\n\nSoftBank owns about 11% of OpenAI after its investment.',
      ],
      caught: [
        "---\ndate: 2025-11-05\n---\n\nOpenAI's employees and investors own 57% of the company.",
      ],
    },
  },
  {
    id: 'scope/sub-population',
    summary:
      'A count of a part of a population ("paying business users", "corporate ' +
      'employees") is not a count of the whole.',
    vetoes: (_frame, fact, q, ctx) => {
      const noun = countedNoun(fact, q);
      if (!noun) return false;
      const clause = figureClause(q, ctx).text;
      const narrowed = noun.match(SUB_POPULATION) ?? [];
      // (a count of jobs cut is of that cut, its kind of job said or not: "cut 14,000 jobs")
      return (
        narrowed.length > 0 && !narrowed.some((w) => holdsWord(clause, w)) && !JOBS_CUT.test(clause)
      );
    },
    examples: {
      silent: [
        '---\ndate: 2025-08-10\n---\n\nOpenAI had 9 million weekly users.',
        '---\ndate: 2025-11-01\n---\n\nAmazon has about 1.5 million employees.',
      ],
      caught: [
        '---\ndate: 2025-08-10\n---\n\nOpenAI said it has 9 million paying users.',
        '---\ndate: 2025-11-01\n---\n\nAmazon has decided to cut 41,000 jobs.',
      ],
    },
  },
  {
    id: 'time/event-yet-to-come',
    summary:
      'A date after the document\'s own day ("due to ship late next year", "by 2030") is ' +
      'of something yet to come, never of a founding or of an event already past.',
    vetoes: (_frame, fact, q, ctx) =>
      q.dim === 'date' &&
      ctx.documentDate !== undefined &&
      q.min > ctx.documentDate &&
      (PAST_EVENTS.has(fact.property) ||
        (fact.value.dim === 'date' && fact.value.max < ctx.documentDate)),
    // (a date to come cannot be a past event's: a near match is chance)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-03-20\n---\n\nNvidia said the Rubin chips are set to launch in 2026.',
        '---\ndate: 2025-09-19\n---\n\nOpenAI is reworking what it pays partners, trimming ' +
          "Microsoft's slice from a fifth to under a tenth by 2030.",
      ],
      caught: ['---\ndate: 2025-03-20\n---\n\nNvidia was launched in 1999.'],
    },
  },
  {
    id: 'scope/other-event',
    summary:
      "A date beside an amount that none of an event's amounts agrees with " +
      '("its $2.75 billion second tranche closed in March") is another event\'s date.',
    vetoes: (_frame, fact, q, ctx, index) =>
      q.dim === 'date' &&
      fact.value.dim === 'date' &&
      amountsOfAnother(fact.subject, q, ctx, index),
    examples: {
      silent: [
        "Amazon's second tranche of $2.75 billion in Anthropic closed in March 2024.",
        // (an amount of the event in another stretch of the sentence says nothing of the date)
        '---\ndate: 2026-06-25\n---\n\nOn June 22, 2026, Groq announced that it had raised $650 million ' +
          '\u2014 half a year after it licensed its chips to Nvidia for $20 billion.',
      ],
      caught: ["Amazon's $4 billion investment in Anthropic was announced in March 2024."],
    },
  },
];

/**
 * The sentence gives amounts and none of them agrees with any amount of the subject's: its dates
 * are another event's. The same for every date fact of the subject, so worked out once per date
 * figure and subject (kept with the figure: a lookup by sentence and a key made of the subject and
 * the stretch cost more, fact after fact, than the answer did).
 */
function amountsOfAnother(
  subject: string,
  date: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  let known = otherEventAmounts.get(date);
  if (known?.ctx !== ctx || known.index !== index)
    otherEventAmounts.set(date, (known = { ctx, index, bySubject: new Map() }));
  let answer = known.bySubject.get(subject);
  if (answer === undefined) {
    answer = noAmountAgrees(subject, date, ctx, index);
    known.bySubject.set(subject, answer);
  }
  return answer;
}

/** The date's stretch of the sentence gives amounts, and none agrees with one of the subject's. */
function noAmountAgrees(
  subject: string,
  date: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  // only the amounts of the date's own stretch of the sentence: "On June 22, Groq announced a
  // $650 million raise — six months after its $20 billion licence"
  const [from, to] = stretchOf(date, ctx);
  const amounts = ctx.quantities.filter(
    (o) => o.dim === 'money' && !o.mention && o.start >= from && o.end <= to,
  );
  const money = index.factsAbout(subject).filter((f) => f.value.dim === 'money');
  return (
    amounts.length > 0 &&
    money.length > 0 &&
    amounts.every(
      (o) => !money.some((f) => [f.value, ...f.also.map((a) => a.value)].some((v) => agrees(o, v))),
    )
  );
}

/** The stretch of a sentence a figure stands in, between dashes, semicolons or brackets. */
function stretchOf(q: Quantity, ctx: SentenceContext): [number, number] {
  const at = q.start - ctx.offset;
  const before = ctx.text.slice(0, at);
  const after = ctx.text.slice(q.end - ctx.offset);
  const start = Math.max(...[...before.matchAll(STRETCH_BREAK)].map((m) => m.index + 1), 0);
  const next = after.search(STRETCH_BREAK);
  const end = next < 0 ? ctx.text.length : q.end - ctx.offset + next;
  return [start + ctx.offset, end + ctx.offset];
}

/** What parts a sentence into stretches: a dash between words, a semicolon, a bracket. */
const STRETCH_BREAK = /\s[\u2014\u2013-]\s|\u2014|;|[()]/g;

const otherEventAmounts = new WeakMap<
  Quantity,
  { ctx: SentenceContext; index: ReferenceIndex; bySubject: Map<string, boolean> }
>();

/**
 * Dates of events long past once recorded (not an announcement: "announced on 6 Nov" in a draft of
 * October is a slip worth a flag, not a plan).
 */
const PAST_EVENTS = new Set(['founded']);

/** Dimensions whose figures several parties' amounts can add up to. */
const AMOUNTS = new Set(['money', 'count', 'power']);

/**
 * A fact's words that make it a part of a whole: what is paid first, what remains, or an addition.
 */
const PART_FACT: Record<NonNullable<ClaimFrame['part']>, RegExp> = {
  first: /^(?:upfront|up-front|initial|initially|first)$/i,
  remaining: /^(?:milestones?|conditional|remaining|second|third|balance|rest)$/i,
  additional: /^(?:additional|another|further|extra|expansion|expanded)$/i,
};

/** Words of a commitment, whose ceiling is its whole. */
const WHOLE_SAID = /\b(?:commitments?|committed|pledged?)\b/i;

/**
 * Words that make a counted noun a part of a population: "paying business users", "corporate jobs".
 */
const SUB_POPULATION = /\b(?:business|paying|paid|corporate|enterprise)\b/gi;
/** Words of jobs cut: what such a count is of is the cut, whatever kind of job it names. */
const JOBS_CUT =
  /\b(?:cut(?:s|ting)?|eliminat\w*|slash\w*|lay(?:s|ing)? off|laid off|layoffs?)\b[^.;]*\bjobs?\b/i;

/** Dates an organisation has of its own: when it was founded or began. */
const ORG_DATES = new Set(['founded', 'start']);

/** A person's own start at an organisation, in the words between the person and the date. */
const PERSON_JOINED =
  /^[^.;]{0,60}?\b(?:started|began|joined|was hired|worked|arrived|came)\b(?:\s+(?:at|with|for|to))?\b[^.;]{0,60}$/i;

/** The joint parties are said to hold the figure between them: "A and B together control 80%". */
function heldTogether(frame: ClaimFrame, q: Quantity, ctx: SentenceContext): boolean {
  const last = frame.joint[frame.joint.length - 1];
  return (
    last !== undefined &&
    last.end <= q.start &&
    TOGETHER.test(ctx.text.slice(last.end - ctx.offset, q.start - ctx.offset))
  );
}
