import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataFilesIn, readDataFile } from './load';
import { mergeLayers } from './merge';

/**
 * Build step: validates every file under the data folder and writes the merged dataset as JSON
 * for the bundles to embed. Any error stops the build with file:line:column messages.
 * usage: node compile-embedded.mjs DATA_DIR OUT_JSON
 */
export function compileEmbedded(dataDir: string, outFile: string): { entities: number; facts: number } {
  const files = dataFilesIn(dataDir).map(readDataFile);
  const { dataset, errors } = mergeLayers([files]);
  if (errors.length) {
    const lines = errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
    throw new Error(`reference data has ${errors.length} error(s):\n${lines.join('\n')}`);
  }
  const slim = {
    entities: dataset.entities.map(({ file, ...e }) => ({ ...e, file: file?.replace(/^.*reference-data\//, 'reference-data/') })),
    facts: dataset.facts.map(({ file, ...f }) => ({ ...f, file: file?.replace(/^.*reference-data\//, 'reference-data/') })),
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(slim));
  return { entities: dataset.entities.length, facts: dataset.facts.length };
}
