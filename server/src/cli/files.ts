import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { globToRegex, IgnoreRules, MARKDOWN, walkFiles } from '../workspace/files';

/**
 * Turns command-line inputs into files: a file as given, a folder searched for markdown (minus
 * what the ignore files exclude), a glob matched against the files under its fixed prefix. Inputs
 * that match nothing are returned in `missing`.
 */
export function expandInputs(
  inputs: string[],
  cwd: string,
): { files: string[]; missing: string[] } {
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
      files.push(
        ...relativeTo(
          cwd,
          walkFiles(resolve(cwd, prefix), ignore, (f) => re.test(f.split(sep).join('/'))),
        ),
      );
    } else {
      const path = resolve(cwd, input);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        files.push(input); // reading it will report why it cannot be read
        continue;
      }
      if (isDir)
        files.push(
          ...relativeTo(
            cwd,
            walkFiles(path, ignore, (f) => MARKDOWN.test(f)),
          ),
        );
      else files.push(input);
    }
    if (files.length === before) missing.push(input);
  }
  return { files: [...new Set(files)], missing };
}

/** Paths as the user will read them: relative to the current folder. */
function relativeTo(cwd: string, paths: string[]): string[] {
  return paths.map((p) => relative(cwd, p) || p);
}
