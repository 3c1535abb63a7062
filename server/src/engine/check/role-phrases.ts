import { TITLE } from '../reference/titles';
import type { NameMention } from '../types';

// Phrases around a person and the organisation of their role that change how the role is read.

/**
 * Words that tell of someone leaving a title ("steps down as CEO", "to resign", "the ouster of
 * CEO X", "then-CEO X"): they held it up to the time the sentence speaks of, and are judged as
 * holders in the past (held by then), never as today's.
 */
const LEFT_THEN =
  String.raw`then|outgoing|step(?:s|ped|ping)? down|resign\w*` +
  String.raw`|retir(?:e|es|ed|ing|ement)|ouster|depart\w*|leav(?:e|es|ing)`;
const LEAVING_WORDS = new RegExp(String.raw`\b(?:${LEFT_THEN})\b`, 'i');
/** How far after a name its leaving may be told: "X is to step down", "X, who is retiring". */
const LEFT_REACH = 30;
/**
 * Words that put a title at another time than the sentence's ("former CEO", "incoming CEO",
 * "founding CEO"): which time the data cannot tell, and the check stays silent.
 */
const OTHER_TIME = String.raw`former|ex-|previous|onetime|one-time|founding|incoming|future`;
const AT_OTHER_TIME = new RegExp(String.raw`\b(?:${OTHER_TIME})\b`, 'i');
/** Either: the title is not simply held at the time of writing. */
export const NOT_NOW = new RegExp(String.raw`\b(?:${OTHER_TIME}|${LEFT_THEN})\b`, 'i');

/** Words after a person in a role that say they are moving to another organisation. */
const LEAVING_FOR =
  /^[^.;]*?\b(?:(?:is|are|will|to)\s+)?(?:join(?:s|ed|ing)?|mov(?:e|es|ed|ing) to|head(?:s|ed|ing)? to)\s+\p{Lu}/u;

/** Words right before a role that take its holder away: "Nvidia is hiring Groq's CEO X". */
const TAKEN_AWAY =
  /\b(?:hir(?:es|ed|ing)|poach(?:es|ed|ing)|recruit(?:s|ed|ing)|lur(?:es|ed|ing))\s+$/i;

/**
 * Whether the sentence tells of a person leaving the role it gives them: "Jonathan Ross, Groq's
 * chief executive, is joining Nvidia" (however many others it lists as joining with them, to its
 * end); "CEO Jonathan Ross ... will move to Nvidia", where the company named is where they are
 * going; "Nvidia is hiring Groq's CEO".
 */
function leavingRole(text: string, person: NameMention, org: NameMention): boolean {
  const end = Math.max(org.end, person.end);
  return (
    LEAVING_FOR.test(text.slice(end, end + LEAVING_REACH)) ||
    (org.start > person.end && LEAVING_FOR.test(text.slice(person.end, org.start + 1))) ||
    TAKEN_AWAY.test(text.slice(0, Math.min(org.start, person.start)))
  );
}

/** How far after a title "is joining X" may still tell of its holder leaving it. */
const LEAVING_REACH = 120;

/**
 * The time a sentence puts a person's title at, by its words: "other" where it is another than
 * the sentence's ("former CEO"), or the person is leaving for elsewhere; "past" where it was held
 * up to then ("the ouster of CEO X", "X is to step down", "X was Intel's CEO"); else "now".
 */
export function timeOfTitle(
  text: string,
  person: NameMention,
  org: NameMention,
): 'other' | 'past' | 'now' {
  const context = text.slice(
    Math.max(0, Math.min(org.start, person.start) - 12),
    Math.max(org.end, person.end) + 12,
  );
  if (AT_OTHER_TIME.test(context) || leavingRole(text, person, org)) return 'other';
  // ("X is to step down", "X, who is retiring,": the leaving told right after the name)
  const after = text.slice(person.end, person.end + LEFT_REACH).split(/[.;]/)[0];
  return LEAVING_WORDS.test(context) || LEAVING_WORDS.test(after) || saidInPast(text, person, org)
    ? 'past'
    : 'now';
}

/**
 * The person's role is told in the past: "X was Intel's CEO", "X, who was named CEO of Y", with
 * the verb between the person and an organisation after them.
 */
export function saidInPast(text: string, person: NameMention, org: NameMention): boolean {
  return person.end <= org.start && PAST_ROLE.test(text.slice(person.end, org.start));
}
const PAST_ROLE = /^[\s,]*(?:who\s+)?(?:was|were|had been|served as)\b/i;

/**
 * Text after a person's name without an aside that holds no title: "X, 58, was named ...", "X, a
 * chip industry veteran, is the new ..." read as "X was named ...".
 */
export function withoutAside(between: string): string {
  const aside = ASIDE.exec(between);
  return aside && !TITLE_WORD.test(aside[0]) ? between.slice(aside[0].length) : between;
}
/** A short aside set off by commas, with more after it: an age, "a veteran of ...". */
const ASIDE = /^,\s+(?:\d{2}|(?:a|an)\s+[^,;()]{3,50}),(?=\s+\S)/;
const TITLE_WORD = new RegExp(String.raw`\b(?:${TITLE}|founder)\b`, 'i');
