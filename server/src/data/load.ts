import { readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseDataFile, type ParsedFile } from './parse';

/** The only file-system access of the data layer: read data files and parse them. */
export function readDataFile(path: string): ParsedFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return {
      file: path,
      entities: [],
      facts: [],
      positions: new Map(),
      errors: [
        {
          file: path,
          line: 1,
          column: 1,
          message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        },
      ],
    };
  }
  return parseDataFile(path, text);
}

/**
 * Every .yaml, .yml or .json file directly inside `dir`, sorted by name; none when the folder is
 * missing.
 */
export function dataFilesIn(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
    return readdirSync(dir)
      .filter((f) => /\.(?:ya?ml|json)$/i.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * The data files of a workspace, as the server and the CLI both read them: `.factlint/*.yaml`,
 * `*.yml` and `*.json` in each folder, then the `named` files (a relative one against the first
 * folder). Each file appears once, however it was named.
 */
export function workspaceDataFiles(folders: string[], named: string[]): string[] {
  const inFolders = folders.flatMap((f) => dataFilesIn(join(f, '.factlint')));
  const files = [
    ...inFolders,
    ...named.map((f) => (isAbsolute(f) || folders.length === 0 ? f : join(folders[0], f))),
  ];
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
