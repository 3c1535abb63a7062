import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Ignore rules in the style of .gitignore: globs, "!" to re-include, a trailing "/" for folders. */
export class IgnoreRules {
  private readonly rules: { re: RegExp; negate: boolean; dirOnly: boolean }[] = [];

  constructor(private readonly base: string) {}

  /** Reads .gitignore and .factlintignore in the base folder, if they exist. */
  static load(base: string): IgnoreRules {
    const rules = new IgnoreRules(base);
    for (const name of ['.gitignore', '.factlintignore']) {
      try {
        rules.add(readFileSync(join(base, name), 'utf8'));
      } catch {
        // no such file: nothing to ignore from it
      }
    }
    return rules;
  }

  add(text: string): void {
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      line = line.replace(/\/+$/, '');
      const anchored = line.includes('/');
      const body = globToRegex(line.replace(/^\//, ''));
      this.rules.push({ re: new RegExp(anchored ? `^${body}(?:/.*)?$` : `(?:^|/)${body}(?:/.*)?$`), negate, dirOnly });
    }
  }

  ignores(path: string, isDir: boolean): boolean {
    const rel = relative(this.base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) return false;
    let ignored = false;
    for (const r of this.rules) {
      // a folder rule ("build/") stops the walk at the folder, so files below it are never reached
      if (r.dirOnly && !isDir) continue;
      if (r.re.test(rel)) ignored = !r.negate;
    }
    return ignored;
  }
}

/** A glob as a regex body: "*" within a path segment, "**" across segments, "?" one character. */
export function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/**
 * Turns command-line inputs into files: a file as given, a folder searched for markdown (minus
 * what the ignore files exclude), a glob matched against the files under its fixed prefix. Inputs
 * that match nothing are returned in `missing`.
 */
export function expandInputs(inputs: string[], cwd: string): { files: string[]; missing: string[] } {
  const ignore = IgnoreRules.load(cwd);
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    const before = files.length;
    if (/[*?]/.test(input)) {
      const prefix = input.slice(0, input.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
      const re = new RegExp(`^${globToRegex(resolve(cwd, input).split(sep).join('/'))}$`);
      walk(resolve(cwd, prefix), cwd, ignore, (f) => re.test(f.split(sep).join('/')), files);
    } else {
      const path = resolve(cwd, input);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        files.push(input); // reading it will report why it cannot be read
        continue;
      }
      if (isDir) walk(path, cwd, ignore, (f) => MARKDOWN.test(f), files);
      else files.push(input);
    }
    if (files.length === before) missing.push(input);
  }
  return { files: [...new Set(files)], missing };
}

function walk(dir: string, cwd: string, ignore: IgnoreRules, keep: (file: string) => boolean, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (ALWAYS_SKIPPED.has(name)) continue;
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (ignore.ignores(path, isDir)) continue;
    if (isDir) walk(path, cwd, ignore, keep, out);
    else if (keep(path)) out.push(relative(cwd, path) || path);
  }
}
