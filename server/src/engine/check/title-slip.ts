import { parseIsoDate } from '../reference/dates';
import type { Entity, Role } from '../reference/types';

/**
 * A title slip: a person named with a title they do not hold at a company where they hold another
 * ("Anthropic CEO Krishna Rao" for its CFO). The name is right and the title wrong, so the flag
 * and its fix belong on the title, not on the name.
 */

/** How each title a slip can involve is written: a pattern for finding it, its short and long form. */
const FORMS: Record<string, { pattern: RegExp; short: string; long: string }> = {
  ceo: {
    pattern: /\b(?:CEO|chief executive(?: officer)?)\b/gi,
    short: 'CEO',
    long: 'chief executive',
  },
  cfo: {
    pattern: /\b(?:CFO|chief financial officer|finance chief)\b/gi,
    short: 'CFO',
    long: 'chief financial officer',
  },
  coo: {
    pattern: /\b(?:COO|chief operating officer)\b/gi,
    short: 'COO',
    long: 'chief operating officer',
  },
  cto: {
    pattern: /\b(?:CTO|chief technology officer)\b/gi,
    short: 'CTO',
    long: 'chief technology officer',
  },
  president: { pattern: /\bpresident\b/gi, short: 'president', long: 'president' },
};

/** How far from the name a title may stand and still be the one given to it. */
const REACH = 40;

/** The role a person holds at an organisation on a day, if any. */
export function roleAt(person: Entity, orgId: string, day: number): Role | undefined {
  return person.roles?.find((r) => {
    if (r.of !== orgId) return false;
    const from = r.from ? parseIsoDate(r.from)?.min : undefined;
    const until = r.until ? parseIsoDate(r.until)?.max : undefined;
    return (from === undefined || from <= day) && (until === undefined || day < until);
  });
}

export interface TitleSlip {
  /** where the wrong title is written, in the text searched */
  start: number;
  end: number;
  /** the title the person holds, written as the wrong one was */
  fix: string;
}

/**
 * The written title `claimed` nearest the name at [nameStart, nameEnd) of `text`, and how to write
 * the title `held` in its place, when both titles have known forms.
 */
export function titleSlip(
  text: string,
  nameStart: number,
  nameEnd: number,
  claimed: string,
  held: string,
): TitleSlip | undefined {
  const wrong = FORMS[claimed];
  const right = FORMS[held];
  if (!wrong || !right || claimed === held) return undefined;
  const from = Math.max(0, nameStart - REACH);
  const window = text.slice(from, Math.min(text.length, nameEnd + REACH));
  let best: TitleSlip | undefined;
  let distance = Infinity;
  for (const m of window.matchAll(wrong.pattern)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const d = end <= nameStart ? nameStart - end : start - nameEnd;
    if (d < 0 || d >= distance) continue;
    distance = d;
    best = { start, end, fix: styled(m[0], right) };
  }
  return best;
}

/** The title written as `written` was: an abbreviation as one, words as words, with its capitals. */
function styled(written: string, form: { short: string; long: string }): string {
  if (/^[A-Z]{3}$/.test(written)) return form.short;
  return /^[A-Z]/.test(written)
    ? form.long.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
    : form.long;
}
