import type { ReferenceIndex } from './reference/index';
import type { NameMention } from './types';

/**
 * A person's full name with a slip before the surname the data knows them by ("Michelle Johnson
 * Holthaus"): the surname alone is found as a known name, and the slip in the words before it
 * would go unseen. Such a run of one or two capitalised words and the surname, one or two slips
 * from the person's full name, is that name misspelt; it takes the surname's place.
 */
export function withFullNameSlips(
  text: string,
  known: NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  const slips = new Map<NameMention, NameMention>();
  for (const surname of known) {
    const person = index.entity(surname.entityId);
    if (person?.kind !== 'person' || surname.text === person.name) continue;
    const before = GIVEN_NAMES.exec(text.slice(Math.max(0, surname.start - 40), surname.start));
    if (!before) continue;
    const start = surname.start - before[0].length;
    const written = text.slice(start, surname.end);
    const hit = index.nearMisses.find(written);
    if (hit?.entityId === person.id && hit.name !== written)
      slips.set(surname, {
        start,
        end: surname.end,
        text: written,
        entityId: person.id,
        misspelled: true,
      });
  }
  if (slips.size === 0) return known;
  // (a known name inside the slipped run, a first name the data also knows, gives way)
  const runs = [...slips.values()];
  return known
    .map((k) => slips.get(k) ?? k)
    .filter((k) => runs.includes(k) || !runs.some((r) => overlaps(r, k)));
}

const overlaps = (a: NameMention, b: NameMention): boolean => a.start < b.end && b.start < a.end;

/** One or two capitalised words right before a surname, separated by single spaces. */
const GIVEN_NAMES = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? $/u;

/**
 * Capitalised words one slip from a person's surname said alone ("Slipsky's" for Selipsky), which
 * are misspellings only where the text names that person too (check-document.ts).
 */
export function surnameSlips(
  text: string,
  names: NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  const out: NameMention[] = [];
  for (const w of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?/gu)) {
    const written = w[0].replace(/['’]s$/, '');
    const start = w.index!;
    const end = start + written.length;
    if (names.some((n) => n.start < end && start < n.end) || index.names.has(written)) continue;
    const slip = index.nearMisses.findSurname(written);
    if (slip)
      out.push({
        start,
        end,
        text: written,
        entityId: slip.personId,
        misspelled: true,
        surname: slip.surname,
      });
  }
  return out;
}
