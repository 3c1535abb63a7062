import { TITLE } from '../reference/titles';
import type { NameMention } from '../types';

// Phrases around a person and the organisation of their role that change how the role is read.

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
