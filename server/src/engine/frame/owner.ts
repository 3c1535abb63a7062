import type { SentenceContext } from '../reading';
import type { NameMention, Quantity } from '../types';

/**
 * Whose measure a figure is, by the words the writer uses: a possessive right before the figure
 * ("past OpenAI's $830 billion"), else before its metric noun ("Amazon's net sales"), else a name
 * that qualifies the metric noun ("Google Cloud revenue"), else "its" before the metric noun when
 * the sentence has named one entity only before it.
 * `metricAt` is the metric noun's offset in the sentence.
 */
export function ownerOf(
  q: Quantity,
  ctx: SentenceContext,
  metricAt: number,
): NameMention | undefined {
  const beforeMetric = ctx.text.slice(0, metricAt);
  const ofFigure = figureOwner(q, ctx);
  if (ofFigure) return ofFigure;
  const possessive = POSSESSIVE_BEFORE.exec(beforeMetric);
  if (possessive) return ctx.names.find((n) => n.end === ctx.offset + possessive.index);
  // (a noun only: in "ICONIQ valued it at" the name is who acts, not whose measure it is)
  const adjunct =
    !VERB_METRIC.test(ctx.text.slice(metricAt)) &&
    ctx.names.find(
      (n) =>
        n.end - ctx.offset <= metricAt &&
        ADJUNCT_GAP.test(ctx.text.slice(n.end - ctx.offset, metricAt)),
    );
  if (adjunct) return adjunct;
  const its = ITS_BEFORE.exec(beforeMetric);
  return its ? pronounOwner(ctx, ctx.offset + its.index) : undefined;
}

/**
 * A capitalised name the data does not know, whose possessive heads the metric noun or the figure
 * ("Tesla's revenue fell 3% to $94.8 billion"): the figure is that company's, and no fact's.
 * `metricAt` is the metric noun's offset in the sentence, when there is one.
 */
export function unknownOwner(q: Quantity, ctx: SentenceContext, metricAt?: number): boolean {
  for (const at of [metricAt, q.start - ctx.offset]) {
    if (at === undefined) continue;
    const m = POSSESSIVE_BEFORE.exec(ctx.text.slice(0, at));
    if (!m) continue;
    const word = /([\p{Lu}][\p{L}\d&.-]*)$/u.exec(ctx.text.slice(0, m.index))?.[1];
    const known = ctx.names.some((n) => n.end === ctx.offset + m.index);
    return word !== undefined && !known && !NOT_A_COMPANY.test(word);
  }
  return false;
}

/** Capitalised words with a possessive that are no company: days, months, periods, places' words. */
const NOT_A_COMPANY = new RegExp(
  String.raw`^(?:Q[1-4]|H[12]|FY\d*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday` +
    String.raw`|January|February|March|April|May|June|July|August|September|October|November` +
    String.raw`|December|Today|Yesterday|Year|Quarter|Street|It|This|That|Company|Firm)$`,
);

/**
 * A possessive right before a metric noun or a figure, a word or two between: "Amazon's net
 * sales", "AWS's quarterly revenue".
 */
const POSSESSIVE_BEFORE = /['’]s\s+(?:[a-z][\w-]*\s+){0,2}$/;
/** A metric written as a verb or participle: "valued", "valuing". */
const VERB_METRIC = /^[a-z]+(?:ed|ing)\b/i;
/**
 * Between a name and the metric noun it qualifies: a space, or a lower-case word too; not a modal
 * or an auxiliary, after which the metric is a verb ("SoftBank will invest").
 */
const ADJUNCT_GAP = new RegExp(
  String.raw`^\s+(?:(?!(?:will|would|could|can|may|might|must|shall|should|to|did|does|do` +
    String.raw`|has|have|had)\s)[a-z][\w-]*\s+)?$`,
);
const ITS_BEFORE = /\bits\s+(?:[a-z][\w-]*\s+){0,2}$/i;

/** The name whose possessive stands right before the figure ("OpenAI's $830 billion"). */
function figureOwner(q: Quantity, ctx: SentenceContext): NameMention | undefined {
  const m = POSSESSIVE_BEFORE.exec(ctx.text.slice(0, q.start - ctx.offset));
  return m ? ctx.names.find((n) => n.end === ctx.offset + m.index) : stakeHolder(q, ctx);
}

/**
 * "as Nvidia holds a 5% stake": the one who takes or holds a stake, named as its verb's subject,
 * owns it, whether or not a metric is named.
 */
export function stakeHolder(q: Quantity, ctx: SentenceContext): NameMention | undefined {
  if (q.dim !== 'percent' || !STAKE_AFTER.test(ctx.text.slice(q.end - ctx.offset)))
    return undefined;
  const m = HOLDER_BEFORE.exec(ctx.text.slice(0, q.start - ctx.offset));
  return m ? ctx.names.find((n) => n.end === ctx.offset + m.index) : undefined;
}
const STAKE_AFTER = /^\s+(?:equity\s+|ownership\s+)?(?:stake|holding)\b/i;
const HOLDER_BEFORE = new RegExp(
  String.raw`\s+(?:took|takes|taking|will take|acquired|acquires|bought|buys|holds|held|owns` +
    String.raw`|owned|received|receives|got|gets)\s+(?:a|an)\s+` +
    String.raw`(?:(?:about|roughly|nearly|around|almost|some)\s+)?$`,
);

/**
 * Whose "its" is ("its market cap"): the one entity the sentence has named before it. With two
 * or more named before it, the sentence does not say, and no owner is given.
 */
function pronounOwner(ctx: SentenceContext, at: number): NameMention | undefined {
  const before = ctx.names.filter((n) => n.end <= at);
  return before.length && before.every((n) => n.entityId === before[0].entityId)
    ? before.at(-1)
    : undefined;
}

/**
 * A measure said of the whole company, in the figure's clause: "total company revenue", "overall
 * sales".
 */
export function wholeSaid(clause: string): boolean {
  return WHOLE_MEASURE.test(clause);
}

const WHOLE_MEASURE =
  /\b(?:total|overall|consolidated|company-wide|group)\s+(?:company\s+)?(?:revenues?|sales)\b/i;

/**
 * The figure describes a business the sentence does not name ("a rare problem for a business
 * bringing in $33 billion a quarter"): no name stands in apposition to it ("Microsoft, a company
 * that ...").
 */
export function unnamedBusiness(q: Quantity, ctx: SentenceContext): boolean {
  if (q.dim !== 'money' && q.dim !== 'percent') return false;
  const some = SOME_BUSINESS.exec(ctx.text.slice(0, q.start - ctx.offset));
  return some !== null && !ctx.names.some((n) => apposedTo(n, some.index, ctx));
}

const SOME_BUSINESS = new RegExp(
  String.raw`\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:business|company|firm|startup|start-up|operation)\s+` +
    String.raw`(?:(?:that|which)\s+)?(?:[\w-]+\s+){0,3}$`,
  'i',
);

/**
 * The name stands in apposition to what begins at `at` (an offset in the sentence): "Hyperion, a
 * 5 GW campus", "X is a company that ...".
 */
export function apposedTo(n: NameMention, at: number, ctx: SentenceContext): boolean {
  const end = n.end - ctx.offset;
  return end <= at && APPOSED.test(ctx.text.slice(end, at));
}

const APPOSED = /^\s*(?:,|\(|is|was|will be|would be)\s*$/;
