import { MONTH_NAMES, yearOf } from '../reference/dates';
import { currencySign } from '../extract/amounts';
import type { ReferenceIndex } from '../reference/index';
import type { Fact, RefValue, Source } from '../reference/types';

/** A reference value in plain words: "$38 billion", "7 years", "30 GW", "160 million shares". */
export function describeValue(v: RefValue): string {
  const one = (n: number): string => describePoint(v, n);
  // a range that reads the same at both ends ("2021" for all of 2021) is written once
  let text =
    v.min === v.max || one(v.min) === one(v.max) ? one(v.min) : range(one(v.min), one(v.max));
  // the counted noun as the data writes it ("GPUs"); a unit symbol (GB) takes no plural
  if (v.dim === 'count' && v.unit)
    text += ` ${v.noun ?? `${v.unit}${v.max === 1 || /^[A-Z]+$/.test(v.unit) ? '' : 's'}`}`;
  if (v.bound === 'at-least') text = `more than ${text}`;
  else if (v.bound === 'at-most') text = `up to ${text}`;
  else if (v.approx) text = `about ${text}`;
  return text;
}

/** "4 to 5 million", not "4 million to 5 million": a scale word both ends share is written once. */
function range(low: string, high: string): string {
  const scale = / (?:thousand|million|billion|trillion)$/.exec(high)?.[0];
  return `${scale && low.endsWith(scale) ? low.slice(0, -scale.length) : low} to ${high}`;
}

/** Currencies the press writes as a word after the amount: "31.7 billion yuan". */
const CURRENCY_WORD: Record<string, string> = { CNY: 'yuan' };

function describePoint(v: RefValue, n: number): string {
  switch (v.dim) {
    case 'money': {
      const code = v.unit ?? 'USD';
      const word = CURRENCY_WORD[code];
      if (word) return `${scaled(n)} ${word}`;
      return (currencySign(code) ?? `${code} `) + scaled(n);
    }
    case 'duration':
      if (v.unit === 'day') return plural(Math.round(n * 30.4375), 'day');
      return n % 12 === 0 ? plural(n / 12, 'year') : plural(n, 'month');
    case 'power':
      return n >= 1e9 ? `${trim(n / 1e9)} GW` : n >= 1e6 ? `${trim(n / 1e6)} MW` : `${trim(n)} W`;
    case 'percent':
      return `${trim(n)}%`;
    case 'count':
      return scaled(n);
    case 'date':
      return describeDay(n, v.unit);
    case 'ordinal':
      return `#${n}`;
    case 'multiple':
      return `${trim(n)}x`;
  }
}

function describeDay(day: number, precision: string | undefined): string {
  const d = new Date(day * 86_400_000);
  if (precision === 'year') return String(yearOf(day));
  if (precision === 'month') return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function scaled(n: number): string {
  for (const [word, scale] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    if (Math.abs(n) >= scale) return `${trim(n / scale)} ${word}`;
  }
  return Math.abs(n) >= 10_000 ? trim(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : trim(n);
}

function trim(n: number): string {
  return String(Number(n.toPrecision(10)));
}

function plural(n: number, unit: string): string {
  return `${trim(n)} ${unit}${n === 1 ? '' : 's'}`;
}

const PROPERTY_LABELS: Record<string, string> = {
  value: 'value',
  term: 'term',
  capacity: 'capacity',
  chips: 'chip count',
  valuation: 'valuation',
  raised: 'amount raised',
  investment: 'investment',
  stake: 'stake',
  revenue: 'revenue',
  'run-rate': 'annualized revenue run rate',
  users: 'user count',
  customers: 'customer count',
  shares: 'share count',
  capex: 'capital spending',
  backlog: 'backlog',
  'market-cap': 'market value',
  spend: 'planned spending',
  price: 'price',
  announced: 'announcement date',
  founded: 'founding date',
  start: 'start',
  deployment: 'deployment date',
  homes: 'equivalent in homes',
  'rights-end': 'end of the rights',
  'exclusivity-end': 'end of the exclusivity',
  end: 'end date',
  'build-time': 'build time',
  'site-area': 'site area',
  buildings: 'building count',
};

/** "the term of the OpenAI–AWS cloud agreement (2025)" */
export function describeFactSubject(fact: Fact, index: ReferenceIndex): string {
  const subject = index.entity(fact.subject)?.name ?? fact.subject;
  const label = PROPERTY_LABELS[fact.property] ?? fact.property.replace(/-/g, ' ');
  // (a rate of an amount is its growth: "the revenue growth of Nvidia is 62%")
  const growth = fact.value.dim === 'percent' && AMOUNTS.has(fact.property) ? ' growth' : '';
  return `the ${label}${growth} of ${subject}`;
}

/** Properties measured as amounts of money, whose value in percent is a rate of change. */
const AMOUNTS = new Set([
  'revenue',
  'run-rate',
  'capex',
  'backlog',
  'net-income',
  'operating-income',
  'adjusted-net-income',
  'adjusted-operating-income',
]);

/** "Particle, 3 Nov 2025": who published the source, as a reader knows them, and when. */
/** " (Reuters, 3 Nov 2025)" after a message's claim, or nothing when there is no source. */
export function sourceNote(s: Source | undefined): string {
  return s ? ` (${describeSource(s)})` : '';
}

export function describeSource(s: Source): string {
  const label = publisherLabel(s.publisher);
  return s.date ? `${label}, ${shortDate(s.date)}` : label;
}

/**
 * A publisher as a reader knows it. The data records how a page was read ("Reuters (via
 * AnyFans)", "Nasdaq / RTTNews", "The Verge (proxy copy)", "PANews (citing WSJ)"); a message names
 * just the outlet whose report it is. The hover card keeps the whole record.
 */
export function publisherLabel(publisher: string): string {
  return (
    publisher
      .replace(/\s*\([^)]*\)/g, '')
      .split(' / ')
      .pop()!
      .trim() || publisher
  );
}

const SHORT_MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "2025-11-03" as "3 Nov 2025", "2025-11" as "Nov 2025"; a year stays as it is. */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month ? SHORT_MONTHS[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
