import type { NameMention } from './types';

/**
 * Short forms of names written in full before them. A name whose last word is a common noun for an
 * organisation ("OpenAI Foundation") may be written "the Foundation"; a company named as its own
 * word and "AI" or "Lab(s)" ("Scale AI", "Thinking Machines Lab") by that word alone ("Scale's
 * valuation"). Each short form stands for the last such name.
 */
export function withShortForms(
  known: Map<string, string> | undefined,
  names: NameMention[],
): Map<string, string> | undefined {
  let out = known;
  for (const n of names) {
    // every name of every block passes here on each check: most have no short form
    const head = shortFormOf(n.text);
    if (!head || out?.get(head) === n.entityId) continue;
    out = new Map(out);
    out.set(head, n.entityId);
  }
  return out;
}

/** The short form a name may be written as: "foundation" (in lower case), or the company's word. */
function shortFormOf(name: string): string | undefined {
  if (name.endsWith('Foundation')) return SHORT_FORM_HEAD.exec(name)?.[1]?.toLowerCase();
  if (!name.endsWith('AI') && !name.endsWith('Lab') && !name.endsWith('Labs')) return undefined;
  return COMPANY_HEAD.exec(name)?.[1];
}

/** The last word of a name that its short form keeps. */
const SHORT_FORM_HEAD = /\S\s+(Foundation)$/;
/** A short form in a sentence: "the Foundation", "the foundation's". */
const SHORT_FORM = /\bthe (foundation)\b/gi;
/** A company's own word or two before "AI" or "Lab(s)": "Scale" of "Scale AI". */
const COMPANY_HEAD = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:AI|Labs?)$/u;

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
  for (const [form, entityId] of shortForms) {
    const pattern = form === 'foundation' ? SHORT_FORM : companyWord(form);
    for (const m of sentence.matchAll(pattern)) {
      if (form !== 'foundation' && opensSentence(sentence, m.index!, m[0].length)) continue;
      const start = span.start + m.index!;
      out.push({ start, end: start + m[0].length, text: m[0], entityId, misspelled: false });
    }
  }
  return out;
}

/** A company's word standing alone as a name, not in its full name nor before "of" or a number. */
function companyWord(word: string): RegExp {
  let re = companyWords.get(word);
  if (!re) {
    re = new RegExp(
      String.raw`(?<![\p{L}\p{N}])${word}(?![\p{L}\p{N}])(?!\s+(?:AI|Labs?|of|\d)\b)`,
      'gu',
    );
    companyWords.set(word, re);
  }
  return re;
}
const companyWords = new Map<string, RegExp>();

/** The word opens the sentence and is no possessive: "Scale matters", not "Scale's valuation". */
function opensSentence(sentence: string, at: number, length: number): boolean {
  return (
    /^[\s*_#>"“(-]*$/.test(sentence.slice(0, at)) && !/^['’]s\b/.test(sentence.slice(at + length))
  );
}
