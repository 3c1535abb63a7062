import type { Gate } from '../frame/gate';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';

/** Below this a binding is too weak to say anything about the figure. */
export const MIN_SCORE = 2.5;

export interface Candidate {
  quantity: Quantity;
  fact: Fact;
  score: number;
  /** how firmly the subject is named: 1 in the sentence, less when only around it */
  coverage: number;
  /** a word of the figure's own (not another figure's) points at the property, or its unit does */
  strongCue: boolean;
  /**
   * a name covering the subject stands before the figure or in its clause (or the subject is only
   * in context)
   */
  anchored: boolean;
  /** a date in or around the sentence matches the fact's date, or a word only this fact has
   * ("Series H", "at launch") says which of the subject's values over time is meant */
  timeMatched: boolean;
  /**
   * how the text's own dates fit the fact's time (above 0 they match it, below they point
   * elsewhere); undefined when the text gives none
   */
  timeByText?: number;
  /** words only this fact of its subject has ("first close") stand by the figure */
  ownWords: boolean;
  /**
   * the figure hangs on a name of the subject or of one of its parties ("Amazon will put in $15
   * billion")
   */
  hangsOnSubject: boolean;
  /** the subject is named only around the sentence, and another company as firmly */
  contested: boolean;
  /** a name covering the subject stands before the figure in its sentence */
  namedBefore: boolean;
  names: string[];
  cues: string[];
}

/** A fact a gate ruled out for a figure, and the gate. */
export interface Veto {
  fact: Fact;
  gate: Gate;
}

/**
 * The figure does not hang on the candidate's subject, and stands by another's, named before it
 * ("Gemini has grown, reaching 450 million users, but trails ChatGPT" is no figure of ChatGPT's,
 * whatever its value).
 */
export function anchoredElsewhere(c: Candidate, other: Candidate): boolean {
  return (
    !c.anchored && other.anchored && other.namedBefore && other.fact.subject !== c.fact.subject
  );
}
