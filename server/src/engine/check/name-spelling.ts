import type { BlockReading } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { Entity } from '../reference/types';
import type { CheckResult, Claim, Finding, NameMention } from '../types';
import { replacement } from './fixes';
import { NO_DOCUMENT_NAMES, type DocumentNames } from './document-names';
import { meantSpelling, putsSpaceBack, spellingFix } from './name-fix';

/**
 * Records where a block's names stand in the source, and reports and claims those misspelled
 * ("Antropic") or written in another case ("Softbank"), with the entity's own spelling as the fix.
 */
export function checkNames(
  b: BlockReading,
  index: ReferenceIndex,
  findings: Finding[],
  names: CheckResult['names'],
  claims: Claim[],
  doc: DocumentNames = NO_DOCUMENT_NAMES,
): void {
  // (a surname one slip off is misspelt only when the document names its person too)
  const slips = (b.surnameSlips ?? []).filter((n) => doc.slipped.has(n.entityId));
  for (const n of slips.length ? [...b.names, ...slips] : b.names) {
    const loose = b.block.map.toSourceLoose(n.start, n.end);
    if (!loose) continue;
    names.push({ ...n, sourceStart: loose.start, sourceEnd: loose.end });
    // "Alexander Wang" beside Scale AI: a namesake's name where the other's organisations are named
    const namesake = namesakeMeant(n, b, index);
    if (!n.misspelled && !namesake) continue;
    const entity = namesake ?? index.entity(n.entityId);
    if (!entity) continue;
    const meant = n.surname ?? meantSpelling(n.text, entity, doc.spellings.get(entity.id));
    const fixed = spellingFix(n.text, meant, b.block.text);
    // "Softbank" for SoftBank: the letters are right and only the case differs, which a house
    // style may keep; a rule of its own, so that it can be turned down alone
    const styleOnly = n.text.toLowerCase() === fixed.toLowerCase();
    findings.push({
      rule: styleOnly ? 'name-style' : 'name-spelling',
      severity: 'warning',
      start: loose.start,
      end: loose.end,
      entityId: entity.id,
      message: styleOnly
        ? `"${n.text}" is styled "${fixed}" by its owner.`
        : putsSpaceBack(n.text, fixed)
          ? `"${n.text}" runs two words together: "${fixed}".`
          : `"${n.text}" is spelled "${fixed}".`,
      fixes: replacement(b.block.map.toSource(n.start, n.end), fixed),
    });
    claims.push({
      start: loose.start,
      end: loose.end,
      text: n.text,
      kind: 'name',
      status: 'wrong',
      entityId: entity.id,
    });
  }
}

/**
 * The entity a namesake's name stands for where that entity's organisations are named in the same
 * block ("Alexander Wang, who founded Scale AI" is Alexandr Wang); undefined elsewhere, where the
 * name is its own.
 */
function namesakeMeant(n: NameMention, b: BlockReading, index: ReferenceIndex): Entity | undefined {
  const other = index.entity(index.entity(n.entityId)?.namesakeOf ?? '');
  if (!other?.roles) return undefined;
  const orgs = new Set(other.roles.map((r) => r.of));
  return b.names.some((m) => index.lineage(m.entityId).some((id) => orgs.has(id)))
    ? other
    : undefined;
}
