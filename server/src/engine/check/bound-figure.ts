import type { ClaimFrame } from '../frame/frame';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { Candidate } from './candidate';
import { nounsAgree } from './properties';
import { scaleSlipped } from './slips';

// A figure bound to a fact, and whether it stands on ground firm enough to be called wrong or out
// of date (judge.ts).

/** A figure bound to its best candidate, with what the sentence around it says. */
export interface BoundFigure {
  q: Quantity;
  chosen: Candidate;
  rivals: Candidate[];
  /** the sentence's text */
  sentence: string;
  /** a date stands by the figure, in the sentence or around it */
  dated: boolean;
  /** a date written in the sentence itself is the figure's own */
  ownDated: boolean;
  inTable: boolean;
  /** another figure of the sentence, of another dimension, agrees with a fact of the subject */
  corroborated?: boolean;
  /** the figure stands in a heading: a headline, whose words are cut short */
  inHeading?: boolean;
  /** the sentence's other figures, with the fact each is bound to */
  others: { quantity: Quantity; fact?: Fact }[];
  /** the other figure a move to this one starts from ("to $95 billion from $85 billion") */
  movedFrom?: Quantity;
  /** for the start of a move: the fact its end states ("from $7.66 billion to $10.27 billion") */
  moveEnd?: Fact;
  /** the day the document speaks from, which "now" means */
  now?: number;
  /** what the figure's own clause says it measures */
  frame?: ClaimFrame;
  /**
   * the sentence refers back to a deal just before the figure ("the deal covers"), and the chosen
   * fact is the deal's whose parties the text named before
   */
  dealReferred?: boolean;
}

/**
 * Firm ground, needed to call a figure wrong or out of date: the subject named in the sentence or
 * the paragraph it refers back to (or a table's heading), not merely in a heading above running
 * prose; a word of the figure's own (or its column's header) saying what it is, since a cue that
 * belongs to another figure may support a figure but never condemns it; and a name of the subject
 * before the figure or in its clause.
 * A figure that hangs on a party's name, next to words only this fact has ("Amazon will put in
 * $15 billion upfront"), is as firmly bound when the other party is only named around it.
 * A figure that is the fact's value with a scale word slipped ("4 to 5 billion GPUs" for 4 to 5
 * million) is as firmly bound when its subject heads the section: such a match is no coincidence.
 * A figure whose own clause names the fact's measure and whose time matches the fact's is
 * identified by its own words: its subject may be named further off ("Alphabet reported on
 * Wednesday. [paragraph] Capital expenditures in the second quarter of 2025 came to ...").
 */
export function firmlyBound(figure: BoundFigure): boolean {
  return namedFirmly(figure) && figure.chosen.strongCue && figure.chosen.anchored;
}

/**
 * A company's founding, its word by the date, of the company in view (binding found no other as
 * firm): a company has one founding, and no neighbour in a series to be mistaken for it.
 */
function foundingInView(chosen: Candidate): boolean {
  return (
    chosen.fact.property === 'founded' &&
    chosen.strongCue &&
    chosen.coverage >= 0.5 &&
    !chosen.contested
  );
}

/** The first half of firm ground: the subject named near enough, as `firmlyBound` says. */
export function namedFirmly({
  q,
  chosen,
  rivals,
  inTable,
  frame,
  dealReferred,
  corroborated,
}: BoundFigure): boolean {
  // another subject has a fact of the same measure among the rivals
  const rivalled = rivals.some(
    (r) => r.fact.subject !== chosen.fact.subject && r.fact.property === chosen.fact.property,
  );
  // ("The company was valued at": another company named as near has a valuation too)
  const doubted = chosen.contested && rivalled;
  return (
    (chosen.coverage >= 0.7 && !doubted) ||
    // (a measure and time its clause names do not settle whom "the business" means when other
    // companies are named as near)
    identifiedInView(q, chosen, frame) ||
    inTable ||
    (chosen.ownWords && chosen.hangsOnSubject && chosen.coverage >= 0.6) ||
    (scaleSlipped(q, chosen.fact) && chosen.coverage >= 0.6) ||
    foundingInView(chosen) ||
    // ("Meta agreed to buy capacity from Google Cloud. ... the deal runs for six years": the one
    // deal named just before is what "the deal" is, when no other deal has such a figure; and the
    // sentence's other figure, right about the same subject, says whom it is about)
    ((dealReferred === true || corroborated === true) && chosen.coverage >= 0.5 && !rivalled)
  );
}

/**
 * The figure's own words name the fact's measure at its time, and its subject is in view with no
 * other named as near: its clause names the measure, or the noun of a count does, its subject
 * named in the heading ("By the end of March, the count was 350 million weekly users").
 */
function identifiedInView(q: Quantity, chosen: Candidate, frame: BoundFigure['frame']): boolean {
  if (!chosen.timeMatched || chosen.contested) return false;
  if (measureNamed(frame, chosen.fact)) return chosen.coverage >= 0.5;
  return q.dim === 'count' && nounsAgree(q.unit, chosen.fact.value.unit) && chosen.coverage >= 0.6;
}

/** The frame names the fact's measure, narrowly enough to identify the claim (not "invest"). */
function measureNamed(frame: BoundFigure['frame'], fact: Fact): boolean {
  const metric = frame?.metric;
  return metric !== undefined && !metric.broad && metric.properties.includes(fact.property);
}
