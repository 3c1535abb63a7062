import { ReferenceIndex } from '../engine/reference/index';
import type { Dataset } from '../engine/reference/types';
import { mergeLayers } from './merge';
import type { DataError, ParsedFile } from './parse';

export interface ComposedData {
  index: ReferenceIndex;
  errors: DataError[];
  /** the user files that loaded, with their error counts */
  files: { file: string; errors: number }[];
}

/**
 * Builds the index a check runs against: the embedded dataset (already validated at build time)
 * as the base, user files over it. Invalid entries are dropped and reported; the rest serve.
 */
export function composeData(embedded: Dataset | undefined, userFiles: ParsedFile[]): ComposedData {
  const base: ParsedFile[] = embedded
    ? [
        {
          file: '<embedded>',
          entities: embedded.entities,
          facts: embedded.facts,
          errors: [],
          positions: new Map(),
        },
      ]
    : [];
  // the embedded data alone was merged and checked at build time, where any error stops the build:
  // merged again it would come out as it is
  const merged =
    embedded && userFiles.length === 0
      ? { dataset: { entities: [...embedded.entities], facts: [...embedded.facts] }, errors: [] }
      : mergeLayers([base, userFiles]);
  const version = versionOf(embedded ? 'embedded' : 'none', userFiles);
  return {
    // the dictionary words near names travel with the embedded data (compile-embedded.ts)
    index: new ReferenceIndex({ ...merged.dataset, commonWords: embedded?.commonWords }, version),
    errors: merged.errors,
    files: userFiles.map((f) => ({
      file: f.file,
      errors: merged.errors.filter((e) => e.file === f.file).length,
    })),
  };
}

/** A short, stable fingerprint of what was loaded: cache keys and status displays use it. */
function versionOf(base: string, files: ParsedFile[]): string {
  let h = 2166136261;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  };
  feed(base);
  for (const f of files) feed(`${f.file}:${JSON.stringify(f.entities)}${JSON.stringify(f.facts)}`);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * What the data holds, as the CLI's `data` command and the server's statistics command report it.
 */
export function dataStatistics(data: ComposedData): {
  entities: number;
  facts: number;
  sources: number;
  errors: number;
  version: string;
} {
  const { dataset, version } = data.index;
  const sources = new Set(dataset.facts.flatMap((f) => f.sources.map((s) => s.url))).size;
  return {
    entities: dataset.entities.length,
    facts: dataset.facts.length,
    sources,
    errors: data.errors.length,
    version,
  };
}
