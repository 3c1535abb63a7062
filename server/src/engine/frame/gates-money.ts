import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { Gate } from './gate';
import { FigureMemo } from '../memo';
import { GOODS } from './words';
import { figureClause } from './clause';

/**
 * Gates on which way money goes: who pays an amount ("$50 billion from Amazon", "Amazon's
 * commitment"), and what it is put into. A deal's `parties` name the party that pays first
 * (reference-data/README.md). Part of PARTY_GATES (gates-parties.ts), in this order.
 */
export const MONEY_GATES: readonly Gate[] = [
  {
    id: 'scope/other-kind-of-deal',
    summary:
      'A deal the clause calls a joint venture is not a takeover, nor a takeover a joint ' +
      'venture: "a joint venture worth $1.5 billion with Blackstone" is not what Blackstone ' +
      'paid for a company it bought.',
    vetoes: (_frame, fact, q, ctx, index) => {
      const deal = index.entity(fact.subject);
      // (most deals are neither kind by name: their figures' clauses are not read)
      const held = deal?.kind === 'deal' ? kindOfDeal(deal.name) : undefined;
      if (held === undefined) return false;
      const written = kindOfDeal(figureClause(q, ctx).text);
      return written !== undefined && written !== held;
    },
    examples: {
      silent: [
        // (Blackstone bought QTS for $10 billion in 2021)
        '---\ndate: 2026-05-15\n---\n\nThe startup and Blackstone set up a joint venture ' +
          'worth $1.5 billion this week, with QTS.',
      ],
      caught: [
        '---\ndate: 2026-05-15\n---\n\nBlackstone acquired QTS Realty Trust in 2021 for ' +
          '$1.5 billion.',
      ],
    },
  },
  {
    id: 'scope/payer',
    summary:
      'An amount "from" a company ("$50 billion from Amazon") is what that company pays: a deal ' +
      'between parties in which another pays is not its deal.',
    vetoes: (frame, fact, q, _ctx, index) => {
      const payer = frame.after.payer;
      return q.dim === 'money' && payer !== undefined && paidByAnother(fact, payer, index);
    },
    examples: {
      silent: [
        "---\ndate: 2026-03-05\n---\n\nOpenAI's round includes $30 billion from SoftBank and " +
          '$80 billion from Amazon, with additional investors to follow.',
      ],
      caught: ['---\ndate: 2026-03-05\n---\n\nOpenAI will pay AWS $80 billion from 2026.'],
    },
  },
  {
    id: 'scope/round-part-from',
    summary:
      'An amount "from" one company ("a $2 billion investment from Google") is what that ' +
      'company put in, not the whole round its recipient raised, unless the company named led ' +
      'that round.',
    vetoes: (frame, fact, q, _ctx, index) => {
      const payer = frame.after.payer;
      if (q.dim !== 'money' || fact.property !== 'raised' || payer === undefined) return false;
      const lineage = index.lineage(payer);
      return !(fact.ledBy ?? []).some((lead) => lineage.includes(lead));
    },
    examples: {
      silent: [
        // (Anthropic's round of March 2025, $3.5 billion, was led by Lightspeed)
        '---\ndate: 2025-06-10\n---\n\nIn March Anthropic took a $1 billion investment from ' +
          'Fidelity as part of its latest round.',
      ],
      caught: [
        // (Spark Capital led the $300 million round of March 2023)
        '---\ndate: 2024-01-10\n---\n\nIn March 2023 Anthropic raised $400 million from ' +
          'Spark Capital and other investors.',
      ],
    },
  },
  {
    id: 'scope/round-size',
    summary:
      'An amount that names a round ("a $40 billion funding round") is the size of the whole ' +
      'round: not what one investor put into it.',
    vetoes: (_frame, fact, q, ctx) =>
      q.dim === 'money' && fact.property === 'investment' && namesRound(q, ctx),
    examples: {
      silent: [
        // (not Microsoft's own $10 billion investment in OpenAI of January 2023)
        "---\ndate: 2023-02-01\n---\n\nMicrosoft took part in OpenAI's $12 billion funding " +
          'round last month.',
      ],
      caught: [
        // (the round SoftBank leads is $40 billion, its own part $30 billion)
        "---\ndate: 2025-04-10\n---\n\nSoftBank has agreed to lead OpenAI's $50 billion " +
          'funding round.',
      ],
    },
  },
  {
    id: 'scope/outlay-owner',
    summary:
      "A commitment or investment written as a company's (\"Amazon's total commitment to " +
      'Anthropic") is money that company pays: the value of a deal in which another party pays ' +
      'is not it.',
    vetoes: (_frame, fact, q, ctx, index) => {
      // (a deal's value is what its first party pays; who invests in a deal both ways, as
      // Nvidia's letter of intent with OpenAI, the order does not say)
      if (q.dim !== 'money' || fact.property !== 'value') return false;
      const owner = outlayOwner(q, ctx);
      return owner !== undefined && paidByAnother(fact, owner, index);
    },
    examples: {
      silent: [
        // (not the more than $100 billion Anthropic is to pay AWS)
        "---\ndate: 2026-04-28\n---\n\nAfter its April 2026 deal for AWS compute, Amazon's " +
          'total commitment to Anthropic is over $30 billion.',
      ],
      caught: [
        '---\ndate: 2026-04-28\n---\n\nAnthropic committed more than $10 billion to AWS ' +
          'compute in April 2026.',
      ],
    },
  },
  {
    id: 'scope/investment-made',
    summary:
      'An investment "in" or "to" something ("a $40 billion investment to expand its data ' +
      'centres") is money the subject puts in, not a round it raised.',
    vetoes: (frame, fact) => fact.property === 'raised' && frame.after.invested === true,
    examples: {
      silent: [
        '---\ndate: 2025-11-20\n---\n\nAnthropic announced a $40 billion investment to ' +
          'expand its computing infrastructure.',
      ],
      caught: ['---\ndate: 2025-11-20\n---\n\nAnthropic closed a $40 billion investment round.'],
    },
  },
  {
    id: 'scope/invested-in',
    summary:
      'An amount an investor puts into a company ("Amazon invested $45 billion in OpenAI") is ' +
      "that investor's: not the value of a contract in which the company buys (a cloud deal), " +
      'nor the whole round it raised from all its investors.',
    // (or into its round: "investing $3 billion into the firm's Series E round")
    vetoes: (frame, fact, q, ctx) =>
      q.dim === 'money' &&
      INVESTEE_MONEY.has(fact.property) &&
      (frame.after.recipient !== undefined || frame.after.intoRound === true) &&
      investedBefore(q, ctx),
    examples: {
      silent: [
        // (not the $38 billion OpenAI pays AWS; Amazon's investment came in February 2026)
        '---\ndate: 2026-04-01\n---\n\nAmazon said in December 2025 it had invested $45 ' +
          'billion in OpenAI as part of a wider cloud commitment.',
        // (Cerebras raised $1 billion in February 2026)
        '---\ndate: 2026-03-01\n---\n\nOne venture firm invested at least $300 million in ' +
          "Cerebras' latest funding round.",
        // (xAI's Series E was $20 billion in all)
        '---\ndate: 2026-01-20\n---\n\nA Gulf fund became an xAI shareholder after investing ' +
          "$2 billion into the firm's Series E round.",
        // (money committed "to" a company is put into it: not the $100 billion Anthropic is to
        // spend on AWS)
        '---\ndate: 2026-04-21\n---\n\nAmazon will commit up to $20 billion more to ' +
          'Anthropic, which in turn pledges $100 billion of AWS spending.',
      ],
      caught: [
        '---\ndate: 2026-04-01\n---\n\nOpenAI signed a $83 billion cloud agreement with ' +
          'Amazon in November 2025.',
        '---\ndate: 2026-03-01\n---\n\nCerebras raised $3 billion in its latest funding round.',
      ],
    },
  },
  {
    id: 'scope/goods-order',
    summary:
      'Money spent on a counted lot of goods ("$45 billion on some 400,000 GB200 chips") is ' +
      "the price of that order: not a company's capital spending, revenue or any other total.",
    vetoes: (_frame, fact, q, ctx) =>
      q.dim === 'money' && fact.property !== 'value' && orderOfGoods(q, ctx),
    examples: {
      silent: [
        '---\ndate: 2025-10-01\n---\n\nOracle, which plans to spend $45 billion on 400,000 ' +
          'Nvidia GB200 chips, leads the build-out.',
      ],
      caught: [
        '---\ndate: 2025-10-01\n---\n\nOracle, which plans to spend $45 billion on AI data ' +
          'centres, leads the build-out.',
      ],
    },
  },
];

/**
 * The figure is followed by a counted lot of goods it pays for: "on roughly 400,000 Nvidia GB200
 * chips", "for 500,000 GPUs" (read once per figure).
 */
function orderOfGoods(q: Quantity, ctx: SentenceContext): boolean {
  return ordered.get(q, ctx, () => GOODS_ORDERED.test(ctx.text.slice(q.end - ctx.offset)));
}
const ordered = new FigureMemo<boolean>();
const GOODS_ORDERED = new RegExp(
  String.raw`^\s+(?:worth\s+)?(?:on|for|of)\s+(?:(?:about|around|roughly|some|nearly|almost|` +
    String.raw`more than|over|up to)\s+)?[\d,.]+(?:\s+(?:million|thousand))?` +
    String.raw`(?:\s+[A-Z0-9][\w.-]*){0,3}\s+${GOODS}\b`,
);

/**
 * The figure names a round right after it: "$40 billion funding round", "a $6.6 billion raise"
 * (read once per figure).
 */
function namesRound(q: Quantity, ctx: SentenceContext): boolean {
  return roundNamed.get(q, ctx, () => ROUND_AFTER.test(ctx.text.slice(q.end - ctx.offset)));
}
const roundNamed = new FigureMemo<boolean>();
const ROUND_AFTER =
  /^\s+(?:(?:funding|financing|fundraising|equity|investment|venture|Series\s+[A-Z]\d?)\s+)?(?:round|raise)\b/i;

/** The fact's deal is paid by a party (its first) that `payer` is not, nor a part of. */
function paidByAnother(fact: Fact, payer: string, index: ReferenceIndex): boolean {
  const parties = index.entity(fact.subject)?.parties ?? [];
  return parties.length >= 2 && !index.lineage(payer).includes(parties[0]);
}

/** What a company buys under a contract, or raises in a round from all its investors. */
const INVESTEE_MONEY = new Set(['value', 'raised']);

/** Whether a verb of investing stands right before the figure: read once per figure. */
function investedBefore(q: Quantity, ctx: SentenceContext): boolean {
  return invested.get(q, ctx, () => INVESTED_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)));
}
const invested = new FigureMemo<boolean>();

/** A verb of investing right before an amount, a hedge at most between: "invested about". */
const INVESTED_BEFORE = new RegExp(
  String.raw`\b(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|put(?:s|ting)?|inject(?:s|ed|ing)?` +
    String.raw`|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing))\s+` +
    String.raw`(?:(?:about|approximately|roughly|nearly|almost|around|some|another|an additional|` +
    String.raw`a further|up to|at least|more than|over)\s+)*$`,
  'i',
);

/**
 * The company whose commitment or investment the words just before a money figure give ("Amazon's
 * overall investment in the startup now tops"): nothing but words between, no other figure.
 */
function outlayOwner(q: Quantity, ctx: SentenceContext): string | undefined {
  // (the same for every fact the figure weighs: read once)
  return outlayOwners.get(q, ctx, () => {
    const at = q.start - ctx.offset;
    return ctx.names.find(
      (n) => n.end - ctx.offset < at && OUTLAY_AFTER.test(ctx.text.slice(n.end - ctx.offset, at)),
    )?.entityId;
  });
}
const outlayOwners = new FigureMemo<string | undefined>();

/** "'s overall investment in the startup now tops ": a possessive, an outlay, plain words. */
const OUTLAY_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,2}(?:commitment|investment|pledge|outlay)s?\b[^.;,:$€£\d]{0,40}$/u;

/** Whether words name a takeover or a joint venture (or neither). */
function kindOfDeal(text: string): 'takeover' | 'venture' | undefined {
  if (VENTURE.test(text)) return 'venture';
  return TAKEOVER.test(text) ? 'takeover' : undefined;
}
const VENTURE = /\bjoint[- ]ventures?\b/i;
const TAKEOVER = new RegExp(
  String.raw`\b(?:acquisitions?|acquir(?:e|es|ed|ing)|takeovers?|take-private|buyouts?|mergers?` +
    String.raw`|bought|buys?)\b`,
  'i',
);
