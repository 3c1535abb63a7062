import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What --fix did to one file. */
export type FixOutcome =
  | { path: string; status: 'fixed'; edits: number }
  | { path: string; status: 'changed-since-read' | 'failed'; reason: string };

/** Injectable file operations, so tests can simulate a full disk or a crash mid-write. */
export interface FixFs {
  read(path: string): string;
  write(path: string, text: string, mode: number): void;
}

/**
 * Writes the fixed text, never half-way: the new text goes to a temporary file beside the original
 * (same folder, so the rename is atomic), is flushed to disk, and replaces the original by rename.
 * A file whose content changed since it was read is left untouched. Line endings and a BOM are
 * kept because only the fixed spans change.
 */
export function writeFixed(
  path: string,
  original: string,
  fixed: string,
  edits: number,
  fs: FixFs = nodeFs,
): FixOutcome {
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o7777;
    if (fs.read(path) !== original)
      return {
        path,
        status: 'changed-since-read',
        reason: 'the file changed after factlint read it; not written',
      };
  } catch (e) {
    return {
      path,
      status: 'failed',
      reason: `cannot read it again: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    };
  }
  try {
    fs.write(path, fixed, mode);
  } catch (e) {
    return {
      path,
      status: 'failed',
      reason: `not written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the original is unchanged`,
    };
  }
  return { path, status: 'fixed', edits };
}

export const nodeFs: FixFs = {
  read: (path) => readFileSync(path, 'utf8'),
  write(path, text, mode) {
    removeStaleTemporaries(path);
    const tmp = join(dirname(path), `${temporaryPrefix(path)}${process.pid}.tmp`);
    let fd: number | undefined;
    try {
      fd = openSync(tmp, 'wx', mode);
      writeSync(fd, text, 0, 'utf8');
      fsyncSync(fd);
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, path);
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was created
      }
      throw e;
    }
  },
};

function temporaryPrefix(path: string): string {
  return `.${basename(path)}.factlint-`;
}

/**
 * A run that died mid-write (power loss, kill -9) leaves its temporary file behind, with the
 * original whole. The next write to the same file removes such leftovers, but only those whose
 * process is gone: a live one may be another factlint writing now.
 */
function removeStaleTemporaries(path: string): void {
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dirname(path)).filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || processRuns(pid)) continue;
    try {
      unlinkSync(join(dirname(path), name));
    } catch {
      // gone already, or not ours to remove: it never affects the file itself
    }
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A unified-style diff of the changed lines, for --fix-dry-run. */
export function lineDiff(path: string, before: string, after: string): string {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  const out = [`--- ${path}`, `+++ ${path} (fixed)`];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    out.push(`@@ line ${i + 1} @@`);
    if (a[i] !== undefined) out.push(`-${a[i].replace(/\r?\n$/, '')}`);
    if (b[i] !== undefined) out.push(`+${b[i].replace(/\r?\n$/, '')}`);
  }
  return out.join('\n');
}
