/**
 * Near misses of known names: spacing and case variants ("Open Ai", "Openai"), l/I confusions
 * ("OpenAl"), one slip of a letter ("Nvida", "Antropic", "Microsft", "Anthorpic") in names of
 * five letters or more, and two slips in names of nine or more that keep their first three letters
 * ("Sarah Fryer"). Lookups go through a table of one-letter deletions and a table by first
 * letters, so the cost of a lookup depends on the word, not on how many names there are.
 */

export interface NearMiss {
  entityId: string;
  /** the name as the data writes it */
  name: string;
  person: boolean;
  /**
   * the written word is itself a dictionary word one slip from the name ("Goggle", "Human" for
   * Humain): a misspelling only where the text names the entity or its kin as well
   */
  wordSlip?: true;
}

/** A person whose surname a word is one slip from, and that surname as the data writes it. */
export interface SurnameSlip {
  personId: string;
  surname: string;
}

/** Lower case, without spaces, hyphens, dots and apostrophes: "Open-AI's" -> "openais". */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[\s\-\u2010-\u2014.'’]/g, '');
}

const MIN_LENGTH = 5;
/** How many answers of `find` are kept before they are forgotten all at once. */
const MAX_ANSWERS = 50_000;
/**
 * Two slips are read as a misspelling only in long names, where another real name that close is
 * rare.
 */
export const TWO_EDITS_MIN_LENGTH = 9;
/** ...and only among names that begin with the same letters: writers rarely slip at the start. */
export const SAME_START = 3;

export class NearMissIndex {
  private readonly exact = new Map<string, NearMiss[]>();
  private readonly deletes = new Map<string, NearMiss[]>();
  private readonly longByStart = new Map<string, NearMiss[]>();
  private readonly common: Set<string>;
  /** people's surnames, by themselves and by each one-letter deletion of them (`norm`: normalized) */
  private readonly surnames = new Map<string, (SurnameSlip & { norm: string })[]>();
  /**
   * What `find` answered, by the text written (null for no entity): a draft writes the same
   * capitalized words again and again, and every one is looked up.
   */
  private readonly answers = new Map<string, NearMiss | null>();

  /**
   * `commonWords`: dictionary words two slips from a long name, which are never read as its
   * misspellings; words one slip from a word of a name of several words, which make such a name
   * written with them another name (`anotherWord`); and words one slip from a name of one word,
   * which are its misspelling only beside its kin (`wordSlip`).
   */
  constructor(commonWords: Iterable<string> = []) {
    this.common = new Set(commonWords);
  }

  /** `person`: a person's name, whose words may well be dictionary words ("Friar", "Cook"). */
  add(name: string, entityId: string, person = false): void {
    const norm = fold(normalizeName(name));
    if (norm.length < MIN_LENGTH) return;
    const entry = { entityId, name, person };
    this.answers.clear();
    push(this.exact, norm, entry);
    for (const d of deletionsOf(norm)) push(this.deletes, d, entry);
    if (norm.length >= TWO_EDITS_MIN_LENGTH)
      push(this.longByStart, norm.slice(0, SAME_START), entry);
  }

  /**
   * A person's surname said alone ("Selipsky"): its slips ("Slipsky") are read only where the
   * text names the person too (`findSurname`).
   */
  addSurname(surname: string, personId: string): void {
    const norm = normalizeName(surname);
    if (norm.length < MIN_LENGTH || /\s/.test(surname.trim())) return;
    const entry = { surname, personId, norm };
    for (const key of [norm, ...deletionsOf(norm)]) push(this.surnames, key, entry);
  }

  /**
   * The one person whose surname `written` (one word) is a slip of: one letter off, not the
   * surname itself, not a dictionary word ("German" is no Garman).
   */
  findSurname(written: string): SurnameSlip | undefined {
    const raw = normalizeName(written);
    if (raw.length < MIN_LENGTH || this.common.has(raw)) return undefined;
    const found = new Map<string, SurnameSlip>();
    for (const key of [raw, ...deletionsOf(raw)]) {
      for (const { surname, personId, norm } of this.surnames.get(key) ?? []) {
        if (norm === raw) return undefined;
        if (withinOneEdit(raw, norm)) found.set(personId, { surname, personId });
      }
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  }

  /**
   * The one entity whose name `written` nearly matches, if there is exactly one. `written` is a
   * word or two as they appear in the text.
   */
  find(written: string): NearMiss | undefined {
    const known = this.answers.get(written);
    if (known !== undefined) return known ?? undefined;
    const answer = this.lookUp(written);
    // a bound on what is kept: a server checks drafts for days
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    this.answers.set(written, answer ?? null);
    return answer;
  }

  private lookUp(written: string): NearMiss | undefined {
    const raw = normalizeName(written);
    if (raw.length < MIN_LENGTH) return undefined;
    const found = this.matches(raw);
    const [only] = found.size === 1 ? [...found.values()] : [];
    if (!only || (!only.person && anotherWord(written, only.name, this.common))) return undefined;
    if (only.person || /\s/.test(written.trim()) || !this.common.has(raw)) return only;
    // "Space" is no SpaceX: a word a name is made from, with letters added, is the word
    return fold(normalizeName(only.name)).startsWith(fold(raw))
      ? undefined
      : { ...only, wordSlip: true };
  }

  /** The entities whose names `raw` (normalized) matches: as written, by one slip, or by two. */
  private matches(raw: string): Map<string, NearMiss> {
    const norm = fold(raw);
    const found = new Map<string, NearMiss>();
    for (const e of this.exact.get(norm) ?? []) found.set(e.entityId, e);
    if (found.size === 0) {
      for (const key of [norm, ...deletionsOf(norm)]) {
        for (const e of this.deletes.get(key) ?? this.exact.get(key) ?? []) {
          if (withinOneEdit(norm, fold(normalizeName(e.name)))) found.set(e.entityId, e);
        }
      }
    }
    if (found.size === 0 && norm.length >= TWO_EDITS_MIN_LENGTH) {
      // two slips that land on a dictionary word are the word ("Anthropoid")
      const entries = this.common.has(raw)
        ? []
        : (this.longByStart.get(norm.slice(0, SAME_START)) ?? []);
      for (const e of entries) {
        const name = fold(normalizeName(e.name));
        // (a name cut short or run on by two letters is another word: "Macrohard" for a site
        // named MACROHARDRR, not a slip within the name)
        if (withinEdits(norm, name, 2) && !name.startsWith(norm) && !norm.startsWith(name))
          found.set(e.entityId, e);
      }
    }
    return found;
  }
}

/**
 * A name of several words written with one of its words changed into another dictionary word
 * ("Mega AI" for Meta AI) is another name: writers slip into non-words, or a plural, not into
 * other words. Not so for people: a surname slips into a word as easily ("Frier" for Friar).
 */
function anotherWord(written: string, name: string, common: ReadonlySet<string>): boolean {
  const ours = written.toLowerCase().split(/\s+/);
  const theirs = name.toLowerCase().split(/\s+/);
  return (
    ours.length > 1 &&
    ours.length === theirs.length &&
    ours.some((w, i) => w !== theirs[i] && common.has(w) && !inflected(w, theirs[i]))
  );
}

/** One word is the other with a plural ending: "Service" for "Services" is a slip, not a name. */
function inflected(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/** An l written for an I ("OpenAl") reads the same once both are folded to i. */
function fold(norm: string): string {
  return norm.replace(/l/g, 'i');
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau-Levenshtein distance of at most one: one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, swaps) of at most `max`.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false; // every alignment already costs more
    before = previous;
    previous = current;
  }
  return previous[b.length] <= max;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
