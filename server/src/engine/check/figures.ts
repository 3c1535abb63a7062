import { isTitleLine } from '../text/title-line';
import type { BlockReading, SentenceContext } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Claim, Finding, Quantity } from '../types';
import { identifiedClaim, isClaim, readingOf, STATUS_OF } from '../claims';
import { namesInSentence } from './bind';
import { explainFigures, type Binder, type Explain } from './binder';
import { misdatedEvent } from './event-date';
import {
  eventDateFinding,
  figureFinding,
  partnerOrFigureFinding,
  periodOrFigureFinding,
} from './figure-findings';
import type { Judgement } from './judge';
import { judgeFigures, type JudgedFigures, type RowSubjects } from './judge-figures';
import { leadFinding, partnerFinding } from './party-findings';
import { swappedPartner } from './partners';
import { misattributedLeads, roundsSpokenOf } from './round-leads';
import { unsupportedFinding } from './unsupported';
import { yearSlip } from './year-slip';
import { monthSlip } from './month-slip';
import { quarterSlip } from './quarter-slip';

/** How a block's figures are checked. */
export interface FigureOptions {
  /** the day "now" means, YYYY-MM-DD */
  today: string;
  /** whether figures no fact is bound to are reported */
  unsupported: boolean;
  binder: Binder;
  /** told why each figure was bound or left alone, in the block's offsets */
  explain?: Explain | undefined;
}

/** A block whose figures are checked, and where what is found goes. */
export interface FigureCheck {
  block: BlockReading;
  index: ReferenceIndex;
  findings: Finding[];
  claims: Claim[];
  options: FigureOptions;
}

/** Checks a block's figures; returns the facts they were bound to. */
export function checkFigures(check: FigureCheck, rowSubjects?: RowSubjects): Fact[] {
  const { block, index, options } = check;
  const boundInBlock: Fact[] = [];
  let roundsBefore: Fact[] = [];
  // (a subheading written as a paragraph is read as the heading it is)
  const where =
    block.block.kind === 'paragraph' && isTitleLine(block.block.text)
      ? 'heading'
      : block.block.kind;
  for (const sentence of block.sentences) {
    const judged = judgeFigures(sentence, where, index, options.binder, rowSubjects);
    if (options.explain) explainFigures(sentence, block, options.binder, options.explain);
    reportJudged(check, sentence, judged.judged);
    claimLeft(check, sentence, judged.left);
    const bound = judged.judged.map((f) => f.judgement.candidate.fact);
    boundInBlock.push(...bound);
    // a round that a figure left alone agrees with is a round the sentence may speak of too
    const own = [...bound, ...judged.agreeing];
    const names = namesInSentence(sentence);
    const rounds = own.length > 0 ? own : roundsSpokenOf(sentence, names, roundsBefore, index);
    roundsBefore = own;
    for (const lead of misattributedLeads(sentence.text, names, rounds, index))
      check.findings.push(...leadFinding(lead, block, sentence.offset, index));
    reportMisdatedEvents(check, sentence, judged.judged);
    reportSwappedPartners(check, sentence, judged.unbound);
    if (options.unsupported) reportUnsupported(check, sentence, judged.unbound);
  }
  return boundInBlock;
}

/** Where a figure stands in the source, if it stands anywhere. */
function sourceOf(check: FigureCheck, q: Quantity): { start: number; end: number } | undefined {
  return check.block.block.map.toSourceLoose(q.start, q.end);
}

/** Claims each judged figure, with the fact it was bound to; reports those not supported. */
function reportJudged(
  check: FigureCheck,
  sentence: SentenceContext,
  judged: JudgedFigures['judged'],
): void {
  const { block, index } = check;
  for (const { figure, judgement: j } of judged) {
    const q = sentence.quantities[figure];
    const loose = sourceOf(check, q);
    if (!loose) continue;
    const reading = readingOf(q, sentence, index);
    check.claims.push({
      start: loose.start,
      end: loose.end,
      text: q.text,
      kind: 'figure',
      status: STATUS_OF[j.verdict],
      fact: j.current ?? j.fact,
      binding: {
        fact: j.fact,
        names: j.candidate.names,
        cues: j.candidate.cues,
        score: j.candidate.score,
      },
      ...(reading ? { reading } : {}),
    });
    if (j.verdict === 'supported') continue;
    check.findings.push(
      (j.verdict === 'contradicted' && slipFinding(q, j, sentence, check)) ||
        figureFinding(q, j, block, loose, index),
    );
  }
}

/**
 * A contradicted figure beside a period or a partner that may be what slipped instead: the
 * series' value in the next year, quarter or another month, or the company's deal with another
 * partner, is the figure.
 */
function slipFinding(
  q: Quantity,
  j: Judgement,
  sentence: SentenceContext,
  { block, index }: FigureCheck,
): Finding | undefined {
  const period =
    yearSlip(q, j.fact, sentence, index) ??
    quarterSlip(q, j.fact, sentence, index) ??
    monthSlip(q, j.fact, sentence, index);
  if (period) return periodOrFigureFinding(q, j, period, block, index);
  const partner = swappedPartner(q, sentence, index, j.fact);
  return partner && partnerOrFigureFinding(q, j, partner, block, index);
}

/** Claims the figures left unjudged that make a claim, with their status and why. */
function claimLeft(
  check: FigureCheck,
  sentence: SentenceContext,
  left: JudgedFigures['left'],
): void {
  for (const { figure, status } of left) {
    const q = sentence.quantities[figure];
    const loose = sourceOf(check, q);
    if (!loose || !isClaim(q)) continue;
    const about =
      status.status === 'no-data' ? identifiedClaim(q, sentence, check.index) : undefined;
    check.claims.push({
      start: loose.start,
      end: loose.end,
      text: q.text,
      kind: 'figure',
      ...status,
      ...(about ? { about } : {}),
    });
  }
}

/** Reports dates nothing was judged about that are an event's, set in the wrong year. */
function reportMisdatedEvents(
  check: FigureCheck,
  sentence: SentenceContext,
  judged: JudgedFigures['judged'],
): void {
  for (const [figure, q] of sentence.quantities.entries()) {
    if (judged.some((j) => j.figure === figure)) continue;
    const misdated = q.dim === 'date' ? misdatedEvent(q, sentence, check.index) : undefined;
    if (misdated) check.findings.push(...eventDateFinding(q, misdated, check.block, check.index));
  }
}

/** Reports figures bound to nothing that are a deal's whose partner is written wrong. */
function reportSwappedPartners(
  check: FigureCheck,
  sentence: SentenceContext,
  unbound: number[],
): void {
  for (const figure of unbound) {
    const swapped = swappedPartner(sentence.quantities[figure], sentence, check.index);
    if (swapped) check.findings.push(...partnerFinding(swapped, check.block, check.index));
  }
}

/** Reports figures bound to nothing that name a known company's figure the data cannot check. */
function reportUnsupported(check: FigureCheck, sentence: SentenceContext, unbound: number[]): void {
  for (const figure of unbound) {
    const q = sentence.quantities[figure];
    const at = sourceOf(check, q);
    const finding = at && unsupportedFinding(q, sentence, check.index, at, check.options.today);
    if (finding) check.findings.push(finding);
  }
}
