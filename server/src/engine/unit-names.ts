import type { ReferenceIndex } from './reference/index';
import type { NameMention } from './types';

/**
 * A company's unit named by what it does: "Amazon's cloud unit" is AWS, "Alphabet's cloud
 * business" Google Cloud. Where the data says what line of business a unit is (`unit_words`), the
 * phrase is a mention of the unit in place of its owner's name, so that the figure it governs is
 * weighed against the unit's facts, not the whole company's.
 */
export function withUnitNames(
  text: string,
  names: NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // most names own no unit of the data's: nothing to read after them (and a misspelt owner
    // stays a name, to be flagged)
    const units = n.misspelled ? NO_UNITS : index.unitsUnder(n.entityId);
    if (units.length === 0) continue;
    const said = UNIT_PHRASE.exec(text.slice(n.end, n.end + 60));
    if (!said) continue;
    const words = said[1].replace(/-/g, ' ');
    const meant = units.filter((u) => u.unitWords?.includes(words));
    // (two units of the same line are no one unit)
    if (meant.length !== 1) continue;
    out ??= [...names];
    const end = n.end + said[0].length;
    out[i] = { ...n, end, text: text.slice(n.start, end), entityId: meant[0].id };
  }
  return out ?? names;
}

const NO_UNITS: readonly never[] = [];

/** After a name: a possessive, up to three words of a line of business, a noun of a part. */
const UNIT_PHRASE =
  /^['’]s\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:unit|arm|business|division|subsidiary)\b/;
