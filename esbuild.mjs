// Builds factlint: validates and compiles the reference data, then bundles the VS Code client,
// the language server and the CLI, the compiled data shipped beside them in dist/.
//   node esbuild.mjs            build once
//   node esbuild.mjs --watch    rebuild the bundles on change (data is compiled at start)
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const root = import.meta.dirname;
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const embeddedJson = resolve(root, 'build/embedded-data.json');
const shippedJson = resolve(root, 'dist/embedded-data.json');

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
    mkdirSync(resolve(root, 'dist'), { recursive: true });
    copyFileSync(embeddedJson, shippedJson);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

/**
 * Resolves `factlint:embedded-data` to the compiled dataset, read as it loads from
 * dist/embedded-data.json, beside the bundle, and given to JSON.parse (V8 parses JSON much faster
 * than it compiles the same data as an object literal). Not a string in the bundle: V8 keeps a
 * bundle's source and its string constants for as long as the process lives, and the data written
 * into the bundle was some 5 MB of the server's resident memory, and a code cache four times the
 * size to read at every start of the CLI and the server.
 */
const embeddedData = {
  name: 'embedded-data',
  setup(build) {
    build.onResolve({ filter: /^factlint:embedded-data$/ }, () => ({
      path: embeddedJson,
      namespace: 'embedded-data',
    }));
    build.onLoad({ filter: /.*/, namespace: 'embedded-data' }, () => ({
      contents:
        "const { readFileSync } = require('node:fs');\n" +
        "const { join } = require('node:path');\n" +
        "module.exports = JSON.parse(readFileSync(join(__dirname, 'embedded-data.json'), 'utf8'));",
      loader: 'js',
      watchFiles: [embeddedJson],
    }));
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

// Each of the CLI and the server is a bundle and a small starter that runs it from V8's code cache
// (server/src/launch/code-cache.ts); the cache is made here, by running each once on the sample
// draft, with the Node flags each is started with.
const bundles = [
  {
    entryPoints: [resolve(root, 'client/src/extension.ts')],
    outfile: resolve(root, 'dist/extension.js'),
    external: ['vscode'],
  },
  {
    entryPoints: [resolve(root, 'server/src/lsp/main.ts')],
    outfile: resolve(root, 'dist/server-bundle.js'),
  },
  {
    entryPoints: [resolve(root, 'server/src/launch/server.ts')],
    outfile: resolve(root, 'dist/server.js'),
  },
  {
    entryPoints: [resolve(root, 'server/src/cli/main.ts')],
    outfile: resolve(root, 'dist/cli-bundle.js'),
  },
  {
    entryPoints: [resolve(root, 'server/src/launch/cli.ts')],
    outfile: resolve(root, 'dist/cli.js'),
    banner: { js: '#!/usr/bin/env node' },
  },
];

const CACHES = ['dist/cli-bundle.js.cache', 'dist/server-bundle.js.cache'];

await compileData();
if (watch) {
  // a cache is made by a full build only: one older than its bundle is never used anyway
  for (const cache of CACHES) rmSync(resolve(root, cache), { force: true });
  for (const b of bundles) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching for changes');
} else {
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b })));
  for (const bundle of ['dist/cli-bundle.js', 'dist/server-bundle.js']) asciiOnly(bundle);
  await writeCodeCaches();
}

/**
 * Rewrites a bundle with every character past ASCII as a \u escape. esbuild escapes them in
 * strings but leaves them in regular expressions, raw templates (the engine's regex sources) and
 * comments, and one such character makes the whole bundle a two-byte string in V8, which keeps a
 * script's source for as long as the process lives: the server's 1.3 MB bundle held 2.5 MB, and
 * the CLI read and compiled its bundle some 3 ms slower. A \u escape reads the same in a string,
 * a regular expression (with or without the u flag) and a raw template given to RegExp, the only
 * use of raw templates here; the CLI snapshot of every annotated set is unchanged by it. Columns
 * of the source map shift after an escaped character, on the few lines that have one.
 */
function asciiOnly(bundle) {
  const file = resolve(root, bundle);
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (escaped !== text) writeFileSync(file, escaped);
}

/**
 * Runs the CLI and the server once each on the sample draft with FACTLINT_WRITE_CODE_CACHE set, so
 * that each writes its code cache as it exits. A cache that cannot be made is left out: it only
 * saves time.
 */
async function writeCodeCaches() {
  for (const cache of CACHES) rmSync(resolve(root, cache), { force: true });
  const env = { ...process.env, FACTLINT_WRITE_CODE_CACHE: '1' };
  const sample = resolve(root, 'samples/planted-draft.md');
  spawnSync(process.execPath, [resolve(root, 'dist/cli.js'), sample], { env, stdio: 'ignore' });
  await serverOnce(env, readFileSync(sample, 'utf8'));
  const missing = CACHES.filter((c) => !existsSync(resolve(root, c)));
  if (missing.length) console.warn(`no code cache made: ${missing.join(', ')}`);
}

/** The server over stdio, with the flags it is started with: opens a draft, then shuts down. */
async function serverOnce(env, text) {
  const flags = await esbuild.build({
    entryPoints: [resolve(root, 'client/src/server-flags.ts')],
    write: false,
    format: 'esm',
  });
  const { SERVER_NODE_FLAGS } = await import(
    `data:text/javascript,${encodeURIComponent(flags.outputFiles[0].text)}`
  );
  const args = [...SERVER_NODE_FLAGS, resolve(root, 'dist/server.js'), '--stdio'];
  const server = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const exited = new Promise((done) => server.on('exit', done));
  let output = '';
  let step = 'initialize';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    if (step === 'initialize' && output.includes('"id":1,"result"')) {
      step = 'open';
      send({ method: 'initialized', params: {} });
      const textDocument = { uri: 'file:///sample.md', languageId: 'markdown', version: 1, text };
      send({ method: 'textDocument/didOpen', params: { textDocument } });
    } else if (step === 'open' && output.includes('textDocument/publishDiagnostics')) {
      step = 'exit';
      send({ id: 2, method: 'shutdown' });
      send({ method: 'exit' });
    }
  });
  const capabilities = {};
  send({
    id: 1,
    method: 'initialize',
    params: { processId: process.pid, rootUri: null, capabilities },
  });
  const timer = setTimeout(() => server.kill(), 30_000);
  await exited;
  clearTimeout(timer);
}
