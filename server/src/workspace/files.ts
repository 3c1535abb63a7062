import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Ignore rules in the style of .gitignore: globs, "!" to re-include, a trailing "/" for folders.
 */
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
      this.rules.push({
        re: new RegExp(anchored ? `^${body}(?:/.*)?$` : `(?:^|/)${body}(?:/.*)?$`),
        negate,
        dirOnly,
      });
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

export const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/**
 * The files under `dir` that `keep` accepts, as absolute paths in name order, leaving out what
 * `ignore` excludes; the walk stops after `limit` files. The CLI and the workspace check share it.
 */
export function walkFiles(
  dir: string,
  ignore: IgnoreRules,
  keep: (path: string) => boolean,
  limit = Infinity,
): string[] {
  const out: string[] = [];
  const visit = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (out.length >= limit) return;
      if (ALWAYS_SKIPPED.has(name)) continue;
      const path = join(folder, name);
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (ignore.ignores(path, isDir)) continue;
      if (isDir) visit(path);
      else if (keep(path)) out.push(path);
    }
  };
  visit(dir);
  return out;
}

/**
 * The markdown files of a workspace folder, minus what its .gitignore and .factlintignore exclude.
 */
export function markdownFilesIn(folder: string, limit = Infinity): string[] {
  return walkFiles(folder, IgnoreRules.load(folder), (f) => MARKDOWN.test(f), limit);
}
