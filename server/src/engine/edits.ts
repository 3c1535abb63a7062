import type { Finding, TextEdit } from './types';

/**
 * Every finding's preferred fix, without overlaps (of two overlapping fixes the first wins):
 * what "fix all" applies, in the editor and on the command line alike.
 */
export function preferredEdits(findings: Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix || fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end)))
      continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Applies non-overlapping edits (source offsets) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
