/** Numbers as writers write them: digits with separators and decimals, or English words. */

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Regex source for a number written in digits: 38, 1.4, 38,000, 1,234.5, and thousands set apart by
 * spaces as much of Europe writes them, 600 000 (no more digits or a decimal point after).
 */
export const NUMERAL =
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])` +
  String.raw`|\d+(?:\.\d+)?`;
/** A space that sets thousands apart. */
const THOUSANDS_SPACE = /[ \u00a0\u202f]/;

/** 1 to 99 in words: "seven", "nineteen", "twenty-five", "forty two". */
const BELOW_HUNDRED =
  String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty` +
  String.raw`|ninety)(?:[-\u2010\u2011 ](?:one|two|three|four|five|six|seven|eight` +
  String.raw`|nine)\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen` +
  String.raw`|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten`;

/**
 * Regex source for a number written in words: 1 to 999 ("a hundred", "two hundred and fifty"),
 * plus "a", "an", "half a". Scale words (million, billion) are matched by the patterns that use it.
 */
export const WORD_NUMBER =
  String.raw`(?:(?:an?|one|two|three|four|five|six|seven|eight` +
  String.raw`|nine)[-\u2010\u2011 ]hundred(?:(?: and)? (?:${BELOW_HUNDRED}))?\b` +
  String.raw`|${BELOW_HUNDRED}|half an?|an?)`;

export interface ParsedNumber {
  value: number;
  /** digits after the decimal point as written (0 for integers and words) */
  decimals: number;
  /** how it was written */
  form: 'digits' | 'commas' | 'spaces' | 'words';
  /** the written number started with a capital letter ("Seven-year") */
  capitalized: boolean;
}

export function parseNumber(text: string): ParsedNumber | undefined {
  const t = text.trim();
  if (/^\d[\d,. \u00a0\u202f]*$/.test(t)) {
    const spaced = THOUSANDS_SPACE.test(t);
    const value = Number(t.replace(/[, \u00a0\u202f]/g, ''));
    if (!Number.isFinite(value)) return undefined;
    const dot = t.indexOf('.');
    return {
      value,
      decimals: dot < 0 ? 0 : t.length - dot - 1,
      form: spaced ? 'spaces' : t.includes(',') ? 'commas' : 'digits',
      capitalized: false,
    };
  }
  const value = parseWords(t.toLowerCase());
  if (value === undefined) return undefined;
  return { value, decimals: value % 1 === 0 ? 0 : 1, form: 'words', capitalized: /^[A-Z]/.test(t) };
}

function parseWords(t: string): number | undefined {
  if (t === 'a' || t === 'an') return 1;
  if (t === 'half a' || t === 'half an') return 0.5;
  const hundreds = /^(\S+)[-\u2010\u2011 ]hundred(?:(?: and)? (.+))?$/.exec(t);
  if (hundreds) {
    const base = hundreds[1] === 'a' || hundreds[1] === 'an' ? 1 : UNITS.indexOf(hundreds[1]);
    const rest = hundreds[2] === undefined ? 0 : parseWords(hundreds[2]);
    return base >= 1 && base <= 9 && rest !== undefined && rest < 100
      ? base * 100 + rest
      : undefined;
  }
  const parts = t.split(/[-\u2010\u2011 ]/);
  if (parts.length === 1) {
    const u = UNITS.indexOf(parts[0]);
    if (u >= 0) return u;
    const d = TENS.indexOf(parts[0]);
    return d >= 2 ? d * 10 : undefined;
  }
  const tens = TENS.indexOf(parts[0]);
  const unit = UNITS.indexOf(parts[1]);
  return tens >= 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : undefined;
}

/** Writes an integer 0..99 in words ("seven", "twenty-five"); undefined for anything else. */
export function toWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return UNITS[n];
  const unit = n % 10;
  return TENS[Math.floor(n / 10)] + (unit ? `-${UNITS[unit]}` : '');
}

/**
 * Writes a number the way an author wrote another one: with thousands separators if they used
 * them, and with as many decimals as the value needs (never a float artefact like 1.4000000001).
 */
export function formatNumber(n: number, form: ParsedNumber['form'], capitalized = false): string {
  if (form === 'words') {
    const w = toWords(n);
    if (w) return capitalized ? w[0].toUpperCase() + w.slice(1) : w;
  }
  const rounded = Number(n.toPrecision(12));
  const [int, frac] = String(rounded).split('.');
  const grouped =
    form === 'commas' || form === 'spaces' || (form === 'words' && int.length > 4)
      ? int.replace(/\B(?=(\d{3})+(?!\d))/g, form === 'spaces' ? ' ' : ',')
      : int;
  return frac ? `${grouped}.${frac}` : grouped;
}

/** Ordinal words, first to twelfth: "seventh-generation". */
export const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
