import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationToken,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type WorkDoneProgressServerReporter,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { afterEach, beforeEach, vi } from 'vitest';
import type { CheckedParams } from '../../../server/src/lsp/claims';
import type { Editor } from '../../../server/src/lsp/editor';
import { createServerState } from '../../../server/src/lsp/server';
import { handleDidChangeContent, handleDidOpen } from '../../../server/src/lsp/text-sync';
import type { ClientSupport, OpenDocuments, ServerState } from '../../../server/src/lsp/state';
import { TODAY } from '../../helpers';

/** One message the server sent the editor, in the order sent. */
export type Sent =
  | { kind: 'diagnostics'; params: PublishDiagnosticsParams }
  | { kind: 'checked'; params: CheckedParams }
  | { kind: 'refresh' }
  | { kind: 'watch-files'; globPatterns: string[] }
  | { kind: 'watch-settings' }
  | { kind: 'information'; message: string };

/** A progress bar that remembers what it was told. */
export class FakeProgress implements WorkDoneProgressServerReporter {
  readonly token = CancellationToken.None;
  readonly steps: string[] = [];
  begin(title: string): void {
    this.steps.push(`begin ${title}`);
  }
  report(percentage: number | string): void {
    this.steps.push(`report ${percentage}`);
  }
  done(): void {
    this.steps.push('done');
  }
}

/**
 * The editor's side, in memory: records what the server sends and answers what it asks. Settings
 * come from `settings` (per URI, through `configuration`) unless a test replaces `configuration`.
 */
export class FakeEditor implements Editor {
  readonly sent: Sent[] = [];
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  /** what workspace/configuration answers */
  settings: unknown = null;
  /** the URIs settings were asked for, in order */
  readonly asked: string[] = [];
  folders: WorkspaceFolder[] | null = null;
  readonly progress: FakeProgress[] = [];

  readonly log = {
    warn: (message: string): void => void this.warnings.push(message),
    error: (message: string): void => void this.errors.push(message),
  };
  publishDiagnostics(params: PublishDiagnosticsParams): void {
    this.sent.push({ kind: 'diagnostics', params });
  }
  notifyChecked(params: CheckedParams): void {
    this.sent.push({ kind: 'checked', params });
  }
  refreshDiagnostics(): void {
    this.sent.push({ kind: 'refresh' });
  }
  configuration(uri: string): Promise<unknown> {
    this.asked.push(uri);
    return Promise.resolve(this.settings);
  }
  watchFiles(globPatterns: string[]): void {
    this.sent.push({ kind: 'watch-files', globPatterns });
  }
  watchSettings(): void {
    this.sent.push({ kind: 'watch-settings' });
  }
  showInformation(message: string): void {
    this.sent.push({ kind: 'information', message });
  }
  workspaceFolders(): Promise<WorkspaceFolder[] | null> {
    return Promise.resolve(this.folders);
  }
  createProgress(): Promise<WorkDoneProgressServerReporter> {
    const progress = new FakeProgress();
    this.progress.push(progress);
    return Promise.resolve(progress);
  }

  /** Every diagnostics list published for `uri`, oldest first. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.sent.flatMap((s) =>
      s.kind === 'diagnostics' && s.params.uri === uri ? [s.params] : [],
    );
  }

  /** The messages sent, in order: each one's kind, with its URI and version where it has them. */
  trace(): string[] {
    return this.sent.map((s) =>
      s.kind === 'diagnostics' || s.kind === 'checked'
        ? `${s.kind} ${s.params.uri} v${s.params.version ?? '-'}`
        : s.kind,
    );
  }

  /** Forgets what was sent so far. */
  clear(): void {
    this.sent.length = 0;
  }
}

/** Open documents in memory, changed the way the editor would change them. */
export class MemoryDocuments implements OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();
  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }
  all(): TextDocument[] {
    return [...this.docs.values()];
  }
  open(uri: string, text: string, languageId = 'markdown'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    return doc;
  }
  /** Replaces the text: the next version. */
  change(uri: string, text: string): TextDocument {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    return next;
  }
  close(uri: string): TextDocument {
    const doc = this.docs.get(uri)!;
    this.docs.delete(uri);
    return doc;
  }
}

/** A server state with an in-memory editor and documents, judging figures as of TODAY. */
export function fakeServer(client: Partial<ClientSupport> = {}): {
  state: ServerState;
  editor: FakeEditor;
  documents: MemoryDocuments;
} {
  const editor = new FakeEditor();
  const documents = new MemoryDocuments();
  const state = createServerState(editor, documents, () => TODAY);
  state.client = { ...state.client, ...client };
  return { state, editor, documents };
}

/** Fakes the debounce timers for every test of the calling file (`runPending` moves them on). */
export function useFakeTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** The document the tests open unless they name another. */
export const uri = 'file:///drafts/draft.md';

/** Opens a document as TextDocuments reports it: an open, then a content change. */
export function open(state: ServerState, documents: MemoryDocuments, text: string, u = uri): void {
  const document = documents.open(u, text);
  handleDidOpen(state, { document });
  handleDidChangeContent(state, { document });
}

/** Lets pending checks (timers of `ms` or less) and the promises they start run. */
export async function runPending(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** The codes of a diagnostics list, sorted. */
export const codes = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.map((d) => String(d.code)).sort();

/** A draft with a wrong figure, a wrong term and a misspelled name. */
export const DRAFT =
  'OpenAI has signed a five-year, $83B cloud services agreement with Amazon.\n\nOpen AI is growing.\n';
export const DRAFT_CODES = ['name-spelling', 'wrong-figure', 'wrong-term'];
/** The same sentence as the reference data has it. */
export const CLEAN =
  'OpenAI has signed a seven-year, $38 billion cloud services agreement with Amazon.\n';
