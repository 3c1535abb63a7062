import { parseIsoDate } from '../reference/dates';
import { isPrimary } from '../reference/primary';
import type { ReferenceIndex } from '../reference/index';
import type { Fact, Source } from '../reference/types';
import { PROJECTED_FACT } from './words';

/**
 * When a fact could first be written: a quarter's result is dated the quarter's last day but was
 * out only with the results. `time/fact-after-document` and the value current on a document's
 * date (check/time.ts) both read it.
 */

/**
 * Days after a period's end before its results can be out: the quickest of the companies the data
 * follows report about nine days after a quarter ends.
 */
const REPORT_DAYS = 9;
/** ...the slowest about seven weeks (a 10-Q's deadline, a fiscal year's results). */
const LATEST_REPORT_DAYS = 50;

/**
 * For a result of a period ending at its date (a quarter's revenue), or a backlog at a month's end
 * (a quarter's), the first day it can have been reported; undefined for other facts. (A forecast
 * is dated the day it was given, as is a backlog said on a call; "2025" is a year's figure known in
 * its course.) Worked out once per fact: a gate asks it of every fact a figure weighs.
 */
export function reportedFrom(fact: Fact, index: ReferenceIndex): number | undefined {
  if (reported.has(fact)) return reported.get(fact);
  const day = firstReportDay(fact, index);
  reported.set(fact, day);
  return day;
}

const reported = new WeakMap<Fact, number | undefined>();

function firstReportDay(fact: Fact, index: ReferenceIndex): number | undefined {
  if (fact.asOf.length !== 10 || fact.cues.some((c) => PROJECTED_FACT.test(c))) return undefined;
  const day = parseIsoDate(fact.asOf)?.min;
  if (day === undefined) return undefined;
  const monthEnd = parseIsoDate(fact.asOf.slice(0, 7))?.max === day;
  const result = fact.period !== undefined || (fact.property === 'backlog' && monthEnd);
  if (!result) return undefined;
  // the day of the company's own release or filing, when the data cites it: a result is not
  // out before it (AMD reports five weeks after its quarter)
  // (or of another line of the same results: a quarter's capex is out the day its revenue is)
  const released = Math.min(releaseDay(fact.sources), resultsReleased(fact, index));
  return released <= day + LATEST_REPORT_DAYS
    ? Math.max(released, day + REPORT_DAYS)
    : day + REPORT_DAYS;
}

/**
 * The day the results a fact belongs to came out, as the data's primary sources date them: the
 * earliest release cited by any fact of the same company (its segments included) for a period
 * ending the same day. Infinity when none is cited.
 */
function resultsReleased(fact: Fact, index: ReferenceIndex): number {
  let days = releases.get(index);
  if (!days) releases.set(index, (days = releaseDays(index)));
  return days.get(resultsKey(fact, index)) ?? Infinity;
}

const releases = new WeakMap<ReferenceIndex, Map<string, number>>();

function resultsKey(fact: Fact, index: ReferenceIndex): string {
  const lineage = index.lineage(fact.subject);
  return `${lineage[lineage.length - 1]}|${fact.asOf}`;
}

function releaseDays(index: ReferenceIndex): Map<string, number> {
  const days = new Map<string, number>();
  for (const f of index.dataset.facts) {
    if (f.period === undefined || f.asOf.length !== 10) continue;
    const day = releaseDay(f.sources);
    const key = resultsKey(f, index);
    if (day < (days.get(key) ?? Infinity)) days.set(key, day);
  }
  return days;
}

/**
 * The day a fact's sources date its release: its company's own release or filing, when the data
 * cites one with a day, or a page that reported it before that copy of the release was dated (a
 * release carried by another site may be dated days after the news). Infinity when no primary
 * source gives a day: a report alone says only that the result was out by then.
 */
function releaseDay(sources: readonly Source[]): number {
  let primary = Infinity;
  let any = Infinity;
  for (const s of sources) {
    const day = s.date?.length === 10 ? (parseIsoDate(s.date)?.min ?? Infinity) : Infinity;
    any = Math.min(any, day);
    if (isPrimary(s)) primary = Math.min(primary, day);
  }
  return primary === Infinity ? Infinity : any;
}

/** The first day a fact can have been written of: its date, or when its result came out. */
export function knownFrom(fact: Fact, index: ReferenceIndex): number | undefined {
  return reportedFrom(fact, index) ?? parseIsoDate(fact.asOf)?.min;
}
