import type { Entity } from '../reference/types';
import { FOUNDER_TITLES, titleText } from '../reference/titles';
import type { AttributionClaim } from './attribution';

/**
 * What a wrong holder's finding says, and the names it offers in the person's place: the one
 * holder; co-CEOs named together, as one fix; a company's founders each a fix of their own.
 * `held`: the title the holders hold, when not the one written.
 */
export function wrongHolderText(
  claim: AttributionClaim,
  org: string,
  holders: readonly Entity[],
  held?: string,
): { message: string; fixNames: string[] } {
  const title = titleText(held ?? claim.title);
  const founders = FOUNDER_TITLES.has(claim.title);
  const names = holders.map((h) => h.name);
  const who =
    holders.length === 1
      ? `${names[0]} is`
      : founders
        ? `its founders are ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
        : `${names.join(' and ')} are, as co-CEOs`;
  const written = holders.map((h) => asWritten(claim.person.text, h));
  // (a company given as the person's own: whose it is, by the title that makes it so)
  const message = claim.owned
    ? `${org} is not ${claim.person.text}'s company: ${names[0]} is its ${title}`
    : founders
      ? `${claim.person.text} is not a founder of ${org}: ${who}`
      : `${claim.person.text} is not the ${title} of ${org}: ${who}`;
  return { message, fixNames: founders ? written : [written.join(' and ')] };
}

/** A person's name written in full or by surname, as the text wrote the one it replaces. */
export function asWritten(written: string, person: Entity): string {
  return written.includes(' ') ? person.name : person.name.split(' ').pop()!;
}
