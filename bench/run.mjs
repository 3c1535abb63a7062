// npm run bench: factlint's speed and memory, each figure a median over repeated runs and, where
// a peer does the same job, a ratio to that peer measured in the same run. Writes
// bench/results.json and prints a table. Not a test: nothing here passes or fails. Each figure and
// its peer are timed in turn, round by round, so that the ratio holds on a machine whose speed
// drifts. Drafts: synthetic ones made from the dataset's facts, and, when ../shared is there, real
// articles (the openings in ../shared/eval/real, read at bench time).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'factlint-bench-'));
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 9;

// ---- factlint's engine, bundled for in-process use -------------------------------------------
await esbuild.build({
  entryPoints: [join(root, 'bench/engine-entry.ts')],
  outfile: join(work, 'engine.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'data',
      setup: (b) =>
        b.onResolve({ filter: /^factlint:embedded-data$/ }, () => ({
          path: join(root, 'build/embedded-data.json'),
        })),
    },
  ],
});
const engine = (await import(pathToFileURL(join(work, 'engine.cjs')).href)).default;
const { index } = engine.composeData(engine.embeddedData, []);
const TODAY = '2026-11-26';

// ---- peers
// ---------------------------------------------------------------------------------------
const cspell = await import('cspell-lib');
const { fromMarkdown } = await import('mdast-util-from-markdown');
const { gfm } = await import('micromark-extension-gfm');
const { gfmFromMarkdown } = await import('mdast-util-gfm');

// ---- drafts generated from the dataset's facts
// ----------------------------------------------------
function draft(size, from = 0) {
  const facts = index.dataset.facts;
  const parts = ['---\ntitle: Benchmark draft\n---\n\n# Where the money goes\n\n'];
  let i = from;
  let length = parts[0].length;
  while (length < size) {
    const f = facts[i++ % facts.length];
    const sentence = `${engine.describeFactSubject(f, index)} is ${engine.describeValue(f.value)}, as of ${f.asOf}.`;
    const block =
      i % 25 === 0
        ? `\n## Section ${i}\n\n`
        : i % 17 === 0
          ? `\n| Item | Figure |\n| --- | --- |\n| ${f.id} | ${engine.describeValue(f.value)} |\n\n`
          : i % 23 === 0
            ? '\n```js\nconst deal = { value: "$83B" };\n```\n\n'
            : i % 7 === 0
              ? `- ${sentence}\n`
              : `${sentence[0].toUpperCase()}${sentence.slice(1)} `;
    parts.push(block, i % 5 === 0 ? '\n\n' : '');
    length += block.length + (i % 5 === 0 ? 2 : 0);
  }
  return parts.join('').slice(0, size);
}

// ---- drafts of real articles: the openings in ../shared/eval/real, read at bench time (their text
// is never copied into this repository), the scorer's {{as written|fix}} markers stripped to the
// text as written, each article's front matter dropped and one for the whole draft put first
const realDir = resolve(root, '../shared/eval/real');
const realOpenings = existsSync(realDir)
  ? readdirSync(realDir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f) => readFileSync(join(realDir, f), 'utf8'))
  : [];
if (realOpenings.length === 0)
  console.log(`bench: no articles in ${realDir}; the real-text rows are skipped`);
const asWritten = (s) => s.replace(/\{\{([^{}|]*)((?:\|[^{}|]*)*)\}\}/g, '$1');
const withoutFrontMatter = (s) => s.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
function realDraft(size) {
  const date = /^date:\s*(\S+)/m.exec(realOpenings[0])?.[1];
  const bodies = realOpenings.map((s) => `${withoutFrontMatter(asWritten(s)).trim()}\n\n`);
  const parts = [
    `---\ntitle: Benchmark draft of real articles\n${date ? `date: ${date}\n` : ''}---\n\n`,
  ];
  let length = parts[0].length;
  for (let i = 0; length < size; i++) {
    parts.push(bodies[i % bodies.length]);
    length += bodies[i % bodies.length].length;
  }
  return parts.join('').slice(0, size);
}
/**
 * The CLI's 200 files of about 5 KB, each from its own stretch of the data: a site's pages differ,
 * and a cache of what one file read must not make the others free.
 */
function writeCliFiles(dir) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 200; i++)
    writeFileSync(join(dir, `draft-${i}.md`), draft(5_000 + (i % 7) * 100, i * 37));
}
const drafts = { synthetic: draft, ...(realOpenings.length ? { real: realDraft } : {}) };

// `--write-drafts DIR`: the 100 KB drafts the keystroke figures use, and the CLI's 200 files (in
// DIR/files), written out for a profile (node --cpu-prof dist/server.js with a client typing into
// them, or dist/cli.js over them); nothing is measured
const draftsTo = process.argv.includes('--write-drafts')
  ? process.argv[process.argv.indexOf('--write-drafts') + 1]
  : undefined;
if (draftsTo) {
  for (const [name, make] of Object.entries(drafts))
    writeFileSync(join(draftsTo, `${name}-100KB.md`), make(100_000));
  writeCliFiles(join(draftsTo, 'files'));
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/**
 * Times several functions in turn, A B C A B C ..., after one warm-up of each: on a shared machine
 * whose speed drifts, each round sees the same conditions, and the ratio of two figures is taken
 * round by round (the median of the rounds' ratios), not between medians taken minutes apart.
 * Returns each function's median and `ratio(a, b)`.
 */
async function timeTogether(fns, runs = RUNS) {
  for (const fn of fns) await fn(); // warm-up
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const round = [];
    for (const fn of fns) {
      const t = performance.now();
      await fn();
      round.push(performance.now() - t);
    }
    rounds.push(round);
  }
  return {
    ms: fns.map((_, k) => median(rounds.map((r) => r[k]))),
    ratio: (a, b) => median(rounds.map((r) => r[a] / r[b])),
  };
}

async function time(fn, runs = RUNS) {
  await fn(); // warm-up
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

const results = {
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  runs: RUNS,
};

// ---- full check, in process
// ------------------------------------------------------------------------
results.fullCheck = {};
const settings = await cspell.getDefaultSettings();
const sizes = [
  ['3KB', 3_000],
  ['100KB', 100_000],
  ['1MB', 1_000_000],
];
for (const [name, size] of [
  ...sizes,
  ...(drafts.real ? sizes.slice(1).map(([n, z]) => [`real ${n}`, z]) : []),
]) {
  const text = (name.startsWith('real') ? realDraft : draft)(size);
  const {
    ms: [factlint, spell, mdast],
    ratio,
  } = await timeTogether(
    [
      () => engine.checkDocument(text, index, { today: TODAY }),
      () =>
        cspell.spellCheckDocument(
          { uri: `file:///bench-${name}.md`, text, languageId: 'markdown', locale: 'en' },
          { generateSuggestions: false, noConfigSearch: true },
          settings,
        ),
      () => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
    ],
    size > 500_000 ? Math.min(RUNS, 5) : RUNS,
  );
  results.fullCheck[name] = {
    factlintMs: factlint,
    cspellLibMs: spell,
    mdastMs: mdast,
    ratioToCspell: ratio(0, 1),
    ratioToMdast: ratio(0, 2),
  };
}

// ---- the server over stdio: first diagnostics and keystrokes (pull diagnostics)
// --------------------
// measured from a client process of its own, so that this process's heap (drafts, peers, engine)
// and its garbage collection stay out of the figures
{
  // the seed article from ../shared; without it, the repository's short sample
  const seed = resolve(root, '../shared/seeds/000_887da713244190c2.txt');
  results.firstDiagnosticsOn = existsSync(seed)
    ? 'the seed article'
    : 'samples/planted-draft.md (no ../shared)';
  const files = {};
  for (const [name, make] of Object.entries(drafts))
    writeFileSync((files[name] = join(work, `keystroke-${name}.md`)), make(100_000));
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'bench/protocol.mjs'),
      JSON.stringify({
        server: join(root, 'dist/server.js'),
        nullServer: join(root, 'bench/null-server.mjs'),
        flags: engine.SERVER_NODE_FLAGS,
        seed: existsSync(seed) ? seed : join(root, 'samples/planted-draft.md'),
        drafts: files,
        runs: RUNS,
        keystrokes: quick ? 20 : 100,
      }),
    ],
    { encoding: 'utf8' },
  );
  Object.assign(results, JSON.parse(out));
}

// ---- the CLI over 200 files, whole process, against cspell lint
// --------------------------------------
{
  const dir = join(work, 'files');
  writeCliFiles(dir);
  const run = (cmd, args) => {
    try {
      execFileSync(cmd, args, { stdio: 'ignore', cwd: work });
    } catch {
      /* exit 1: problems found */
    }
  };
  const cli = await timeTogether(
    [
      () => run(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', dir]),
      () =>
        run(process.execPath, [
          join(root, 'bench/node_modules/cspell/bin.mjs'),
          'lint',
          '--no-progress',
          '--no-summary',
          `${dir}/**/*.md`,
        ]),
    ],
    quick ? 2 : 5,
  );
  results.cli200Files = { factlintMs: cli.ms[0], cspellMs: cli.ms[1], ratio: cli.ratio(0, 1) };
  // one short draft: the whole process against a node that does nothing
  const short = await timeTogether(
    [
      () =>
        run(process.execPath, [join(root, 'dist/cli.js'), join(root, 'samples/planted-draft.md')]),
      () => run(process.execPath, ['-e', '0']),
    ],
    quick ? 3 : RUNS,
  );
  results.cliShortDraft = {
    factlintMs: short.ms[0],
    nodeMs: short.ms[1],
    ratio: short.ratio(0, 1),
  };
}

// ---- data at scale: synthetic entities with facts
// --------------------------------------------------
{
  const text = draft(20_000);
  const base = await time(() => engine.checkDocument(text, index, { today: TODAY }));
  results.dataScale = { embeddedCheckMs: base };
  for (const n of [10_000, 100_000]) {
    const entities = [...index.dataset.entities];
    const facts = [...index.dataset.facts];
    for (let i = 0; i < n; i++) {
      entities.push({
        id: `synthetic-${i}`,
        name: `Synthetic Labs ${i}`,
        kind: 'company',
        aliases: [`SynLab${i}`],
        misspellings: [],
      });
      facts.push({
        id: `synthetic-${i}-valuation`,
        subject: `synthetic-${i}`,
        property: 'valuation',
        value: { dim: 'money', min: i * 1e6, max: i * 1e6, unit: 'USD' },
        also: [],
        asOf: '2025-01',
        status: 'verified',
        cues: [],
        sources: [{ url: 'https://example.com', publisher: 'x', date: null, says: 'x' }],
      });
    }
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t = performance.now();
    const big = new engine.ReferenceIndex(
      { entities, facts, commonWords: index.dataset.commonWords },
      `synthetic-${n}`,
    );
    const loadMs = performance.now() - t;
    const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const check = await time(() => engine.checkDocument(text, big, { today: TODAY }));
    results.dataScale[`${n / 1000}k`] = {
      loadMs,
      heapMB,
      checkMs: check,
      ratioToEmbedded: check / base,
    };
  }
}

const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const r2 = (x) => x.toFixed(2);
// the speed issue's table: each figure beside its peer in this run, the ratio, and the target
const table = [];
const row = (measure, value, peer, ratio, target) =>
  table.push({ measure, value, peer, ratio, target });
for (const [size, target] of [
  ['1MB', 3],
  ['100KB', 2],
]) {
  for (const name of [size, `real ${size}`]) {
    const r = results.fullCheck[name];
    if (r)
      row(
        `full check ${name}, to cspell-lib`,
        `${f(r.factlintMs)} ms`,
        `${f(r.cspellLibMs)} ms`,
        r.ratioToCspell,
        `<= ${target}`,
      );
  }
}
row(
  'CLI over 200 files of 5 KB, to cspell lint',
  `${f(results.cli200Files.factlintMs)} ms`,
  `${f(results.cli200Files.cspellMs)} ms`,
  results.cli200Files.ratio,
  '<= 0.5',
);
row(
  'CLI on one short draft, to node -e 0',
  `${f(results.cliShortDraft.factlintMs)} ms`,
  `${f(results.cliShortDraft.nodeMs)} ms`,
  results.cliShortDraft.ratio,
  '<= 2.5',
);
for (const [name, k] of Object.entries(results.keystroke)) {
  const parse = results.fullCheck[name === 'real' ? 'real 100KB' : '100KB'].mdastMs;
  k.ratioToMdast = k.medianMs / parse;
  row(
    `keystroke in the ${name} 100 KB draft, median, to one mdast parse`,
    `${f(k.medianMs)} ms (p95 ${f(k.p95Ms)})`,
    `${f(parse)} ms`,
    k.ratioToMdast,
    name === 'real' ? '<= 0.1' : '<= 3 ms, p95 <= 8 ms',
  );
}
row(
  'first diagnostics after server start, to a server doing nothing',
  `${f(results.firstDiagnosticsMs)} ms`,
  `${f(results.nullServerFirstDiagnosticsMs)} ms`,
  results.firstDiagnosticsRatio,
  '<= 250 ms',
);
for (const [name, k] of Object.entries(results.keystroke)) {
  row(
    `server memory after the ${name} keystroke run, to a server doing nothing`,
    `${f(k.serverMemoryMB)} MB`,
    `${f(results.nullServerMemoryMB)} MB`,
    k.serverMemoryMB / results.nullServerMemoryMB,
    '<= 120 MB',
  );
}
results.table = table;

rmSync(work, { recursive: true, force: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `machine: ${results.machine.cpus} cores, ${results.machine.model}, node ${results.machine.node}; medians of ${RUNS} runs`,
);
for (const [size, r] of Object.entries(results.fullCheck)) {
  console.log(
    `full check ${size.padEnd(10)} factlint ${f(r.factlintMs)} ms | cspell-lib ${f(r.cspellLibMs)} ms (ratio ${r2(r.ratioToCspell)}) | mdast ${f(r.mdastMs)} ms (ratio ${r2(r.ratioToMdast)})`,
  );
}
for (const t of table)
  console.log(
    `${t.measure.padEnd(78)} ${t.value.padStart(22)} | peer ${t.peer.padStart(9)} | ratio ${r2(t.ratio).padStart(6)} | target ${t.target}`,
  );
for (const k of ['10k', '100k']) {
  const r = results.dataScale[k];
  console.log(
    `data ${k} entities: load ${f(r.loadMs)} ms, heap +${f(r.heapMB)} MB, check ${f(r.checkMs)} ms (ratio to embedded ${r2(r.ratioToEmbedded)})`,
  );
}
