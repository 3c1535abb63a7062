import type { SentenceContext } from '../reading';
import type { Entity, Fact } from '../reference/types';
import type { Quantity } from '../types';
import type { Coverage, FigureView, SubjectView } from './figure-view';

/**
 * The shape of a requirement of binding (check/requirements.ts holds them): its id, summary and
 * examples, and the stage of binding at which it is asked.
 */
interface RequirementInfo {
  id: string;
  summary: string;
  examples: RequirementExample[];
}

/**
 * A text and the flags factlint raises on it with every requirement on ("rule text as written");
 * with the requirement off, the flags of at least one of its examples change.
 */
export interface RequirementExample {
  text: string;
  flags: string[];
  /** the example is checked with the unsupported-figure rule on (it is off by default) */
  unsupported?: true;
}

/** Asked of a figure before any subject: whether it makes a claim binding can weigh. */
interface FigureRequirement extends RequirementInfo {
  stage: 'figure';
  holds(q: Quantity, ctx: SentenceContext, around: [string, string]): boolean;
}

/** Asked of each subject a figure may be about, before any of its facts. */
interface SubjectRequirement extends RequirementInfo {
  stage: 'subject';
  holds(view: FigureView, subject: Entity, coverage: Coverage): boolean;
}

/** Asked of each fact before the gates. */
interface FactRequirement extends RequirementInfo {
  stage: 'fact';
  holds(view: FigureView, subject: SubjectView, fact: Fact): boolean;
}

/** Asked of each fact the gates let through. */
interface AfterGatesRequirement extends Omit<FactRequirement, 'stage'> {
  stage: 'after-gates';
}

/** What scoring a fact found: the property's cue words, the time's fit, the dimension's say. */
export interface Scored {
  cue: { score: number; another?: boolean };
  time: number;
  /** the dimension alone (or a label's form) says what the figure is */
  implied: boolean;
}

/** Asked of each fact once it is scored. */
interface ScoredRequirement extends RequirementInfo {
  stage: 'scored';
  holds(scored: Scored): boolean;
}

export type Requirement =
  | FigureRequirement
  | SubjectRequirement
  | FactRequirement
  | AfterGatesRequirement
  | ScoredRequirement;
