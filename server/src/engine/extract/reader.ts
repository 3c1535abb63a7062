import type { Quantity, QuantityStyle } from '../types';
import type { ParsedNumber } from './numbers';

/** A pattern for one kind of figure, and how a match of it is read into a quantity. */
export interface Reader {
  pattern: RegExp;
  read(m: RegExpExecArray, text: string): Quantity | undefined;
}

/** The style of a figure written plainly: digits, no sign, scale or unit. */
export function plainStyle(): QuantityStyle {
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

/** Half a step of the last written digit: "$38 billion" may be 37.5 to 38.5 billion. */
export function roundingOf(decimals: number, scale: number, form: ParsedNumber['form']): number {
  if (form === 'words') return 0;
  return 0.5 * Math.pow(10, -decimals) * scale;
}

/**
 * A figure glued to letters or digits ("GPT-4o", "H100", "v2.5") is part of a name, not a figure.
 */
export function insideToken(text: string, start: number, end: number): boolean {
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

/** How a figure of one value was written: its dimension and unit, scale, and the words after it. */
export interface Measure {
  dim: Quantity['dim'];
  unit?: string;
  /** what one written unit is worth: 1e9 after "billion", 12 months for a year */
  scale: number;
  scaleWord?: string;
  gap: string;
  suffix?: string;
  /** false where a capital says nothing of the style (a unit's); the number's own otherwise */
  capitalized?: false;
}

/** A figure of one value (no range): a written number times its scale, with its style. */
export function measured(
  m: RegExpExecArray,
  all: string,
  num: ParsedNumber,
  measure: Measure,
): Quantity {
  const value = num.value * measure.scale;
  return {
    start: m.index,
    end: m.index + all.length,
    text: all,
    dim: measure.dim,
    min: value,
    max: value,
    unit: measure.unit,
    rounding: roundingOf(num.decimals, measure.scale, num.form),
    style: {
      form: num.form,
      capitalized: measure.capitalized ?? num.capitalized,
      prefix: '',
      scaleWord: measure.scaleWord ?? '',
      scale: measure.scale,
      gap: measure.gap,
      suffix: measure.suffix ?? '',
    },
  };
}
