import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataFile, type ParsedFile } from './parse';

/** The only file-system access of the data layer: read data files and parse them. */
export function readDataFile(path: string): ParsedFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { file: path, entities: [], facts: [], positions: new Map(), errors: [{ file: path, line: 1, column: 1, message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  return parseDataFile(path, text);
}

/** Every .yaml, .yml or .json file directly inside `dir`, sorted by name; none when the folder is missing. */
export function dataFilesIn(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
    return readdirSync(dir).filter((f) => /\.(?:ya?ml|json)$/i.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}
