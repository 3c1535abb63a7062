import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadConfig, mergeSettings } from '../config/file';
import { readSettings, type Settings } from '../config/settings';
import type { ServerState } from './state';

/**
 * A document's settings, over the project's file: pulled per resource when the client can be
 * asked, and kept until settings change; otherwise what the client last pushed.
 */
export async function settingsFor(state: ServerState, uri: string): Promise<Settings> {
  const { settings, editor } = state;
  if (!state.client.configuration) return mergeSettings(settings.project, settings.pushed);
  const cached = settings.byUri.get(uri);
  if (cached) return cached;
  const raw = await editor.configuration(uri).catch(() => undefined);
  const { settings: read, problems } = readSettings(raw);
  for (const p of problems) editor.log.warn(p);
  const merged = mergeSettings(settings.project, read);
  settings.byUri.set(uri, merged);
  return merged;
}

/**
 * A document's settings without asking the client: those already pulled, else the pushed ones.
 * For requests that must answer at once (hover, code actions).
 */
export function knownSettings(state: ServerState, uri: string): Settings {
  return (
    state.settings.byUri.get(uri) ?? mergeSettings(state.settings.project, state.settings.pushed)
  );
}

/** Reads the project's .factlintrc file in the workspace root again; a broken one is logged. */
export function readProjectSettings(state: ServerState): void {
  if (!state.root) return;
  const loaded = loadConfig(undefined, state.root.folder);
  if (loaded.error) state.editor.log.warn(`factlint: ${loaded.error}`);
  state.settings.project = loaded.settings;
}

/** Whether factlint checks this document under these settings: enabled, and one of its languages. */
export function enabledFor(doc: TextDocument, settings: Settings): boolean {
  return settings.enable && settings.languages.includes(doc.languageId);
}
