import { normalizeName, withinEdits } from '../reference/near-miss';
import type { Entity } from '../reference/types';

/**
 * The spelling a misspelt name meant: of the entity's name and aliases, the one nearest to what was
 * written ("Zuckerburg" meant the surname alone, not "Mark Zuckerberg"), in the case the document
 * writes it elsewhere (`documentForms`, most used first: "NVIDIA" where the text writes so).
 */
export function meantSpelling(
  written: string,
  entity: Entity,
  documentForms: readonly string[] = [],
): string {
  const target = normalizeName(written);
  let meant = entity.name;
  let best = distance(target, normalizeName(meant));
  for (const alias of entity.aliases) {
    const d = distance(target, normalizeName(alias));
    if (d < best) [meant, best] = [alias, d];
  }
  const lower = meant.toLowerCase();
  const inDocument = documentForms.find((f) => f.toLowerCase() === lower);
  // a slip written in capitals ("NVIDEA") is put right in capitals
  const capitals = /\p{Ll}/u.test(written) ? undefined : meant.toUpperCase();
  return inDocument ?? capitals ?? meant;
}

/**
 * What a misspelt name is rewritten to. A trailing "s" the name lacks is a possessive whose
 * apostrophe was dropped ("CoreWeaves revenue" meant "CoreWeave's") when the word is closer to
 * the name without it; the apostrophe is the one `paragraph` uses.
 */
export function spellingFix(written: string, name: string, paragraph: string): string {
  const runOn = runOnWord(written, name);
  if (runOn) return runOn;
  if (!written.endsWith('s') || /s$/i.test(name)) return name;
  const target = normalizeName(name);
  if (
    distance(normalizeName(written.slice(0, -1)), target) >=
    distance(normalizeName(written), target)
  )
    return name;
  return `${name}${paragraph.includes('’') && !paragraph.includes("'") ? '’' : "'"}s`;
}

/**
 * A name run together with the word after it, the space lost: "Inflectionis" is "Inflection is"
 * (the name as written: whole, or its first word).
 */
function runOnWord(written: string, name: string): string | undefined {
  for (const form of new Set([name, name.split(/\s+/)[0]])) {
    const rest = written.startsWith(form) ? written.slice(form.length) : '';
    if (RUN_ON.has(rest)) return `${form} ${rest}`;
  }
  return undefined;
}
const RUN_ON = new Set(['is', 'was', 'has', 'had', 'and', 'will', 'said', 'says', 'also']);

/** Whether a fix puts back a space lost before a word after the name ("Inflection is"). */
export function putsSpaceBack(written: string, fixed: string): boolean {
  const last = fixed.lastIndexOf(' ');
  return last > 0 && fixed.replace(' ', '') === written && RUN_ON.has(fixed.slice(last + 1));
}

/** Edit distance, counted up to 3: near misses are at most two slips. */
function distance(a: string, b: string): number {
  for (let k = 0; k < 3; k++) if (withinEdits(a, b, k)) return k;
  return 3;
}
