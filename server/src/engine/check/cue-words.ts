import { DataMemo } from '../memo';
import type { ReferenceIndex } from '../reference/index';
import type { Entity, Fact } from '../reference/types';
import { PROPERTY_CUES } from './properties';

// The cue words the data gives facts and subjects: what a figure's words are read against
// (cues.ts).

// What depends on the data alone is the same for every figure: worked out once per index.
const ownCues = new DataMemo<string[]>();
const cueWords = new DataMemo<FactCueWords>();
const eventWordsBySubject = new DataMemo<Map<string, string[]>>();
const evoking = new DataMemo<string[]>();

/** Cue words that say nothing about a property on their own, whatever a data file lists. */
const WEAK_CUES = new Set([
  'up to',
  'about',
  'more than',
  'over',
  'on',
  'in',
  'at',
  'the',
  'and',
  'of',
  'by',
  'new',
  'this year',
  'before',
  'after',
  'previously',
  'earlier',
  'later',
  'now',
  'then',
  'recent',
  'latest',
  'current',
  'currently',
  'today',
]);

/**
 * A cue that is the name of a company, person or fund: it names who took part, not what a figure
 * is.
 */
function namesParty(cue: string, index: ReferenceIndex): boolean {
  const m = index.names.findAll(cue)[0];
  if (!m || m.start !== 0 || m.end !== cue.length) return false;
  return m.entries.some((e) =>
    ['company', 'person', 'fund', 'organization'].includes(index.entity(e.entityId)?.kind ?? ''),
  );
}

/**
 * A fact's own cues that are worth reading: not generic, not a bare number (dates are read as
 * dates), not a name (names bind subjects; "led by Thrive" says nothing about which figure).
 */
export function ownCuesOf(fact: Fact, index: ReferenceIndex): string[] {
  return ownCues.get(index, fact.id, () =>
    fact.cues.filter(
      (c) =>
        c.length > 2 &&
        !WEAK_CUES.has(c.toLowerCase()) &&
        // (the property's own name is every value's of it, listed or not: "backlog" on one
        // quarter's backlog is no word of that quarter's)
        c.toLowerCase() !== fact.property.replace(/-/g, ' ') &&
        !/^\d+$/.test(c) &&
        !namesParty(c, index) &&
        !/^(?:hundred|thousand|million|billion|trillion)s?$/i.test(c),
    ),
  );
}

/** Words of a period's length, said of every period of its kind. */
const PERIOD_LENGTH =
  /^(?:full[- ]year|(?:fiscal |calendar )?year|annual|yearly|quarter(?:ly)?|half[- ]year)$/i;

/**
 * For each date of a subject's facts, the cue words its facts have and the subject's facts of other
 * dates lack. Not a period's length: "full-year" is the word of every year's outlook, though the
 * data may list it on one.
 */
export function eventWords(subject: string, index: ReferenceIndex): Map<string, string[]> {
  return eventWordsBySubject.get(index, subject, () => {
    const cuesAt = new Map<string, Set<string>>();
    for (const f of index.factsAbout(subject)) {
      const set = cuesAt.get(f.asOf) ?? new Set<string>();
      for (const c of ownCuesOf(f, index)) set.add(c.toLowerCase());
      cuesAt.set(f.asOf, set);
    }
    const words = new Map<string, string[]>();
    for (const [asOf, cues] of cuesAt) {
      words.set(
        asOf,
        sharedList(
          index,
          [...cues].filter(
            (c) =>
              !PERIOD_LENGTH.test(c) &&
              ![...cuesAt].some(([other, set]) => other !== asOf && set.has(c)),
          ),
        ),
      );
    }
    return words;
  });
}

const sharedLists = new DataMemo<string[]>();

/**
 * One array for each list of words: the search remembers its answers by a list's identity
 * (cue-search.ts), so facts whose lists hold the same words (a property's, most often, with no
 * words of their own) share the answers for a sentence instead of searching it again.
 */
function sharedList(index: ReferenceIndex, words: string[]): string[] {
  return sharedLists.get(index, words.join('\n'), () => words);
}

/**
 * The words that evoke a subject: those the data attaches to any of its facts, and what its names
 * say beyond its party's ("IPO" in "CoreWeave's IPO", with the long form of an abbreviation,
 * "initial public offering"). Worked out once per subject: binding asks for every figure.
 */
export function evokingWords(subject: Entity, index: ReferenceIndex): string[] {
  return evoking.get(index, subject.id, () => [
    ...index.factsAbout(subject.id).flatMap((f) => ownCuesOf(f, index)),
    ...nameWordsOf(subject, index),
  ]);
}

/** What a one-party subject's names say beyond its party's: "IPO" in "CoreWeave's IPO". */
function nameWordsOf(subject: Entity, index: ReferenceIndex): string[] {
  const parties = (subject.parties ?? [])
    .flatMap((id) => {
      const party = index.entity(id);
      return party ? [party.name, ...(party.aliases ?? [])] : [];
    })
    .sort((a, b) => b.length - a.length);
  const out = new Set<string>();
  for (const name of [subject.name, ...(subject.aliases ?? [])]) {
    const plain = name.replace(/\s*\([^)]*\)$/, '').toLowerCase();
    const party = parties.find(
      (p) => plain.startsWith(`${p.toLowerCase()} `) || plain.startsWith(`${p.toLowerCase()}'s `),
    );
    if (!party) continue;
    const rest = plain.slice(party.length).replace(/^'s/, '').trim();
    if (rest) out.add(rest);
  }
  for (const word of [...out]) for (const long of LONG_FORMS[word] ?? []) out.add(long);
  return [...out];
}

/** Abbreviations a subject's name uses, and what they stand for. */
const LONG_FORMS: Readonly<Record<string, readonly string[]>> = {
  ipo: ['initial public offering'],
};

/** The cue words of a fact, read against the other facts of its subject. */
export interface FactCueWords {
  /** the property's cue words and the fact's own */
  words: string[];
  /** the fact's own words that none of the subject's other facts has */
  distinctive: string[];
  /**
   * the subject's other facts of the same property, time and kind of value, told apart only by
   * their words
   */
  sameTime: Fact[];
}

/**
 * A fact's cue words: its property's and its own, those of its own that no sibling fact has, and
 * its siblings of the same time.
 */
export function cueWordsOf(fact: Fact, index: ReferenceIndex): FactCueWords {
  return cueWords.get(index, fact.id, () => {
    const own = ownCuesOf(fact, index);
    const others = index.factsAbout(fact.subject).filter((f) => f !== fact);
    const siblings = new Set(
      others.flatMap((f) => ownCuesOf(f, index).map((c) => c.toLowerCase())),
    );
    return {
      words: sharedList(index, [...(PROPERTY_CUES[fact.property] ?? []), ...own]),
      distinctive: sharedList(
        index,
        own.filter((c) => !siblings.has(c.toLowerCase())),
      ),
      sameTime: others.filter(
        (f) =>
          f.property === fact.property && f.asOf === fact.asOf && f.value.dim === fact.value.dim,
      ),
    };
  });
}
