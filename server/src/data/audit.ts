import { hostOf, isPrimary, onHost } from '../engine/reference/primary';
import type { Dataset, Fact, Source } from '../engine/reference/types';

/**
 * `factlint data audit`: how far the data can be trusted, counted from the sources themselves
 * (never from the `status` a file claims). Pure: the dataset and today's date in, numbers out.
 *
 * - A source is **primary** (engine/reference/primary.ts) when its page is on the company's own
 *   site, newsroom, blog or investor-relations pages, an SEC filing, or a press-release wire that
 *   carries the company's own text; or when its label says it is the company's release or filing
 *   reproduced whole ("Amazon (press release, via Business Wire on FT Markets)", "Oracle (8-K, via
 *   SecWatch)"). A copy that only cites a company blog is not primary.
 * - Two sources are **independent** when they come from different outlets. The outlet of a copy
 *   is the one it copies: "Reuters (via CNA)" and "Reuters, via AnyFans" are one outlet, Reuters;
 *   "The Daily Scout (citing blog.google)" is blog.google, and likewise for "rewriting", "quoting"
 *   and "summary of"; "Nasdaq / Zacks" is Zacks.
 * - A source is a **copy** when its label says so ("via", "citing", "rewriting", "quoting",
 *   "summary", "proxy copy") or its host is
 *   an aggregator of the list below.
 */

/** Hosts that republish others' reporting or write it up second hand. */
export const AGGREGATOR_HOSTS = [
  'particle.news',
  'newsdiaries.com',
  'aiwiki.ai',
  'mexc.co',
  'mexc.fm',
  'mexc.com',
  'anyfans.com',
  'reportify.ai',
];

/**
 * Properties whose value moves with time: a fact of them goes stale when nothing newer is cited.
 */
export const TIME_VARYING = [
  'valuation',
  'run-rate',
  'users',
  'customers',
  'market-cap',
  'backlog',
  'headcount',
  'market-share',
  'stake',
];

export interface AuditedFact {
  id: string;
  subject: string;
  property: string;
  file?: string;
  /** outlets, as counted for independence */
  outlets: string[];
  /** the newest source date, or null when no source has one */
  newest: string | null;
  /** why it stands on a list, as the data's own notes say (`audit_notes`) */
  notes: NonNullable<Fact['auditNotes']>;
}

export interface DataAudit {
  today: string;
  staleDays: number;
  entities: number;
  facts: number;
  sources: number;
  /** a primary source, or two or more independent outlets */
  corroborated: number;
  withPrimary: number;
  withTwoOutlets: number;
  singleSource: AuditedFact[];
  /** status `conflicting` */
  conflicting: AuditedFact[];
  /** facts holding what other sources say (`also`) */
  withAlso: AuditedFact[];
  /** `also` values that rest on one outlet, no primary source */
  alsoSingleSource: AuditedFact[];
  /** time-varying facts, not superseded, whose newest source is older than `staleDays` */
  stale: AuditedFact[];
  /** facts with a source that carries no date */
  undated: AuditedFact[];
  /**
   * facts every source of which is a copy or an aggregator (a company release reproduced whole is
   * not)
   */
  copiesOnly: AuditedFact[];
  /** facts marked `verified` that have neither a primary source nor two outlets */
  overstated: AuditedFact[];
  /** citations per outlet label (facts' and `also` sources), most first */
  publishers: { publisher: string; citations: number; copy: boolean }[];
}

export function isCopy(s: Source): boolean {
  return (
    /\([^)]*\b(?:via|citing|rewriting|quoting|summary)\b|,\s+via\s|proxy copy/i.test(s.publisher) ||
    onHost(hostOf(s.url), AGGREGATOR_HOSTS)
  );
}

/** The outlet a source's reporting comes from, lower-cased, for counting independent sources. */
export function outletOf(s: Source): string {
  let label = s.publisher;
  const citing = /\((?:citing|rewriting|quoting|post quoting|summary of) ([^)]+)\)/i.exec(label);
  if (citing) label = citing[1];
  else {
    // ("Bloomberg, via NDTV Profit" is Bloomberg's, as "Bloomberg (via NDTV Profit)" is)
    label = label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/,\s+via\s.*$/i, '');
    if (label.includes(' / ')) label = label.split(' / ').at(-1)!;
  }
  return label
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
}

/**
 * The last day a partial date (YYYY or YYYY-MM) can mean, so a source is never called older than it
 * is.
 */
function latestDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function audited(f: Fact): AuditedFact {
  const dates = f.sources
    .map((s) => (s.date === null ? null : latestDay(String(s.date))))
    .filter((d): d is string => d !== null)
    .sort();
  return {
    id: f.id,
    subject: f.subject,
    property: f.property,
    ...(f.file ? { file: f.file } : {}),
    outlets: [...new Set(f.sources.map(outletOf))],
    newest: dates.at(-1) ?? null,
    notes: f.auditNotes ?? {},
  };
}

const corroborates = (sources: Source[]): { primary: boolean; outlets: number } => ({
  primary: sources.some(isPrimary),
  outlets: new Set(sources.map(outletOf)).size,
});

export function auditData(
  data: Pick<Dataset, 'entities' | 'facts'>,
  today: string,
  staleDays = 180,
): DataAudit {
  const out: DataAudit = {
    today,
    staleDays,
    entities: data.entities.length,
    facts: data.facts.length,
    sources: 0,
    corroborated: 0,
    withPrimary: 0,
    withTwoOutlets: 0,
    singleSource: [],
    conflicting: [],
    withAlso: [],
    alsoSingleSource: [],
    stale: [],
    undated: [],
    copiesOnly: [],
    overstated: [],
    publishers: [],
  };
  const urls = new Set<string>();
  const citations = new Map<string, { citations: number; copy: boolean }>();
  const cite = (s: Source): void => {
    urls.add(s.url);
    const c = citations.get(s.publisher) ?? { citations: 0, copy: isCopy(s) };
    c.citations++;
    citations.set(s.publisher, c);
  };
  for (const f of data.facts) {
    const a = audited(f);
    f.sources.forEach(cite);
    f.also.forEach((x) => x.sources.forEach(cite));
    const { primary, outlets } = corroborates(f.sources);
    if (primary) out.withPrimary++;
    if (outlets >= 2) out.withTwoOutlets++;
    if (primary || outlets >= 2) out.corroborated++;
    else {
      out.singleSource.push(a);
      if (f.status === 'verified') out.overstated.push(a);
    }
    if (f.status === 'conflicting') out.conflicting.push(a);
    if (f.also.length) out.withAlso.push(a);
    if (
      f.also.some((x) => {
        const c = corroborates(x.sources);
        return !c.primary && c.outlets < 2;
      })
    )
      out.alsoSingleSource.push(a);
    if (
      TIME_VARYING.includes(f.property) &&
      !f.supersededBy &&
      a.newest !== null &&
      daysBetween(a.newest, today) > staleDays
    )
      out.stale.push(a);
    if (f.sources.some((s) => s.date === null)) out.undated.push(a);
    if (f.sources.every((s) => isCopy(s) && !isPrimary(s))) out.copiesOnly.push(a);
  }
  out.sources = urls.size;
  out.publishers = [...citations]
    .map(([publisher, c]) => ({ publisher, ...c }))
    .sort((x, y) => y.citations - x.citations || x.publisher.localeCompare(y.publisher));
  return out;
}
