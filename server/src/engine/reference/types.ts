/**
 * The compiled reference data the engine checks against: plain JSON, produced by `server/src/data`
 * at build time (embedded data) or at load time (user data). Numbers are normalized:
 * money in units of its currency, durations in months, power in watts, dates as UTC day numbers.
 */

export type Dimension =
  'money' | 'duration' | 'power' | 'count' | 'percent' | 'date' | 'ordinal' | 'multiple';

/** A reference value: a point (min === max) or a range, with how the sources qualify it. */
export interface RefValue {
  dim: Dimension;
  min: number;
  max: number;
  /** currency (money), counted noun (count), precision of a date ('year' | 'month' | 'day') */
  unit?: string;
  /** a count's noun as the data writes it ("GPUs"), for messages */
  noun?: string;
  /** the sources say "about" */
  approx?: boolean;
  /** the sources say "more than" (at-least) or "up to" (at-most) */
  bound?: 'at-least' | 'at-most';
}

export interface Source {
  url: string;
  publisher: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the page carries no date */
  date: string | null;
  /** a short paraphrase of what the source says */
  says: string;
}

export type FactStatus = 'verified' | 'single-source' | 'conflicting';

/** How long a period a result summed over one covers (a quarter's revenue). */
export type PeriodLength = 'quarter' | 'half' | 'year';

export interface Fact {
  id: string;
  subject: string;
  property: string;
  value: RefValue;
  /** what other sources say when they disagree with `value` */
  also: { value: RefValue; sources: Source[] }[];
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  asOf: string;
  status: FactStatus;
  supersededBy?: string;
  /** for a result summed over a period (revenue): how long a period, ending at `asOf` */
  period?: PeriodLength;
  cues: string[];
  /** for a funding round: the investors who led it (entity ids), as its sources name them */
  ledBy?: string[];
  sources: Source[];
  /**
   * why the fact stands as it is where the audit would list it (one source only, a stale value, a
   * page without a date...): `factlint data audit` counts such a fact as explained
   */
  auditNotes?: Partial<Record<AuditNoteKind, string>>;
  /** the data file that defined it, for messages and reload */
  file?: string;
}

/** The lists of `factlint data audit` a fact's note can explain its place in. */
export const AUDIT_NOTE_KINDS = [
  'single-source',
  'stale',
  'undated',
  'copies-only',
  'also',
  'conflicting',
] as const;
export type AuditNoteKind = (typeof AUDIT_NOTE_KINDS)[number];

export interface Role {
  title: string;
  of: string;
  from?: string;
  until?: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  misspellings: string[];
  /**
   * another entity whose name this one's is close to (a designer named "Alexander Wang" beside
   * Alexandr Wang): where that one's organisations are named around it, this name is taken for a
   * slip of that one's
   */
  namesakeOf?: string;
  parent?: string;
  /**
   * the line of business the press calls this unit of its parent by, in lower case ("cloud" for
   * AWS): "Amazon's cloud unit" names it
   */
  unitWords?: string[];
  /**
   * MM-DD on which the company's fiscal year ends, when not December 31: fiscal year N ends in
   * calendar year N
   */
  fiscalYearEnd?: string;
  /**
   * a deal that is one data centre (xAI and Humain's 500 MW in Saudi Arabia): "a 500 MW data
   * center" is its own capacity, where another deal's is spread over sites or is compute
   */
  oneSite?: boolean;
  parties?: string[];
  roles?: Role[];
  sources?: Source[];
  file?: string;
}

/** The whole dataset as compiled JSON. */
export interface Dataset {
  entities: Entity[];
  facts: Fact[];
  /**
   * dictionary words close to some name ("goggle"), never read as misspellings; compiled at build
   * time
   */
  commonWords?: string[];
}
