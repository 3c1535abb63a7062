import type { Hedge, Quantity } from '../types';

/** Verbs whose "up" goes with them, not with a "to" after it: "ramp up to", "add up to". */
const UP_VERBS =
  String.raw`(?:scal(?:e[sd]?|ing)|built|(?:ramp|build|step|gear|power|ratchet|bump|add|stack)` +
  String.raw`(?:s|ed|ing|ped|ping)?|sum(?:s|med|ming)?|siz(?:e[sd]?|ing))`;

const HEDGES: [RegExp, Hedge][] = [
  [/(?:\b(?:about|around|roughly|approximately|some|an estimated|circa)|~)\s*$/i, 'approx'],
  [/\b(?:nearly|almost|close to|just under|just shy of)\s*$/i, 'nearly'],
  [
    new RegExp(
      String.raw`\b(?:more than|over|at least|above|north of|upwards of|in excess of|just over` +
        // a threshold passed ("crossed the $4 trillion mark") is a floor, not the value
        String.raw`|(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?` +
        String.raw`|cross(?:es|ed|ing)|eclips(?:es|ed|ing)|pass(?:es|ed|ing)` +
        String.raw`|br(?:eak|eaks|eaking|oke) (?:through|past|above))(?: the)?)\s*$`,
      'i',
    ),
    'at-least',
  ],
  [
    // a cap written as one: "caps out at", "capped at", "a ceiling of"
    new RegExp(
      // (not a verb's "up": "scale up to 3 GW", "adds up to $10 billion" reach the figure)
      String.raw`\b(?:(?<!\b(?:${UP_VERBS})\s+)up to|as much as|as many as|as high as|at most` +
        String.raw`|no more than|caps? out at` +
        String.raw`|capped at|tops out at|(?:a|its) (?:cap|ceiling|maximum) of)\s*$`,
      'i',
    ),
    'at-most',
  ],
  [/\b(?:less than|under|fewer than|below)\s*$/i, 'below'],
];

/** The hedge written just before a figure ("about", "nearly", "more than", ...), if any. */
export function hedgeBefore(text: string, start: number, dim: Quantity['dim']): Hedge | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  // "$38 billion over seven years": over a span is through it, not more than it
  if (dim === 'duration' && /\bover\s*(?:the\s+(?:next|following|coming)\s+)?$/i.test(before))
    return undefined;
  for (const [re, hedge] of HEDGES) if (re.test(before)) return hedge;
  return undefined;
}

/** The hedge written just after a figure: "30% or more", "$10 billion or less". */
export function hedgeAfter(text: string, end: number): Hedge | undefined {
  const after = text.slice(end, end + 16);
  if (/^\s+or (?:more|higher|above|greater|better)\b/i.test(after)) return 'at-least';
  if (/^\s+or (?:less|lower|fewer|below)\b/i.test(after)) return 'at-most';
  return undefined;
}

/**
 * Words that make a figure a change in a value rather than the value itself ("the extra $2 billion"
 * is a difference).
 */
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|lost|los(?:e|es|ing)|shed(?:s` +
    String.raw`|ding)?|wip(?:e|es|ed|ing)(?: out| off)?|eras(?:e|es|ed|ing)|(?:rose` +
    String.raw`|fell|climbed|jumped|dropped|slid|grew|declined|increased|decreased|up` +
    String.raw`|down) by|(?:an? )?(?:increase|decrease|drop|rise|jump|swing` +
    // (not a line of the statements: "a net loss of $1.4 billion" is that loss)
    String.raw`|(?<!(?:net|operating|pre-?tax|GAAP)\s)(?:gain|loss)) of` +
    String.raw`|(?:the|an|another) (?:extra|additional)|plus(?: the)?` +
    String.raw`|minus(?: the)?)\s+(?:(?:about|around|roughly|nearly|almost|more than` +
    String.raw`|over|some|an estimated|close to)\s+)?$`,
  'i',
);
const CHANGE_AFTER = new RegExp(
  String.raw`^\s+(?:to|from|off)\s+(?:its|their` +
    String.raw`|the)\s+(?:[\w-]+\s+){0,2}?(?:market value|market cap\w*|valuation|value` +
    String.raw`|worth|share price|stock)\b`,
  'i',
);

/** "$113 billion more than ...": a figure that measures a gap */
const GAP_AFTER = /^\s+(?:more|less|higher|lower|bigger|smaller|larger|greater|fewer)\s+than\b/i;

/** Right before a margin of error: "plus or minus", "±", "+/-". */
const MARGIN_BEFORE = /(?:\bplus\s+or\s+minus|±|\+\/-)\s*$/i;

/**
 * Whether a figure is the margin around another ("$54 billion, plus or minus 2%"): it names an
 * amount and claims nothing of its own.
 */
export function isMargin(text: string, q: Quantity): boolean {
  return MARGIN_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start));
}

/** Whether a figure states a change in a value ("added $2 billion") or a gap, not the value. */
export function isChange(text: string, q: Quantity): boolean {
  return (
    CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) ||
    GAP_AFTER.test(text.slice(q.end, q.end + 20)) ||
    (q.dim === 'money' && CHANGE_AFTER.test(text.slice(q.end, q.end + 60)))
  );
}

const PER = new RegExp(
  String.raw`^\s*(?:a|an|per|each|every|\/)\s*(share|stock|month|year|quarter|week` +
    String.raw`|day|hour|annum|gigawatt|GW|megawatt|MW|chip|GPU|user|head|person|unit)\b`,
  'i',
);

/** An adverb that makes a sum a rate: "$3 billion annually". */
const RATE_ADVERB = /^\s*(?:annually|yearly|monthly|quarterly|weekly|daily)\b/i;

/** A span of time an amount other than money is counted over, past a noun it is of. */
const PER_SPAN =
  /^\s*(?:of\s+(?:[\p{L}-]+\s+){1,2})?(?:a|an|per|each|every|\/)\s*(?:week|month|year|day|quarter)\b/iu;

/** A rate: "$1.25 billion a month", "$135 a share", "$35 billion per gigawatt". */
export function perUnit(text: string, q: Quantity): Quantity['per'] {
  // "One GW is roughly 900,000 homes": a conversion from one unit, not a total
  if (RATE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) return 'unit';
  // "1 gigawatt of compute per week", "50,000 GPUs a month": an amount over a span of time
  if (q.dim !== 'money') return PER_SPAN.test(text.slice(q.end, q.end + 40)) ? 'time' : undefined;
  const m = PER.exec(text.slice(q.end, q.end + 20));
  // ("$3 billion annually": a sum each year, no total)
  if (!m) return RATE_ADVERB.test(text.slice(q.end, q.end + 20)) ? 'time' : undefined;
  const unit = m[1].toLowerCase();
  if (unit === 'share' || unit === 'stock') return 'share';
  return /^(?:month|year|quarter|week|day|hour|annum)$/.test(unit) ? 'time' : 'unit';
}

const RATE_BEFORE = new RegExp(
  String.raw`(?:^|[.;:]\s*|\b(?:and|so)\s+)(?:one|a single|each` +
    String.raw`|every)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:is|equals|means|powers|supplies` +
    String.raw`|serves|buys)\s+(?:(?:roughly|about|around|some|nearly|almost|approximately)\s+)?$`,
  'iu',
);
