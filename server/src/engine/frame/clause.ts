import { FigureMemo } from '../memo';
import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/** A figure's clause, its text and where it and the figure stand in the sentence. */
export interface FigureClause {
  readonly text: string;
  readonly start: number;
  /** where the figure starts and ends in `text` */
  readonly at: number;
  readonly end: number;
}

/**
 * The figure's clause: from the last break before it to the first after, in sentence offsets.
 * Read once per figure and sentence: the frame reader and the gates that weigh every fact ask it.
 */
export function figureClause(q: Quantity, ctx: SentenceContext): FigureClause {
  return clauses.get(q, ctx, () => readClause(q, ctx));
}
const clauses = new FigureMemo<FigureClause>();

function readClause(q: Quantity, ctx: SentenceContext): FigureClause {
  const start = q.start - ctx.offset;
  const end = q.end - ctx.offset;
  const before = ctx.text.slice(0, start);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  let from = 0;
  let edge = start;
  let dashed: { from: number; to: number } | undefined;
  for (let i = breaks.length - 1; i >= 0; i--) {
    const m = breaks[i];
    const between = before.slice(m.index + m[0].length, edge);
    // an aside set off by dashes right before the figure ("its backlog — orders not yet filled —
    // to $545 billion") interrupts the clause: it goes on before the aside, which is left out
    const dashes = !dashed && edge === start ? dashedAside(breaks, i, before) : undefined;
    if (dashes) {
      dashed = dashes;
      edge = dashes.from;
      i--;
      continue;
    }
    // a label and its value ("Advertising revenue: $17.7B"), and a change given in brackets after
    // a value ("$17.7B (+22% YoY)"), are one clause: the label names the figure's metric
    // and so is a bracket opened on the figure itself, which gives the amount of the words before
    // it ("a heavy cash burn ($2.5 billion in six months)")
    if (
      (m[0] === ':' && LABEL_GAP.test(between)) ||
      (m[0] === '(' &&
        VALUE_BEFORE.test(before.slice(0, m.index)) &&
        /^\s*[+-]?\s*$/.test(between)) ||
      (m[0] === '(' && edge === start && between === '')
    ) {
      edge = m.index;
      continue;
    }
    // a short aside in brackets within the metric's name ("Cloud Platform (PaaS) Revenue") is
    // part of the clause: skip to the break before its opening bracket
    const aside = m[0] === ')' ? SHORT_ASIDE.exec(before.slice(0, m.index + 1)) : null;
    if (aside && i > 0 && breaks[i - 1].index === aside.index) {
      edge = aside.index;
      i--;
      continue;
    }
    from = m.index + m[0].length;
    break;
  }
  const after = ctx.text.slice(end);
  const stop = FIRST_BREAK.exec(after);
  const to = stop ? end + stop.index : ctx.text.length;
  const text = dashed
    ? ctx.text.slice(from, dashed.from) +
      ' '.repeat(dashed.to - dashed.from) +
      ctx.text.slice(dashed.to, to)
    : ctx.text.slice(from, to);
  return { text, start: from, at: start - from, end: end - from };
}

/**
 * The aside that break `i` closes, when it and the break before are dashes, the aside holds no
 * figure, and a few words at most stand between it and the figure.
 */
function dashedAside(
  breaks: RegExpMatchArray[],
  i: number,
  before: string,
): { from: number; to: number } | undefined {
  const [opening, closing] = [breaks[i - 1], breaks[i]];
  if (!opening || !DASH.test(closing[0]) || !DASH.test(opening[0])) return undefined;
  const to = closing.index! + closing[0].length;
  if (!SHORT_GAP.test(before.slice(to)) || /\d/.test(before.slice(opening.index, closing.index)))
    return undefined;
  return { from: opening.index!, to };
}

/** A dash that sets off an aside: an em dash, or an en dash or hyphen between spaces. */
const DASH = /^(?:\u2014|\s[\u2013-]\s)$/;
/** A few words at most between an aside's closing dash and the figure: "to", "of about". */
const SHORT_GAP = /^\s*(?:[a-z]+\s+){0,3}$/;

/** Nothing between a label's colon and its value but space, or the value's own bracketed change. */
const LABEL_GAP = /^\s*(?:[$€£]?[\d.,]+\s*[A-Za-z%]{0,8}\s*)?$/;
/**
 * A bracketed aside of a word or two that ends the text: "(SaaS)", "(Intelligent Cloud)", "(AI +
 * non-AI)".
 */
const SHORT_ASIDE = /\((?:[\p{L}\p{N}&+/-]+\s?){1,4}\)$/u;
/** A value written right before a bracket: "$17.7B (", "180.2 billion (". */
const VALUE_BEFORE = /\d(?:\.\d+)?\s*(?:[A-Za-z%]{0,8})\s*$/;

/**
 * A comma that is not a thousands separator, a semicolon, a colon, a bracket or a dash between
 * words.
 */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:()\u2014]|\s[\u2013-]\s/g;
const FIRST_BREAK = new RegExp(CLAUSE_BREAK.source);
