import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { yaml } from '../data/yaml';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

export const CONFIG_FILES = ['.factlintrc.json', '.factlintrc.yaml', '.factlintrc.yml'];

/**
 * The project's settings file: the same fields as the editor's factlint.* settings (a top-level
 * "factlint" object, or the fields themselves). The language server reads the same file.
 */
export function loadConfig(
  explicit: string | undefined,
  cwd: string,
): { settings?: Settings; file?: string; error?: string } {
  const file = explicit
    ? resolve(cwd, explicit)
    : CONFIG_FILES.map((f) => resolve(cwd, f)).find((f) => existsSync(f));
  if (!file) return {};
  let raw: unknown;
  try {
    raw = yaml().parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  } catch (e) {
    return {
      file,
      error: `${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0]}`,
    };
  }
  const obj =
    raw && typeof raw === 'object' && 'factlint' in raw
      ? (raw as { factlint: unknown }).factlint
      : raw;
  const { settings, problems } = readSettings(obj);
  if (problems.length) return { file, error: `${file}: ${problems.join('; ')}` };
  return { settings, file };
}

/**
 * Editor settings over the project file: a field the editor leaves at its default keeps the
 * project's value; rules merge, the editor's winning.
 */
export function mergeSettings(project: Settings | undefined, editor: Settings): Settings {
  if (!project) return editor;
  const merged = { ...project };
  for (const key of Object.keys(editor) as (keyof Settings)[]) {
    if (key === 'rules') continue;
    if (JSON.stringify(editor[key]) !== JSON.stringify(DEFAULT_SETTINGS[key]))
      (merged as Record<string, unknown>)[key] = editor[key];
  }
  merged.rules = { ...project.rules, ...editor.rules };
  return merged;
}
