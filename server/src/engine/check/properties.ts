import { PROPERTIES } from '../reference/properties';
import type { Dimension } from '../reference/types';

/**
 * Words that point a figure at a property. A fact's own `cues` add to these. Matching is on whole
 * words, case-insensitive, and a trailing "s"/"ed"/"ing" is allowed ("invest", "invested") unless
 * the word starts with "=" ("=value" is not "valued", which speaks of a valuation).
 */
export const PROPERTY_CUES: Record<string, string[]> = {
  value: [
    'deal',
    'agreement',
    'contract',
    'pact',
    'commitment',
    'worth',
    '=value',
    'partnership',
    'joint venture',
    'lease',
    'arrangement',
    'order',
    'of compute',
    'of computing',
    'pay',
    'pays',
    'paying',
  ],
  term: [
    'deal',
    'agreement',
    'contract',
    'pact',
    'partnership',
    'lease',
    'commitment',
    'term',
    'over',
    'through',
  ],
  capacity: [
    'capacity',
    'gigawatt',
    'megawatt',
    'power',
    'compute',
    'computing',
    'data center',
    'data centre',
  ],
  chips: ['chip', 'gpu', 'tpu', 'accelerator', 'processor'],
  'operating-income': ['operating income', 'operating profit'],
  'operating-loss': ['operating loss'],
  'net-income': ['net income', 'net profit', 'net earnings', 'earned'],
  'net-loss': ['net loss'],
  'adjusted-net-income': ['non-GAAP net income', 'adjusted net income', 'adjusted earnings'],
  'adjusted-operating-income': ['non-GAAP operating income', 'adjusted operating income'],
  valuation: [
    'valuation',
    'valued',
    'value',
    'valuing',
    'valuable',
    'worth',
    'post-money',
    'pre-money',
    'price tag',
  ],
  raised: [
    'raise',
    'raised',
    'round',
    'funding',
    'series',
    'financing',
    'share sale',
    'investment',
    'tender',
    'secondary',
  ],
  investment: [
    'invest',
    'invested',
    'investment',
    'stake',
    'backing',
    'backed',
    'pour',
    'poured',
    'put',
    'funding',
    'tranche',
    'injection',
    'infusion',
  ],
  stake: ['stake', 'own', 'owns', 'holds', 'holding', 'equity'],
  revenue: ['revenue', 'sales', 'turnover'],
  'run-rate': ['run rate', 'run-rate', 'annualized', 'annualised', 'arr', 'annual recurring'],
  users: ['user', 'weekly', 'active', 'wau', 'mau'],
  customers: ['customer', 'client', 'businesses', 'subscriber', 'account'],
  shares: ['share', 'warrant'],
  capex: [
    'capex',
    'capital expenditure',
    'capital spending',
    'capital projects',
    'spend',
    'spending',
    'infrastructure spending',
  ],
  backlog: ['backlog', 'remaining performance obligation', 'rpo', 'order book'],
  'market-cap': [
    'market cap',
    'market capitalization',
    'market capitalisation',
    'market value',
    'valued',
    'worth',
  ],
  spend: ['spend', 'spending', 'plan', 'commit', 'commitment', 'invest', 'investment', 'build'],
  price: ['price', 'priced', 'per share', 'a share'],
  // timelines write in the present ("Nvidia and OpenAI sign ..."), so base forms are cues too
  announced: [
    'announce',
    'announced',
    'sign',
    'signed',
    'unveil',
    'unveiled',
    'strike',
    'struck',
    'reached',
    'ink',
    'inked',
    'agree',
    'agreed',
    'filed',
    'submitted',
    'launched',
    'completed',
    'closed',
    'finalised',
    'finalized',
    'dated',
  ],
  founded: [
    'found',
    'founded',
    'co-founded',
    'cofounded',
    'launch',
    'launched',
    'started',
    'established',
    'created',
    'incorporated',
    'born',
  ],
  start: ['began', 'begin', 'start', 'started', 'starting', 'since', 'first', 'from'],
  deployment: [
    'online',
    'go live',
    'goes live',
    'going live',
    'went live',
    'deploy',
    'deployed',
    'deployment',
    'delivered',
    'operational',
    'available',
    'by the end',
    'due',
    'ship',
    'shipping',
    'shipments',
    'deliveries',
    'rollout',
    'roll out',
    'rolled out',
    'phased',
  ],
  // when rights or an exclusive arrangement end: "rights ... run through 2032", "exclusivity ended
  // in January 2025"
  'rights-end': ['rights', 'IP rights', 'licence', 'license'],
  'exclusivity-end': ['exclusive', 'exclusivity'],
  // when a contract runs out: "running through 2032", "until December 2031"
  end: ['through', 'until', 'runs to', 'expires', 'ends', 'ending'],
  homes: ['home', 'household'],
  // how long something took to build: "built in 122 days" (not "took", which times anything)
  'build-time': ['built', 'build', 'construction', 'constructed'],
  transistors: ['transistor'],
  memory: ['memory', 'hbm'],
  generation: ['generation'],
  performance: ['flops', 'petaflops', 'exaflops', 'performance', 'compute'],
  headcount: ['employee', 'staff', 'worker', 'job', 'headcount'],
  // not a bare "up" or "down": "Microsoft ends up with about 27%" is no share move
  'share-move': [
    'share',
    'stock',
    'rose',
    'jumped',
    'fell',
    'gained',
    'climbed',
    'surged',
    'up by',
    'down by',
  ],
  'market-share': ['market share', 'share of the market', 'cloud market'],
};

/** Properties whose value changes over time: a figure binds to the one whose date fits the text. */
export const TIME_VARYING: ReadonlySet<string> = new Set(
  Object.keys(PROPERTIES).filter((p) => PROPERTIES[p].timeVarying),
);

/** Which dimensions a property's value can have, to rule out impossible pairings early. */
export const PROPERTY_DIMENSIONS: Partial<Record<string, Dimension[]>> = Object.fromEntries(
  Object.entries(PROPERTIES).flatMap(([p, info]) =>
    info.dimensions ? [[p, info.dimensions]] : [],
  ),
);

/**
 * Counted nouns that name the same kind of thing: only these, so "subscribers" are never
 * "customers".
 */
const NOUN_CLASSES: string[][] = [
  ['chip', 'gpu', 'tpu', 'accelerator', 'processor', 'h100', 'h200', 'gb200', 'gb300', 'b200'],
  ['home', 'household'],
  // "reaches 800 million people every week" counts the same as weekly users
  ['user', 'person'],
];

export function nounsAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  // "Trainium2 chip" and "chip" agree: the head noun is the last word
  const head = (n: string): string => n.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
  const x = head(a);
  const y = head(b);
  if (x === y) return true;
  return NOUN_CLASSES.some((cls) => cls.includes(x) && cls.includes(y));
}

/**
 * A fact's word that makes it a total of several parts ("combined", "in all"): only a sum binds to
 * it.
 */
export const TOTAL_CUE = /total|combined|together|overall|in all|cumulative|to date|so far/i;
