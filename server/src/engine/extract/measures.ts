import type { Quantity } from '../types';
import { NUMERAL, ORDINAL_WORDS, WORD_NUMBER, parseNumber } from './numbers';
import { measured, plainStyle, type Reader } from './reader';

/** seven-year, 7-year, seven years, 18 months, a decade */
const DURATION = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})([-\u2010\u2011 ])(years?|months?|decades?|weeks?|days?)\b`,
  'giu',
);
/** "the first gigawatt" of a larger deal: an amount named, not stated as a figure */
const FIRST_UNIT = /\b(?:the|its|their) (first|initial) (gigawatt|megawatt)(?![\p{L}\p{N}])/giu;

/**
 * 30 gigawatts, 4.5GW, 600 MW, one gigawatt (not a size class: "a gigawatt-scale cluster" says
 * how big a kind of thing is, not how big this one is)
 */
const POWER = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})([ \u00a0-]?)(gigawatts?|megawatts?` +
    String.raw`|kilowatts?|watts?|GW|MW|kW|W)(?![\p{L}\p{N}]|[-\u2010\u2011](?:scale|class)\b)`,
  'giu',
);
/** 27%, 27 percent, 27 per cent, 3.5 percentage points */
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${NUMERAL})([ \u00a0]?)(%|percentage points?|per ?cent)(?![\p{L}\p{N}])`,
  'giu',
);
/** 80 GB, 141GB, 13.5 TB: memory, a count of gigabytes or terabytes as the data stores it */
const MEMORY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${NUMERAL})([ \u00a0]?)(GB|TB)(?![\p{L}\p{N}/])`,
  'gu',
);

/** seventh-generation, 7th generation: an ordinal only where it counts generations */
const ORDINAL = new RegExp(
  String.raw`\b(${ORDINAL_WORDS.join('|')}|\d{1,2}(?:st|nd|rd|th))(?=[-\u2010\u2011 ]generation\b)`,
  'giu',
);

/** 4.4x, 64 times (as many), fourfold, twice (not "double-digit growth", a size of a rate) */
const MULTIPLE = new RegExp(
  String.raw`\b(${NUMERAL}|${WORD_NUMBER})(?:x(?![\p{L}\p{N}])|\s?times\b|-?fold\b)` +
    String.raw`|\b(twice|double|triple|quadruple)\b(?![-\u2010\u2011 ]digits?\b)`,
  'giu',
);

/** A duration, kept in months: "seven-year", "18 months", "a decade". */
export const DURATION_READER: Reader = { pattern: DURATION, read: readDuration };
/** Power, kept in watts: "30 gigawatts", "4.5GW", "600 MW". */
export const POWER_READER: Reader = { pattern: POWER, read: readPower };
/** "The first gigawatt": a unit of power named as part of a larger deal. */
export const FIRST_UNIT_READER: Reader = { pattern: FIRST_UNIT, read: readFirstUnit };
/** Memory, a count of gigabytes or terabytes: "80 GB", "13.5 TB". */
export const MEMORY_READER: Reader = { pattern: MEMORY, read: readMemory };
/** A percentage or percentage points: "27%", "27 per cent", "3.5 percentage points". */
export const PERCENT_READER: Reader = { pattern: PERCENT, read: readPercent };
/** A generation's ordinal: "seventh-generation", "7th generation". */
export const ORDINAL_READER: Reader = { pattern: ORDINAL, read: readOrdinal };
/** A multiple: "4.4x", "64 times", "fourfold", "twice". */
export const MULTIPLE_READER: Reader = { pattern: MULTIPLE, read: readMultiple };

function readDuration(m: RegExpExecArray, text: string): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num) return undefined;
  const lower = unitWord.toLowerCase();
  // "a year" after money is a rate ("$10 billion a year"), not a span: only "a decade" reads as one
  if ((n.toLowerCase() === 'a' || n.toLowerCase() === 'an') && !lower.startsWith('decade'))
    return undefined;
  // ("two years ago", "a six-year-old startup": an age, not a span)
  if (/^(?:\s*|-)(?:ago|old|later|earlier|before|after)\b/i.test(text.slice(m.index + all.length)))
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
  return {
    ...measured(m, all, num, {
      dim: 'duration',
      unit: 'month',
      scale: months,
      gap,
      suffix: unitWord,
    }),
    adjectival: gap !== ' ' || !lower.endsWith('s'),
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
  return measured(m, all, num, { dim: 'power', unit: 'W', scale, gap, suffix: unitWord });
}

function readMemory(m: RegExpExecArray): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num) return undefined;
  // the unit follows the number as a count's noun does: its space is part of it ("192 GB")
  const unit = unitWord.toLowerCase();
  const suffix = `${gap}${unitWord}`;
  return measured(m, all, num, {
    dim: 'count',
    unit,
    scale: 1,
    gap: '',
    suffix,
    capitalized: false,
  });
}

function readPercent(m: RegExpExecArray): Quantity | undefined {
  const [all, n, gap, unitWord] = m;
  const num = parseNumber(n);
  if (!num) return undefined;
  const points = /point/i.test(unitWord);
  const unit = points ? 'points' : '%';
  return measured(m, all, num, {
    dim: 'percent',
    unit,
    scale: 1,
    gap,
    suffix: unitWord,
    capitalized: false,
  });
}

function readOrdinal(m: RegExpExecArray): Quantity | undefined {
  const word = m[1].toLowerCase();
  const value = ORDINAL_WORDS.includes(word)
    ? ORDINAL_WORDS.indexOf(word) + 1
    : Number.parseInt(word, 10);
  if (!Number.isInteger(value)) return undefined;
  return exactly(m, 'ordinal', value, {
    ...plainStyle(),
    form: /^\d/.test(word) ? 'digits' : 'words',
    capitalized: /^[A-Z]/.test(m[1]),
    suffix: /^\d/.test(word) ? 'th' : '',
  });
}

function readMultiple(m: RegExpExecArray): Quantity | undefined {
  const words: Record<string, number> = { twice: 2, double: 2, triple: 3, quadruple: 4 };
  const value = m[2] ? words[m[2].toLowerCase()] : parseNumber(m[1])?.value;
  if (value === undefined) return undefined;
  return exactly(m, 'multiple', value, plainStyle());
}

/** The whole match as a figure of one exact value ("seventh", "4.4x"), never rounded. */
function exactly(
  m: RegExpExecArray,
  dim: Quantity['dim'],
  value: number,
  style: Quantity['style'],
): Quantity {
  const end = m.index + m[0].length;
  return { start: m.index, end, text: m[0], dim, min: value, max: value, rounding: 0, style };
}
