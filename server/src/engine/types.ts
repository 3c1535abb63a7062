import type { Dimension, Fact } from './reference/types';

/** How a figure is hedged by the words just before it. */
export type Hedge = 'approx' | 'nearly' | 'at-least' | 'at-most' | 'below';

/** How a figure was written, so a fix can write another value the same way. */
export interface QuantityStyle {
  /** number as written: digits, digits with thousands set apart by commas or spaces, or words */
  form: 'digits' | 'commas' | 'spaces' | 'words';
  capitalized: boolean;
  /** text before the number ("$", "US$", "€") */
  prefix: string;
  /** the scale word or letter as written ("billion", "B", "bn"), empty when none */
  scaleWord: string;
  /** what the scale word multiplies by (1e9 for "billion") */
  scale: number;
  /** what separates number and scale/unit (" ", "", "-") */
  gap: string;
  /** text after the scale ("GW", " gigawatts", "-year", " years", "%", " dollars") */
  suffix: string;
}

/** A figure found in prose. Offsets are UTF-16, half-open, in the block's prose text. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  dim: Dimension;
  /** normalized value; a point when min === max */
  min: number;
  max: number;
  /** currency (money), counted noun (count), precision of a date ('year' | 'month' | 'day') */
  unit?: string;
  hedge?: Hedge;
  /** half the step of the last written digit, in normalized units: how far rounding may move it */
  rounding: number;
  style: QuantityStyle;
  /** durations written as a modifier ("seven-year deal") rather than a span ("for seven years") */
  adjectival?: boolean;
  /** the figure is a change ("adding $140 billion to its market value"), not a level */
  change?: boolean;
  /** what the figure is per ("$1.25 billion a month" is per month, "$135 a share" per share) */
  per?: 'share' | 'time' | 'unit';
  /**
   * one end of a written span of dates ("from 2026 through 2028"): said of that end of a fact's
   * span
   */
  rangePart?: 'start' | 'end';
  /** a date written without its year ("Nov. 3"), which took the year of the text around it */
  yearInferred?: boolean;
  /**
   * an amount named rather than stated ("the first gigawatt" of a deal): it owns the words
   * around it, as any figure does, but is never bound to a fact or judged
   */
  mention?: boolean;
}

/** A known name found in prose. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** the written form is a known misspelling of the entity's name */
  misspelled: boolean;
  /** for a surname misspelt alone ("Slipsky"): the surname meant */
  surname?: string;
  /** the name is a person's, as the data knows it (in full or by an alias) */
  person?: true;
  /** a company's own word alone, with a description that makes it its name ("Runway, a ...") */
  introduced?: true;
}

export type RuleId =
  | 'wrong-figure'
  | 'wrong-term'
  | 'wrong-date'
  | 'outdated-figure'
  | 'wrong-attribution'
  | 'name-spelling'
  | 'name-style'
  | 'unsupported-figure';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  /** source offsets, UTF-16, half-open */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** Why a figure was bound to a fact: the words that did it, for the hover card. */
export interface Binding {
  fact: Fact;
  /** the names that tied the figure to the fact's subject */
  names: string[];
  /** the property words found near the figure */
  cues: string[];
  score: number;
}

export type VerdictKind = 'supported' | 'contradicted' | 'outdated';

/**
 * What became of a claim the engine read: a fact agrees (`match`), disagrees (`wrong`) or has a
 * newer value (`outdated`); no fact covers it (`no-data`); or a fact might, but the words do not
 * tie the claim to it firmly enough to judge (`unsure`).
 */
export type ClaimStatus = 'match' | 'wrong' | 'outdated' | 'no-data' | 'unsure';

/**
 * Something the text asserts that the engine read: a figure, a person in a role, a name's spelling.
 */
export interface Claim {
  /** source offsets of the figure or name */
  start: number;
  end: number;
  text: string;
  kind: 'figure' | 'role' | 'name';
  status: ClaimStatus;
  /** the fact it was judged against; for `unsure`, the fact it might be about */
  fact?: Fact;
  /** for roles and names: the entity the claim was checked against */
  entityId?: string;
  /** for figures bound to a fact: the words that bound it */
  binding?: Binding;
  /** for `unsure` and `no-data`: why it was not judged, in a sentence */
  why?: string;
  /** for a figure with no fact whose words identify it: what it claims ("revenue of Nvidia") */
  about?: string;
  /**
   * for a judged figure: how its claim was read ("revenue · a quarter"), when its words say more
   * than a level; for a role: the title, the organisation and the day it was judged at ("CEO of
   * Amazon Web Services on 14 May 2024")
   */
  reading?: string;
}

/** How many claims have each status. */
export type ClaimSummary = Record<ClaimStatus, number>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** source offsets, UTF-16, half-open */
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** the fact the finding is about, when there is one */
  fact?: Fact;
  /** the entity the finding is about, for names */
  entityId?: string;
  /** for unsupported figures: a fact to add to workspace data, to be completed with its sources */
  stub?: { subject: string; property: string; value: string; asOf: string };
}

export interface CheckResult {
  findings: Finding[];
  /** every claim, in the order they stand */
  readonly claims: Claim[];
  /** how many claims have each status (claims.ts `summarizeClaims`) */
  readonly summary: ClaimSummary;
  names: (NameMention & { sourceStart: number; sourceEnd: number })[];
}
