import type { Entity } from '../reference/types';
import { COMPANY_NOUNS } from '../frame/words';
import type { FigureView } from './figure-view';
import { PREVIOUS_BLOCK } from '../sentence-context';

/**
 * A founding date said of a company the sentence only refers to: "Founded in 2016, the company
 * ...", "Founded in 2019 by A, B and C, the firm ...", "The company, founded in 2015 and led by
 * ..., said". The company meant is the one firmest in view around the sentence, when the sentence
 * names no other organisation and no other company around is in view as firmly (`weight`: how
 * firmly the subject is; the paragraph before will do).
 */
export function foundingOfReferred(view: FigureView, subject: Entity, weight: number): boolean {
  const { q, ctx, index, present } = view;
  if (subject.kind !== 'company' || weight < PREVIOUS_BLOCK) return false;
  const at = q.start - ctx.offset;
  const before = ctx.text.slice(0, at);
  if (!FOUNDED_BEFORE.test(before)) return false;
  const referred =
    (PARTICIPLE_OPENS.test(before) && REFERRING_AFTER.test(ctx.text.slice(q.end - ctx.offset))) ||
    REFERRING_OPENS.test(before);
  if (!referred) return false;
  const other = (id: string): boolean => id !== subject.id && index.entity(id)?.kind !== 'person';
  if (ctx.names.some((n) => other(n.entityId))) return false;
  for (const [id, p] of present)
    if (id !== subject.id && p.weight >= weight && index.entity(id)?.kind === 'company')
      return false;
  return true;
}

/** A word of founding right before the date: "founded in", "co-founded in". */
const FOUNDED = String.raw`(?:co-?)?founded\s+(?:in\s+)?`;
const FOUNDED_BEFORE = new RegExp(String.raw`\b${FOUNDED}$`, 'i');
/** The sentence opens with the participle: "Founded in". */
const PARTICIPLE_OPENS = new RegExp(String.raw`^[\s*_>-]*${FOUNDED}$`, 'i');
/** What a company is referred to as, without its name. */
const REFERRING = String.raw`(?:the|this)\s+(?:${COMPANY_NOUNS}|start-up)\b`;
/** After a leading participle's date (and its founders), the phrase's subject: ", the company". */
const REFERRING_AFTER = new RegExp(String.raw`^(?:\s+by\s+[^.;:]{1,120}?)?,\s+${REFERRING}`, 'i');
/** The sentence opens with the referring phrase, and the date is in its aside. */
const REFERRING_OPENS = new RegExp(
  String.raw`^[\s*_>"“-]*${REFERRING},\s+(?:which\s+was\s+|which\s+)?${FOUNDED}$`,
  'i',
);
