import type { SentenceContext } from '../reading';
import type { NameMention, Quantity } from '../types';

/**
 * Names a figure's own words tie to it, or set apart from it, read once with its frame (frame.ts)
 * so the scope gates (gates-subject.ts) need not read the sentence again for every fact they weigh.
 */
export interface FigureTies {
  /** the entity a deal's amount is said to be with: "a $5.8 billion agreement with Dell" */
  counterparty?: string;
  /** where, in the sentence's text, the company bought for the amount is named */
  bought?: { start: number; end: number };
  /**
   * the length of a phrase leading into the figure's clause, whose subject refers back: "With
   * Nvidia systems shipping, the company guided"
   */
  leadIn?: number;
  /** the names the sentence gives only as rivals: "challenging Nvidia's dominance" */
  rivals: ReadonlySet<NameMention>;
}

export function figureTies(q: Quantity, ctx: SentenceContext): FigureTies {
  const [at, end] = [q.start - ctx.offset, q.end - ctx.offset];
  const counterparty = ctx.names.find(
    (n) => n.start - ctx.offset >= end && DEAL_WITH.test(ctx.text.slice(end, n.start - ctx.offset)),
  );
  const bought = boughtTarget(ctx.text, at, end);
  const leadIn = LEAD_IN.exec(ctx.text.slice(0, at))?.[1].length;
  return {
    ...(counterparty ? { counterparty: counterparty.entityId } : {}),
    ...(bought ? { bought } : {}),
    ...(leadIn !== undefined ? { leadIn } : {}),
    rivals: new Set(
      ctx.names.filter((n) => RIVAL_BEFORE.test(ctx.text.slice(0, n.start - ctx.offset))),
    ),
  };
}

/** Words from an amount to the company its deal is with: " equipment purchase agreement with ". */
const DEAL_WITH =
  /^[^.;,$€£\d]{0,60}?\b(?:agreements?|deals?|contracts?|pacts?|partnerships?|orders?|leases?)\s+with\s+(?:the\s+)?$/i;

/**
 * A phrase that leads into a clause whose subject refers back ("With Nvidia systems shipping, the
 * company guided"): group 1 is the phrase up to its comma.
 */
const LEAD_IN = new RegExp(
  String.raw`^(\W*(?:With|After|Amid|Despite|Following|Given|Thanks to|As)\b[^,;.]{0,120},)` +
    String.raw`\s*(?:the (?:company|firm|group)|it)\b[^.;]*$`,
  'i',
);

/**
 * Where the company bought for an amount (at `at` to `end` in `text`) is named: after it ("the $7
 * billion purchase of Mellanox") or before it ("its acquisition of Mellanox for $7 billion").
 */
function boughtTarget(
  text: string,
  at: number,
  end: number,
): { start: number; end: number } | undefined {
  const after = PURCHASE_OF_AFTER.exec(text.slice(end));
  if (after) {
    const start = end + after[0].length;
    return { start, end: start + (/^[^,;.()]{0,60}/.exec(text.slice(start))?.[0].length ?? 0) };
  }
  const before = PURCHASE_OF_BEFORE.exec(text.slice(0, at));
  return before ? { start: before.index, end: at } : undefined;
}

/** From an amount to the company bought: " purchase of ", " all-cash acquisition of ". */
const PURCHASE_OF_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:purchase|acquisition|takeover|buyout)\s+of\s+/i;
/** From the company bought to its price: "acquisition of Mellanox for ". */
const PURCHASE_OF_BEFORE =
  /\b(?:purchase|acquisition|takeover|buyout)\s+of\s+[^,;.()]{1,60}?\s+for\s+(?:about\s+|roughly\s+)?$/i;

/** Words that name a company as a rival just before it: "challenging", "reliance on". */
const RIVAL_BEFORE = new RegExp(
  String.raw`\b(?:challeng(?:e|es|ed|ing)|rival(?:s|ing|led|ling)?|compet(?:e|es|ed|ing) with` +
    String.raw`|tak(?:e|es|ing) on|against|versus|vs\.?|unlike|away from|reliance on` +
    String.raw`|dependence on|alternative to)\s+(?:the\s+)?$`,
  'i',
);
