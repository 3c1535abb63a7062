// Builds factlint: validates and compiles the reference data, then bundles the VS Code client,
// the language server and the CLI, each with the compiled data embedded.
//   node esbuild.mjs            build once
//   node esbuild.mjs --watch    rebuild the bundles on change (data is compiled at start)
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = import.meta.dirname;
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const embeddedJson = resolve(root, 'build/embedded-data.json');

async function compileData() {
  const compiler = resolve(root, 'build/compile-embedded.cjs');
  await esbuild.build({
    entryPoints: [resolve(root, 'server/src/data/compile-embedded.ts')],
    outfile: compiler,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const { compileEmbedded } = await import(`${pathToFileURL(compiler).href}?t=${Date.now()}`);
  try {
    const counts = compileEmbedded(resolve(root, 'reference-data/data'), embeddedJson);
    console.log(`reference data: ${counts.entities} entities, ${counts.facts} facts`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

/** Resolves `factlint:embedded-data` to the compiled dataset. */
const embeddedData = {
  name: 'embedded-data',
  setup(build) {
    build.onResolve({ filter: /^factlint:embedded-data$/ }, () => ({ path: embeddedJson }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [embeddedData],
  legalComments: 'none',
  define: { FACTLINT_VERSION: JSON.stringify(version) },
};

const bundles = [
  {
    entryPoints: [resolve(root, 'client/src/extension.ts')],
    outfile: resolve(root, 'dist/extension.js'),
    external: ['vscode'],
  },
  {
    entryPoints: [resolve(root, 'server/src/lsp/main.ts')],
    outfile: resolve(root, 'dist/server.js'),
  },
  {
    entryPoints: [resolve(root, 'server/src/cli/main.ts')],
    outfile: resolve(root, 'dist/cli.js'),
    banner: { js: '#!/usr/bin/env node' },
  },
];

await compileData();
if (watch) {
  for (const b of bundles) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching for changes');
} else {
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b })));
}
