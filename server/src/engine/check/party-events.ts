import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { Candidate } from './candidate';

/**
 * Which of several events of the same parties (their deals, their announcements) a figure is of:
 * where a date or a word may point at another one than the binding chose.
 */

/** Two subjects are the same party set: one entity, or deals between the same parties. */
export function sameParties(a: string, b: string, index: ReferenceIndex): boolean {
  if (a === b) return true;
  const key = (id: string): string => [...(index.entity(id)?.parties ?? [id])].sort().join('+');
  return key(a) === key(b);
}

/**
 * A date that stands nearer another event of the chosen one's kind and parties than the chosen
 * one's ("announced in March 2025" beside the 2019 and October 2025 announcements): the writer
 * likelier meant that one, or one the data does not hold, whatever words the chosen one shares;
 * unless another figure of the sentence is the chosen event's ("$21 billion through December 2030").
 */
export function nearerEventOfTheParties(
  q: Quantity,
  chosen: Candidate,
  { rivals, others }: { rivals: Candidate[]; others: { fact?: Fact }[] },
  index: ReferenceIndex,
): boolean {
  if (others.some((o) => o.fact?.subject === chosen.fact.subject)) return false;
  const gap = (f: Fact): number => Math.max(0, f.value.min - q.max, q.min - f.value.max);
  const own = gap(chosen.fact);
  return rivals.some(
    (r) =>
      r.fact.property === chosen.fact.property &&
      gap(r.fact) < own &&
      sameParties(r.fact.subject, chosen.fact.subject, index),
  );
}

/**
 * The fact's subject is one deal of its parties, and another deal of the same parties has a fact of
 * the same property: "Microsoft announced in January" may be either announcement, or a third.
 */
export function anotherEventOfTheParties(fact: Fact, index: ReferenceIndex): boolean {
  const parties = index.entity(fact.subject)?.parties ?? [];
  if (parties.length < 2) return false;
  return index
    .involving(parties[0])
    .some(
      (deal) =>
        deal.id !== fact.subject &&
        sameParties(deal.id, fact.subject, index) &&
        index.factsAbout(deal.id).some((f) => f.property === fact.property),
    );
}
