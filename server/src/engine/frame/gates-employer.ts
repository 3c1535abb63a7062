import type { SentenceContext } from '../reading';
import { TITLE } from '../reference/titles';
import type { NameMention } from '../types';
import type { Gate } from './gate';

/**
 * A company named only as where people once worked ("former OpenAI executives", "ex-Google
 * engineers", "former OpenAI CTO Mira Murati") is no party to what the sentence says: its deals
 * and figures are not the sentence's.
 */
export const FORMER_EMPLOYER: Gate = {
  id: 'scope/former-employer',
  summary:
    'A company named only as where people once worked ("founded by former OpenAI researchers") ' +
    "is not what the sentence's figure is about: neither its own facts nor its deals'.",
  vetoes: (_frame, fact, _q, ctx, index) => {
    const former = formerEmployers(ctx);
    if (former.size === 0) return false;
    const parties = index.entity(fact.subject)?.parties ?? [];
    return former.has(fact.subject) || parties.some((p) => former.has(p));
  },
  // (whose figure it is, is plain: a fact of the former employer agreeing with it is chance)
  agreementCounts: false,
  examples: {
    silent: [
      // (Microsoft's 2023 investment was in OpenAI, about $10 billion)
      '---\ndate: 2025-01-10\n---\n\nRun by former OpenAI researchers, the lab took a $3 ' +
        'billion investment from Microsoft in 2023.',
    ],
    caught: [
      '---\ndate: 2025-01-10\n---\n\nOpenAI took a $3 billion investment from Microsoft in 2023.',
    ],
  },
};

/** Words before a company's name that put people's work there in the past. */
const FORMER_BEFORE = /\b(?:former|ex-?)\s*$/i;
/** Who worked there, right after the name: "researchers", "chief scientist Ilya Sutskever". */
const PEOPLE_AFTER = new RegExp(
  String.raw`^\s+(?:[a-z][\w-]*\s+)?(?:executives?|employees?|engineers?|researchers?|` +
    String.raw`scientists?|staff(?:ers)?|leaders?|colleagues?|workers?|managers?|` +
    String.raw`${TITLE})\b`,
  'i',
);

/** The companies the sentence names only as where people once worked (once per sentence). */
function formerEmployers(ctx: SentenceContext): ReadonlySet<string> {
  let ids = employersOf.get(ctx);
  if (!ids) {
    const asFormer = (n: NameMention): boolean =>
      FORMER_BEFORE.test(ctx.text.slice(0, n.start - ctx.offset)) &&
      PEOPLE_AFTER.test(ctx.text.slice(n.end - ctx.offset));
    const former = new Set<string>();
    const otherwise = new Set<string>();
    for (const n of ctx.names) (asFormer(n) ? former : otherwise).add(n.entityId);
    for (const id of otherwise) former.delete(id);
    ids = former;
    employersOf.set(ctx, ids);
  }
  return ids;
}
const employersOf = new WeakMap<SentenceContext, ReadonlySet<string>>();
