import type { BlockReading } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Finding, Fix, Quantity, RuleId } from '../types';
import {
  describeFactSubject,
  describeSource,
  describeValue,
  publisherLabel,
  shortDate,
} from './describe';
import type { MisdatedEvent } from './event-date';
import { replacement } from './fixes';
import type { Judgement } from './judge';
import { rewriteInStyle } from './rewrite';
import type { PeriodSlip } from './year-slip';
import type { SwappedPartner } from './partners';
import { partnerFinding } from './party-findings';

/**
 * The findings about a figure: what its message says and the fix it offers, in the writer's style.
 */

export function figureFinding(
  q: Quantity,
  j: Judgement,
  b: BlockReading,
  at: { start: number; end: number },
  index: ReferenceIndex,
): Finding {
  const target = j.current ?? j.fact;
  const rule: RuleId =
    j.verdict === 'outdated'
      ? 'outdated-figure'
      : q.dim === 'duration'
        ? 'wrong-term'
        : q.dim === 'date'
          ? 'wrong-date'
          : 'wrong-figure';
  const source = target.sources[0];
  const what = describeFactSubject(target, index);
  const value = describeValue(target.value);
  const message =
    j.verdict === 'outdated'
      ? `${q.text} is out of date: ${what} is ${value} as of ${shortDate(target.asOf)} (${describeSource(source)}).`
      : `${q.text}: ${what} is ${value} (${describeSource(source)}).${conflictNote(target)}`;
  const newText = rewriteInStyle(q, target.value, j.verdict === 'outdated');
  const fixes =
    newText && newText !== q.text ? replacement(b.block.map.toSource(q.start, q.end), newText) : [];
  return { rule, severity: 'error', start: at.start, end: at.end, message, fixes, fact: target };
}

/**
 * A figure and its year of which one slipped (check/year-slip.ts): the flag covers both, and offers
 * the figure of the year written first, then the year of the figure written.
 */
export function periodOrFigureFinding(
  q: Quantity,
  j: Judgement,
  { period, other, rewritten }: PeriodSlip,
  b: BlockReading,
  index: ReferenceIndex,
): Finding | undefined {
  // (a day written is where the period ends: "the quarter ended April 26, 2025")
  const by = /\d{1,2},?\s+\d{4}$|^\d{1,2}\s/.test(period.text) ? 'for the period ended' : 'in';
  return eitherSlipped(q, period, j.fact, b, {
    message:
      `${q.text} ${by} ${period.text}: ${describeFactSubject(j.fact, index)} is ` +
      `${describeValue(j.fact.value)} ${by} ${period.text} ` +
      `(${describeSource(j.fact.sources[0])}), and ${describeValue(other.value)} ${by} ` +
      `${rewritten} (${describeSource(other.sources[0])}): the figure or the period is wrong.`,
    fixes: replacement(b.block.map.toSource(period.start, period.end), rewritten),
  });
}

/**
 * A figure and its deal's partner of which one slipped (check/partners.ts): the flag covers both,
 * and offers the figure of the deal with the partner written first, then the other partner; the
 * other partner first where the headings name it, whose deal the article is about.
 */
export function partnerOrFigureFinding(
  q: Quantity,
  j: Judgement,
  swap: SwappedPartner,
  b: BlockReading,
  index: ReferenceIndex,
): Finding | undefined {
  const [partner] = partnerFinding(swap, b, index);
  const { name } = swap;
  return (
    partner &&
    eitherSlipped(q, name, j.fact, b, {
      message:
        `${q.text} with ${name.text}: ${describeFactSubject(j.fact, index)} is ` +
        `${describeValue(j.fact.value)} (${describeSource(j.fact.sources[0])}), and ` +
        `${describeFactSubject(swap.fact, index)} is ${describeValue(swap.fact.value)}, with ` +
        `${swap.partner.name} (${describeSource(swap.fact.sources[0])}): the figure or the ` +
        'partner is wrong.',
      fixes: partner.fixes,
      otherFirst: swap.headlined === true,
    })
  );
}

/**
 * A wrong figure whose flag covers another part written with it (`part`, block offsets), that may
 * be what slipped instead: the figure's fix first, then `said.fixes` for the other part (or those
 * first, when the other part is the likelier slip).
 */
function eitherSlipped(
  q: Quantity,
  part: { start: number; end: number },
  fact: Fact,
  b: BlockReading,
  said: Pick<Finding, 'message' | 'fixes'> & { otherFirst?: boolean },
): Finding | undefined {
  const at = b.block.map.toSourceLoose(Math.min(q.start, part.start), Math.max(q.end, part.end));
  if (!at) return undefined;
  return {
    rule: 'wrong-figure',
    severity: 'error',
    start: at.start,
    end: at.end,
    fact,
    message: said.message,
    fixes: said.otherFirst
      ? [...said.fixes, ...figureFix(q, fact, b)]
      : [...figureFix(q, fact, b), ...said.fixes],
  };
}

/** The fix that writes a fact's value where the figure stands, in the writer's style. */
function figureFix(q: Quantity, fact: Fact, b: BlockReading): Fix[] {
  const figure = rewriteInStyle(q, fact.value, false);
  return figure && figure !== q.text
    ? replacement(b.block.map.toSource(q.start, q.end), figure)
    : [];
}

export function eventDateFinding(
  q: Quantity,
  misdated: MisdatedEvent,
  b: BlockReading,
  index: ReferenceIndex,
): Finding[] {
  const at = b.block.map.toSourceLoose(q.start, q.end);
  if (!at) return [];
  const { fact } = misdated;
  return [
    {
      rule: 'wrong-date',
      severity: 'error',
      start: at.start,
      end: at.end,
      fact,
      message:
        `${q.text}: ${describeFactSubject(fact, index)}, ${describeValue(fact.value)}, ` +
        `is dated ${shortDate(fact.asOf)} (${describeSource(fact.sources[0])}).`,
      fixes: replacement(b.block.map.toSource(q.start, q.end), misdated.newText),
    },
  ];
}

function conflictNote(fact: Fact): string {
  if (fact.status !== 'conflicting' || fact.also.length === 0) return '';
  const others = fact.also
    .map(
      (a) =>
        `${describeValue(a.value)} (${a.sources[0] ? publisherLabel(a.sources[0].publisher) : 'unsourced'})`,
    )
    .join(', ');
  return ` Sources differ: others say ${others}.`;
}
