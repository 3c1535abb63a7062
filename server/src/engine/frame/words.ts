import type { SentenceContext } from '../reading';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { FigureMemo } from '../memo';

/**
 * Whether `text` holds `word` at a word boundary, ignoring case, as `\bword` (and `\bword\b` when
 * `whole`) would match: gates ask it for each fact weighed, so no expression is compiled per call.
 */
export function holdsWord(text: string, word: string, whole = false): boolean {
  const t = text.toLowerCase();
  const w = word.toLowerCase();
  if (!w) return false;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    if (boundary(t, i) && (!whole || boundary(t, i + w.length))) return true;
  }
  return false;
}

/** `\b` at `at`: a word character on one side only. */
function boundary(text: string, at: number): boolean {
  return isWordChar(text, at - 1) !== isWordChar(text, at);
}

function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && /\w/.test(text[at]);
}

/** A fact's words that make it a forecast or plan ("guidance", "expects"). */
export const PROJECTED_FACT = new RegExp(
  String.raw`^(?:guidance|outlook|forecast|expects?|expected|projected|projection` +
    String.raw`|plans?|planned|target|targets|talks|in talks|preparing|potential|could|would)$`,
  'i',
);

/** A fact's words that make it a price or raise only talked of, not agreed. */
export const TALKS_FACT = /^(?:talks|in talks|discussions|negotiating|seeking)$/i;

/**
 * A fact's words that make it a company's own forecast, and nothing else ("expects" may be said of
 * a value since reached).
 */
export const FORECAST_FACT = /^(?:guidance|outlook|forecast)$/i;

/** Words of shares sold by their holders, not issued: "tender offer", "secondary sale". */
export const SHARE_SALE =
  /\btender\b|\bsecondary\b|\bemployees?\b[^.;]{0,30}\bsell|\bshare sale\b|\bsold by (?:employees|staff|investors)\b/i;
/** Words that say a revenue is a run rate. */
export const RUN_RATE_SAID = /\brun[- ]rate\b|\bannuali[sz]ed\b|\bARR\b|\bannual recurring\b/i;
/**
 * Words that make an amount after them one added or wiped out: "adding $244 billion in market
 * value", "gained its newest 50 million subscribers". (Not "lost": what a company lost is its
 * loss, a level.)
 */
export const AMOUNT_ADDED = new RegExp(
  String.raw`\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)|wip(?:es|ed|ing)(?: out)?|eras(?:es|ed|ing)` +
    String.raw`|shed(?:s|ding)?)\s+(?:(?:a|an|some|about|roughly|nearly|almost|more than|over` +
    String.raw`|staggering|whopping|record|further|another|(?:its|their|the) (?:latest|last|next)` +
    String.raw`)\s+)*$`,
  'i',
);

/** Participles that tell when something began: "launched in 2022", "founded back in 2015". */
export const STARTED_PARTICIPLE =
  String.raw`(?:co-?founded|founded|launched|started|established|created|formed|set up` +
  String.raw`|incorporated)`;

/** Dimensions whose amounts can be added or wiped out: money, and counts (users, staff). */
export const ADDABLE: ReadonlySet<string> = new Set(['money', 'count']);

/** A change against the same period a year before, as written after it: "YoY", "year-on-year". */
export const YEAR_ON_YEAR = String.raw`YoY|Y\/Y|y-o-y|year[- ](?:over|on)[- ]year`;

/** Words that set one thing against another: "against", "versus", "vs.", "compared with". */
const SET_AGAINST_WORDS = String.raw`against|versus|vs\.?|compared (?:with|to)|relative to`;

/** Between a measure and a figure it is set against: "valuation against", "revenue versus". */
export const COMPARED_TO = new RegExp(String.raw`^\s+(?:${SET_AGAINST_WORDS})\s+$`, 'i');

/** Right before a figure set against the one before it: "$14.9 billion vs. ". */
export const SET_AGAINST_BEFORE = new RegExp(String.raw`\b(?:${SET_AGAINST_WORDS})\s+$`, 'i');

/**
 * Words that set a figure against what comes after it ("$43.5 billion is more than its valuation"):
 * it is not that thing's figure, nor of that measure.
 */
export const COMPARED_WITH = new RegExp(
  String.raw`\b(?:than|above|below|ahead of|behind|beyond|exceed(?:s|ed|ing)?` +
    String.raw`|surpass(?:es|ed|ing)?|top(?:s|ped)?|outstrip(?:s|ped)?|eclips(?:es|ed|ing))\b`,
  'i',
);

/**
 * A fact's word that makes its value an addition to something: an amount added, an expansion. A
 * figure written as a change may be it; a level is not, unless its sentence says something is added.
 */
export const ADDITION_CUE =
  /^(?:added|adds|adding|additional|expansion|expanded|extra|incremental)$/i;

/**
 * Between a measure and the figure it introduces: "valuation above", "valuation of more than",
 * "a valuation of roughly".
 */
export const LEADS_TO = new RegExp(
  String.raw`^\s+(?:(?:of|at|above|below|over|under|near|around|about|topping|exceeding|north of` +
    String.raw`|more than|less than|nearly|almost|roughly|approximately|some|just|close to)\s+){1,3}$`,
  'i',
);

/** "data-center" written as the data writes segments, "data center" (case kept). */
export function spacedSegments(text: string): string {
  return text.replace(HYPHENATED_SEGMENT, '$1 $2');
}
const HYPHENATED_SEGMENT = /\b(data)-(cent)/gi;

/** Nouns that refer to a company without its name: "the firm", "the startup". */
/** Goods counted by the unit, which a maker's name may qualify ("72 Blackwell GPUs"). */
export const GOODS = String.raw`(?:GPUs?|chips?|processors?|accelerators?|superchips?|TPUs?|servers|racks)`;

export const COMPANY_NOUNS = String.raw`(?:company|firm|startup|group|lab|business)`;

/** A verb of a level reached, right before its amount: "reached", "stood at", "rose to". */
const LEVEL_REACHED = new RegExp(
  String.raw`\b(?:reached|reaching|hit|hitting|(?:rose|climbed|grew|jumped|swelled|surged) to` +
    String.raw`|stood at|stands at|totall?ed|totall?ing|came to|amounted to)\s+` +
    String.raw`(?:(?:about|nearly|roughly|almost|some|a record)\s+)?$`,
  'i',
);

/** The words right before a figure say a level reached it: "its backlog reached $455 billion". */
export function levelReached(q: Quantity, ctx: SentenceContext): boolean {
  return LEVEL_REACHED.test(
    ctx.text.slice(Math.max(0, q.start - ctx.offset - 60), q.start - ctx.offset),
  );
}

/** Words that hand a figure to what caused it: "driven by", "thanks to". */
const CAUSE = new RegExp(
  String.raw`\b(?:driven|fuel(?:l)?ed|powered|boosted|helped|spurred|propelled|lifted) by\b` +
    String.raw`|\bthanks to\b|\bon the back of\b`,
  'i',
);

/**
 * Where words of a cause begin after a figure, in its sentence's text, or the text's length: in
 * "rose 22% to $12.7 billion, driven by growth in cloud infrastructure" what drove the figure is not
 * what it measures.
 */
export function causeAfter(q: Quantity, ctx: SentenceContext): number {
  return causes.get(q, ctx, () => {
    const end = q.end - ctx.offset;
    const cause = CAUSE.exec(ctx.text.slice(end));
    return cause ? end + cause.index : ctx.text.length;
  });
}
const causes = new FigureMemo<number>();

/** A company's shares offered to the public: an IPO, a listing, a debut. */
export const LISTING = new RegExp(
  String.raw`\bIPO\b|\binitial public offering\b|\blisting\b|\bdebut\b|\bgo(?:es|ing)? public\b` +
    String.raw`|\b(?:start|began|begun|begin)\w* trading\b|\blisted company\b`,
  'i',
);

/** The noun a fact counts, where the figure is a count too ("600 million weekly users"). */
export function countedNoun(fact: Fact, q: Quantity): string | undefined {
  return fact.value.dim === 'count' && q.dim === 'count' ? fact.value.noun : undefined;
}
