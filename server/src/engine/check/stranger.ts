import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/**
 * "valuing xAI at $80 billion and X at $33 billion", "Benchmark raises $225M": a capitalized word
 * the data does not know, right before "at $N" or as the one raising it, owns the figure, whatever
 * names stand further back.
 */
export function strangerOwns(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  const m = STRANGER_BEFORE.exec(before);
  if (!m || COMMON_CAPITALS.test(m[1]) || ROUND_RAISED.test(before)) return false;
  const at = start - m[0].length + m[0].indexOf(m[1]);
  return !ctx.names.some((n) => n.start - ctx.offset <= at && at < n.end - ctx.offset);
}

const STRANGER_BEFORE =
  /(?:^|[\s(])([A-Z][\p{L}\p{N}&.-]*)\s+(?:at|of|raises|raised)\s+(?:(?:about|roughly|around|some|nearly)\s+)?$/u;

/** A round that raised the money, not a firm: "Series E raised". */
const ROUND_RAISED = /\bSeries\s+\S+\s+raise[sd]\s+(?:\S+\s+)?$/;

const COMMON_CAPITALS = new RegExp(
  String.raw`^(?:In|On|At|By|The|A|An|And|But|As|Of|For|From|To|It|They|He|She|We|Which|Who` +
    String.raw`|This|That|AI|Inc|Corp|Labs|IPO|CEO|CFO|Jan|Feb` +
    String.raw`|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March` +
    String.raw`|April|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY)\.?$`,
);
