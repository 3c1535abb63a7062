import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataFilesIn, readDataFile } from './load';
import { mergeLayers } from './merge';
import {
  normalizeName,
  SAME_START,
  TWO_EDITS_MIN_LENGTH,
  withinEdits,
  withinOneEdit,
} from '../engine/reference/near-miss';
import words from 'an-array-of-english-words';

/**
 * Dictionary words one slip away from a name ("goggle" for Google), or two from a long one: a
 * writer who types them means the word. Computed here so the server carries only these few
 * words, not the dictionary.
 */
function commonWordsNear(names: string[]): string[] {
  const targets = names
    .map((n) => normalizeName(n).replace(/l/g, 'i'))
    .filter((n) => n.length >= 5);
  const byLength = new Map<number, string[]>();
  for (const t of targets) byLength.set(t.length, [...(byLength.get(t.length) ?? []), t]);
  const longByStart = new Map<string, string[]>();
  for (const t of targets.filter((x) => x.length >= TWO_EDITS_MIN_LENGTH)) {
    longByStart.set(t.slice(0, SAME_START), [
      ...(longByStart.get(t.slice(0, SAME_START)) ?? []),
      t,
    ]);
  }
  const out: string[] = [];
  for (const w of words as string[]) {
    if (w.length < 5) continue;
    const folded = w.replace(/l/g, 'i');
    const near =
      [w.length - 1, w.length, w.length + 1].some((len) =>
        (byLength.get(len) ?? []).some((t) => withinOneEdit(folded, t)),
      ) ||
      (folded.length >= TWO_EDITS_MIN_LENGTH &&
        (longByStart.get(folded.slice(0, SAME_START)) ?? []).some((t) =>
          withinEdits(folded, t, 2),
        ));
    if (near) out.push(w);
  }
  return out;
}

/**
 * Build step: validates every file under the data folder and writes the merged dataset as JSON
 * for the bundles to embed. Any error stops the build with file:line:column messages.
 * usage: node compile-embedded.mjs DATA_DIR OUT_JSON
 */
export function compileEmbedded(
  dataDir: string,
  outFile: string,
): { entities: number; facts: number } {
  const files = dataFilesIn(dataDir).map(readDataFile);
  const { dataset, errors } = mergeLayers([files]);
  if (errors.length) {
    const lines = errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
    throw new Error(`reference data has ${errors.length} error(s):\n${lines.join('\n')}`);
  }
  const slim = {
    commonWords: commonWordsNear(dataset.entities.map((e) => e.name)),
    entities: dataset.entities.map(({ file, ...e }) => ({
      ...e,
      file: file?.replace(/^.*reference-data\//, 'reference-data/'),
    })),
    facts: dataset.facts.map(({ file, ...f }) => ({
      ...f,
      file: file?.replace(/^.*reference-data\//, 'reference-data/'),
    })),
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(slim));
  return { entities: dataset.entities.length, facts: dataset.facts.length };
}
