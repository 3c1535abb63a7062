import type { SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Quantity } from '../types';
import { agreesClosely } from './tolerance';
import { levelBefore } from '../frame/level-before';

/**
 * A rate of change that ends on its level ("sales climbed 9% on the year to $12.5 billion"), or is
 * said of the level before it ("$12.5 billion, up 9%": frame/level-before.ts), where the level is
 * the chosen period's amount and not the other's: the level says which period the rate is of, so
 * another period's rate agreeing with it is chance.
 */
export function levelPinsPeriod(
  q: Quantity,
  chosen: Fact,
  other: Fact,
  ctx: SentenceContext,
  index: ReferenceIndex,
): boolean {
  if (q.dim !== 'percent' || chosen.asOf === other.asOf) return false;
  const level =
    ctx.quantities.find(
      (l) =>
        l.dim === 'money' &&
        l.start >= q.end &&
        TO_LEVEL.test(ctx.text.slice(q.end - ctx.offset, l.start - ctx.offset)),
    ) ?? levelBefore(q, ctx);
  if (!level) return false;
  const amountOf = (f: Fact): Fact | undefined =>
    index
      .factsAbout(f.subject)
      .find((a) => a.property === f.property && a.value.dim === 'money' && a.asOf === f.asOf);
  const mine = amountOf(chosen);
  const theirs = amountOf(other);
  return (
    mine !== undefined && agreesClosely(level, mine) && !(theirs && agreesClosely(level, theirs))
  );
}

/** From a rate to the level it ends on: " year-on-year to ", " from a year earlier, to ". */
const TO_LEVEL = /^[^.;:]{0,50}?\bto\s+(?:a\s+record\s+)?(?:(?:about|roughly|nearly|almost)\s+)?$/i;
