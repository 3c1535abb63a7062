import type { BlockFigures } from './reading';
import type { Quantity } from './types';

/**
 * An entry labelled by a name or a date ("**AMD (October 6, 2025).** ...") is one record, as a
 * table row is: it is about what its sentences name, all but those that move on to a date of their
 * own ("Less than a month later, on 2 February, SpaceX ..."), which tell of another event. An entry
 * labelled by a name under a heading that names one other (`heading`: "## Meta" over "- **Google
 * Cloud:** a six-year contract") is a row of the heading's table, about the pair.
 */
export function recordNames(
  reading: BlockFigures,
  spans: { start: number; end: number }[],
  heading?: string[],
): string[] {
  const lead = reading.block.lead;
  const isDate = (q: Quantity): boolean => q.dim === 'date';
  if (lead === undefined) return [];
  const named = reading.names.some((n) => n.end <= lead);
  if (!named && !reading.quantities.some((q) => isDate(q) && q.end <= lead)) return [];
  const within = (
    x: { start: number; end: number },
    span: { start: number; end: number },
  ): boolean => x.start >= span.start && x.end <= span.end;
  const dated = spans.filter(
    (span, k) => k > 0 && reading.quantities.some((q) => isDate(q) && within(q, span)),
  );
  const ids = reading.names
    .filter((n) => !dated.some((span) => within(n, span)))
    .map((n) => n.entityId);
  return named && heading ? [...ids, ...heading] : ids;
}

/** The one thing a block names, if it names one thing only. */
export function oneNamed(b: BlockFigures | undefined): string[] | undefined {
  const ids = new Set(b?.names.map((n) => n.entityId));
  return ids.size === 1 ? [...ids] : undefined;
}
