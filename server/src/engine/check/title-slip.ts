import type { Entity, Role } from '../reference/types';
import {
  BOARD_TITLES,
  EXECUTIVE_TITLES,
  holdsRole,
  TITLE,
  TITLE_FORMS,
  titleOfWords,
} from '../reference/titles';

/**
 * A title slip: a person named with an executive title they do not hold at a company where they
 * hold another
 * ("Anthropic CEO Krishna Rao" for its CFO). The name is right and the title wrong, or the other
 * way round; the title is found where it is written so that a fix can rewrite it.
 */

/** How far from the name a title may stand and still be the one given to it. */
const REACH = 40;

const WRITTEN_TITLE = new RegExp(String.raw`\b(?:${TITLE})\b`, 'gi');

/**
 * The role a person holds at an organisation on a day, if any: an executive one before a founder's
 * or a board seat, since that is the title a slip swaps.
 */
export function roleAt(person: Entity, orgId: string, day: number): Role | undefined {
  const held = (person.roles ?? []).filter((r) => r.of === orgId && holdsRole(r, day));
  return held.find((r) => EXECUTIVE_TITLES.has(r.title)) ?? held[0];
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
 * the title `held` in its place, when both are executive titles.
 */
export function titleSlip(
  text: string,
  nameStart: number,
  nameEnd: number,
  claimed: string,
  held: string,
): TitleSlip | undefined {
  // (a chair's title given to a company's chief is a slip too: "Chairman Lip-Bu Tan" for its CEO)
  const claimable = EXECUTIVE_TITLES.has(claimed) || BOARD_TITLES.has(claimed);
  if (claimed === held || !claimable || !EXECUTIVE_TITLES.has(held)) return undefined;
  const from = Math.max(0, nameStart - REACH);
  const window = text.slice(from, Math.min(text.length, nameEnd + REACH));
  let best: TitleSlip | undefined;
  let distance = Infinity;
  for (const m of window.matchAll(WRITTEN_TITLE)) {
    if (titleOfWords(m[0]) !== claimed) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    const d = end <= nameStart ? nameStart - end : start - nameEnd;
    if (d < 0 || d >= distance) continue;
    distance = d;
    best = { start, end, fix: styled(m[0], TITLE_FORMS[held]) };
  }
  return best;
}

/** The title `held` written in the style of `written`, the wrong title it replaces. */
export function restyled(written: string, held: string): string {
  return styled(written, TITLE_FORMS[held] ?? [held]);
}

/**
 * A title written as `written` was: an abbreviation as one, words as words, with its capitals
 * ("Chief Executive Officer" in title case, "Chief executive" capitalised once).
 */
function styled(written: string, forms: string[]): string {
  if (/^[A-Z]{3}$/.test(written)) return forms[0];
  const words = forms[1] ?? forms[0];
  if (!/^[A-Z]/.test(written)) return words;
  const titleCase = !/\s\p{Ll}/u.test(written);
  return words.replace(titleCase ? /\b\p{Ll}/gu : /^\p{Ll}/u, (c) => c.toUpperCase());
}
