import type { ChunkReading } from '../reading';

/**
 * What the whole document says of names that a block's misspellings are judged and fixed by: the
 * people whose surname it slips somewhere and also names, and how it writes each misspelt entity
 * where it writes it right.
 */
export interface DocumentNames {
  /** people the document names (by name or surname) whose surname it also slips ("Slipsky") */
  slipped: ReadonlySet<string>;
  /** by entity misspelt somewhere: the forms the document writes it right in, most used first */
  spellings: ReadonlyMap<string, readonly string[]>;
  /** both, as a string; a chunk's outcome depends on its share of it (`chunkNamesKey`) */
  key: string;
}

/**
 * The part of `names` a chunk's outcome depends on: what is said of the entities it names (or
 * slips the surname of), as a string; '' where it names none the document misspells.
 */
export function chunkNamesKey(chunk: ChunkReading, names: DocumentNames): string {
  if (names.key === '') return '';
  // (asked of every chunk on each check: most name none of these, and make nothing)
  let ids: Set<string> | undefined;
  const note = ({ entityId }: { entityId: string }): void => {
    if (names.slipped.has(entityId) || names.spellings.has(entityId))
      (ids ??= new Set()).add(entityId);
  };
  for (const b of chunk.blocks) {
    b.names.forEach(note);
    b.surnameSlips?.forEach(note);
  }
  if (!ids) return '';
  return [...ids]
    .sort()
    .map((id) => `${id}:${names.slipped.has(id)}:${names.spellings.get(id)?.join('/') ?? ''}`)
    .join();
}

export const NO_DOCUMENT_NAMES: DocumentNames = {
  slipped: new Set(),
  spellings: new Map(),
  key: '',
};

export function documentNames(chunks: readonly ChunkReading[]): DocumentNames {
  const slips = new Set<string>();
  const misspelt = new Set<string>();
  for (const c of chunks)
    for (const b of c.blocks) {
      for (const n of b.surnameSlips ?? []) slips.add(n.entityId);
      for (const n of b.names) if (n.misspelled) misspelt.add(n.entityId);
    }
  if (!slips.size && !misspelt.size) return NO_DOCUMENT_NAMES;
  const slipped = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const c of chunks)
    for (const b of c.blocks)
      for (const n of b.names) {
        if (n.misspelled) continue;
        if (slips.has(n.entityId)) slipped.add(n.entityId);
        if (!misspelt.has(n.entityId) && !slips.has(n.entityId)) continue;
        const forms = counts.get(n.entityId) ?? new Map<string, number>();
        counts.set(n.entityId, forms.set(n.text, (forms.get(n.text) ?? 0) + 1));
      }
  const spellings = new Map(
    [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, forms]) => [id, [...forms].sort((a, b) => b[1] - a[1]).map(([f]) => f)]),
  );
  const ids = [...slipped].sort();
  const key = `${ids.join()}|${[...spellings].map(([id, f]) => `${id}:${f.join('/')}`).join()}`;
  return { slipped: new Set(ids), spellings, key };
}
