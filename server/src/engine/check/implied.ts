import type { ClaimFrame } from '../frame/frame';
import type { Quantity } from '../types';

/**
 * Implied subjects. A sentence that names nothing is still about something: the one thing the
 * sentence before it named ("Nvidia released its results. Data center revenue reached ..."), or,
 * when the paragraph names nothing else, what the headings name ("# Microsoft Q1 FY26" over
 * "Capital expenditures: $34.9 billion"). sentence-context.ts records these as `SentenceContext.implied`.
 *
 * Such a subject is weaker evidence than a name, so it counts only for a figure whose claim is
 * otherwise identified: its clause names the measure (a metric of the lexicon), or its unit can
 * only be one property (gigawatts are capacity). "In about six months" under a heading about a
 * contract is not the contract's term.
 */
export function claimIdentified(q: Quantity, frame: ClaimFrame): boolean {
  return q.dim === 'power' || (frame.metric !== undefined && frame.metric.properties.length > 0);
}

/**
 * Weights of implied subjects: as strong as a name in the sentence before, or a heading over the
 * paragraph.
 */
const CONTINUED = 0.7;
const HEADLINE_SUBJECT = 0.7;
/** A headline names the article's subject when it names one thing, or a pair (a deal's parties). */
export const HEADLINE_NAMES = 2;

/**
 * The subjects a sentence implies, with their weights, where they exceed what `around` gives them:
 * `names` are the sentence's own, `recent` the names of the sentences just before it in its
 * paragraph (oldest first), `earlier` other names before it (older sentences, the paragraph
 * before), `headed` what the headings over it name.
 */
export function impliedSubjects(
  names: string[],
  recent: string[][],
  earlier: string[],
  headed: string[],
  around: ReadonlyMap<string, number>,
): Map<string, number> {
  const implied = new Map<string, number>();
  const imply = (id: string, w: number): void => {
    if (w > (around.get(id) ?? 0) && w > (implied.get(id) ?? 0)) implied.set(id, w);
  };
  // a sentence that names nothing goes on about the one thing the last sentence that named anything
  // named
  const last = new Set([...recent].reverse().find((ids) => ids.length > 0));
  if (names.length === 0 && last.size === 1) for (const id of last) imply(id, CONTINUED);
  // a paragraph that names nothing but what the headings name is about what they name, when nothing
  // else competes
  const headline = new Set(headed);
  const named = [...earlier, ...recent.flat(), ...names];
  if (
    headline.size > 0 &&
    headline.size <= HEADLINE_NAMES &&
    named.every((id) => headline.has(id))
  ) {
    for (const id of headline) imply(id, HEADLINE_SUBJECT);
  }
  return implied;
}
