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

/** The company names introduced in a text, where no known name stands. */
function introducedNames(
  text: string,
  known: readonly NameMention[],
  index: ReferenceIndex,
): NameMention[] {
  const heads = companyHeads(index);
  if (heads.size === 0) return [];
  const out: NameMention[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const start = m.index!;
    // (two words first: "Thinking Machines" before "Thinking")
    const written = [m[0], m[1]].find((w) => heads.get(w));
    if (!written) continue;
    const end = start + written.length;
    if (known.some((n) => n.start < end && start < n.end)) continue;
    if (!DESCRIBED_AFTER.test(text.slice(end)) && !DESCRIBED_BEFORE.test(text.slice(0, start)))
      continue;
    const entityId = heads.get(written)!;
    out.push({ start, end, text: written, entityId, misspelled: false, introduced: true });
  }
  return out;
}

/** A capitalised word and, when one follows, the two together ("Thinking Machines"). */
const CAPITALISED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+)(?:\s\p{Lu}[\p{L}-]+)?/gu;

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
  heads = new Map([...found].filter(([, id]) => id !== ''));
  headsOf.set(index, heads);
  return heads;
}

const headsOf = new WeakMap<ReferenceIndex, Map<string, string>>();
/** A name of one or two capitalised words and a company's suffix: "Runway AI", "Lambda Inc.". */
const SUFFIXED = new RegExp(String.raw`^(${COMPANY_WORDS}),? (?:AI|Labs?|Inc\.?)$`, 'u');
