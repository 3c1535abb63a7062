import type { Hedge, Quantity, QuantityStyle } from '../types';
import { markDateSpans, readDate } from './dates';
import { countedNoun } from './nouns';
import { rangeOf, yearOf } from '../reference/dates';
import { NUMERAL, WORD_NUMBER, parseNumber, type ParsedNumber } from './numbers';

/**
 * Finds the figures in a span of prose: money, durations, power, percentages, counts of things,
 * and dates. Each pattern is linear (no nested quantifiers), and patterns run from the most
 * specific to the least; a span taken by one is not read again by another. `contextYear` is the
 * year a date written without one ("Nov. 3") takes when no date earlier in the block names a
 * year; without either, such a date is left out rather than guessed.
 */
export function extractQuantities(text: string, contextYear?: number): Quantity[] {
  const taken: Quantity[] = [];
  const free = (start: number, end: number): boolean =>
    !taken.some((q) => start < q.end && q.start < end);
  for (const reader of READERS) {
    reader.pattern.lastIndex = 0;
    for (let m = reader.pattern.exec(text); m; m = reader.pattern.exec(text)) {
      if (m[0].length === 0) {
        reader.pattern.lastIndex++;
        continue;
      }
      const q = reader.read(m, text);
      if (q && free(q.start, q.end) && !insideToken(text, q.start, q.end)) {
        q.hedge ??= hedgeBefore(text, q.start, q.dim);
        if (isChange(text, q)) q.change = true;
        const per = perUnit(text, q);
        if (per) q.per = per;
        taken.push(q);
      }
    }
  }
  taken.sort((a, b) => a.start - b.start);
  for (const q of yearlessDates(text, taken, contextYear)) if (free(q.start, q.end)) taken.push(q);
  return markDateSpans(
    text,
    mergeRanges(
      text,
      taken.sort((a, b) => a.start - b.start),
    ).map((q) => withLowerBound(text, q)),
  );
}

/** "Nov. 3", "March 18th": a month and a day, no year after them. */
const YEARLESS_DATE = new RegExp(
  String.raw`\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?` +
    String.raw`|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?` +
    String.raw`|Dec(?:ember)?)(\.?) (\d{1,2})(st|nd|rd|th)?\b(?!,? (?:19` +
    String.raw`|20)\d{2})(?![\p{L}\p{N}:.,]\d)`,
  'gu',
);
const MONTH_PREFIXES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * Dates without a year, given the year of the last dated figure before them, else the context's.
 */
function yearlessDates(
  text: string,
  sorted: Quantity[],
  contextYear: number | undefined,
): Quantity[] {
  const out: Quantity[] = [];
  YEARLESS_DATE.lastIndex = 0;
  let k = 0;
  let year = contextYear;
  for (let m = YEARLESS_DATE.exec(text); m; m = YEARLESS_DATE.exec(text)) {
    for (; k < sorted.length && sorted[k].start < m.index; k++)
      if (sorted[k].dim === 'date') year = yearOf(sorted[k].min);
    const day = Number(m[3]);
    const month = MONTH_PREFIXES.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    if (
      year === undefined ||
      day < 1 ||
      day > 31 ||
      insideToken(text, m.index, m.index + m[0].length)
    )
      continue;
    const range = rangeOf(year, month, day);
    if (yearOf(range.min) !== year || new Date(range.min * 86_400_000).getUTCDate() !== day)
      continue; // "Feb 30"
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      dim: 'date',
      min: range.min,
      max: range.max,
      unit: 'day',
      rounding: 0,
      style: plainStyle(),
      yearInferred: true,
    });
  }
  return out;
}

const LOWER_BOUND = new RegExp(
  String.raw`(?:\b(between)\s+)?(?<![\p{L}\p{N}.,$])(${NUMERAL})\s?(?:[-\u2013\u2014]|\s(to|and)\s)\s?$`,
  'u',
);

/**
 * "4–5 GW", "between 4 and 5 million GPUs": a bare number before a figure, joined by a dash, "to"
 * or "between ... and", is the low end of a range in the figure's own scale and unit.
 */
function withLowerBound(text: string, q: Quantity): Quantity {
  if (q.min !== q.max || !['count', 'power', 'money', 'percent'].includes(q.dim) || q.style.prefix)
    return q;
  const m = LOWER_BOUND.exec(text.slice(Math.max(0, q.start - 30), q.start));
  if (!m || (m[3] === 'and' && !m[1])) return q;
  const low = parseNumber(m[2]);
  if (!low) return q;
  const min = low.value * q.style.scale;
  if (!(min < q.min)) return q;
  const start = q.start - m[0].length + (m[1] ? 0 : 0);
  return {
    ...q,
    start,
    text: text.slice(start, q.end),
    min,
    rounding: Math.max(q.rounding, roundingOf(low.decimals, q.style.scale, low.form)),
  };
}

/**
 * "$150 billion to $175 billion", "4–5 GW written in full", "between 4 and 5 million": two figures
 * of one dimension joined by a dash or "to" are one range ("from $132 billion to $142 billion"
 * is a change, not a range, and stays two figures).
 */
function mergeRanges(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    const prev = out[out.length - 1];
    const joint = prev ? text.slice(prev.end, q.start) : '';
    const joined =
      prev &&
      prev.dim === q.dim &&
      prev.dim !== 'date' &&
      prev.unit === q.unit &&
      prev.min === prev.max &&
      q.min === q.max &&
      ((/^\s?[-\u2013\u2014]\s?$|^ to $/.test(joint) &&
        !/\bfrom\s+(?:about\s+)?$/i.test(text.slice(Math.max(0, prev.start - 12), prev.start))) ||
        (joint === ' and ' &&
          /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start))));
    if (joined && prev.max < q.min) {
      out[out.length - 1] = {
        ...prev,
        end: q.end,
        text: text.slice(prev.start, q.end),
        max: q.max,
        rounding: Math.max(prev.rounding, q.rounding),
      };
    } else out.push(q);
  }
  return out;
}

interface Reader {
  pattern: RegExp;
  read(m: RegExpExecArray, text: string): Quantity | undefined;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mm: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
};
const CURRENCY_PREFIX: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'USD ': 'USD',
  USD: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  A$: 'AUD',
  C$: 'CAD',
  '¥': 'JPY',
};
const CURRENCY_WORD: Record<string, string> = {
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  pound: 'GBP',
};

const SCALE = String.raw`trillion|billion|million|thousand|trn|tn|tr|bn|mln|mn|mm|[TtBbMmKk]`;
const DASH = String.raw`\s?[-\u2013\u2014]\s?|\s(?:to|and)\s\$?`;

/** $38 billion, $38B, US$38bn, $6.6-billion, $20–25 billion, €5bn */
const MONEY_PREFIXED = new RegExp(
  String.raw`(US\$ ?|A\$|C\$|USD ?|\$|€|£` +
    String.raw`|¥)(${NUMERAL})(?:(${DASH})(${NUMERAL}))?(?:([ \u00a0-]?)(${SCALE})(?![` +
    String.raw`\p{L}\p{N}]))?`,
  'gu',
);
/** 38 billion dollars, half a trillion dollars, 38 billion US dollars */
const MONEY_WORDED = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})( )(trillion|billion|million` +
    String.raw`|thousand)( (?:US |U\.S\. )?(?:dollars?|euros?|pounds?))\b`,
  'giu',
);
/** seven-year, 7-year, seven years, 18 months, a decade */
const DURATION = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})([-\u2010\u2011 ])(years?|months?|decades?|weeks?|days?)\b`,
  'giu',
);
/** "the first gigawatt" of a larger deal: an amount named, not stated as a figure */
const FIRST_UNIT = /\b(?:the|its|their) (first|initial) (gigawatt|megawatt)(?![\p{L}\p{N}])/giu;

/** 30 gigawatts, 4.5GW, 600 MW, one gigawatt */
const POWER = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})([ \u00a0-]?)(gigawatts?|megawatts?` +
    String.raw`|kilowatts?|watts?|GW|MW|kW|W)(?![\p{L}\p{N}])`,
  'giu',
);
/** 27%, 27 percent, 27 per cent, 3.5 percentage points */
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${NUMERAL})([ \u00a0]?)(%|percentage points?|per ?cent)(?![\p{L}\p{N}])`,
  'giu',
);
/** 160 million shares, one million TPUs, 100,000 H100s: a number, a scale, and what is counted */
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,])(${NUMERAL}|${WORD_NUMBER})(?:( )(thousand|million` +
    String.raw`|billion)|()([KMB])(?= ))?(?![\p{L}\p{N}%]|[.,]\d)`,
  'giu',
);
/** 80 GB, 141GB, 13.5 TB: memory, a count of gigabytes or terabytes as the data stores it */
const MEMORY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${NUMERAL})([ \u00a0]?)(GB|TB)(?![\p{L}\p{N}/])`,
  'gu',
);
/** hundreds of thousands of, tens of millions of */
const VAGUE_COUNT = /\b(hundreds|tens) of (thousands|millions)\b/giu;

const MONTH =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?` +
  String.raw`|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/**
 * 2019, March 2025, November 3, 2025, 3 Nov 2025, H2 2026, the second half of 2026, end of 2026,
 * end-2028
 */
const DATE = new RegExp(
  String.raw`\b(?:${MONTH}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?|\d{1,2} ${MONTH}\.?,? ` +
    String.raw`|(?:H[12]|Q[1-4]|the (?:first|second) half of|the (?:first|second|third` +
    String.raw`|fourth) quarter of|(?:the )?(?:year-)?end(?: of|-| )|(?:early|late` +
    String.raw`|mid)-|early|late|mid|fiscal(?: year)?|FY) ?)?(?:19` +
    String.raw`|20)\d{2}(?![\p{L}\p{N}%]|[.,]\d)`,
  'gu',
);

const ORDINALS = [
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
/** seventh-generation, 7th generation: an ordinal only where it counts generations */
const ORDINAL = new RegExp(
  String.raw`\b(${ORDINALS.join('|')}|\d{1,2}(?:st|nd|rd|th))(?=[-\u2010\u2011 ]generation\b)`,
  'giu',
);

function readOrdinal(m: RegExpExecArray): Quantity | undefined {
  const word = m[1].toLowerCase();
  const value = ORDINALS.includes(word) ? ORDINALS.indexOf(word) + 1 : Number.parseInt(word, 10);
  if (!Number.isInteger(value)) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    dim: 'ordinal',
    min: value,
    max: value,
    rounding: 0,
    style: {
      ...plainStyle(),
      form: /^\d/.test(word) ? 'digits' : 'words',
      capitalized: /^[A-Z]/.test(m[1]),
      suffix: /^\d/.test(word) ? 'th' : '',
    },
  };
}

/** 4.4x, 64 times (as many), fourfold, twice */
const MULTIPLE = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})(?:x(?![\p{L}\p{N}])|\s?times\b|-?fold\b)` +
    String.raw`|\b(twice|double|triple|quadruple)\b`,
  'giu',
);

function readMultiple(m: RegExpExecArray): Quantity | undefined {
  const words: Record<string, number> = { twice: 2, double: 2, triple: 3, quadruple: 4 };
  const value = m[2] ? words[m[2].toLowerCase()] : parseNumber(m[1])?.value;
  if (value === undefined) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    dim: 'multiple',
    min: value,
    max: value,
    rounding: 0,
    style: plainStyle(),
  };
}

const READERS: Reader[] = [
  { pattern: MONEY_PREFIXED, read: readPrefixedMoney },
  { pattern: MONEY_WORDED, read: readWordedMoney },
  { pattern: DURATION, read: readDuration },
  { pattern: POWER, read: readPower },
  { pattern: FIRST_UNIT, read: readFirstUnit },
  { pattern: MEMORY, read: readMemory },
  { pattern: PERCENT, read: readPercent },
  { pattern: DATE, read: readDateMatch },
  { pattern: ORDINAL, read: readOrdinal },
  { pattern: MULTIPLE, read: readMultiple },
  { pattern: VAGUE_COUNT, read: readVagueCount },
  { pattern: COUNT, read: readCount },
];

function readDateMatch(m: RegExpExecArray, text: string): Quantity | undefined {
  if (/[$€£\d.,]/.test(text[m.index - 1] ?? '')) return undefined;
  const date = readDate(m[0]);
  if (!date) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    dim: 'date',
    min: date.min,
    max: date.max,
    unit: date.precision,
    rounding: 0,
    style: plainStyle(),
  };
}

function plainStyle(): QuantityStyle {
  return {
    form: 'digits',
    capitalized: false,
    prefix: '',
    scaleWord: '',
    scale: 1,
    gap: '',
    suffix: '',
  };
}

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
  return money(m.index, all, a, b, scale, CURRENCY_PREFIX[prefix] ?? 'USD', style);
}

function readWordedMoney(m: RegExpExecArray): Quantity | undefined {
  const [all, n1, gap, scaleWord, suffix] = m;
  const a = parseNumber(n1);
  if (!a) return undefined;
  const scale = SCALES[scaleWord.toLowerCase()];
  const currency = CURRENCY_WORD[suffix.trim().split(' ').pop()!.toLowerCase()] ?? 'USD';
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

function readDuration(m: RegExpExecArray, text: string): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num) return undefined;
  const lower = unitWord.toLowerCase();
  // "a year" after money is a rate ("$10 billion a year"), not a span: only "a decade" reads as one
  if ((n.toLowerCase() === 'a' || n.toLowerCase() === 'an') && !lower.startsWith('decade'))
    return undefined;
  if (/^\s*(?:ago|old|later|earlier|before|after)\b/i.test(text.slice(m.index + all.length)))
    return undefined;
  const months = lower.startsWith('year')
    ? 12
    : lower.startsWith('decade')
      ? 120
      : lower.startsWith('week')
        ? 7 / 30.4375
        : lower.startsWith('day')
          ? 1 / 30.4375
          : 1;
  const value = num.value * months;
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: 'duration',
    min: value,
    max: value,
    unit: 'month',
    rounding: roundingOf(num.decimals, months, num.form),
    adjectival: gap !== ' ' || !lower.endsWith('s'),
    style: {
      form: num.form,
      capitalized: num.capitalized,
      prefix: '',
      scaleWord: '',
      scale: months,
      gap,
      suffix: unitWord,
    },
  };
}

function readFirstUnit(m: RegExpExecArray): Quantity {
  const start = m.index + m[0].length - m[1].length - 1 - m[2].length;
  const scale = /^g/i.test(m[2]) ? 1e9 : 1e6;
  return {
    start,
    end: m.index + m[0].length,
    text: m[0].slice(start - m.index),
    dim: 'power',
    min: scale,
    max: scale,
    unit: 'W',
    rounding: 0,
    mention: true,
    style: { ...plainStyle(), form: 'words', scale, gap: ' ', suffix: m[2] },
  };
}

function readPower(m: RegExpExecArray): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num || unitWord === 'w') return undefined; // a lone lower-case "w" is no unit
  const scale = /^g/i.test(unitWord)
    ? 1e9
    : /^m/i.test(unitWord)
      ? 1e6
      : /^k/i.test(unitWord)
        ? 1e3
        : 1;
  const value = num.value * scale;
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: 'power',
    min: value,
    max: value,
    unit: 'W',
    rounding: roundingOf(num.decimals, scale, num.form),
    style: {
      form: num.form,
      capitalized: num.capitalized,
      prefix: '',
      scaleWord: '',
      scale,
      gap,
      suffix: unitWord,
    },
  };
}

function readMemory(m: RegExpExecArray): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num) return undefined;
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: 'count',
    min: num.value,
    max: num.value,
    unit: unitWord.toLowerCase(),
    rounding: roundingOf(num.decimals, 1, num.form),
    // the unit follows the number as a count's noun does: its space is part of it ("192 GB")
    style: {
      form: num.form,
      capitalized: false,
      prefix: '',
      scaleWord: '',
      scale: 1,
      gap: '',
      suffix: `${gap}${unitWord}`,
    },
  };
}

function readPercent(m: RegExpExecArray): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num) return undefined;
  const points = /point/i.test(unitWord);
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: 'percent',
    min: num.value,
    max: num.value,
    unit: points ? 'points' : '%',
    rounding: roundingOf(num.decimals, 1, num.form),
    style: {
      form: num.form,
      capitalized: false,
      prefix: '',
      scaleWord: '',
      scale: 1,
      gap,
      suffix: unitWord,
    },
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
  const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] : 1;
  const value = num.value * scale;
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: 'count',
    min: value,
    max: value,
    unit: noun,
    rounding: roundingOf(num.decimals, scale, num.form),
    style: {
      form: num.form,
      capitalized: num.capitalized,
      prefix: '',
      scaleWord,
      scale,
      gap,
      suffix: '',
    },
  };
}

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

/** Half a step of the last written digit: "$38 billion" may be 37.5 to 38.5 billion. */
function roundingOf(decimals: number, scale: number, form: ParsedNumber['form']): number {
  if (form === 'words') return 0;
  return 0.5 * Math.pow(10, -decimals) * scale;
}

/**
 * A figure glued to letters or digits ("GPT-4o", "H100", "v2.5") is part of a name, not a figure.
 */
function insideToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before && /[\p{L}\p{N}_]/u.test(before) && !/^[$€£]/.test(text.slice(start))) return true;
  if (
    before === '-' &&
    /[\p{L}\p{N}]/u.test(text[start - 2] ?? '') &&
    /^\d/.test(text.slice(start))
  )
    return true;
  return after !== undefined && /[\p{N}_]/u.test(after);
}

const PER = new RegExp(
  String.raw`^\s*(?:a|an|per|each|every|\/)\s*(share|stock|month|year|quarter|week` +
    String.raw`|day|hour|annum|gigawatt|GW|megawatt|MW|chip|GPU|user|head|person|unit)\b`,
  'i',
);

/** A rate: "$1.25 billion a month", "$135 a share", "$35 billion per gigawatt". */
function perUnit(text: string, q: Quantity): Quantity['per'] {
  // "One GW is roughly 900,000 homes": a conversion from one unit, not a total
  if (RATE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) return 'unit';
  if (q.dim !== 'money') return undefined;
  const m = PER.exec(text.slice(q.end, q.end + 20));
  if (!m) return undefined;
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

/**
 * Words that make a figure a change in a value rather than the value itself ("the extra $2 billion"
 * is a difference).
 */
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|lost|los(?:e|es|ing)|shed(?:s` +
    String.raw`|ding)?|wip(?:e|es|ed|ing)(?: out| off)?|eras(?:e|es|ed|ing)|(?:rose` +
    String.raw`|fell|climbed|jumped|dropped|slid|grew|declined|increased|decreased|up` +
    String.raw`|down) by|(?:an? )?(?:increase|decrease|drop|rise|jump|gain|loss` +
    String.raw`|swing) of|(?:the|an|another) (?:extra|additional)|plus(?: the)?` +
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

function isChange(text: string, q: Quantity): boolean {
  return (
    CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) ||
    GAP_AFTER.test(text.slice(q.end, q.end + 20)) ||
    (q.dim === 'money' && CHANGE_AFTER.test(text.slice(q.end, q.end + 60)))
  );
}

const HEDGES: [RegExp, Hedge][] = [
  [/\b(?:about|around|roughly|approximately|some|an estimated|circa|~)\s*$/i, 'approx'],
  [/\b(?:nearly|almost|close to|just under|just shy of)\s*$/i, 'nearly'],
  [
    new RegExp(
      String.raw`\b(?:more than|over|at least|above|north of|upwards of|in excess of` +
        String.raw`|just over|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?` +
        String.raw`|cross(?:es|ed|ing)|eclips(?:es|ed|ing)|pass(?:es|ed|ing))\s*$`,
      'i',
    ),
    'at-least',
  ],
  [/\b(?:up to|as much as|as many as|as high as|at most)\s*$/i, 'at-most'],
  [/\b(?:less than|under|fewer than|below)\s*$/i, 'below'],
];

function hedgeBefore(text: string, start: number, dim: Quantity['dim']): Hedge | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  // "$38 billion over seven years": over a span is through it, not more than it
  if (dim === 'duration' && /\bover\s*(?:the\s+(?:next|following|coming)\s+)?$/i.test(before))
    return undefined;
  for (const [re, hedge] of HEDGES) if (re.test(before)) return hedge;
  return undefined;
}
