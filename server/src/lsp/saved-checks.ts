import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import type { Settings } from '../config/settings';
import type { DocumentClaims } from './claims';

/** A document's check as the editor shows it: its diagnostics and its claims. */
export interface DocumentCheck {
  items: Diagnostic[];
  claims: DocumentClaims;
}

export interface SavedCheck extends DocumentCheck {
  /** changes whenever the items do: the pull model's result id */
  resultId: string;
  /** the document version the items are for */
  version: number;
}

/**
 * For `factlint.run: "onSave"`: each document's saved text and the diagnostics of its check, so
 * that between saves the editor shows what the saved version said and never results for unsaved
 * text. A file's text on opening is what is on disk, so it counts as saved; an untitled document
 * has no saved version until its first save.
 */
export class SavedChecks {
  private readonly texts = new Map<string, TextDocument>();
  private readonly checks = new Map<string, SavedCheck & { key: string }>();
  private lastId = 0;

  constructor(
    private readonly check: (doc: TextDocument, settings: Settings) => DocumentCheck,
    private readonly dataVersion: () => string,
  ) {}

  opened(doc: TextDocument): void {
    if (doc.uri.startsWith('file:')) this.saved(doc);
  }

  /** Keeps the document's text as it is now as its saved version. */
  saved(doc: TextDocument): void {
    this.texts.set(
      doc.uri,
      TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText()),
    );
  }

  /**
   * The check of the saved version under these settings and the current data; none before a first
   * save.
   */
  get(uri: string, settings: Settings): SavedCheck | undefined {
    const doc = this.texts.get(uri);
    if (!doc) return undefined;
    const key = `${doc.version}|${this.dataVersion()}|${JSON.stringify(settings)}`;
    const had = this.checks.get(uri);
    if (had?.key === key) return had;
    const check = {
      key,
      resultId: `saved-${++this.lastId}`,
      version: doc.version,
      ...this.check(doc, settings),
    };
    this.checks.set(uri, check);
    return check;
  }

  forget(uri: string): void {
    this.texts.delete(uri);
    this.checks.delete(uri);
  }
}
