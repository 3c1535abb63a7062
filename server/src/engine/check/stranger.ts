import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/**
 * "valuing xAI at $80 billion and X at $33 billion", "Ridgeline raises $225M": a capitalized word
 * the data does not know, right before "at $N" or as the one raising it, owns the figure, whatever
 * names stand further back.
 */
export function strangerOwns(q: Quantity, ctx: SentenceContext): boolean {
  return (
    strangerBefore(q, ctx) ||
    strangerAfter(q, ctx) ||
    strangerActs(q, ctx) ||
    strangerReferred(q, ctx)
  );
}

function strangerBefore(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  const from = Math.max(0, start - 40);
  const before = ctx.text.slice(from, start);
  const m = STRANGER_BEFORE.exec(before);
  if (!m || COMMON_CAPITALS.test(m[1]) || ROUND_RAISED.test(before)) return false;
  const at = from + m.indices![1][0];
  // (a verb's form opening the sentence is capitalized as its first word: "Valued at $8 billion,")
  if (/^\W*$/.test(ctx.text.slice(0, at)) && VERB_FORM.test(m[1])) return false;
  return !knownNameIn(ctx, at, at + 1);
}

/** A participle or an adverb: "Valued", "Trading", "Roughly". */
const VERB_FORM = /(?:ed|ing|ly)$/;

/**
 * "40 million users a week for Deep Search": a figure said to be for a capitalized name the data
 * does not know, a few words after it, is that one's.
 */
function strangerAfter(q: Quantity, ctx: SentenceContext): boolean {
  const end = q.end - ctx.offset;
  const m = STRANGER_AFTER.exec(ctx.text.slice(end, end + 60));
  if (!m) return false;
  const words = m[1].split(/\s+/);
  // (a name has a word written as one: "Deep Search", not only capitals, "GPU capacity")
  const named = words.some((w) => /^[A-Z]\p{Ll}/u.test(w) && !COMMON_CAPITALS.test(w));
  if (!named || NOT_A_NAME.test(words[0])) return false;
  const [from, to] = m.indices![1];
  return !knownNameIn(ctx, end + from, end + to);
}

/**
 * "Since Ridgeline caps each fund at $300 million": a capitalized name the data does not know,
 * opening the figure's clause as the subject of its verb, owns the figure.
 */
function strangerActs(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  const m = STRANGER_ACTS.exec(ctx.text.slice(0, start));
  if (!m || COMMON_CAPITALS.test(m[1])) return false;
  // (a known name anywhere from the stranger to the figure: the figure may be its)
  return !knownNameIn(ctx, m.indices![1][0], start);
}

/**
 * "A day later, Kestrel floated in Hong Kong, ..., and its market value passed HK$85 billion":
 * "its" in the figure's clause refers to the stranger that acts as the sentence's subject, where no
 * name the data knows stands between them.
 */
function strangerReferred(q: Quantity, ctx: SentenceContext): boolean {
  const start = q.start - ctx.offset;
  const its = /\b(?:its|their)\b[^,;:()\u2014]*$/.exec(ctx.text.slice(0, start));
  if (!its) return false;
  const m = STRANGER_SUBJECT.exec(ctx.text.slice(0, its.index));
  if (!m || COMMON_CAPITALS.test(m[1])) return false;
  return !knownNameIn(ctx, m.indices![1][0], start);
}

/** A clause's opening, a capitalized word, an adverb at most and a verb in -s or -ed. */
const CLAUSE_SUBJECT =
  String.raw`(?:[,;]\s*|\b(?:[Ss]ince|[Aa]s|[Ww]hile|[Bb]ecause|[Ww]hen|[Aa]fter|[Aa]lthough)\s+)` +
  String.raw`([A-Z][\p{Ll}][\p{L}&-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)\b`;
const STRANGER_SUBJECT = new RegExp(CLAUSE_SUBJECT, 'du');

/** A name the data knows overlaps the stretch `from` to `to` (in sentence offsets). */
function knownNameIn(ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.names.some((n) => n.end - ctx.offset > from && n.start - ctx.offset < to);
}

/**
 * A clause's opening (a comma, a word that opens a clause; not the sentence's start, where any
 * word is capitalized: "Revenue climbed"), a capitalized word, an adverb at most, a verb in -s or
 * -ed, then no break up to the figure.
 */
const STRANGER_ACTS = new RegExp(String.raw`${CLAUSE_SUBJECT}[^,;:()\u2014]*$`, 'du');

/** Up to three words after a figure, then "for" and capitalized words. */
const STRANGER_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,3}for\s+((?:[A-Z][\p{L}\p{N}&.-]*)(?:\s+[A-Z][\p{L}\p{N}&.-]*){0,2})\b/du;
/** Capitalized words after "for" that name a round, a period or a plan, not a firm or product. */
const NOT_A_NAME = /^(?:Series|Round|Fiscal|Project|Phase|Stage|Year|Quarter|Calendar)$/;

const STRANGER_BEFORE =
  /(?:^|[\s(])([A-Z][\p{L}\p{N}&.-]*)\s+(?:at|of|raises|raised)\s+(?:(?:about|roughly|around|some|nearly)\s+)?$/du;

/** A round that raised the money, not a firm: "Series E raised". */
const ROUND_RAISED = /\bSeries\s+\S+\s+raise[sd]\s+(?:\S+\s+)?$/;

const COMMON_CAPITALS = new RegExp(
  String.raw`^(?:In|On|At|By|The|A|An|And|But|As|Of|For|From|To|It|They|He|She|We|Which|Who` +
    String.raw`|This|That|AI|Inc|Corp|Labs|IPO|CEO|CFO|Jan|Feb` +
    String.raw`|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March` +
    String.raw`|April|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY)\.?$`,
);
