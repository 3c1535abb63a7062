/** An amount that qualifies a noun: "$40 billion", "1.7 billion-euro", "$6.6B". */
const AMOUNT = String.raw`[$€£]?\d[\d.,]*(?:[-\s](?:million|billion|trillion|bn|[mbMB]))?(?:-[a-z]+)?`;

/**
 * Words that refer back to something named before: "the company", "the deal", "the backlog", "its",
 * "he".
 */
const REFERRING_WORDS =
  String.raw`(?:it|its|it['’]s|they|their|them|he|she|his|her` +
  // ("the deal", "the new deal", "the $40 billion round", "the 1.7 billion-euro round")
  String.raw`|the (?:[a-z-]+ |${AMOUNT} ){0,2}(?:company|firm|startup|group|giant|deal|agreement` +
  String.raw`|contract|pact|partnership|round|investment|plan|project|venture` +
  String.raw`|chipmaker|maker|lab|cloud provider|transaction|arrangement|commitment` +
  String.raw`|expansion|backlog|valuation|run rate|revenue|stake|capex` +
  String.raw`|capital spending|funding|raise|share sale|sale|offering|IPO|campus` +
  String.raw`|cluster|site|total|figure|sum)|this|that|these|those|both|the two)\b`;
export const ANAPHORA = new RegExp(`\\b${REFERRING_WORDS}`, 'i');

/**
 * A sentence that opens by referring back, after a label or a date: "The contract is due ...", "Its
 * ...".
 */
export const OPENS_REFERRING = new RegExp(`^(?:[^:.]{0,30}:\\s+)?${REFERRING_WORDS}`, 'i');

/**
 * A sentence that opens on a bare measure, "Revenues climbed ...", "Quarterly sales were ...": the
 * measure of what the text is about, as "the revenue" would be.
 */
export const OPENS_WITH_MEASURE = new RegExp(
  String.raw`^(?:total |quarterly |annual |full-year )?(?:revenues?|sales|net sales|net income` +
    String.raw`|operating income|capital expenditures?|capex)\b`,
  'i',
);

/** A sentence that opens by referring back, in words or by a bare measure. */
export function opensReferring(text: string): boolean {
  return OPENS_REFERRING.test(text) || OPENS_WITH_MEASURE.test(text);
}

/**
 * A sentence that opens on a company referred to, "The company's revenue ...", "Its backlog ...":
 * one company, the one the sentence before led with.
 */
export const OPENS_ON_A_COMPANY = /^\W*(?:the (?:company|firm|startup|lab)(?:['’]s)?|its?)\s/i;
