import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { DocumentDiagnostics } from './diagnostics';
import {
  CheckCache,
  checkDocument,
  type CheckResult,
  type ReferenceIndex,
  type RuleId,
  type Severity,
} from '../engine/index';

type Rules = Partial<Record<RuleId, Severity | 'off'>>;

/**
 * Check results per open document, keyed by version, data version and rule settings, so
 * diagnostics, hovers and code actions for one version share one check and a result is never
 * used for another version. Each document also keeps the engine's cache, so that checking its
 * next version redoes only what the edit changed, and its diagnostics, so that converting them
 * again redoes only what the check did not reuse.
 */
export class AnalysisCache {
  private readonly results = new Map<string, { key: string; result: CheckResult }>();
  private readonly engineCaches = new Map<string, CheckCache>();
  private readonly converted = new Map<string, DocumentDiagnostics>();

  constructor(
    private readonly data: () => ReferenceIndex,
    private readonly today: () => string,
  ) {}

  get(doc: TextDocument, rules: Rules): CheckResult {
    const index = this.data();
    const key = `${doc.version}|${index.version}|${JSON.stringify(rules)}`;
    const cached = this.results.get(doc.uri);
    if (cached && cached.key === key) return cached.result;
    let engineCache = this.engineCaches.get(doc.uri);
    if (!engineCache) this.engineCaches.set(doc.uri, (engineCache = new CheckCache()));
    const result = checkText(doc.getText(), index, rules, this.today(), engineCache);
    this.results.set(doc.uri, { key, result });
    return result;
  }

  /**
   * The diagnostics of the document as it is now: the first `maxProblems` findings, then a notice
   * of the rest.
   */
  diagnostics(doc: TextDocument, rules: Rules, maxProblems: number): Diagnostic[] {
    let converter = this.converted.get(doc.uri);
    if (!converter) this.converted.set(doc.uri, (converter = new DocumentDiagnostics()));
    return converter.convert(doc, this.get(doc, rules), maxProblems);
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.engineCaches.delete(uri);
    this.converted.delete(uri);
  }

  /** Drops the results; the engine's caches stay, as they know by themselves what data changed. */
  clear(): void {
    this.results.clear();
  }
}

export function checkText(
  text: string,
  index: ReferenceIndex,
  rules: Rules,
  today: string,
  cache?: CheckCache,
): CheckResult {
  return checkDocument(text, index, { today, severities: rules, ...(cache ? { cache } : {}) });
}
