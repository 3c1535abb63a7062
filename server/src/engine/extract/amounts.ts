import type { Quantity, QuantityStyle } from '../types';
import { countedNoun } from './nouns';
import { NUMERAL, WORD_NUMBER, parseNumber, type ParsedNumber } from './numbers';
import { measured, plainStyle, roundingOf, type Reader } from './reader';

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mm: 1e6,
  // ("US$916mil", "RM2bil": as Malaysian and Singaporean papers write them)
  mil: 1e6,
  billion: 1e9,
  bil: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
};
/**
 * Currencies by the sign or code written before an amount: `spaced`, a space may stand between it
 * and the number ("USD 12 billion"); `wordStart`, it must open a word (S$ is no end of US$).
 */
const CURRENCY_SIGNS: readonly { sign: string; code: string; spaced?: true; wordStart?: true }[] = [
  { sign: '$', code: 'USD' },
  { sign: 'US$', code: 'USD', spaced: true },
  { sign: 'USD', code: 'USD', spaced: true },
  { sign: '€', code: 'EUR' },
  { sign: '£', code: 'GBP' },
  { sign: 'A$', code: 'AUD' },
  { sign: 'C$', code: 'CAD' },
  { sign: '¥', code: 'JPY' },
  { sign: '₩', code: 'KRW' },
  { sign: 'KRW', code: 'KRW', spaced: true },
  { sign: 'HK$', code: 'HKD' },
  { sign: 'NT$', code: 'TWD' },
  { sign: 'S$', code: 'SGD', wordStart: true },
  { sign: 'NZ$', code: 'NZD' },
  { sign: 'RMB', code: 'CNY', spaced: true },
  { sign: 'CNY', code: 'CNY', spaced: true },
];
/** How a currency is written before an amount: its sign ("HK$"), not its code; none for CNY. */
export function currencySign(code: string): string | undefined {
  return CURRENCY_SIGNS.find((s) => s.code === code && !s.spaced)?.sign;
}
/** The currency of each sign or code, any space after it left out. */
const CURRENCY_PREFIX: Record<string, string> = Object.fromEntries(
  CURRENCY_SIGNS.map(({ sign, code }) => [sign, code]),
);
/** The signs and codes as one pattern, the longest first. */
const PREFIX = [...CURRENCY_SIGNS]
  .sort((a, b) => b.sign.length - a.sign.length)
  .map(signPattern)
  .join('|');

function signPattern({ sign, spaced, wordStart }: (typeof CURRENCY_SIGNS)[number]): string {
  const start = wordStart ? String.raw`(?<!\p{L})` : '';
  return start + sign.replace(/\$/g, '\\$') + (spaced ? ' ?' : '');
}
const CURRENCY_WORD: Record<string, string> = {
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  pound: 'GBP',
  won: 'KRW',
  yuan: 'CNY',
  renminbi: 'CNY',
  'hong kong dollars': 'HKD',
  'taiwan dollars': 'TWD',
  'new taiwan dollars': 'TWD',
  'nt dollars': 'TWD',
};

const SCALE = String.raw`trillion|billion|million|thousand|trn|tn|tr|bn|bil|mln|mil|mn|mm|[TtBbMmKk]`;
const DASH = String.raw`\s?[-\u2013\u2014]\s?\$?|\s(?:to|and)\s\$?`;

/** $38 billion, $38B, US$38bn, $6.6-billion, $20–25 billion, €5bn */
const MONEY_PREFIXED = new RegExp(
  String.raw`(${PREFIX})(${NUMERAL})(?:(${DASH})(${NUMERAL}))?(?:([ \u00a0-]?)(${SCALE})(?![` +
    String.raw`\p{L}\p{N}]))?`,
  'gu',
);
/**
 * 38 billion dollars, half a trillion dollars, 38 billion US dollars; as a modifier, "a
 * 17.1-billion-euro valuation"
 */
const MONEY_WORDED = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})( |-)(trillion|billion|million` +
    String.raw`|thousand)( (?:US |U\.S\. )?(?:dollars?|euros?|pounds?|won|yuan|renminbi)` +
    String.raw`| (?:Hong Kong|(?:New )?Taiwan|NT) dollars|-(?:dollar|euro|pound))\b`,
  'giu',
);
/** 160 million shares, one million TPUs, 100,000 H100s: a number, a scale, and what is counted */
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£₩.,])(${NUMERAL}|${WORD_NUMBER})(?:( )(thousand|million` +
    String.raw`|billion)|()([KMB])(?= ))?(?![\p{L}\p{N}%]|[.,]\d)`,
  'giu',
);
/** hundreds of thousands of, tens of millions of */
const VAGUE_COUNT = /\b(hundreds|tens) of (thousands|millions)\b/giu;

/** Money after a currency sign or code: "$38 billion", "US$38bn", "$20–25 billion", "€5bn". */
export const PREFIXED_MONEY_READER: Reader = { pattern: MONEY_PREFIXED, read: readPrefixedMoney };
/** Money with a currency word after it: "38 billion dollars", "half a trillion dollars". */
export const WORDED_MONEY_READER: Reader = { pattern: MONEY_WORDED, read: readWordedMoney };
/** A loose count: "hundreds of thousands of GPUs". */
export const VAGUE_COUNT_READER: Reader = { pattern: VAGUE_COUNT, read: readVagueCount };
/** A count of things named after it: "160 million shares", "100,000 H100s". */
export const COUNT_READER: Reader = { pattern: COUNT, read: readCount };

function readPrefixedMoney(m: RegExpExecArray): Quantity | undefined {
  const [all, prefix, n1, , n2, gap = '', scaleWord = ''] = m;
  const a = parseNumber(n1);
  const b = n2 ? parseNumber(n2) : undefined;
  if (!a || (n2 && !b)) return undefined;
  const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] : 1;
  if (scale === undefined) return undefined;
  // "$5 m" needs care: a lone lower-case "m" after a space is more often a word than a scale
  if (scaleWord && scaleWord.length === 1 && gap === ' ') return undefined;
  const style: QuantityStyle = {
    form: a.form,
    capitalized: false,
    prefix,
    scaleWord,
    scale,
    gap,
    suffix: '',
  };
  return money(m.index, all, a, b, scale, CURRENCY_PREFIX[prefix.trimEnd()] ?? 'USD', style);
}

function readWordedMoney(m: RegExpExecArray): Quantity | undefined {
  const [all, n1, gap, scaleWord, suffix] = m;
  const a = parseNumber(n1);
  if (!a) return undefined;
  const scale = SCALES[scaleWord.toLowerCase()];
  const words = suffix.replace('-', ' ').trim().toLowerCase();
  const currency = CURRENCY_WORD[words] ?? CURRENCY_WORD[words.split(' ').pop()!] ?? 'USD';
  const style: QuantityStyle = {
    form: a.form,
    capitalized: a.capitalized,
    prefix: '',
    scaleWord,
    scale,
    gap,
    suffix,
  };
  return money(m.index, all, a, undefined, scale, currency, style);
}

function money(
  start: number,
  all: string,
  a: ParsedNumber,
  b: ParsedNumber | undefined,
  scale: number,
  currency: string,
  style: QuantityStyle,
): Quantity {
  const lo = a.value * scale;
  const hi = (b ?? a).value * scale;
  const decimals = Math.max(a.decimals, b?.decimals ?? 0);
  return {
    start,
    end: start + all.length,
    text: all,
    dim: 'money',
    min: Math.min(lo, hi),
    max: Math.max(lo, hi),
    unit: currency,
    rounding: roundingOf(decimals, scale, a.form),
    style,
  };
}

function readCount(m: RegExpExecArray, text: string): Quantity | undefined {
  const [all, n, spaced = '', wordScale = '', , letterScale = ''] = m;
  const gap = letterScale ? '' : spaced;
  const scaleWord = wordScale || letterScale;
  const num = parseNumber(n);
  if (!num || (num.form === 'words' && num.value <= 1 && !scaleWord)) return undefined;
  const noun = countedNoun(text, m.index + all.length);
  // "about 70 million" with the noun left to the context (a list under "Weekly users"): a count
  // of something unnamed, which binding matches to no counted noun on its own
  if (!noun && !wordScale) return undefined;
  // (asked only of a number that counts something: most numbers of a text count nothing)
  if (!scaleWord && num.form === 'digits' && num.value < 100 && versionOfName(text, m.index))
    return undefined;
  const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] : 1;
  return measured(m, all, num, { dim: 'count', unit: noun, scale, scaleWord, gap });
}

/**
 * A small number right after a name in mid-sentence is the name's version, not a count: "a
 * million Trainium 2 chips", "the Llama 3 models".
 */
function versionOfName(text: string, at: number): boolean {
  return NAME_THEN_SPACE.test(text.slice(Math.max(0, at - 40), at));
}

/** A capitalised word after a word of the sentence (not its first), then one space. */
const NAME_THEN_SPACE = /[\p{L},;]\s+\p{Lu}[\p{L}\d-]*\s$/u;

function readVagueCount(m: RegExpExecArray, text: string): Quantity | undefined {
  const [all, tens, scaleWord] = m;
  const noun = countedNoun(text, m.index + all.length);
  if (!noun) return undefined;
  const scale = /^thousand/i.test(scaleWord) ? 1e3 : 1e6;
  const lo = (/^hundreds/i.test(tens) ? 100 : 10) * scale;
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: 'count',
    min: lo,
    max: lo * 10 - 1,
    unit: noun,
    rounding: 0,
    hedge: 'approx',
    style: { ...plainStyle(), form: 'words' },
  };
}
