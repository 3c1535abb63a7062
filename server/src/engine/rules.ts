import type { RuleId } from './types';

export interface RuleInfo {
  id: RuleId;
  title: string;
  description: string;
}

/** Every rule factlint has, in one place: ids are stable (diagnostic codes, CLI, directives). */
export const RULES: RuleInfo[] = [
  { id: 'wrong-figure', title: 'Wrong figure', description: 'A figure that contradicts the reference value of the fact it speaks of.' },
  { id: 'wrong-term', title: 'Wrong term', description: 'A duration (a deal\'s length) that contradicts the reference.' },
  { id: 'wrong-date', title: 'Wrong date', description: 'A date or year that contradicts the reference.' },
  { id: 'outdated-figure', title: 'Outdated figure', description: 'A value that a newer one has replaced, stated as current.' },
  { id: 'wrong-attribution', title: 'Wrong attribution', description: 'A person named in a role they do not hold.' },
  { id: 'name-spelling', title: 'Name spelling', description: 'A known name written in a non-canonical or misspelled form.' },
  { id: 'inconsistent-figure', title: 'Inconsistent figure', description: 'The same fact given two different values in one document.' },
  { id: 'unsupported-figure', title: 'Unsupported figure', description: 'A figure about a known entity that no fact in the data covers.' },
];
