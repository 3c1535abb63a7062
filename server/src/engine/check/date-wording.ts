import type { SentenceContext } from '../reading';
import type { Entity, Fact } from '../reference/types';
import { dateAttached } from './anchoring';
import { cueInMainClause, cueJustBefore, namedBefore, participleAbout } from './cues';
import type { Coverage, FigureView, SubjectView } from './figure-view';
import { PROPERTY_CUES } from './properties';
import { foundingOfReferred } from './referred-founding';

// What a date needs to be a fact's (the date requirements of requirements.ts): its subject named
// on the name it hangs on, and a word of the fact's property by it.

/** A date in a label names when the entry's event was announced: its form says what it is. */
export function labelled(subject: SubjectView, fact: Fact): boolean {
  return subject.inLabel && fact.property === 'announced';
}

/** The date's subject is named firmly, before it, on the name the date hangs on. */
export function dateOnSubject(view: FigureView, subject: Entity, coverage: Coverage): boolean {
  const { q, ctx, index, leading } = view;
  // (a paragraph may open on the company the one before was about: "Founded in 2019, the firm")
  if (foundingOfReferred(view, subject, coverage.weight)) return true;
  if (coverage.weight < 0.7) return false;
  if (leading) return participleAbout(coverage.ids, q, ctx);
  return namedBefore(coverage.ids, q, ctx) && dateAttached(subject, q, ctx, index);
}

/**
 * A word of the property stands just before the date ("founded in 1993"), or, for a date that
 * leads the sentence, in the clause after it ("On May 2, 2025, X signed ..."); in a table, a
 * column headed by the property's word says it ("| Deployment |"); a label's form says what the
 * date is, as a word of the property would.
 */
export function dateWorded(view: FigureView, subject: SubjectView, fact: Fact): boolean {
  const { q, ctx, index } = view;
  return (
    labelled(subject, fact) ||
    (view.leading && cueInMainClause(fact, q, ctx, index)) ||
    cueJustBefore(fact, q, ctx, index) ||
    headedBy(fact, ctx)
  );
}

/**
 * A table cell's column header is a word of the fact's property: "| Deployment |", "| Announced |".
 */
function headedBy(fact: Fact, ctx: SentenceContext): boolean {
  const header = ctx.headerText.trim().toLowerCase();
  return (
    header.length > 0 &&
    (PROPERTY_CUES[fact.property] ?? []).some(
      (w) => header.startsWith(w.toLowerCase()) && !/^\p{L}/u.test(header.slice(w.length)),
    )
  );
}
