import { normalizeName, withinEdits } from '../reference/near-miss';

/**
 * What a misspelt name is rewritten to. A trailing "s" the name lacks is a possessive whose
 * apostrophe was dropped ("CoreWeaves revenue" meant "CoreWeave's") when the word is closer to
 * the name without it; the apostrophe is the one `paragraph` uses.
 */
export function spellingFix(written: string, name: string, paragraph: string): string {
  if (!written.endsWith('s') || /s$/i.test(name)) return name;
  const target = normalizeName(name);
  if (
    distance(normalizeName(written.slice(0, -1)), target) >=
    distance(normalizeName(written), target)
  )
    return name;
  return `${name}${paragraph.includes('’') && !paragraph.includes("'") ? '’' : "'"}s`;
}

/** Edit distance, counted up to 3: near misses are at most two slips. */
function distance(a: string, b: string): number {
  for (let k = 0; k < 3; k++) if (withinEdits(a, b, k)) return k;
  return 3;
}
