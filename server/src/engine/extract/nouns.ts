/** The singular of a lower-case English plural noun, as counted nouns need it ("gpus" -> "gpu"). */
export function singular(w: string): string {
  if (w === 'people') return 'person';
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Nouns a count can be of, in the singular, lower case. */
const COUNTED = new Set([
  'share',
  'chip',
  'gpu',
  'tpu',
  'accelerator',
  'processor',
  'cpu',
  'user',
  'home',
  'household',
  'customer',
  'subscriber',
  'employee',
  'job',
  'worker',
  'server',
  'transistor',
  'token',
  'developer',
  'business',
  'building',
  'site',
  'acre',
  'person',
  'h100',
  'h200',
  'gb200',
  'gb300',
  'b200',
]);

/** Looks at up to four words after a number for the noun it counts ("25 million U.S. homes"). */
export function countedNoun(text: string, from: number): string | undefined {
  // the noun follows within a short phrase; a comma or "and" ends the phrase ("three clouds,
  // several chips"),
  // and "per" starts a rate's unit ("2.52 PF per chip" counts no chips): the phrase is found by
  // one search, not by splitting the whole stretch of which only the first piece is read
  // a count joined to its noun as one word: "a 1,200-acre campus", "a 500-employee firm" (not a
  // machine's make-up: a "16-chip instance" counts no chips anyone has)
  const joined = /^[-\u2010\u2011](\p{L}+)/u.exec(text.slice(from, from + 30))?.[1];
  const joinedNoun = joined && singular(joined.toLowerCase());
  if (joinedNoun && JOINED_COUNTS.has(joinedNoun)) return joinedNoun;
  const stretch = text.slice(from, from + 80);
  const cut = stretch.search(PHRASE_END);
  const phrase = cut < 0 ? stretch : stretch.slice(0, cut);
  const words =
    phrase
      .match(/^(?:\s+(?:of\s+)?[\p{L}\p{N}.'’-]+){1,4}/u)?.[0]
      .trim()
      .split(/\s+/) ?? [];
  for (const [i, raw] of words.entries()) {
    const w = singular(
      raw
        .replace(/['’]s$/, '')
        .replace(/[.,;:]+$/, '')
        .toLowerCase(),
    );
    if (!COUNTED.has(w)) continue;
    // "three chip vendors", "two GPU makers": the counted word only qualifies what is counted
    const next = words[i + 1] && singular(words[i + 1].replace(/[.,;:]+$/, '').toLowerCase());
    return next && QUALIFIED.has(next) ? undefined : w;
  }
  return undefined;
}

/** Counted nouns a count may be joined to by a hyphen: an area, a workforce, homes. */
const JOINED_COUNTS = new Set(['acre', 'employee', 'worker', 'job', 'home', 'household']);

/** What ends the phrase after a number that may name what it counts. */
const PHRASE_END = /[,;:()]|\s(?:and|or|but|with|in|for|to|from|at|by|per)\s/;

/** Nouns a counted word can qualify ("chip vendors"): then the count is of these, not of chips. */
const QUALIFIED = new Set([
  'vendor',
  'maker',
  'supplier',
  'company',
  'firm',
  'designer',
  'startup',
  'manufacturer',
  'provider',
  'partner',
  'buyer',
  'seller',
  'deal',
  'contract',
  'order',
  'family',
  'generation',
  'architecture',
  'design',
  'line',
  'type',
  'model',
  'platform',
  'rival',
  'competitor',
  'giant',
  'stock',
  'fab',
  'foundry',
]);
