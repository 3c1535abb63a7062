/**
 * The factlint engine: pure analysis of markdown text against reference data. No editor,
 * protocol or file-system code lives here; the language server and the CLI wrap it.
 */
export {
  checkDocument,
  chunkClaimsOf,
  claimsOfFacts,
  findingsByChunk,
  DEFAULT_SEVERITIES,
  type CheckOptions,
} from './check-document';
export { applyEdits, preferredEdits } from './edits';
export { lineIndex, lineStartsOf } from './text/lines';
export {
  describeFactSubject,
  describeSource,
  describeValue,
  publisherLabel,
} from './check/describe';
export { CheckCache } from './cache';
export type { ChunkClaim } from './placed';
export { ReferenceIndex } from './reference/index';
export { titleText } from './reference/titles';
export type { Dataset, Entity, Fact, RefValue, Source } from './reference/types';
export {
  CLAIM_STATUSES,
  claimReference,
  coverageOf,
  describeCoverage,
  describeSummary,
  summarizeClaims,
  type ClaimReference,
  type Coverage,
  type SourceLink,
} from './claims';
export type {
  CheckResult,
  Claim,
  ClaimStatus,
  ClaimSummary,
  Finding,
  Fix,
  RuleId,
  Severity,
  TextEdit,
} from './types';
export { registeredRules, RULES, type RegisteredRule, type RuleInfo } from './rules';
export type { FigureTrace } from './check/binder';
export type { ClaimFrame } from './frame/frame';
export { GATES } from './frame/gates';
export type { Gate } from './frame/gate';
