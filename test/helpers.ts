import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeData } from '../server/src/data/compose';
import { embeddedData } from '../server/src/data/embedded';
import { dataFilesIn, readDataFile } from '../server/src/data/load';
import { checkDocument, type ReferenceIndex } from '../server/src/engine/index';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '../shared');
export const TODAY = '2026-11-26';

/** An annotated set as test/sets/manifest.json lists it; path is relative to ROOT. */
export type AnnotatedSet = {
  name: string;
  path: string;
  kind: 'annotated' | 'clean';
  status: 'development' | 'held-out' | 'regression';
  evidence: string;
};

/** Every annotated set, in manifest order. */
export const SETS: AnnotatedSet[] = JSON.parse(
  readFileSync(resolve(ROOT, 'test/sets/manifest.json'), 'utf8'),
).sets;
for (const s of SETS) {
  if (
    !s.name ||
    !s.path ||
    !s.evidence ||
    !['annotated', 'clean'].includes(s.kind) ||
    !['development', 'held-out', 'regression'].includes(s.status)
  ) {
    throw new Error(
      `test/sets/manifest.json: set ${JSON.stringify(s)} needs a name, a path, a kind, a status and what it is evidence of`,
    );
  }
}

/** The folder of the annotated set of that name. */
export function setDir(name: string): string {
  const set = SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no set named ${name} in test/sets/manifest.json`);
  return resolve(ROOT, set.path);
}

/** The drafts of an annotated set, as the scorer picks them: its .md files but its README.md. */
export function draftsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
}

/**
 * The small fixed dataset in test/fixtures/data: engine tests that must not move with the real
 * data.
 */
export function fixtureIndex(): ReferenceIndex {
  const { index, errors } = composeData(
    undefined,
    dataFilesIn(resolve(ROOT, 'test/fixtures/data')).map(readDataFile),
  );
  if (errors.length) throw new Error(`fixture data invalid: ${JSON.stringify(errors)}`);
  return index;
}

/** The embedded dataset, as the CLI and server use it. */
export function embeddedIndex(): ReferenceIndex {
  return composeData(embeddedData, []).index;
}

/** Findings as [rule, text as written, first fix] triples: what a writer sees. */
export function findingsOf(
  text: string,
  index: ReferenceIndex,
): [string, string, string | undefined][] {
  return checkDocument(text, index, { today: TODAY }).findings.map((f) => [
    f.rule,
    text.slice(f.start, f.end),
    f.fixes[0]?.edits[0]?.newText,
  ]);
}

/** Errors and warnings as "rule text-as-written": what a writer is told about `text`. */
export function flagsOf(text: string, index: ReferenceIndex): string[] {
  return checkDocument(text, index, { today: TODAY })
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
}

/** Errors and warnings as "rule text-as-written -> first fix": a flag and what it offers. */
export function flagsAndFixesOf(text: string, index: ReferenceIndex): string[] {
  return checkDocument(text, index, { today: TODAY })
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.rule} ${text.slice(f.start, f.end)} -> ${f.fixes[0]?.edits[0]?.newText}`);
}

/** A text with front matter giving the day it was written. */
export const dated = (day: string, text: string): string => `---\ndate: ${day}\n---\n\n${text}`;
