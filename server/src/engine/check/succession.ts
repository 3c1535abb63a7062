import { parseIsoDate } from '../reference/dates';
import type { ReferenceIndex } from '../reference/index';
import type { Entity, Role } from '../reference/types';
import type { NameMention } from '../types';
import { quoted } from './attribution';
import { NOT_NOW } from './role-phrases';

/**
 * Successions a text states ("Garman took over from Selipsky") and who, by the data, held the role
 * the successor took.
 */

/** "A succeeded B": the text says B held the role A took. */
export interface SuccessionClaim {
  successor: NameMention;
  predecessor: NameMention;
}

/**
 * What stands between a successor and the one they followed: "succeeded", ", who took over from",
 * ", succeeding".
 */
const SUCCEEDED = new RegExp(
  String.raw`^(?:[^.;:()]{0,60}?)\b(?:succeed(?:ed|ing|s)?|took over from` +
    String.raw`|takes over from|taking over from|replac(?:ed|es|ing))\s+$`,
  'i',
);

/**
 * Pairs of people a sentence puts in succession: "Garman took over from Selipsky", "Jassy, who
 * succeeded Bezos".
 */
export function findSuccessions(
  text: string,
  names: NameMention[],
  index: ReferenceIndex,
): SuccessionClaim[] {
  const people = names.filter((n) => index.entity(n.entityId)?.kind === 'person');
  const out: SuccessionClaim[] = [];
  for (let i = 0; i + 1 < people.length; i++) {
    const [successor, predecessor] = [people[i], people[i + 1]];
    const between = text.slice(successor.end, predecessor.start);
    if (
      successor.entityId !== predecessor.entityId &&
      SUCCEEDED.test(between) &&
      !NOT_NOW.test(between) &&
      !quoted(text, successor.start)
    ) {
      out.push({ successor, predecessor });
    }
  }
  return out;
}

/**
 * Who held the role the successor took, when the data says: of the successor's roles, the one
 * that began the day another person's same role at the same organisation ended. Undefined when
 * the named predecessor is right, when no role or more than one fits, or when the named one
 * once held that role too (an earlier holder is a looser claim, not a slip).
 */
export function judgeSuccession(
  claim: SuccessionClaim,
  index: ReferenceIndex,
): { holder: Entity; role: Role } | undefined {
  const successor = index.entity(claim.successor.entityId);
  const chair = (title: string): string => (title === 'co-ceo' ? 'ceo' : title);
  const handovers: { holder: Entity; role: Role }[] = [];
  for (const role of successor?.roles ?? []) {
    const from = role.from ? parseIsoDate(role.from) : undefined;
    if (!from) continue;
    for (const h of index.roleHolders(role.of)) {
      const until = h.until ? parseIsoDate(h.until) : undefined;
      if (h.person.id === successor!.id || chair(h.title) !== chair(role.title) || !until) continue;
      if (until.min <= from.max && from.min <= until.max)
        handovers.push({ holder: h.person, role });
    }
  }
  if (handovers.some((h) => h.holder.id === claim.predecessor.entityId)) return undefined;
  if (handovers.length !== 1) return undefined;
  const [handover] = handovers;
  const predecessor = index.entity(claim.predecessor.entityId);
  if (
    predecessor?.roles?.some(
      (r) => r.of === handover.role.of && chair(r.title) === chair(handover.role.title),
    )
  )
    return undefined;
  return handover;
}
