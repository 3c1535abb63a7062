import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/**
 * How a figure stands to the whole it is of: a change, a sum of several parties' amounts, a part
 * (a tranche, the rest), or the level itself. frame.ts reads it into the claim frame.
 */

/** A level, a change, a sum of several parties' amounts, or a part of a whole. */
export type Relation = 'level' | 'change' | 'sum' | 'part';
/** Which part, when its words say: "the first", "the remaining", "another". */
export type Part = 'first' | 'remaining' | 'additional';

/** The figure's relation, from its clause's words before and after it and its sentence. */
export function relationOf(
  q: Quantity,
  ctx: SentenceContext,
  clause: string,
  before: string,
  after: string,
): { relation: Relation; part?: Part } {
  const ledByWhole = WHOLE_LEADS.test(ctx.text.slice(0, q.start - ctx.offset));
  const part = namedPart(q, before) ?? (ledByWhole ? partAfter(after) : undefined);
  const relation: Relation = changeOf(q, before, after)
    ? 'change'
    : // (a share of a whole the sentence opens on is no running total, whatever its verb says)
      !ledByWhole &&
        (PLURAL_SUBJECT.test(before) ||
          TOTAL_BROUGHT_TO.test(before) ||
          ACROSS_PARTIES.test(after) ||
          sinceThen(q, clause) ||
          INCLUDES_AMOUNT.test(ctx.text.slice(q.end - ctx.offset)))
      ? 'sum'
      : part ||
          PART_BEFORE.test(before) ||
          PART_AFTER.test(after) ||
          DEAL_HOLDS.test(before) ||
          included(q, ctx) ||
          ledByWhole
        ? 'part'
        : 'level';
  return { relation, ...(part ? { part } : {}) };
}

/**
 * Which part of a whole the words before a figure single out: what remains of a term, an amount a
 * whole grows by, or what `partOf` reads.
 */
function namedPart(q: Quantity, before: string): Part | undefined {
  if (remainingSpan(q, before)) return 'remaining';
  if (q.dim === 'money' && GROWN_BY.test(before)) return 'additional';
  return partOf(before).part;
}

/**
 * An amount a whole grows by is an addition to it: "expanding its agreement with AWS by a cool $100
 * billion", "raised its investment by $2 billion".
 */
const GROWN_BY = new RegExp(
  String.raw`\b(?:expand|increas|rais|boost|enlarg|extend|top(?:ped|ping|s)? up)\w*\b[^.;]{0,60}` +
    String.raw`\bby\s+(?:(?:a|an)\s+)?(?:(?:cool|further|additional|extra|another|staggering)\s+)?$`,
  'i',
);

/**
 * Words just before a figure that make it a part of a whole: "the remaining", "another", "the
 * first". ("Over the next seven years" is how a whole term is said.)
 */
const PART_BEFORE =
  /\b(?:remaining|rest of the|first|initial|additional|another|a further|the balance of|partial)\s+(?:[\w'’-]+\s+)?$/i;
/** What a deal is said to hold is a part of it: "the pact covers $9 billion of chips". */
const DEAL_HOLDS = new RegExp(
  String.raw`\b(?:deal|agreement|contract|package|partnership|pact)s?\s+` +
    String.raw`(?:includes?|included|covers?|covered|comprises?)\s+` +
    String.raw`(?:(?:about|some|roughly|around|an?)\s+)?$`,
  'i',
);

/**
 * A sentence led by the whole its figures are of: "Of that total, ...", "Out of the $40 billion,
 * ...": each figure after it is a share of that whole.
 */
const WHOLE_LEADS = new RegExp(
  String.raw`^\W*(?:of|out of)\s+(?:that|this|the|those|these|its|their)\s+` +
    String.raw`(?:[\w$.,-]+\s+){0,3}?(?:total|amount|sum|figure|money|investment|commitment` +
    String.raw`|round|funding|package|pledge|[$€£]?[\d.,]+\s*(?:billion|million|bn|[bm]))s?\s*,`,
  'i',
);

/** Which share of a whole led by it the words after a figure name: "$25 billion arrives upfront". */
function partAfter(after: string): Part | undefined {
  const words = /^[^.;,]{0,40}/.exec(after)?.[0] ?? '';
  if (/\b(?:upfront|up[- ]front|initially|immediately|at once)\b/i.test(words)) return 'first';
  if (/\b(?:later|conditional|on conditions|remaining)\b/i.test(words)) return 'remaining';
  return undefined;
}

/**
 * A span over which what remains is paid ("the remaining $28 billion over the next six years") is
 * what remains of a term.
 */
function remainingSpan(q: Quantity, before: string): boolean {
  return q.dim === 'duration' && /\b(?:remaining|rest of the|the balance of)\b/i.test(before);
}

/**
 * Which part the words before a figure name: the first, what remains of a whole, or an addition to
 * it.
 */
function partOf(before: string): { part?: Part } {
  const word = PART_BEFORE.exec(before)?.[0].toLowerCase() ?? '';
  if (/\b(?:first|initial)\b/.test(word)) return { part: 'first' };
  if (/\b(?:additional|another|further)\b/.test(word)) return { part: 'additional' };
  if (/\b(?:remaining|rest|balance)\b/.test(word)) return { part: 'remaining' };
  return {};
}

/**
 * "$10 billion of Nvidia's investment", "$5 billion out of the total": the whole named after the
 * figure, with its article or owner ("$400 billion of investment" is a measure, not a part).
 */
const PART_AFTER = new RegExp(
  String.raw`^\s*(?:of|out of)\s+(?:the\s+|its\s+|their\s+|\p{Lu}[\w'’.-]*(?:'s` +
    String.raw`|’s)\s+)(?:[\w-]+\s+){0,2}(?:investment|deal|commitment|total|agreement` +
    String.raw`|contract|round|funding|package|pledge)s?\b`,
  'iu',
);

/**
 * "has invested about $13 billion since 2019", "$1.6 billion in prior financing", "raised $2
 * billion to date", "raised $3.9 billion in six months": an amount over the years since a start,
 * or over a stretch of months, is a running total.
 */
function sinceThen(q: Quantity, clause: string): boolean {
  return q.dim === 'money' && RUNNING_TOTAL.test(clause);
}
const RUNNING_TOTAL = new RegExp(
  String.raw`\bsince (?:(?:19|20)\d\d|its (?:founding|inception)|inception)\b|\bto date\b|\bso far\b` +
    String.raw`|\bin (?:prior|previous|earlier|past|total|cumulative) (?:funding|financing|capital)\b` +
    String.raw`|\b(?:has|have|had) already (?:\w+ )?(?:invested|put|poured|raised|funded|committed|pledged|spent)\b` +
    // ("has raised $3.9 billion in six months": rounds over a stretch of time, summed)
    String.raw`|\b(?:raised|invested|poured|pumped)\b(?:[^.;]|\.(?=\d)){0,30}` +
    String.raw`\b(?:in|over|within|across)\s+(?:the\s+)?` +
    String.raw`(?:(?:past|last)\s+)?(?:\w+|\d+)\s+(?:months|years|weeks)\b`,
  'i',
);

/**
 * "bringing the combined sum to $138 billion", "taking its total investment to $8 billion": a
 * total an amount is added to, reached.
 */
const TOTAL_BROUGHT_TO = new RegExp(
  String.raw`\b(?:bring|brought|tak|took|lift|push|rais)\w*\s+(?:the|its|their)\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?(?:total|tally|combined)\b(?:\s+[\w-]+){0,3}?\s+to\s+` +
    String.raw`(?:(?:about|around|roughly|nearly|almost|more than|over|some)\s+)?$`,
  'i',
);

/**
 * "$9 billion of pledges, which include $2 billion from Acme": an amount said to hold another is a
 * total.
 */
const INCLUDES_AMOUNT = new RegExp(
  String.raw`^[^.;]{0,80}?(?:\b(?:that|which)\s+(?:includes?|included|comprises?)` +
    String.raw`|,\s*including)\s+(?:about\s+|some\s+|roughly\s+)?[$€£]\s?\d`,
);

/**
 * "$15 billion ... that includes $5 billion": the amount another amount is said to hold is a part
 * of it.
 */
function included(q: Quantity, ctx: SentenceContext): boolean {
  return ctx.quantities.some(
    (p) =>
      p.dim === 'money' &&
      p !== q &&
      p.end <= q.start &&
      INCLUDES_AMOUNT.test(`${ctx.text.slice(p.end - ctx.offset, q.start - ctx.offset)}${q.text}`),
  );
}

/** "10 GW of capacity across providers": a figure summed over several parties. */
const ACROSS_PARTIES = new RegExp(
  String.raw`^[^.;]{0,60}?\bacross (?:[\w-]+ ){0,2}(?:providers|partners|suppliers|deals|companies` +
    String.raw`|clouds|vendors|hyperscalers|chipmakers|labs|rounds)\b`,
  'i',
);

/** Subjects that are several parties at once: what they put in is a sum. */
const PLURAL_SUBJECT = new RegExp(
  String.raw`\b(?:the (?:two|three|four)|both) (?:[\w-]+ ){0,2}(?:companies|firms` +
    String.raw`|giants|groups|partners|investors|backers|hyperscalers)\b|\bjointly\b` +
    String.raw`|\bbetween them\b` +
    // ("the company's total hardware commitments to 26 gigawatts": several deals summed)
    String.raw`|\btotal (?:[\w-]+ ){0,2}(?:commitments|deals|investments|pledges|contracts|orders)\b`,
  'i',
);

/** A figure written as a change: "up 9.6%", "an 18% increase", "grew 34%", "rose 40% to". */
function changeOf(q: Quantity, before: string, after: string): boolean {
  if (q.change) return true;
  if (q.dim !== 'percent') return false;
  return (
    CHANGE_BEFORE.test(before) ||
    CHANGE_SHARED.test(before) ||
    CHANGE_AFTER.test(after) ||
    GROWTH_RATE.test(before) ||
    // ("+29% YoY": a sign, or a comparison named after it, says a change as plainly)
    SIGNED.test(before) ||
    COMPARED_AFTER.test(after)
  );
}

const SIGNED = /(?:^|[\s(,])[+\u2212]$/;
const COMPARED_AFTER =
  /^\s*(?:YoY|Y\/Y|y-o-y|QoQ|Q\/Q|sequentially|from a year (?:earlier|ago|before))\b/i;

/** Words that say a figure after them is a change: "up", "rose", "growth of". */
const CHANGE_WORD =
  // ("making up 88% of revenue", "takes up 40%": a share of a whole, not a change)
  String.raw`(?:(?<!\b(?:mak(?:e|es|ing)|made|tak(?:e|es|ing)|took)\s)up` +
  String.raw`|down|rose|rising|risen|rises|grew|growing|grown|grows|increased?|increases|increasing` +
  String.raw`|jump(?:ed|ing|s)|climb(?:ed|ing|s)|surg(?:ed|ing|es)|soar(?:ed|ing|s)|fell|falling|falls` +
  String.raw`|declin(?:ed?|ing|es)|drop(?:ped|ping|s)|gain(?:ed|ing|s)|expanding|expanded|expands` +
  String.raw`|growth of|increase of|rise of|by)`;
/** A hedge between a change's word and its figure: "up about 5%". */
const HEDGE =
  String.raw`(?:(?:about|roughly|nearly|almost|some|around|over|more than|approximately` +
  String.raw`|an estimated|just over|just under|close to)\s+)?`;
const CHANGE_BEFORE = new RegExp(String.raw`\b${CHANGE_WORD}\s+${HEDGE}$`, 'i');
/**
 * A rate of growth named as the clause's subject, then the verb that gives it: "its monthly growth
 * rate has returned to over 10%", "Azure's growth slowed to 33%".
 */
const GROWTH_RATE = new RegExp(
  String.raw`\bgrowth(?:\s+rates?)?\b[^,;.%\d]{0,50}?\b(?:to|at|of|was|is|were|are|reached|hit` +
    String.raw`|topped|stood at)\s+${HEDGE}$`,
  'i',
);
/** A second rate sharing the first's word: "up 6% from last quarter and 56% from a year ago". */
const CHANGE_SHARED = new RegExp(
  String.raw`\b${CHANGE_WORD}\s+${HEDGE}[\d.,]+\s?(?:%|percent|per cent)[^.;%\d]{0,40}?` +
    String.raw`\s(?:and|or)\s+${HEDGE}$`,
  'i',
);
const CHANGE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:(?:year[- ]over[- ]year|year[- ]on[- ]year` +
    String.raw`|quarter[- ]over[- ]quarter|annual|sequential|monthly|weekly|quarterly|daily)\s+)?` +
    String.raw`(?:increase|rise|jump` +
    String.raw`|gain|growth|decline|drop|surge|higher|lower|more|less|up|down)\b` +
    String.raw`|to\s+(?:about\s+|roughly\s+|nearly\s+)?[$€£]\s?\d)`,
  'i',
);
