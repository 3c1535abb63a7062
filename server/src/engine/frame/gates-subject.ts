import type { ReferenceIndex } from '../reference/index';
import { PROPERTIES } from '../reference/properties';
import type { Fact } from '../reference/types';
import type { NameMention, Quantity } from '../types';
import type { SentenceContext } from '../reading';
import type { ClaimFrame } from './frame';
import type { Gate } from './gate';
import { ownedBy } from './sites';
import { allNamed, namingIds, partiesOf, related } from '../check/anchoring';
import { HEADLINE_NAMES } from '../check/implied';
import { PREVIOUS_BLOCK } from '../sentence-context';

/**
 * Whose figure a sentence gives, by its grammar: the sentence's subject is a company, and a name
 * further on only describes it ("Crusoe, a startup whose tenants include OpenAI, is raising ..."),
 * or a company of an earlier paragraph is not meant at all; or the figure stands in a relative
 * clause of a named company ("Samsung, which reported ...").
 * (Tried and dropped: "The company" opening a sentence after one about a single company, read as
 * that company, vetoing the facts of a company it acts on: it cost a false alarm on new text.)
 */
export const SUBJECT_GATES: readonly Gate[] = [
  {
    id: 'scope/recipient',
    summary:
      'An amount put "into" or "in" a company ("OpenAI is pouring $12 billion into CoreWeave") ' +
      'is money that company takes: a fact of a subject that company is no part of is not its.',
    vetoes: (frame, fact, q, _ctx, index) =>
      q.dim === 'money' &&
      frame.after.recipient !== undefined &&
      !ownedBy(fact, frame.after.recipient, index),
    examples: {
      silent: [
        // (not Microsoft's $10 billion of 2023 in OpenAI)
        '---\ndate: 2025-03-11\n---\n\nAs Microsoft looks on, OpenAI is pouring $12B into CoreWeave.',
      ],
      caught: ['---\ndate: 2025-03-11\n---\n\nMicrosoft has put $31 billion into OpenAI.'],
    },
  },
  {
    id: 'scope/member-named',
    summary:
      'A name given as a member of what the sentence speaks of ("the Intelligent Cloud segment, ' +
      'which includes Azure, grew 28%") does not own a figure the whole reports after it.',
    vetoes: (_frame, fact, q, ctx) => namedOnlyAsMember(fact.subject, q, ctx),
    examples: {
      silent: [
        '---\ndate: 2025-11-01\n---\n\nMicrosoft posted results for its fiscal first quarter. Its ' +
          'Intelligent Cloud segment which includes its flagship Azure business reported strong ' +
          'growth, with revenue up about 28% annually.',
      ],
      caught: [
        "---\ndate: 2025-11-01\n---\n\nMicrosoft's Azure reported revenue growth of 28% in its " +
          'fiscal first quarter.',
      ],
    },
  },
  {
    id: 'scope/described-name',
    summary:
      'A figure of a sentence whose subject is a named company, described in an apposition ' +
      '("Crusoe, a startup whose tenants include OpenAI, is raising ..."), is not the fact of a ' +
      "company the apposition names, unless the figure's own clause names it too.",
    vetoes: (frame, fact, _q, ctx, index) => {
      const subject = frame.grammar.described;
      if (!subject || ownedBy(fact, subject.name.entityId, index) || given(frame, fact, index)) {
        return false;
      }
      return !ctx.names.some(
        (n) => n.start - ctx.offset >= subject.clauseStart && ownedBy(fact, n.entityId, index),
      );
    },
    // (the subject and its verb are plain: a fact of a name in the description is not meant)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2024-12-10\n---\n\nCrusoe, a builder of data centers whose tenants include ' +
          'Oracle and OpenAI, is raising $818 million, a filing shows.',
        // (a person described by a title at a company: the money is for her own venture)
        '---\ndate: 2025-06-20\n---\n\nMira Murati, former chief technology officer of OpenAI, ' +
          'has raised $2 billion for her new startup.',
      ],
      caught: [
        '---\ndate: 2025-10-02\n---\n\nOpenAI, the maker of ChatGPT, is now valued at $600 ' +
          'billion after a share sale.',
      ],
    },
  },
  {
    id: 'scope/relative-clause',
    summary:
      'A figure in a relative clause of a named company ("Samsung, which had reported 4.6 ' +
      'trillion won") is that company\'s: not the fact of another company the sentence names.',
    vetoes: (frame, fact, _q, _ctx, index) => {
      const { antecedent } = frame.grammar;
      return (
        antecedent !== undefined &&
        !ownedBy(fact, antecedent.entityId, index) &&
        !given(frame, fact, index)
      );
    },
    // (whose clause it is, is plain: another company's fact agreeing with it is chance)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-07-25\n---\n\nSK hynix said its second-quarter revenue beat that of ' +
          'Samsung Electronics, which had reported revenue of 74.6 trillion won.',
      ],
      caught: [
        '---\ndate: 2025-07-25\n---\n\nSamsung Electronics trails SK hynix, which reported ' +
          'second-quarter revenue of 24.2 trillion won.',
      ],
    },
  },
  {
    id: 'scope/started-name',
    summary:
      'A date right after a company\'s name that tells its start ("Character.AI, launched in ' +
      '2022 by two former Google engineers") is that company\'s own: not the date of a deal ' +
      'it is a party to.',
    vetoes: (frame, fact, _q, _ctx, index) => {
      const { started } = frame.grammar;
      return started !== undefined && !related(fact.subject, started.entityId, index);
    },
    // (whose start it is, is plain: a deal's date agreeing with it is chance)
    agreementCounts: false,
    examples: {
      silent: [
        // (Google's licensing deal with Character.AI was announced on 2 August 2024)
        '---\ndate: 2024-08-05\n---\n\nGoogle hired the founders of Character.AI. ' +
          'Character.AI, launched in 2022 by two Google engineers, lets users ' +
          'chat with characters.',
      ],
      caught: [
        '---\ndate: 2024-08-20\n---\n\nGoogle announced its licensing deal with ' +
          'Character.AI on August 9, 2024.',
      ],
    },
  },
  {
    id: 'scope/unknown-owner',
    summary:
      "A measure given as a company's the data does not know (\"Tesla's revenue fell 3% to " +
      '$94.8 billion") is that company\'s, not the fact of a company named around it.',
    vetoes: (frame) => frame.unknownOwner === true,
    examples: {
      silent: [
        "---\ndate: 2026-01-29\n---\n\nMicrosoft reported its results.\n\nTesla's revenue " +
          'fell 3% last year to $94.8 billion.',
      ],
      caught: [
        "---\ndate: 2026-01-29\n---\n\nMicrosoft reported its results.\n\nMicrosoft's revenue " +
          'rose 17% to $91.3 billion in the fiscal second quarter.',
      ],
    },
  },
  {
    id: 'scope/other-subject',
    summary:
      'A figure of a sentence that opens with a company as its subject ("Intel\'s margin was ' +
      '40%, and it expects revenue of $13.3 billion") is not the fact of a company named only ' +
      'in an earlier paragraph.',
    vetoes: (frame, fact, _q, ctx, index) => {
      if (!frame.grammar.opener) return false;
      if (ctx.names.some((n) => ownedBy(fact, n.entityId, index))) return false;
      // (a deal is near when one of its parties is)
      const ids = namingIds(fact, index);
      return Math.max(0, ...ids.map((id) => ctx.around.get(id) ?? 0)) < NEAR_WEIGHT;
    },
    examples: {
      silent: [
        "---\ndate: 2025-10-15\n---\n\nNvidia agreed to buy Intel shares.\n\nIntel's gross " +
          'margin was 40% in the quarter, and it expects revenue of $13.3 billion next quarter.',
      ],
      caught: [
        '---\ndate: 2025-11-20\n---\n\nNvidia reported its results. Revenue came to $75 ' +
          'billion in the fiscal third quarter.',
      ],
    },
  },
  {
    id: 'scope/deal-unnamed',
    summary:
      'A deal none of whose parties the sentence names, in a sentence about other companies ' +
      '("SoftBank bought OpenAI shares before talks on the $500 billion deal began"), is not the ' +
      "deal meant: the figure is the named companies'.",
    vetoes: (_frame, fact, _q, ctx, index) => {
      const parties = partiesOf(fact, index);
      if (parties.length === 0) return false;
      if (!ctx.names.some((n) => index.entity(n.entityId)?.kind === 'company')) return false;
      const ids = namingIds(fact, index);
      return !ctx.names.some((n) => ids.some((id) => related(n.entityId, id, index)));
    },
    examples: {
      silent: [
        '---\ndate: 2025-10-02\n---\n\nMeta signed a cloud deal with Google in August. Earlier ' +
          'this year, SoftBank also bought about $1 billion of OpenAI staff shares, before talks ' +
          'on the $500 billion deal began.',
      ],
      caught: [
        '---\ndate: 2025-08-25\n---\n\nMeta signed a cloud deal with Google. Meta said the deal ' +
          'was worth more than $1 billion over six years.',
      ],
    },
  },
  {
    id: 'scope/site-named',
    summary:
      'A figure of a sentence that names one site of a programme and not the programme ("the ' +
      'total investment in the Abilene data center, about $15 billion") is the site\'s, not ' +
      "the programme's whole.",
    vetoes: (_frame, fact, _q, ctx, index) => {
      const site = ctx.names.some(
        (n) =>
          n.entityId !== fact.subject &&
          index.entity(n.entityId)?.kind === 'site' &&
          index.lineage(n.entityId).includes(fact.subject),
      );
      if (!site) return false;
      const parties = partiesOf(fact, index);
      return !ctx.names.some((n) => n.entityId === fact.subject || parties.includes(n.entityId));
    },
    examples: {
      silent: [
        '---\ndate: 2025-03-20\n---\n\nStargate is building its first campus. Its builder has ' +
          'raised new capital, taking the total investment in the Abilene data center to about ' +
          '$15 billion.',
      ],
      caught: [
        '---\ndate: 2025-03-20\n---\n\nStargate, whose first campus is in Abilene, is a $50 ' +
          'billion project.',
      ],
    },
  },
  {
    id: 'scope/off-headline',
    summary:
      'A figure of a sentence that names nothing, under a headline that names its subject, is ' +
      "the headline subject's, not the fact of a company named in passing in a paragraph before " +
      '("# Nebius results" over "They signed Meta as a customer." and "- Revenue rose 355%").',
    vetoes: (_frame, fact, _q, ctx, index) => {
      // (a headline about a person, "Who is Alexandr Wang?", goes on to the companies they lead)
      const headed = (ctx.headed ?? []).filter((id) => index.entity(id)?.kind !== 'person');
      if (ctx.names.length > 0 || headed.length === 0 || headed.length > HEADLINE_NAMES)
        return false;
      const ids = namingIds(fact, index);
      if (headed.some((h) => ids.includes(h) || index.lineage(h).includes(fact.subject)))
        return false;
      const weight = (id: string): number =>
        Math.max(ctx.around.get(id) ?? 0, ctx.implied?.get(id) ?? 0);
      return Math.max(0, ...ids.map(weight)) <= PREVIOUS_BLOCK;
    },
    // (the headline's subject is the one in view: a passing company's fact agreeing is chance)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-11-12\n---\n\n# Nebius: third-quarter results\n\nNebius raised its ' +
          'guidance. It also named Meta as a customer.\n\n- Revenue rose 355% on the year.',
      ],
      caught: [
        '---\ndate: 2025-10-30\n---\n\n# Meta: third-quarter results\n\nMeta raised its ' +
          'guidance. It also named Nebius as a supplier.\n\n- Revenue rose 62% on the year.',
      ],
    },
  },
  {
    id: 'scope/other-counterparty',
    summary:
      'An amount of a deal with a company the fact\'s deal is not with ("a separate $5.8 ' +
      'billion purchase agreement with Dell") is that other deal\'s.',
    vetoes: (frame, fact, _q, _ctx, index) => {
      const party = frame.ties.counterparty;
      return (
        party !== undefined && partiesOf(fact, index).length > 0 && !ownedBy(fact, party, index)
      );
    },
    examples: {
      silent: [
        '---\ndate: 2025-11-04\n---\n\nMicrosoft will prepay a fifth of its contract with IREN, ' +
          'which will fund a $5.8 billion purchase agreement with Dell for Nvidia systems.',
      ],
      caught: [
        '---\ndate: 2025-11-04\n---\n\nIREN signed a $7.9 billion cloud contract with ' +
          'Microsoft.',
      ],
    },
  },
  {
    id: 'scope/opener-outside-deal',
    summary:
      "A figure of a sentence whose subject is a company that is no party to the fact's deal " +
      '("Nvidia, the chip maker, plans to invest $5 billion in Anthropic") is the subject\'s own ' +
      "deal, not that of a party the sentence leaves unnamed (Microsoft's with Anthropic).",
    vetoes: (frame, fact, q, ctx, index) => {
      const opener = frame.grammar.opener;
      const parties = partiesOf(fact, index);
      if (!opener || parties.length === 0 || ownedBy(fact, opener.entityId, index)) return false;
      // (the opener is the last name before the figure: "AWS joins a list that includes Oracle,
      // whose contract is worth $300 billion" is Oracle's)
      if (ctx.names.some((n) => n.start > opener.start && n.end <= q.start)) return false;
      // (a deal between others that the sentence reports in full: "Nvidia rose after OpenAI
      // signed a $38 billion deal with Amazon")
      return !allNamed(parties, ctx.names, index);
    },
    // (who acts is plain: another pair's deal agreeing with the figure is chance)
    agreementCounts: false,
    examples: {
      silent: [
        '---\ndate: 2025-11-20\n---\n\nAmazon has invested $8 billion in Anthropic. Oracle, ' +
          'the cloud provider, plans to invest $3 billion in Anthropic too.',
      ],
      caught: [
        '---\ndate: 2025-11-20\n---\n\nMicrosoft will invest $5 billion in Anthropic.\n\nNvidia, ' +
          'the chip maker, plans to invest up to $50 billion in Anthropic.',
      ],
    },
  },
  {
    id: 'scope/lead-in-name',
    summary:
      'A company named only in a phrase that leads into the clause ("With Nvidia systems ' +
      'shipping, the company guided to $12.3 billion") is not the subject "the company" or ' +
      '"it" stands for, when another company is named just before.',
    vetoes: (frame, fact, _q, ctx, index) => {
      const lead = frame.ties.leadIn;
      if (lead === undefined) return false;
      const inSentence = ctx.names.filter((n) => ownedBy(fact, n.entityId, index));
      if (!inSentence.every((n) => n.end - ctx.offset <= lead)) return false;
      const ids = namingIds(fact, index);
      const own = Math.max(0, ...ids.map((id) => ctx.around.get(id) ?? 0));
      // (another company named just before, nearer than the fact's: the one referred back to)
      return [...ctx.around].some(
        ([id, w]) =>
          w >= NEAR_WEIGHT &&
          w > own &&
          index.entity(id)?.kind === 'company' &&
          !ownedBy(fact, id, index),
      );
    },
    examples: {
      silent: [
        '---\ndate: 2026-02-04\n---\n\nSuper Micro posted record sales in its fiscal second ' +
          'quarter. With Nvidia systems shipping in volume, the company guided to at least $12.3 ' +
          'billion in sales for the third quarter.',
      ],
      caught: [
        '---\ndate: 2025-11-20\n---\n\nWith demand for its chips soaring, Nvidia guided to ' +
          'revenue of $56 billion for its fiscal fourth quarter.',
      ],
    },
  },
  {
    id: 'scope/other-target',
    summary:
      'The price of buying a company the fact\'s deal is not with ("the $7 billion purchase of ' +
      'chip designer Mellanox", "its acquisition of Mellanox for $7 billion") is that purchase\'s.',
    vetoes: (frame, fact, _q, ctx, index) => {
      const target = frame.ties.bought;
      return (
        target !== undefined &&
        partiesOf(fact, index).length > 0 &&
        !ctx.names.some(
          (n) =>
            n.start - ctx.offset >= target.start &&
            n.end - ctx.offset <= target.end &&
            ownedBy(fact, n.entityId, index),
        )
      );
    },
    examples: {
      silent: [
        '---\ndate: 2025-12-26\n---\n\nNvidia will pay Groq about $20 billion. The deal dwarfs ' +
          "Nvidia's $7 billion purchase of the chip designer Mellanox.",
      ],
      caught: [
        '---\ndate: 2025-12-26\n---\n\nNvidia agreed to a $7 billion deal with Groq for its ' +
          'chip technology.',
      ],
    },
  },
  {
    id: 'scope/rival-named',
    summary:
      'A deal whose party the sentence names only as a rival ("a deal for 6 gigawatts, ' +
      'challenging Nvidia\'s dominance", "less reliance on Nvidia") is not the deal meant.',
    vetoes: (frame, fact, _q, ctx, index) => {
      const parties = partiesOf(fact, index);
      return parties.some((party) => {
        const named = ctx.names.filter((n) => related(n.entityId, party, index));
        return named.length > 0 && named.every((n) => frame.ties.rivals.has(n));
      });
    },
    examples: {
      silent: [
        '---\ndate: 2025-10-07\n---\n\nOpenAI signs a deal for 8 gigawatts of AI computing ' +
          "power, challenging Nvidia's dominance.",
      ],
      caught: [
        '---\ndate: 2025-10-07\n---\n\nOpenAI signs a deal with Nvidia for 8 gigawatts of ' +
          'computing power.',
      ],
    },
  },
  {
    id: 'scope/part-named',
    summary:
      'A profit line in a sentence that names a unit of a company and not the company ("Google ' +
      "Cloud ... delivered $3.6 billion in operating income\") is the unit's, not the whole's.",
    // (a profit line only: "Azure grew 40%, and total revenue reached" is still the company's)
    vetoes: (_frame, fact, _q, ctx, index) =>
      PROPERTIES[fact.property]?.namedOnly === true && partNamedNotWhole(fact.subject, ctx, index),
    examples: {
      silent: [
        // a unit with no operating-income facts of its own (Google Cloud's are in the data now)
        '---\ndate: 2025-11-01\n---\n\nMicrosoft reported its results.\n\nAzure grew 40% ' +
          'and delivered $3.6 billion in operating income in the third quarter.',
      ],
      caught: [
        '---\ndate: 2025-11-01\n---\n\nAlphabet reported its results.\n\nOperating income ' +
          'came to $36.1 billion in the third quarter.',
      ],
    },
  },
];

/**
 * The sentence names a unit of `whole` and not `whole` itself, or, naming neither, the two before
 * it in its block do: "- Google Cloud: sales up a third. It earned $3.6 billion of operating
 * income".
 */
function partNamedNotWhole(whole: string, ctx: SentenceContext, index: ReferenceIndex): boolean {
  const inSentence = ctx.names.map((n) => n.entityId);
  const isPart = (id: string): boolean => id !== whole && index.lineage(id).includes(whole);
  const ids = inSentence.some((id) => id === whole || isPart(id))
    ? inSentence
    : namedBefore(ctx, index);
  return !ids.includes(whole) && ids.some(isPart);
}

/** The entities the two sentences before a sentence name, read once per sentence. */
function namedBefore(ctx: SentenceContext, index: ReferenceIndex): string[] {
  let ids = namedBeforeRead.get(ctx);
  if (!ids) {
    ids = [...index.names.findAll(ctx.previousText)].flatMap((m) =>
      m.entries.length === 1 ? [m.entries[0].entityId] : [],
    );
    namedBeforeRead.set(ctx, ids);
  }
  return ids;
}
const namedBeforeRead = new WeakMap<SentenceContext, string[]>();

/** How near a name around a sentence stands when it is in the same paragraph. */
const NEAR_WEIGHT = 0.7;

/** The figure is given as the fact's subject's: "Samsung's 22% share", "a $11 billion Rainier". */
function given(frame: ClaimFrame, fact: Fact, index: ReferenceIndex): boolean {
  const name = frame.owner ?? frame.head;
  return name !== undefined && ownedBy(fact, name.entityId, index);
}

/**
 * The subject is named in the sentence only as a member of a whole ("which includes its flagship
 * Azure business"), before the figure, and the whole's verb stands between them ("reported").
 */
function namedOnlyAsMember(subject: string, q: Quantity, ctx: SentenceContext): boolean {
  const asMember = (n: NameMention): boolean =>
    MEMBER_BEFORE.test(
      ctx.text.slice(Math.max(0, n.start - ctx.offset - 40), n.start - ctx.offset),
    );
  const mentions = ctx.names.filter((n) => n.entityId === subject);
  return (
    mentions.length > 0 &&
    mentions.every(asMember) &&
    mentions.some(
      (n) =>
        n.end <= q.start &&
        WHOLE_REPORTS.test(ctx.text.slice(n.end - ctx.offset, q.start - ctx.offset)),
    )
  );
}

/** Words that give a name as a member of a whole: "which includes", "including", "home to". */
const MEMBER_BEFORE = new RegExp(
  String.raw`(?:\b(?:which|that) (?:includes?|contains?|houses?)|\bincluding|\bhome to)\s+` +
    String.raw`(?:its\s+|the\s+)?(?:flagship\s+)?$`,
  'i',
);
/** A verb of the whole reporting its figure, after the member's name. */
const WHOLE_REPORTS = new RegExp(
  String.raw`\b(?:reported|posted|generated|grew|rose|jumped|climbed|increased|fell|declined` +
    String.raw`|contributed|brought in|saw|delivered)\b`,
  'i',
);
