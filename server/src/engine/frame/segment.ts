import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Quantity } from '../types';
import { spacedSegments } from './words';

/**
 * The part of a company a figure measures: the words that qualify its metric ("Microsoft Cloud
 * revenue", "revenue from gaming products", "its other segment, infrastructure software, ..."),
 * less names and words that make no segment.
 */

/**
 * The segment a qualifier names, less any known name of the sentence and words that make no
 * segment.
 */
export function segmentOf(
  qualifier: string,
  ctx: SentenceContext,
  index: ReferenceIndex,
): string | undefined {
  const names = ctx.names
    .map((n) => n.text)
    .concat(ctx.names.flatMap((n) => index.entity(n.entityId)?.aliases ?? []));
  // (a bracketed aside is no part of the name: "Semiconductor Solutions (AI + non-AI)")
  // ("data-center revenue" is the data center segment's)
  // (the end of a known name is no segment of it: "Azure and other cloud services revenue")
  if (names.some((name) => name.length > qualifier.length && name.endsWith(` ${qualifier}`)))
    return undefined;
  let rest = ` ${spacedSegments(qualifier.replace(/\([^)]*\)/g, ' '))} `;
  for (const name of names.sort((a, b) => b.length - a.length)) {
    // most names are not in the qualifier: no split and join for them
    if (rest.includes(` ${name} `)) rest = rest.split(` ${name} `).join('  ');
  }
  const words = rest
    .trim()
    .split(/\s+/)
    .filter((w) => w && !NOT_A_SEGMENT.test(w));
  // "intelligent cloud division" is the Intelligent Cloud segment
  const named = words.filter((w) => !PART_NOUN.test(w));
  return named.length ? named.join(' ') : words.length ? words.join(' ') : undefined;
}

/**
 * Words a metric's qualifier may hold that make no segment of it ("Q3 revenue", "total revenue").
 */
const NOT_A_SEGMENT = new RegExp(
  String.raw`^(?:the|its|their|total|quarterly|annual|annualized|annualised|record` +
    String.raw`|net|gross|overall|combined|Q[1-4]|H[12]|FY\d*|fiscal|\d{4}|first|second` +
    String.raw`|third|fourth|full|year|reported|GAAP|adjusted|new|latest` +
    // ("Committed investment now exceeds": how firm or how much, not which line)
    String.raw`|committed|planned|pledged|promised|proposed|expected|projected|cumulative` +
    String.raw`|additional|initial|further|fresh|upfront|direct|strategic|equity` +
    // ("With Microsoft Cloud revenue topping": a capital that only opens the sentence)
    String.raw`|with|without|for|in|at|on|by|as|after|despite|while|from|amid|including|but|and` +
    // ("Fourth-quarter data center revenue": when, not which line)
    String.raw`|(?:first|second|third|fourth|full|fiscal|current|last|prior)-(?:quarter|half|year)` +
    // ("its AI-driven backlog": what drove it, not a line of business)
    String.raw`|[\w-]+-(?:driven|fueled|fuelled|powered|led|backed|linked))$`,
  'i',
);

/**
 * Lower-case words that name a line of business: "gaming revenue", "professional visualization
 * revenue".
 */
const SEGMENT_WORDS =
  String.raw`data cent(?:er|re)|cloud|gaming|automotive|advertising|ads?|services` +
  String.raw`|subscriptions?|hardware|devices|segment|professional|visuali[sz]ation` +
  String.raw`|enterprise|consumer|networking|software|licens(?:e|es|ing)|search` +
  String.raw`|products?|division|business|artificial intelligence|AI|chips?|semiconductors?|semis?` +
  String.raw`|support|infrastructure|applications?|GPUs?|CPUs?|compute|storage|memory|platforms?` +
  String.raw`|accelerators?|processors?` +
  String.raw`|commerce|retail|stores?|servers?|solutions|client|group|channel|OEM`;

/**
 * A segment named around the figure other than as its metric's qualifier: in apposition before it
 * ("its other segment, infrastructure software, reported $6.9 billion in sales"), as the goods an
 * amount sold is of ("sold $10 billion of AI servers"), or as the subject of the figure's verb
 * ("AWS AI services reached a $15 billion run rate").
 */
export function namedSegment(q: Quantity, ctx: SentenceContext): string | undefined {
  const before = ctx.text.slice(0, q.start - ctx.offset);
  const appositive = (SEGMENT_APPOSITIVE.exec(before) ?? NAMED_APPOSITIVE.exec(before))?.[1];
  if (appositive) return appositive;
  // a segment referred back to ("Revenue of this segment was"): some segment, not the whole
  // company, though which one is said a sentence before
  const referred = REFERRED_SEGMENT.exec(before)?.[1];
  if (referred) return referred;
  // a unit the sentence opens with as its subject: "The Client Solutions Group (CSG), ...,
  // reported sales of" (not a company's own name that ends in "Group")
  const unit = UNIT_SUBJECT.exec(before);
  const unitEnd = unit ? unit[0].indexOf(unit[1]) + unit[1].length : 0;
  if (unit && !ctx.names.some((n) => n.start - ctx.offset < unitEnd))
    return BUSINESS_WORDS.exec(unit[1])?.[0] ?? unit[1];
  // a unit the sentence is set in: "In the Infrastructure Group, server sales rose"
  const place = UNIT_PLACE.exec(before);
  if (place && !ctx.names.some((n) => n.start - ctx.offset < place[0].length)) return place[1];
  // what was sold: "sold about $10 billion of AI-optimized servers"
  if (SOLD_BEFORE.test(before)) {
    const goods = GOODS_AFTER.exec(ctx.text.slice(q.end - ctx.offset))?.[1];
    if (goods) return goods;
  }
  // a company's line of business as the subject of the figure's verb: "AWS AI services reached
  // a $15 billion run rate"
  for (const n of ctx.names) {
    const at = n.end - ctx.offset;
    if (at > before.length) break;
    const subject = SUBJECT_SEGMENT.exec(before.slice(at));
    if (subject) return subject[1];
  }
  return undefined;
}

/**
 * Capitalised or segment words right before a metric noun: "Microsoft Cloud revenue", "data center
 * revenue".
 */
export const QUALIFIER = new RegExp(
  // ("non-AI semiconductor revenue": what a segment leaves out is no segment the data holds)
  String.raw`(?:^|\s)((?:non-[\w-]+\s+)?(?:[A-Z][\w-]*|${SEGMENT_WORDS})` +
    // ("ISG total revenue": a word that only sums the unit's lines stands between)
    String.raw`(?:\s+(?:[A-Z][\w-]*|\([\w&+ -]{1,24}\)|cent(?:er|re)|${SEGMENT_WORDS}))*)\s+` +
    String.raw`(?:total\s+)?$`,
);
const SEGMENT_APPOSITIVE = new RegExp(
  String.raw`\b(?:segment|division|unit)\s*,\s*((?:${SEGMENT_WORDS})(?:\s+(?:${SEGMENT_WORDS}))*)\s*,`,
  'i',
);
/** Or its name, capitalised: "the cloud segment, Intelligent Cloud, which brought in". */
const NAMED_APPOSITIVE =
  /\b(?:[Ss]egment|[Dd]ivision|[Uu]nit)\s*,\s*(\p{Lu}[\p{L}&-]*(?:\s+(?:&|\p{Lu}[\p{L}&-]*)){0,3})\s*,/u;
const REFERRED_SEGMENT = /\b(?:this|that|the same)\s+(segment|division|unit)\b[^;:]{0,60}$/i;
/**
 * A unit named as the sentence's subject (after a place it sits in: "Within ISG, the Servers &
 * Networking division"), then, past a bracketed short name and an aside, the verb of the figure.
 */
const UNIT_SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:Within|In|At|Inside)\s+[^,;]{1,30},\s*)?` +
    // ("The company's much-watched cloud business posted": the owner said
    // only by a pronoun or "the company")
    String.raw`(?:[Tt]he\s+(?:company['’]s\s+)?|[Ii]ts\s+|[Tt]heir\s+)?` +
    // ("The client segment outperformed expectations, reporting")
    // (any words before "segment", "division", "unit": "the client computing division"; a group
    // only with words of a segment, since "the Japanese group" is a company)
    String.raw`((?:(?:[A-Z][\w-]*|&|${SEGMENT_WORDS})\s+){1,4}[Gg]roup` +
    String.raw`|(?:(?:[A-Za-z][\w-]*|&)\s+){1,4}(?:[Ss]egment|[Dd]ivision|[Uu]nit)` +
    // (a business only with a word of a segment: "its infrastructure business")
    String.raw`|(?:[\w-]+\s+){0,3}(?:${SEGMENT_WORDS})\s+(?:business|arm))\b` +
    String.raw`(?:\s*\([^)]{1,12}\))?(?:\s*,[^;]{1,80}?,)?\s+(?:reported|posted|generated` +
    String.raw`|recorded|delivered|brought in|had|saw|grew|rose|fell|declined|led|outperformed|beat` +
    String.raw`|topped|exceeded)\b[^;:]{0,80}$`,
);
/** A business's words of a segment, less what only describes it: "(much-watched) cloud arm". */
const BUSINESS_WORDS = new RegExp(
  String.raw`\b(?:${SEGMENT_WORDS})(?:\s+(?:${SEGMENT_WORDS}))*\s+(?:business|arm)$`,
);

/**
 * A unit the sentence opens in: "At the Client Solutions Group,", "In its cloud unit,", "In our
 * Infrastructure Software business,"; or a line of business named by its words alone, "For non-AI
 * semiconductors,".
 */
const UNIT_PLACE = new RegExp(
  String.raw`^\W*(?:Within|In|At|Inside|For)\s+(?:the\s+|its\s+|our\s+|their\s+)?` +
    String.raw`((?:(?:[A-Z][\w-]*|&|${SEGMENT_WORDS})\s+){1,4}` +
    String.raw`(?:[Gg]roup|[Ss]egment|[Dd]ivision|[Uu]nit|[Bb]usiness)` +
    String.raw`|(?:non-[\w-]+\s+)?(?:${SEGMENT_WORDS})(?:\s+(?:${SEGMENT_WORDS})){0,2})` +
    String.raw`\s*(?:\([^)]{1,12}\))?\s*,(?=[^;]*$)`,
);

/**
 * A line of business a list item's label names, for a figure of the period's results after it:
 * "- North America Retail: $127.1B sales; $11.5B operating income" (a label over a deal's terms,
 * "Chips:", names what they are, not a segment).
 */
export function labelSegment(q: Quantity, ctx: SentenceContext): string | undefined {
  const label = SEGMENT_LABEL.exec(ctx.text.slice(0, q.start - ctx.offset));
  return label &&
    label[1].split(/\s+/).every((w) => /^[A-Z&]/.test(w)) &&
    !ctx.names.some((n) => n.start - ctx.offset < label[0].length)
    ? label[1]
    : undefined;
}

/**
 * A label of capitalised words, one a line of business, opening the sentence before a colon: "North
 * America Retail:", "Data Center:" (not "Revenue:" or "Key Metrics:").
 */
const SEGMENT_LABEL = new RegExp(
  String.raw`^\W*((?:[\w&-]+\s+){0,3}?(?:${SEGMENT_WORDS})(?:\s+[\w&-]+){0,2})\s*:`,
  'i',
);
/** A verb of selling right before an amount: "sold about", "shipped". */
const SOLD_BEFORE =
  /\b(?:sold|sells|selling|shipped|ships|shipping)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+|over\s+)?$/i;
/** The goods after an amount sold, up to a preposition or a break: "of AI-optimized servers in". */
const GOODS_AFTER = new RegExp(
  String.raw`^\s+(?:worth\s+)?of\s+(?:its\s+|the\s+|their\s+)?((?:[\w-]+\s+){0,2}?[\w-]+?)` +
    String.raw`(?=\s+(?:in|during|for|to|from|last|this|over|at|and)\b|\s*[,.;]|$)`,
  'i',
);

/**
 * Segment words after a company's name, then the verb whose object is the figure: "AI services
 * reached a", "'s cloud unit posted" (a part noun may close them: "unit", "arm").
 */
const SUBJECT_SEGMENT = new RegExp(
  String.raw`^(?:['’]s)?\s+((?:${SEGMENT_WORDS})(?:\s+(?:${SEGMENT_WORDS}))*` +
    String.raw`(?:\s+(?:unit|arm))?)\s+` +
    String.raw`(?:reached|hit|hits|crossed|surpassed|topped|passed|generated|posted|reported` +
    String.raw`|brought in|grew|rose|climbed|jumped|is|was|has|had)\b[^,;:.]{0,40}$`,
  'i',
);
/**
 * A line of business named after the metric noun: "revenue from gaming products", "sales of its
 * automotive chips".
 */
const QUALIFIER_AFTER = new RegExp(
  // ("of those sales came from GPUs": the verb may stand between)
  String.raw`^\s+(?:(?:came|come|comes|was|were)\s+)?(?:from|of|in)\s+(?:its\s+|the\s+|their\s+)?` +
    // ("sales of H20 chips": a product's name, capitalised, as well)
    String.raw`((?:${SEGMENT_WORDS}|[A-Z][\w-]*\d[\w-]*)(?:\s+(?:${SEGMENT_WORDS}|items|units))*)\b` +
    // ("backlog for AI-related products", "revenue for cloud services": what the amount is of)
    String.raw`|^\s+for\s+(?:its\s+|the\s+|their\s+)?` +
    String.raw`((?:${SEGMENT_WORDS})(?:\s+(?:${SEGMENT_WORDS}))*)(?:-related)?\b` +
    // (not "for the software maker", a company named by what it makes)
    String.raw`(?!\s+(?:makers?|compan(?:y|ies)|giants?|firms?|vendors?|providers?)\b)`,
  'i',
);

/** Nouns that say a part is a part, not which: "division", "segment", "unit", "group". */
const PART_NOUN = /^(?:division|segment|unit|arm|group|business|businesses)$/i;

/** The line of business named after a metric noun, if any: "revenue from gaming products". */
export function qualifierAfter(text: string): string | undefined {
  const m = QUALIFIER_AFTER.exec(text);
  return m?.[1] ?? m?.[2];
}
