import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1],
  );
}

/** Resolves a relative import of `file` to the source file it names, if it is one of ours. */
function resolveImport(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = join(dirname(file), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
}

/** Import cycles among `files`, each as the chain of files that closes it. */
function cyclesOf(files: string[]): string[][] {
  const edges = new Map(
    files.map((f) => [f, importsOf(f).flatMap((i) => resolveImport(f, i) ?? [])] as const),
  );
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (f: string, path: string[]): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(ROOT, p)));
      return;
    }
    state.set(f, 'open');
    for (const next of edges.get(f) ?? []) visit(next, [...path, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  return cycles;
}

// The layers themselves (what each folder may import) are lint rules: eslint.config.mjs.
describe('layer boundaries', () => {
  it('has no import cycle, type-only imports included', () => {
    const files = sources(join(ROOT, 'server/src')).concat(sources(join(ROOT, 'client/src')));
    expect(cyclesOf(files)).toEqual([]);
  });

  it('keeps the engine free of process state and console output', () => {
    const offenders = sources(join(ROOT, 'server/src/engine')).filter((f) =>
      /\bprocess\.|\bconsole\./.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('keeps node:fs to the one loader file in the data layer', () => {
    const users = sources(join(ROOT, 'server/src/data')).filter((f) =>
      importsOf(f).some((i) => i === 'node:fs'),
    );
    expect(users.map((f) => relative(ROOT, f)).sort()).toEqual([
      'server/src/data/compile-embedded.ts',
      'server/src/data/load.ts',
    ]);
  });

  // 500 lines as Prettier lays them out at 100 columns
  it('keeps source files small', () => {
    const big = sources(join(ROOT, 'server/src'))
      .concat(sources(join(ROOT, 'client/src')))
      .filter((f) => readFileSync(f, 'utf8').split('\n').length > 500)
      .map((f) => relative(ROOT, f));
    expect(big).toEqual([]);
  });
});
