import type { Fix } from '../types';

/** The fix that writes `newText` over an exact source span, when the span maps to one. */
export function replacement(
  exact: { start: number; end: number } | undefined,
  newText: string,
): Fix[] {
  return exact
    ? [
        {
          title: `Change to "${newText}"`,
          edits: [{ start: exact.start, end: exact.end, newText }],
        },
      ]
    : [];
}
