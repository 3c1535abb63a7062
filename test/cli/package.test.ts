import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

/**
 * Runs a command to completion; a failure to start or a non-zero exit fails the test with its
 * output.
 */
function sh(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT, timeout: 120_000, ...options });
  if (r.error || r.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${r.error ?? r.status}):\n${r.stdout}\n${r.stderr}`,
    );
  return String(r.stdout);
}

// what runs factlint: the CLI for CI, the server and the extension for editors, the schema for data
// files and its README (npm adds every folder's README), which explains the fields
const SHIPPED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli-bundle.js',
  'dist/cli.js',
  'dist/embedded-data.json',
  'dist/extension.js',
  'dist/server-bundle.js',
  'dist/server.js',
  'images/icon.png',
  'package.json',
  'reference-data/README.md',
  'reference-data/schema.json',
];

describe('the npm package', () => {
  let pack: { filename: string; files: { path: string }[] };
  let tarball: string;
  beforeAll(() => {
    const packed = mkdtempSync(join(tmpdir(), 'factlint-pack-'));
    [pack] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', packed]));
    tarball = join(packed, pack.filename);
  });

  it('holds what runs factlint and nothing else', () => {
    expect(pack.files.map((f) => f.path).sort()).toEqual(SHIPPED);
  });

  it('installs as a devDependency from the tarball, and npm ci brings it back with no registry', () => {
    const project = mkdtempSync(join(tmpdir(), 'factlint-user-'));
    writeFileSync(join(project, 'package.json'), '{ "name": "a-blog", "private": true }\n');
    mkdirSync(join(project, 'tools'));
    copyFileSync(tarball, join(project, 'tools', pack.filename));
    mkdirSync(join(project, 'posts'));
    writeFileSync(
      join(project, 'posts/draft.md'),
      'OpenAI has signed a seven-year, $83B cloud services agreement with Amazon.\n',
    );
    // an empty cache and --offline: this works only if the package needs nothing from a registry
    const offline = [
      '--offline',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(project, '.npm-cache'),
    ];
    sh('npm', ['install', '--save-dev', ...offline, `./tools/${pack.filename}`], { cwd: project });
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies).toEqual(
      { factlint: `file:tools/${pack.filename}` },
    );
    rmSync(join(project, 'node_modules'), { recursive: true });
    sh('npm', ['ci', ...offline], { cwd: project }); // as CI does

    const env = {
      ...process.env,
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
    };
    const r = spawnSync('npx', ['--no-install', 'factlint', '--no-color', 'posts'], {
      cwd: project,
      encoding: 'utf8',
      env,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^posts\/draft\.md:1:\d+ {2}error {2}wrong-figure {2}\$83B: the value of /m,
    );
    expect(r.status).toBe(1);
  });
});

describe('the VS Code package', () => {
  it('holds the extension, its server and what the manifest points at', () => {
    const listed = sh(join(ROOT, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'])
      .trim()
      .split('\n')
      .sort();
    expect(listed).toEqual(
      expect.arrayContaining([
        'dist/extension.js',
        'dist/server-bundle.js',
        'dist/server.js',
        'images/icon.png',
        'reference-data/schema.json',
      ]),
    );
    expect(
      listed.filter((f) =>
        /\.(?:ts|map)$|^(?:test|server|client|bench|reference-data\/data)\//.test(f),
      ),
    ).toEqual([]);
  });
});
