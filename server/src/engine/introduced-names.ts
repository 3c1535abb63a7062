import type { ReferenceIndex } from './reference/index';
import type { NameMention } from './types';
import { COMPANY_WORDS } from './short-forms';

/**
 * Companies named by their own word alone where the text says what they are: "Runway, a video AI
 * company", "AI cloud provider Lambda". The data names such companies in full ("Runway AI",
 * "Lambda Inc."), as their word alone is most often a dictionary word; a description beside it
 * makes it the company's name, and its short form for the rest of the text (short-forms.ts).
 * Returned with the names already `known`, in the text's order.
 */
export function withIntroducedNames(
  text: string,
  known: NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  const introduced = introducedNames(text, known, index);
  return introduced.length ? [...known, ...introduced].sort((a, b) => a.start - b.start) : known;
}

/**
 * The company names introduced in a text, where no known name stands: each company's word, found
 * where it is written (a handful of words, not every capitalised word of every block).
 */
function introducedNames(
  text: string,
  known: readonly NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  const out: NameMention[] = [];
  // (two words first: "Thinking Machines" before "Thinking")
  for (const [written, entityId] of companyHeads(index)) {
    for (let start = text.indexOf(written); start >= 0; start = text.indexOf(written, start + 1)) {
      const end = start + written.length;
      if (!EDGE_BEFORE.test(text.slice(start - 1, start)) || !EDGE_AFTER.test(text[end] ?? ''))
        continue;
      const overlaps = (n: NameMention): boolean => n.start < end && start < n.end;
      if (known.some(overlaps) || out.some(overlaps)) continue;
      if (!DESCRIBED_AFTER.test(text.slice(end)) && !DESCRIBED_BEFORE.test(text.slice(0, start)))
        continue;
      out.push({ start, end, text: written, entityId, misspelled: false, introduced: true });
    }
  }
  return out;
}

/** What may stand right before a word written whole, and after it, as a capitalised word ends. */
const EDGE_BEFORE = /^(?:|[^\p{L}\p{N}])$/u;
const EDGE_AFTER = /^(?:|[^\p{L}-])$/u;

/** A description after the word: ", a video AI company", ", the humanoid robot startup". */
const DESCRIBED_AFTER = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:company|startup|start-up|firm|maker` +
    String.raw`|developer|provider|lab|operator|unicorn|specialist)\b`,
  'i',
);
/** A description right before the word, in lower case: "AI cloud provider ", "robotics startup ". */
const DESCRIBED_BEFORE =
  /\b(?:startup|start-up|company|firm|maker|developer|provider|operator|unicorn|rival)\s+$/;

/**
 * The companies the data names in full by a word of their own and a suffix ("Runway AI", "Lambda
 * Inc."), by that word; not a word that is itself a known name, nor one two companies share.
 */
function companyHeads(index: ReferenceIndex): Map<string, string> {
  let heads = headsOf.get(index);
  if (heads) return heads;
  const found = new Map<string, string>();
  for (const e of index.dataset.entities) {
    if (e.kind !== 'company') continue;
    for (const form of [e.name, ...e.aliases]) {
      const head = SUFFIXED.exec(form)?.[1];
      if (!head || index.names.has(head)) continue;
      found.set(head, found.has(head) && found.get(head) !== e.id ? '' : e.id);
    }
  }
  // (longest first: a two-word name is found before its first word)
  heads = new Map([...found].filter(([, id]) => id !== '').sort(([a], [b]) => b.length - a.length));
  headsOf.set(index, heads);
  return heads;
}

const headsOf = new WeakMap<ReferenceIndex, Map<string, string>>();
/** A name of one or two capitalised words and a company's suffix: "Runway AI", "Lambda Inc.". */
const SUFFIXED = new RegExp(String.raw`^(${COMPANY_WORDS}),? (?:AI|Labs?|Inc\.?)$`, 'u');
