import type { BlockReading } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Entity } from '../reference/types';
import type { Finding } from '../types';
import { describeFactSubject, describeValue, shortDate, sourceNote } from './describe';
import { replacement } from './fixes';
import type { SwappedPartner } from './partners';
import type { MisattributedLead } from './round-leads';

/**
 * Findings about who took part in a deal or a round: a round's lead its sources do not name, a
 * deal's partner written wrong; and how to write the names their fixes put in.
 */

/**
 * A column of a round's leads: "Lead", "Led by", "Lead investors"; not "Key investors", which lists
 * more.
 */
export const LEAD_COLUMN = /^\s*(?:co-?)?(?:leads?|led by|lead(?:ing)? investors?)\s*$/i;

/**
 * A name written as a round's lead that its sources do not name (`offset`: where the name's text
 * starts in the block).
 */
export function leadFinding(
  { name, round, leads }: MisattributedLead,
  b: BlockReading,
  offset: number,
  index: ReferenceIndex,
): Finding[] {
  const start = name.start + offset;
  const end = name.end + offset;
  const at = b.block.map.toSourceLoose(start, end);
  if (!at || leads.length === 0) return [];
  const source = round.sources.find((s) => /\bled\b/i.test(s.says)) ?? round.sources[0];
  const company = index.entity(round.subject)?.name ?? round.subject;
  return [
    {
      rule: 'wrong-attribution',
      severity: 'error',
      start: at.start,
      end: at.end,
      entityId: leads[0].id,
      fact: round,
      message:
        `${name.text} did not lead ${company}'s ${describeValue(round.value)} round ` +
        `of ${shortDate(round.asOf)}: ${namesInFull(leads)} ${leads.length > 1 ? 'co-led' : 'led'} it` +
        `${sourceNote(source)}.`,
      fixes: nameForms(leads, name.text).flatMap((form) =>
        replacement(b.block.map.toSource(start, end), form),
      ),
    },
  ];
}

/** A deal's partner written wrong, where the figure beside it is the deal's with another party. */
export function partnerFinding(
  { name, partner, fact }: SwappedPartner,
  b: BlockReading,
  index: ReferenceIndex,
): Finding[] {
  const at = b.block.map.toSourceLoose(name.start, name.end);
  if (!at) return [];
  const source = fact.sources[0];
  return [
    {
      rule: 'wrong-attribution',
      severity: 'error',
      start: at.start,
      end: at.end,
      entityId: partner.id,
      fact,
      message:
        `${name.text} is not the partner here: ` +
        `${describeFactSubject(fact, index)} is ${describeValue(fact.value)}, with ${partner.name}` +
        `${sourceNote(source)}.`,
      fixes: nameForms([partner], name.text).flatMap((form) =>
        replacement(b.block.map.toSource(name.start, name.end), form),
      ),
    },
  ];
}

/** "A", "A and B", "A, B and C". */
function namesInFull(entities: Entity[]): string {
  const names = entities.map((e) => e.name);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
    : names[0];
}

/**
 * How to write the names a fix puts in (a round's leads, a partner): in full, and for one with a
 * short form of its name ("Lightspeed" for Lightspeed Venture Partners) that too, first when the
 * writer wrote one word.
 */
export function nameForms(entities: Entity[], written: string): string[] {
  const full = namesInFull(entities);
  if (entities.length !== 1) return [full];
  const short = entities[0].aliases
    .filter((a) => full.startsWith(`${a} `))
    .sort((a, b) => a.length - b.length)[0];
  if (!short) return [full];
  return written.includes(' ') ? [full, short] : [short, full];
}
