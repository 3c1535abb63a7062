import type { NameMention } from './types';

/**
 * Short forms of names written in full before them. A name whose last word is a common noun for an
 * organisation ("OpenAI Foundation") may be written "the Foundation"; a company named as its own
 * word and "AI" or "Lab(s)" ("Scale AI", "Thinking Machines Lab") by that word alone ("Scale's
 * valuation"); a person by their surname ("Maestri"). Each short form stands for the last such
 * name, but a surname two people share stands for neither.
 */
export function withShortForms(
  known: Map<string, string> | undefined,
  names: NameMention[],
): Map<string, string> | undefined {
  let out = known;
  for (const n of names) {
    // every name of every block passes here on each check: most have no short form
    const head = shortFormOf(n);
    if (!head || out?.get(head) === n.entityId || out?.get(head) === AMBIGUOUS) continue;
    out = new Map(out);
    // (a surname two people named in full share stands for neither)
    out.set(head, n.person && out.has(head) ? AMBIGUOUS : n.entityId);
  }
  return out;
}

/** What a surname two people of the document share stands for: no one. */
const AMBIGUOUS = '';
/** Before a surname in the short forms, which are keyed by the words they are written as. */
const PERSON = 'person:';

/**
 * The short form a name may be written as: "foundation" (in lower case), the company's word, or
 * a person's surname.
 */
function shortFormOf(n: NameMention): string | undefined {
  const name = n.text;
  if (n.person) {
    const surname = SURNAME.exec(name)?.[1];
    return surname && `${PERSON}${surname}`;
  }
  if (name.endsWith('Foundation')) return SHORT_FORM_HEAD.exec(name)?.[1]?.toLowerCase();
  // (a company's word introduced alone, "Runway, a video AI company", is its short form)
  if (n.introduced) return name;
  if (!name.endsWith('AI') && !name.endsWith('Lab') && !name.endsWith('Labs')) return undefined;
  return COMPANY_HEAD.exec(name)?.[1];
}

/** The last word of a name that its short form keeps. */
const SHORT_FORM_HEAD = /\S\s+(Foundation)$/;
/** A short form in a sentence: "the Foundation", "the foundation's". */
const SHORT_FORM = /\bthe (foundation)\b/gi;
/** The last word of a person's name written in full: "Maestri" of "Luca Maestri". */
const SURNAME = /^\p{Lu}[\p{L}.-]*\s+(?:\p{Lu}[\p{L}.-]*\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u;
/** A company's own word or two, capitalised: "Scale", "Thinking Machines". */
export const COMPANY_WORDS = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?`;
/** A company's own word or two before "AI" or "Lab(s)": "Scale" of "Scale AI". */
const COMPANY_HEAD = new RegExp(String.raw`^(${COMPANY_WORDS}) (?:AI|Labs?)$`, 'u');

/**
 * The short forms of names written before ("the Foundation", "Scale") in a sentence, as names of
 * what they stand for. A company's word alone counts where it is written as a name: not opening
 * the sentence (where any word is capitalised) unless as a possessive, and not before "of" or a
 * number ("Figure 2").
 */
export function shortFormsIn(
  text: string,
  span: { start: number; end: number },
  shortForms: Map<string, string> | undefined,
): NameMention[] {
  if (!shortForms?.size) return [];
  const out: NameMention[] = [];
  const sentence = text.slice(span.start, span.end);
  const push = (at: number, written: string, entityId: string): void => {
    const start = span.start + at;
    out.push({ start, end: start + written.length, text: written, entityId, misspelled: false });
  };
  const foundation = shortForms.get('foundation');
  if (foundation) for (const m of sentence.matchAll(SHORT_FORM)) push(m.index!, m[0], foundation);
  if (shortForms.size === (foundation === undefined ? 0 : 1)) return out;
  // one pass over the sentence's capitalised words, each looked up, not one search per form
  for (const m of sentence.matchAll(CAPITALISED)) {
    const at = m.index!;
    const form = companyFormAt(sentence, m, shortForms);
    if (form) push(at, form.written, form.entityId);
    else {
      const person = shortForms.get(`${PERSON}${m[1]}`);
      if (person && surnameAlone(sentence, at, m[1].length)) push(at, m[1], person);
    }
  }
  return out;
}

/** A capitalised word, and (looked ahead at) the capitalised word after it if any. */
const CAPITALISED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*)(?=(\s+\p{Lu}[\p{L}-]*)?)/gu;

/**
 * A company's word (or two) standing alone as its name at a capitalised word: not in its full name
 * nor before "of" or a number, nor opening the sentence but as a possessive.
 */
function companyFormAt(
  sentence: string,
  m: RegExpMatchArray,
  shortForms: Map<string, string>,
): { written: string; entityId: string } | undefined {
  const at = m.index!;
  const two = m[2] === undefined ? undefined : `${m[1]} ${m[2].trim()}`;
  const pair = two !== undefined && shortForms.has(two);
  const written = pair ? sentence.slice(at, at + m[1].length + m[2].length) : m[1];
  const entityId = shortForms.get(pair ? two : m[1]);
  if (!entityId || entityId === AMBIGUOUS) return undefined;
  if (NOT_ALONE_AFTER.test(sentence.slice(at + written.length))) return undefined;
  if (opensSentence(sentence, at, written.length)) return undefined;
  return { written, entityId };
}
/** After a company's word: the rest of its full name, "of" or a number ("Figure 2"). */
const NOT_ALONE_AFTER = /^\s+(?:AI|Labs?|of|\d)\b/;

/**
 * A surname standing alone: not after or before another capitalised word (a name of someone
 * else); it may open the sentence ("Maestri, 60, ...").
 */
function surnameAlone(sentence: string, at: number, length: number): boolean {
  return (
    !/\p{Lu}[\p{L}.-]*\s$/u.test(sentence.slice(Math.max(0, at - 30), at)) &&
    !/^\s+\p{Lu}/u.test(sentence.slice(at + length))
  );
}

/**
 * The word opens the sentence and is no possessive, nor set off by an aside on it: "Scale
 * matters", not "Scale's valuation" or "Reflection, founded in 2024, ...".
 */
function opensSentence(sentence: string, at: number, length: number): boolean {
  const after = sentence.slice(at + length);
  return (
    /^[\s*_#>"“(-]*$/.test(sentence.slice(0, at)) &&
    !/^['’]s\b/.test(after) &&
    !NAMED_BY_ASIDE.test(after)
  );
}
/** An aside that says what a name is: ", founded in ...", ", a startup ...", ", which ...". */
const NAMED_BY_ASIDE =
  /^,\s+(?:a|an|the|which|who|founded|co-founded|based|backed|led|headquartered|now|once)\s/;
