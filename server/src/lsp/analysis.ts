import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type CheckResult, type ReferenceIndex } from '../engine/index';

/**
 * Check results per open document, keyed by version and data version, so diagnostics, hovers and
 * code actions for one version share one check and a result is never used for another version.
 */
export class AnalysisCache {
  private readonly results = new Map<string, { version: number; dataVersion: string; result: CheckResult }>();

  constructor(private readonly data: () => ReferenceIndex, private readonly today: () => string) {}

  get(doc: TextDocument): CheckResult {
    const index = this.data();
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.dataVersion === index.version) return cached.result;
    const result = checkDocument(doc.getText(), index, { today: this.today() });
    this.results.set(doc.uri, { version: doc.version, dataVersion: index.version, result });
    return result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
