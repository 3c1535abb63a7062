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
 * Dictionary words two slips from a long name that begins as they do ("anthropoid" for
 * Anthropic): two slips that land on a word are the word (near-miss.ts). One slip that lands on a
 * word ("Goggle") is still read as a misspelling: in writing about these companies it nearly
 * always is.
 */
function wordsTwoSlipsFromNames(names: string[]): string[] {
  const byStart = new Map<string, string[]>();
  for (const n of names.map((x) => normalizeName(x).replace(/l/g, 'i'))) {
    if (n.length >= TWO_EDITS_MIN_LENGTH)
      byStart.set(n.slice(0, SAME_START), [...(byStart.get(n.slice(0, SAME_START)) ?? []), n]);
  }
  return (words as string[]).filter((w) => {
    const folded = w.replace(/l/g, 'i');
    const near = byStart.get(folded.slice(0, SAME_START)) ?? [];
    return folded.length >= TWO_EDITS_MIN_LENGTH && near.some((t) => withinEdits(folded, t, 2));
  });
}

/**
 * Dictionary words one slip away from a word of a name of several words ("mega" for the "Meta" of
 * Meta AI): "Mega AI" is another name, not Meta AI misspelt (near-miss.ts). Both lists are
 * computed here so the server carries only these few words, not the dictionary.
 */
function wordsNearNameWords(names: string[]): string[] {
  const parts = new Set(
    names
      .filter((n) => /\s/.test(n.trim()))
      .flatMap((n) => n.toLowerCase().split(/\s+/))
      .filter((w) => w.length >= 3),
  );
  return (words as string[]).filter(
    (w) => w.length >= 3 && !parts.has(w) && [...parts].some((p) => withinOneEdit(w, p)),
  );
}

/**
 * Dictionary words one slip from a name of one word ("human" for Humain, "goggle" for Google):
 * such a word is read as the name misspelt only where the text names the entity's kin too.
 */
function wordsOneSlipFromNames(names: string[]): string[] {
  const single = new Set(
    names
      .filter((n) => !/\s/.test(n.trim()))
      .map((n) => normalizeName(n))
      .filter((n) => n.length >= 5),
  );
  return (words as string[]).filter(
    (w) =>
      w.length >= 4 &&
      !single.has(w) &&
      [...single].some((n) => Math.abs(n.length - w.length) <= 1 && withinOneEdit(w, n)),
  );
}

/** People's one-word aliases: their surnames said alone ("Garman"). */
function surnamesOf(names: { kind: string; aliases?: string[] }[]): string[] {
  return names
    .filter((e) => e.kind === 'person')
    .flatMap((e) => (e.aliases ?? []).filter((a) => !/\s/.test(a.trim())));
}

/**
 * JSON with every character past ASCII written as a \u escape: the same data once parsed, but a
 * file of one-byte characters, which Node reads into a one-byte string (a single non-ASCII
 * character makes the whole 1.4 MB a two-byte string), read and parsed some 2.5 ms faster at each
 * start of the CLI and the server.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
  // names the near-miss index holds: deals and roles are never written as names, and a
  // person's name written with another word is still a slip (near-miss.ts)
  const names = dataset.entities.filter((e) => e.kind !== 'deal' && e.kind !== 'role');
  const things = names.filter((e) => e.kind !== 'person');
  const slim = {
    commonWords: [
      ...wordsTwoSlipsFromNames(names.map((e) => e.name)),
      ...wordsNearNameWords(things.map((e) => e.name)),
      ...wordsOneSlipFromNames(things.flatMap((e) => [e.name, ...(e.aliases ?? [])])),
      // (people's surnames said alone: "German" is no slip of Garman)
      ...wordsOneSlipFromNames(surnamesOf(names)),
    ],
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
  writeFileSync(outFile, asciiJson(slim));
  return { entities: dataset.entities.length, facts: dataset.facts.length };
}
