import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The layering of DESIGN.md, checked rather than remembered. */
const RULES: [string, RegExp, string][] = [
  ['server/src/engine', /^(?:vscode|vscode-languageserver|vscode-languageclient|node:|fs$|path$)|\/(?:data|lsp|cli)\//, 'the engine is pure: no editor, protocol, file system, data loading or surfaces'],
  ['server/src/data', /^(?:vscode|vscode-languageserver|vscode-languageclient)|\/(?:lsp|cli)\//, 'the data layer knows no protocol or surface'],
  ['server/src/cli', /^vscode|\/lsp\//, 'the CLI never imports the language server'],
  ['server/src/lsp', /\/cli\//, 'the language server never imports the CLI: what both need lives in data, config or workspace'],
  ['server/src/workspace', /^(?:vscode|vscode-languageserver|vscode-languageclient)|\/(?:engine|lsp|cli)\//, 'finding files knows no engine, protocol or surface'],
  ['client/src', /server\/src|^\.\.\/\.\.\/server/, 'the client holds no engine code'],
];

describe('layer boundaries', () => {
  it.each(RULES)('%s', (dir, forbidden, why) => {
    const offenders = sources(join(ROOT, dir)).flatMap((f) =>
      importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${relative(ROOT, f)} imports ${i}`));
    expect(offenders, why).toEqual([]);
  });

  it('keeps the engine free of process state and console output', () => {
    const offenders = sources(join(ROOT, 'server/src/engine')).filter((f) => /\bprocess\.|\bconsole\./.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('keeps node:fs to the one loader file in the data layer', () => {
    const users = sources(join(ROOT, 'server/src/data')).filter((f) => importsOf(f).some((i) => i === 'node:fs'));
    expect(users.map((f) => relative(ROOT, f)).sort()).toEqual(['server/src/data/compile-embedded.ts', 'server/src/data/load.ts']);
  });

  it('keeps source files small', () => {
    const big = sources(join(ROOT, 'server/src')).concat(sources(join(ROOT, 'client/src')))
      .filter((f) => readFileSync(f, 'utf8').split('\n').length > 400).map((f) => relative(ROOT, f));
    expect(big).toEqual([]);
  });
});
