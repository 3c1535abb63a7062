import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type CheckResult, type ReferenceIndex, type RuleId, type Severity } from '../engine/index';

type Rules = Partial<Record<RuleId, Severity | 'off'>>;

/**
 * Check results per open document, keyed by version, data version and rule settings, so
 * diagnostics, hovers and code actions for one version share one check and a result is never
 * used for another version.
 */
export class AnalysisCache {
  private readonly results = new Map<string, { key: string; result: CheckResult }>();

  constructor(private readonly data: () => ReferenceIndex, private readonly today: () => string) {}

  get(doc: TextDocument, rules: Rules): CheckResult {
    const index = this.data();
    const key = `${doc.version}|${index.version}|${JSON.stringify(rules)}`;
    const cached = this.results.get(doc.uri);
    if (cached && cached.key === key) return cached.result;
    const result = checkText(doc.getText(), index, rules, this.today());
    this.results.set(doc.uri, { key, result });
    return result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}

export function checkText(text: string, index: ReferenceIndex, rules: Rules, today: string): CheckResult {
  return checkDocument(text, index, { today, severities: rules });
}
