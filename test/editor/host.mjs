// Starts a real VS Code (code-server 4.100.3, i.e. VS Code 1.100.3 with a Node extension host) with
// the packaged factlint installed, in a throwaway folder, and opens it in Debian's headless
// Chromium.
// Used by the end-to-end suite (run.mjs) and the screenshots (screenshots.mjs).
import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const HOST = resolve(import.meta.dirname, 'host');
const CODE_SERVER = join(HOST, 'node_modules/.bin/code-server');
const VSIX = join(ROOT, 'factlint.vsix');
const SEED = resolve(ROOT, '../shared/seeds/000_887da713244190c2.txt');

function need(path, hint) {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
}

/** A throwaway workspace: the planted sample, the real seed article and the suite's own drafts. */
function makeWorkspace(dir) {
  const ws = join(dir, 'ws');
  mkdirSync(ws, { recursive: true });
  cpSync(join(ROOT, 'samples/planted-draft.md'), join(ws, 'planted.md'));
  need(SEED, 'the seed article lives in ../shared beside the repository');
  cpSync(SEED, join(ws, 'seed.md'));
  cpSync(join(import.meta.dirname, 'workspace'), ws, { recursive: true });
  // the data folder exists from the start, as in a project that uses one: VS Code's file watcher
  // can miss a file written into a directory created a moment before (seen in half the runs)
  mkdirSync(join(ws, '.factlint'));
  return ws;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Installs factlint.vsix into a fresh extensions folder and starts code-server on loopback.
 * Returns the workspace path, the editor's URL builder and stop(), which ends the whole process
 * group (file watchers included) and removes the folder.
 */
export async function startEditor({ userSettings = {} } = {}) {
  need(CODE_SERVER, 'run test/editor/install.sh first (npm run test:editor does)');
  need(VSIX, 'run npm run package first (npm run test:editor does)');
  const dir = mkdtempSync(join(tmpdir(), 'factlint-editor-'));
  const ws = makeWorkspace(dir);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    EXTENSIONS_GALLERY: '{}',
  };
  const common = ['--user-data-dir', join(dir, 'ud'), '--extensions-dir', join(dir, 'ext')];
  execFileSync(CODE_SERVER, [...common, '--install-extension', VSIX], { env, stdio: 'pipe' });
  mkdirSync(join(dir, 'ud/User'), { recursive: true });
  writeFileSync(
    join(dir, 'ud/User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        ...userSettings,
      },
      null,
      2,
    ),
  );

  const port = await freePort();
  const log = join(dir, 'code-server.log');
  const fd = openSync(log, 'a');
  // detached: its own process group, so stop() can end every child it starts
  const child = spawn(
    CODE_SERVER,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ws,
    ],
    { env, detached: true, stdio: ['ignore', fd, fd] },
  );
  const exited = new Promise((r) => child.once('exit', r));
  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin, exited, log);

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  return {
    dir,
    ws,
    origin,
    /** The workbench URL for the workspace, with the runner's payload (extension tests) if any. */
    url(payload) {
      const query = new URLSearchParams({ folder: ws });
      if (payload)
        query.set(
          'payload',
          JSON.stringify(payload.map(([k, v]) => [k, v.startsWith('/') ? remote(v) : v])),
        );
      return `${origin}/?${query}`;
    },
    log: () => readFileSync(log, 'utf8'),
    async stop({ keep = false } = {}) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const gone = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]);
      if (!gone)
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls /healthz (the server's own readiness check) until it answers, or the server dies. */
async function waitForHealth(origin, exited, log) {
  let dead = false;
  exited.then(() => {
    dead = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (dead) throw new Error(`code-server exited while starting:\n${readFileSync(log, 'utf8')}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer within 60 s:\n${readFileSync(log, 'utf8')}`);
}

/**
 * Debian's Chromium, headless and quiet on this closed network (Playwright gives it a fresh
 * profile).
 */
export async function launchBrowser() {
  const { chromium } = createRequire(join(HOST, 'package.json'))('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
