import type { Dimension, PeriodLength } from './types';

/**
 * The property registry: every property a fact can have, in one table. The loader rejects a fact
 * whose property is not here (data/parse.ts); the checker's own tables (cue words, measures that
 * exclude a property) are keyed by it, and a test holds them to it.
 */
export interface PropertyInfo {
  /** what the value is, as the data guide says it */
  summary: string;
  /** the dimensions its value can have; any when absent */
  dimensions?: Dimension[];
  /** its value changes over time: a figure binds to the value whose date fits the text */
  timeVarying?: true;
  /**
   * a result summed over a period (a quarter's revenue): such a fact may say its period, and a
   * figure of another length of period is not its figure
   */
  periodSum?: true;
  /** held for hover cards and the audit; the checker does not judge figures against it yet */
  heldOnly?: true;
  /**
   * judged only where the figure's own clause names the measure ("net income of"): a company's
   * profit lines sit in sentences full of other profits (adjusted, per share, a segment's), and no
   * other word says which a figure is
   */
  namedOnly?: true;
}

const DATE: Dimension[] = ['date'];
/** A profit or loss line of a period's results. */
const NAMED_RESULT = { timeVarying: true, periodSum: true, namedOnly: true } as const;

export const PROPERTIES: Readonly<Record<string, PropertyInfo>> = {
  value: { summary: 'what a deal is worth' },
  term: { summary: 'how long a deal runs', dimensions: ['duration'] },
  capacity: { summary: "a site's or a deal's power", dimensions: ['power'] },
  chips: { summary: 'a count of chips', timeVarying: true },
  valuation: { summary: "a company's valuation", timeVarying: true },
  raised: { summary: "a round's size", timeVarying: true },
  investment: { summary: "money put in by the subject's first party", timeVarying: true },
  stake: { summary: 'a percentage held', timeVarying: true },
  revenue: { summary: 'revenue over a period', timeVarying: true, periodSum: true },
  'run-rate': { summary: 'annualised revenue', timeVarying: true },
  users: { summary: 'a count of users', timeVarying: true },
  customers: { summary: 'a count of customers', timeVarying: true },
  shares: { summary: 'a count of shares' },
  capex: { summary: 'capital spending over a period', timeVarying: true, periodSum: true },
  backlog: { summary: 'contracted revenue not yet booked, at a date', timeVarying: true },
  'market-cap': { summary: 'a market value at a date', timeVarying: true },
  spend: { summary: 'planned spending' },
  price: { summary: 'a price (a share, a chip)', timeVarying: true },
  announced: { summary: 'when something was announced', dimensions: DATE },
  founded: { summary: 'when something was founded', dimensions: DATE },
  start: { summary: 'when something began', dimensions: DATE },
  deployment: { summary: 'when something is deployed or delivered', dimensions: DATE },
  homes: { summary: 'a power equivalent in homes' },
  transistors: { summary: "a chip's transistor count" },
  memory: { summary: "a chip's memory" },
  generation: { summary: 'which generation a product is', dimensions: ['ordinal'] },
  performance: { summary: "a chip's or a system's performance" },
  headcount: { summary: 'a count of jobs or employees', timeVarying: true },
  'share-move': { summary: "one day's move in a share price", timeVarying: true },
  'market-share': { summary: 'a share of a market', timeVarying: true },
  'build-time': { summary: 'how long a site took to build', dimensions: ['duration'] },
  'site-area': { summary: "a site's area" },
  buildings: { summary: 'a count of buildings at a site' },
  'rights-end': { summary: 'when rights to something end', dimensions: DATE },
  'exclusivity-end': { summary: 'when an exclusive arrangement ends', dimensions: DATE },
  end: { summary: 'when a contract runs out', dimensions: DATE },
  gain: { summary: 'a one-off gain booked outside revenue', periodSum: true, heldOnly: true },
  'net-loss': { summary: 'a net loss over a period', ...NAMED_RESULT },
  'operating-income': { summary: 'operating income over a period', ...NAMED_RESULT },
  'operating-loss': { summary: 'an operating loss over a period', ...NAMED_RESULT },
  'net-income': { summary: 'net income over a period', ...NAMED_RESULT },
  // a company's own profit measure (non-GAAP, adjusted), which many headline before the GAAP one
  'adjusted-net-income': { summary: 'adjusted (non-GAAP) net income', ...NAMED_RESULT },
  'adjusted-operating-income': {
    summary: 'adjusted (non-GAAP) operating income',
    ...NAMED_RESULT,
  },
  expenses: { summary: 'total costs and expenses over a period', periodSum: true, heldOnly: true },
  'r-and-d': { summary: 'research and development spending', periodSum: true, heldOnly: true },
};

/** The lengths of period a fact of a period-summed property may say it covers. */
export const PERIODS: readonly PeriodLength[] = ['quarter', 'half', 'year'];
