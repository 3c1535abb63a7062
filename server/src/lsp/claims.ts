import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import {
  claimReference,
  describeSummary,
  summarizeClaims,
  type CheckResult,
  type Claim,
  type ClaimStatus,
  type ClaimSummary,
  type ReferenceIndex,
} from '../engine/index';
import { rangeOf } from './convert';

/**
 * The fact-check report of a document, for the "Fact check" view and the status item. Two
 * messages: the server tells the client, after each check, a document's counts
 * (`factlint/checked`); the client asks for the claims themselves (`factlint/claims`) only when
 * it shows them. The client's copy of these shapes is client/src/claims.ts.
 */
export const CLAIMS_REQUEST = 'factlint/claims';
export const CHECKED_NOTIFICATION = 'factlint/checked';

/** A claim as the client shows it. */
export interface LspClaim {
  range: Range;
  text: string;
  kind: Claim['kind'];
  status: ClaimStatus;
  /** the reference value, or for a role or name, the entity's name */
  reference?: string;
  asOf?: string;
  source?: { title: string; url: string };
  why?: string;
}

/**
 * What `factlint/checked` says of a document: its version's claim counts, and the same in words.
 */
export interface CheckedParams {
  uri: string;
  version: number;
  summary: ClaimSummary;
  line: string;
}

export interface ClaimsReport extends CheckedParams {
  claims: LspClaim[];
}

/** A document's claims and counts; the claims are converted only when asked for. */
export interface DocumentClaims {
  checked: CheckedParams;
  report: () => ClaimsReport;
}

export function documentClaims(
  doc: TextDocument,
  result: CheckResult | undefined,
  index: ReferenceIndex,
): DocumentClaims {
  // the counts without the claims: reading `claims` places every claim of the document
  const summary = result?.summary ?? summarizeClaims([]);
  const checked = { uri: doc.uri, version: doc.version, summary, line: describeSummary(summary) };
  let report: ClaimsReport | undefined;
  return {
    checked,
    report: () =>
      (report ??= {
        ...checked,
        claims: (result?.claims ?? []).map((c) => toLspClaim(doc, c, index)),
      }),
  };
}

function toLspClaim(doc: TextDocument, c: Claim, index: ReferenceIndex): LspClaim {
  const { fact, entity } = claimReference(c, index);
  const reference = fact?.value ?? entity?.name;
  const source = (fact ?? entity)?.sources[0];
  return {
    range: rangeOf(doc, c.start, c.end),
    text: c.text,
    kind: c.kind,
    status: c.status,
    ...(reference ? { reference } : {}),
    ...(fact ? { asOf: fact.asOf } : {}),
    ...(source ? { source } : {}),
    ...(c.why ? { why: c.why } : {}),
  };
}
