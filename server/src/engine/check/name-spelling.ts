import type { BlockReading } from '../reading';
import type { ReferenceIndex } from '../reference/index';
import type { CheckResult, Claim, Finding } from '../types';
import { replacement } from './fixes';
import { spellingFix } from './name-fix';

/**
 * Records where a block's names stand in the source, and reports and claims those misspelled
 * ("Antropic"), with the entity's own spelling as the fix.
 */
export function checkNames(
  b: BlockReading,
  index: ReferenceIndex,
  findings: Finding[],
  names: CheckResult['names'],
  claims: Claim[],
): void {
  for (const n of b.names) {
    const loose = b.block.map.toSourceLoose(n.start, n.end);
    if (!loose) continue;
    names.push({ ...n, sourceStart: loose.start, sourceEnd: loose.end });
    if (!n.misspelled) continue;
    const entity = index.entity(n.entityId);
    if (!entity) continue;
    const fixed = spellingFix(n.text, entity.name, b.block.text);
    findings.push({
      rule: 'name-spelling',
      severity: 'warning',
      start: loose.start,
      end: loose.end,
      entityId: entity.id,
      message: `"${n.text}" is spelled "${fixed}".`,
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
