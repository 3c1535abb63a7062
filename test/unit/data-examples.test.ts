import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataFilesIn } from '../../server/src/data/load';
import { checkDocument } from '../../server/src/engine/index';
import { embeddedIndex, ROOT, TODAY } from '../helpers';

/** Each data file's examples: sentences its facts must support, and ones they must contradict. */
interface Example {
  file: string;
  fact: string;
  sentence: string;
  expect: 'supported' | 'contradicted';
}

const examples: Example[] = dataFilesIn(resolve(ROOT, 'reference-data/data')).flatMap((file) => {
  const doc = parse(readFileSync(file, 'utf8')) as {
    facts?: { id: string; examples?: { supported?: string[]; contradicted?: string[] } }[];
  };
  return (doc?.facts ?? []).flatMap((f) => [
    ...(f.examples?.supported ?? []).map((sentence) => ({
      file,
      fact: f.id,
      sentence,
      expect: 'supported' as const,
    })),
    ...(f.examples?.contradicted ?? []).map((sentence) => ({
      file,
      fact: f.id,
      sentence,
      expect: 'contradicted' as const,
    })),
  ]);
});

describe('the data tests itself', () => {
  const index = embeddedIndex();

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  // test names are printf-formatted: a "$" in a sentence would be read as a placeholder
  it.each(
    examples.map(
      (e) => [`${e.fact}: ${e.expect}: ${e.sentence.replace(/\$/g, 'US$ ')}`, e] as const,
    ),
  )('%s', (_name, e) => {
    const result = checkDocument(e.sentence, index, { today: TODAY });
    const errors = result.findings.filter(
      (f) => f.severity === 'error' || f.severity === 'warning',
    );
    if (e.expect === 'supported') {
      expect(errors.map((f) => f.message)).toEqual([]);
    } else {
      expect(errors.map((f) => f.fact?.id)).toContain(e.fact);
    }
  });
});
