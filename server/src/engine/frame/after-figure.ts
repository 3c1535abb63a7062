import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/**
 * What the words right after a figure say of it, read once with its frame (frame.ts) so the
 * gates need not read them again for every fact they weigh.
 */
export interface AfterFigure {
  /** said of each of several: "$1 billion each", "$2 billion apiece" */
  each?: true;
  /** the entity the amount comes from: "$50 billion from Amazon" */
  payer?: string;
  /** an investment put into something: "a $40 billion investment to expand", "investment in" */
  invested?: true;
  /** the entity the amount goes into: "pouring $12 billion into CoreWeave" */
  recipient?: string;
  /** the amount goes into a round: "$3 billion into the firm's Series E round" */
  intoRound?: true;
}

export function afterFigure(q: Quantity, ctx: SentenceContext): AfterFigure {
  const after = ctx.text.slice(q.end - ctx.offset);
  const from = FROM.exec(after);
  const payer = from ? ctx.names.find((n) => n.start === q.end + from[0].length) : undefined;
  // ("will commit up to $20 billion more to Anthropic": "to" after a verb of giving money)
  const into =
    INTO.exec(after) ??
    (GIVEN_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)) ? TO.exec(after) : null);
  const recipient = into ? ctx.names.find((n) => n.start === q.end + into[0].length) : undefined;
  return {
    ...(EACH.test(after) ? { each: true as const } : {}),
    ...(payer ? { payer: payer.entityId } : {}),
    ...(INVESTMENT_MADE.test(after) ? { invested: true as const } : {}),
    ...(recipient ? { recipient: recipient.entityId } : {}),
    ...(INTO_ROUND.test(after) ? { intoRound: true as const } : {}),
  };
}

/** "into" a round after an amount: "into the firm's Series E round", "in its latest raise". */
const INTO_ROUND = new RegExp(
  String.raw`^\s+(?:into|in)\s+(?:the|its|their|(?:the\s+)?(?:firm|company|startup|lab)['’]s` +
    String.raw`|[A-Z][\w.&-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:round|raise)\b`,
  'i',
);

/** "each" or "apiece" right after an amount: an amount per party */
const EACH = /^\s*(?:each|apiece)\b/i;
/**
 * "from" (and "the") between an amount and the company it comes from, perhaps after the noun of
 * what it is: "$2 billion in funding from", "a $4 billion investment from"
 */
const FROM =
  /^\s+(?:(?:in\s+)?(?:investments?|funding|financing|backing|commitments?|capital)\s+)?from\s+(?:the\s+)?/i;
/** "into" or "in" (and "the") between an amount and what it goes into */
const INTO = /^\s+(?:into|in)\s+(?:the\s+)?/i;
/** "to" between an amount given and who gets it: "$20 billion more to Anthropic" */
const TO = /^\s+(?:(?:more|further)\s+)?to\s+(?:the\s+)?/i;
/** A verb of giving money, and a hedge at most, right before the amount: "commits up to" */
const GIVEN_BEFORE = new RegExp(
  String.raw`\b(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|invest(?:s|ed|ing)?)\s+` +
    String.raw`(?:(?:up to|about|roughly|nearly|another|an additional|a further)\s+)*$`,
  'i',
);
/** "investment in", "investment to expand": what follows is where the money goes */
const INVESTMENT_MADE = /^\s+(?:[\w-]+\s+)?investments?\s+(?:to|in|into)\b/i;
