import type { Quantity } from '../types';
import {
  COUNT_READER,
  PREFIXED_MONEY_READER,
  VAGUE_COUNT_READER,
  WORDED_MONEY_READER,
} from './amounts';
import { DATE_READER, markDateSpans, yearlessDates } from './dates';
import {
  DURATION_READER,
  FIRST_UNIT_READER,
  MEMORY_READER,
  MULTIPLE_READER,
  ORDINAL_READER,
  PERCENT_READER,
  POWER_READER,
} from './measures';
import { hedgeAfter, hedgeBefore, isChange, isMargin, perUnit } from './modifiers';
import { mergeRanges, withLowerBound } from './ranges';
import { insideToken, type Reader } from './reader';

/** The readers, from the most specific pattern to the least: the first to take a span keeps it. */
const READERS: Reader[] = [
  PREFIXED_MONEY_READER,
  WORDED_MONEY_READER,
  DURATION_READER,
  POWER_READER,
  FIRST_UNIT_READER,
  MEMORY_READER,
  PERCENT_READER,
  DATE_READER,
  ORDINAL_READER,
  MULTIPLE_READER,
  VAGUE_COUNT_READER,
  COUNT_READER,
];

/**
 * Finds the figures in a span of prose: money, durations, power, percentages, counts of things,
 * and dates. Each pattern is linear (no nested quantifiers), and patterns run from the most
 * specific to the least; a span taken by one is not read again by another. `contextDay` (a day
 * number) is the day the text speaks from: a date written without a year ("Nov. 3", "in May")
 * takes its year when no date earlier names one; without either, such a date is left out rather
 * than guessed.
 */
export function extractQuantities(text: string, contextDay?: number): Quantity[] {
  const taken: Quantity[] = [];
  const free = (start: number, end: number): boolean =>
    !taken.some((q) => start < q.end && q.start < end);
  for (const reader of READERS) {
    reader.pattern.lastIndex = 0;
    for (let m = reader.pattern.exec(text); m; m = reader.pattern.exec(text)) {
      if (m[0].length === 0) {
        reader.pattern.lastIndex++;
        continue;
      }
      const q = reader.read(m, text);
      if (q && free(q.start, q.end) && !insideToken(text, q.start, q.end)) {
        q.hedge ??= hedgeBefore(text, q.start, q.dim) ?? hedgeAfter(text, q.end);
        if (isMargin(text, q)) q.mention = true;
        else if (isChange(text, q)) q.change = true;
        const per = perUnit(text, q);
        if (per) q.per = per;
        taken.push(q);
      }
    }
  }
  taken.sort((a, b) => a.start - b.start);
  for (const q of yearlessDates(text, taken, contextDay)) if (free(q.start, q.end)) taken.push(q);
  return sharingNouns(
    text,
    markDateSpans(
      text,
      mergeRanges(
        text,
        taken.sort((a, b) => a.start - b.start),
      ).map((q) => withLowerBound(text, q)),
    ),
  );
}

/**
 * A bare count compared with a count of a noun counts that noun too: "540 million monthly users,
 * up from 250 million", "from 200,000 GPUs to 500,000". Only across a word that links the two
 * ("from", "to", "versus"), with no end of a sentence between.
 */
function sharingNouns(text: string, figures: Quantity[]): Quantity[] {
  const counts = figures.filter((q) => q.dim === 'count' && !q.mention);
  for (const q of counts) {
    if (q.unit !== undefined) continue;
    const other = counts.find((r) => {
      if (r.unit === undefined || r === q) return false;
      const between = r.end <= q.start ? text.slice(r.end, q.start) : text.slice(q.end, r.start);
      return between.length <= NOUN_REACH && !/[.;!?]/.test(between) && COMPARING.test(between);
    });
    if (other) q.unit = other.unit;
  }
  return figures;
}

/** How far apart two compared counts may stand. */
const NOUN_REACH = 60;
const COMPARING = /\b(?:from|to|versus|vs|compared (?:with|to)|against)\b/i;
