import {
  languages,
  Range,
  window,
  workspace,
  type Diagnostic,
  type Event,
  type TextDocument,
  type Uri,
} from 'vscode';

/** How long an awaited editor event may take before the test fails (a bound, never a sleep). */
const EVENT_TIMEOUT_MS = 30_000;

/** factlint's diagnostics on a document, in document order. */
export function factlintDiagnostics(uri: Uri): Diagnostic[] {
  return languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'factlint')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function codeOf(d: Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * Resolves with factlint's diagnostics on `uri` as soon as they satisfy `accept`: at once if they
 * already do, else on the first diagnostics change that makes them. Fails with what was last seen.
 */
export function diagnosticsWhen(
  uri: Uri,
  accept: (ds: Diagnostic[]) => boolean,
  what: string,
): Promise<Diagnostic[]> {
  const now = factlintDiagnostics(uri);
  if (accept(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      const seen =
        factlintDiagnostics(uri)
          .map((d) => `${codeOf(d)} "${d.message}"`)
          .join('; ') || 'none';
      reject(new Error(`timed out waiting for ${what} on ${uri.path}; diagnostics seen: ${seen}`));
    }, EVENT_TIMEOUT_MS);
    const listener = languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ds = factlintDiagnostics(uri);
      if (!accept(ds)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(ds);
    });
  });
}

/** Resolves once `ready()` holds: at once if it does, else after the first event that makes it. */
export function changeWhen(
  event: Event<unknown>,
  ready: () => boolean,
  what: string,
): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, EVENT_TIMEOUT_MS);
    const listener = event(() => {
      if (!ready()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** Opens a workspace file in an editor tab, as a user clicking it in the Explorer would. */
export async function openInEditor(relativePath: string): Promise<TextDocument> {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the editor tests need a workspace folder');
  const doc = await workspace.openTextDocument(
    folder.uri.with({ path: `${folder.uri.path}/${relativePath}` }),
  );
  await window.showTextDocument(doc);
  return doc;
}

export function workspaceUri(relativePath: string): Uri {
  const folder = workspace.workspaceFolders![0];
  return folder.uri.with({ path: `${folder.uri.path}/${relativePath}` });
}

/** The range of the first occurrence of `text` in the document. */
export function rangeOf(doc: TextDocument, text: string): Range {
  const at = doc.getText().indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in ${doc.uri.path}`);
  return new Range(doc.positionAt(at), doc.positionAt(at + text.length));
}
