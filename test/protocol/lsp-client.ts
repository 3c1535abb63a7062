import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers';

/** What factlint/checked says of a document: its claim counts. */
export interface Checked {
  uri: string;
  version: number;
  summary: Record<'match' | 'wrong' | 'outdated' | 'no-data' | 'unsure', number>;
  line: string;
}

/**
 * A minimal LSP client for protocol tests: spawns `node dist/server.js --stdio` as an editor would
 * and waits on notifications (never on sleeps).
 */
export class TestClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: {
    uri: string;
    pred: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  readonly stderr: string[] = [];
  /** what the client answers to workspace/configuration for section "factlint" */
  settings: unknown = null;
  readonly messages: string[] = [];

  constructor(args: string[] = []) {
    this.child = spawn(process.execPath, [resolve(ROOT, 'dist/server.js'), '--stdio', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => {
        this.latest.set(p.uri, p);
        for (const w of [...this.waiters]) {
          if (w.uri === p.uri && w.pred(p)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve(p);
          }
        }
      },
    );
    this.connection.onNotification('factlint/checked', (p: Checked) => {
      this.checkedLog.push(p);
      for (const w of this.checkedWaiters.filter((x) => x.uri === p.uri && x.pred(p))) {
        this.checkedWaiters.splice(this.checkedWaiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
      p.items.map(() => this.settings),
    );
    this.connection.onRequest('workspace/workspaceFolders', () => this.folders);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      for (const w of this.refreshWaiters.splice(0)) w();
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/showMessage', (m: { message: string }) =>
      this.messages.push(m.message),
    );
    this.connection.onNotification('window/logMessage', (m: { message: string }) =>
      this.messages.push(m.message),
    );
    this.connection.listen();
  }

  /** every factlint/checked notification, in order */
  readonly checkedLog: Checked[] = [];
  private readonly checkedWaiters: {
    uri: string;
    pred: (p: Checked) => boolean;
    resolve: (p: Checked) => void;
  }[] = [];

  /**
   * The next factlint/checked notification for `uri` that satisfies `pred` (or the latest, if it
   * already does).
   */
  checked(uri: string, pred: (p: Checked) => boolean = () => true): Promise<Checked> {
    const have = this.checkedLog.filter((p) => p.uri === uri).at(-1);
    if (have && pred(have)) return Promise.resolve(have);
    return new Promise((resolvePromise) =>
      this.checkedWaiters.push({ uri, pred, resolve: resolvePromise }),
    );
  }

  private folders: { uri: string; name: string }[] | null = null;
  /** how many workspace/diagnostic/refresh requests the server sent */
  refreshes = 0;
  private readonly refreshWaiters: (() => void)[] = [];

  /** Resolves at the next workspace/diagnostic/refresh request. */
  nextRefresh(): Promise<void> {
    return new Promise((resolvePromise) => this.refreshWaiters.push(resolvePromise));
  }

  async initialize(rootUri: string | null = null, capabilities: object = {}): Promise<unknown> {
    this.folders = rootUri ? [{ uri: rootUri, name: 'ws' }] : null;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities,
      workspaceFolders: this.folders,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  /**
   * The next diagnostics published for `uri` that satisfy `pred` (or the latest, if it already
   * does).
   */
  diagnostics(
    uri: string,
    pred: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<Diagnostic[]> {
    const have = this.latest.get(uri);
    if (have && pred(have)) return Promise.resolve(have.diagnostics);
    return new Promise((resolvePromise) =>
      this.waiters.push({ uri, pred, resolve: (p) => resolvePromise(p.diagnostics) }),
    );
  }

  /** The diagnostics last published for `uri`, or undefined when none were. */
  published(uri: string): Diagnostic[] | undefined {
    return this.latest.get(uri)?.diagnostics;
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }

  /** Resident memory of the server process in bytes (Linux /proc), for leak checks. */
  rss(): number {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}
