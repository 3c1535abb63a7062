import { COMPANY_NOUNS } from '../frame/words';
import type { Span } from './cue-search';

/**
 * A word of founding with a thing of the subject's as its object ("Acme launched its coding
 * assistant", "created a new unit") tells when that thing began, not the subject.
 */
export function startsAnother(run: Span, text: string): boolean {
  return THING_STARTED.test(text.slice(run.end));
}

const THING_STARTED = new RegExp(
  String.raw`^\s+(?:its|their|his|her|an?|the)\s+(?:new\s+)?(?!(?:${COMPANY_NOUNS}|venture)\b)\p{Ll}`,
  'u',
);
