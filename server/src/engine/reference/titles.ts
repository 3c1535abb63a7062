import { parseIsoDate } from './dates';
import type { Role } from './types';

/** A title as messages write it: "CEO", "co-CEO", "co-founder", "executive chair". */
export function titleText(title: string): string {
  if (/^(?:co-)?c[a-z]o$/.test(title)) return title.replace(/c[a-z]o$/, (t) => t.toUpperCase());
  return title.startsWith('co-') ? title : title.replace(/-/g, ' ');
}

/**
 * How writers name each role title, the short form first: the title next to a date says which
 * role it starts, and a title rewritten keeps the form it was written in.
 */
export const TITLE_FORMS: Record<string, string[]> = {
  ceo: ['CEO', 'chief executive', 'led by', 'run by', 'headed by'],
  'co-ceo': ['co-CEO', 'co-chief executive'],
  cfo: ['CFO', 'chief financial officer'],
  coo: ['COO', 'chief operating officer'],
  cto: ['CTO', 'chief technology officer'],
  president: ['president'],
  chair: ['chairman', 'chairwoman', 'chair'],
  'executive-chair': ['executive chairman', 'executive chair'],
  'vice-chair': ['vice chair', 'vice-chair', 'vice chairman'],
  founder: ['founder', 'founded'],
  'co-founder': ['co-founder', 'cofounder', 'co-founded', 'cofounded'],
};

/** Role titles as writers put them, mapped to the data's titles. */
const TITLE_WORDS: [RegExp, string][] = [
  [/^(?:co-?CEOs?|co-chief executives?(?: officers?)?)$/i, 'co-ceo'],
  [/^(?:CEO|chief executive(?: officer)?|boss|chief)$/i, 'ceo'],
  [/^(?:CFO|chief financial officer|finance chief)$/i, 'cfo'],
  [/^(?:COO|chief operating officer)$/i, 'coo'],
  [/^(?:CTO|chief technology officer)$/i, 'cto'],
  [/^president$/i, 'president'],
  [/^co-?founders?$/i, 'co-founder'],
  [/^founders?$/i, 'founder'],
  [/^(?:executive chair(?:man|woman)?)$/i, 'executive-chair'],
  [/^(?:vice[- ]chair(?:man|woman|person)?)$/i, 'vice-chair'],
  [/^(?:chair(?:man|woman|person)?)$/i, 'chair'],
];
/** A title as writers put it, as a pattern to build others from. */
export const TITLE =
  String.raw`co-?CEOs?|co-chief executives?(?: officers?)?|CEO` +
  String.raw`|chief executive(?: officer)?|boss|CFO|chief financial officer` +
  String.raw`|finance chief|COO|chief operating officer|CTO|chief technology officer` +
  String.raw`|president|executive chair(?:man|woman)?|vice[- ]chair(?:man|woman|person)?` +
  String.raw`|chair(?:man|woman|person)?|co-?founders?|founders?`;
/** Verbs of taking a title, before "as TITLE": "took over as", "was named as", "stepped in as". */
export const TOOK_TITLE = String.raw`took over|became|was named|was appointed|stepped in`;

/**
 * Two titles held together, or one beside a founder's or a rank's: "chair and CEO", "CEO and
 * founder", "co-founder and chief executive", "senior vice president and CFO".
 */
export const TITLE_PAIR =
  String.raw`(?:(?:(?:co-?)?founder|(?:senior\s+|executive\s+)?vice\s+president|[ES]VP)\s+(?:and|&)\s+` +
  String.raw`|(?:${TITLE})\s+(?:and|&)\s+)?(?:${TITLE})` +
  String.raw`(?:\s+(?:and|&)\s+(?:(?:co-?)?founder|${TITLE}))?`;

/** The data's title for a title as written ("chief financial officer" -> "cfo"), if it is one. */
export function titleOfWords(written: string): string | undefined {
  return TITLE_WORDS.find(([w]) => w.test(written))?.[1];
}

/**
 * Board titles: held beside an executive one, each has its own start. An executive chair sits on
 * both lists: a board seat with a hand in running the company.
 */
export const BOARD_TITLES = new Set(['chair', 'executive-chair', 'vice-chair']);

/** A founder's titles: one founder of several is a co-founder, and either is written for it. */
export const FOUNDER_TITLES: ReadonlySet<string> = new Set(['founder', 'co-founder']);

/** Titles that run a company (an executive chair too, not a board seat): a pair is checked by one. */
export const EXECUTIVE_TITLES = new Set([
  'ceo',
  'co-ceo',
  'cfo',
  'coo',
  'cto',
  'president',
  'executive-chair',
]);

/**
 * The chiefs' titles: one person rarely holds two of them at one company, so one written for a
 * person who holds another there is a slip (a president or a chair is often the chief executive
 * too, which the data may not say).
 */
export const CHIEF_TITLES = new Set(['ceo', 'co-ceo', 'cfo', 'coo', 'cto']);

/**
 * The data's title for one title or a pair as written: of "chair and CEO" the executive one, which
 * the data holds for more companies than their boards; of "president and CEO" the chief's, which
 * one person rarely shares with another.
 */
export function titleOfPair(written: string): string | undefined {
  const titles = written
    .split(/\s+(?:and|&)\s+/i)
    .map(titleOfWords)
    .filter((t) => t !== undefined);
  return (
    titles.find((t) => CHIEF_TITLES.has(t)) ??
    titles.find((t) => EXECUTIVE_TITLES.has(t)) ??
    titles[0]
  );
}

/**
 * Whether a role is held on a day. A role that ends on a given day is handed over that day
 * ("until 2021-07-05", when the successor's begins); one that ends in a month or year may last to
 * its end.
 */
export function holdsRole(r: Role, day: number): boolean {
  const from = r.from ? parseIsoDate(r.from)?.min : undefined;
  const until = r.until ? parseIsoDate(r.until) : undefined;
  const ended = until && (until.min === until.max ? day >= until.min : day > until.max);
  return (from === undefined || from <= day) && !ended;
}
