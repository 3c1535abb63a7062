import type { NameMention } from './types';

/**
 * A name whose last word is a common noun for an organisation ("OpenAI Foundation") may be
 * written short after it ("the Foundation"): the short form stands for the last such name.
 */
export function withShortForms(
  known: Map<string, string> | undefined,
  names: NameMention[],
): Map<string, string> | undefined {
  let out = known;
  for (const n of names) {
    // every name of every block passes here on each check: most end otherwise
    if (!n.text.endsWith('Foundation')) continue;
    const head = SHORT_FORM_HEAD.exec(n.text)?.[1]?.toLowerCase();
    if (!head || out?.get(head) === n.entityId) continue;
    out = new Map(out);
    out.set(head, n.entityId);
  }
  return out;
}

/** The last word of a name that its short form keeps. */
const SHORT_FORM_HEAD = /\S\s+(Foundation)$/;
/** A short form in a sentence: "the Foundation", "the foundation's". */
const SHORT_FORM = /\bthe (foundation)\b/gi;

/**
 * The short forms of names written before ("the Foundation") in a sentence, as names of what they
 * stand for.
 */
export function shortFormsIn(
  text: string,
  span: { start: number; end: number },
  shortForms: Map<string, string> | undefined,
): NameMention[] {
  if (!shortForms?.size) return [];
  const out: NameMention[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(SHORT_FORM)) {
    const entityId = shortForms.get(m[1].toLowerCase());
    const start = span.start + m.index!;
    if (entityId)
      out.push({ start, end: start + m[0].length, text: m[0], entityId, misspelled: false });
  }
  return out;
}
