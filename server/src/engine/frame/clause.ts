import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/** The figure's clause: from the last break before it to the first after, in sentence offsets. */
export function figureClause(
  q: Quantity,
  ctx: SentenceContext,
): { text: string; start: number; at: number; end: number } {
  const start = q.start - ctx.offset;
  const end = q.end - ctx.offset;
  const before = ctx.text.slice(0, start);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  let from = 0;
  let edge = start;
  for (let i = breaks.length - 1; i >= 0; i--) {
    const m = breaks[i];
    const between = before.slice(m.index + m[0].length, edge);
    // a label and its value ("Advertising revenue: $17.7B"), and a change given in brackets after
    // a value ("$17.7B (+22% YoY)"), are one clause: the label names the figure's metric
    if (
      (m[0] === ':' && LABEL_GAP.test(between)) ||
      (m[0] === '(' && VALUE_BEFORE.test(before.slice(0, m.index)) && /^\s*[+-]?\s*$/.test(between))
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
  return { text: ctx.text.slice(from, to), start: from, at: start - from, end: end - from };
}

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
