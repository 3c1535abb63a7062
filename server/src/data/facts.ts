import { PERIODS, PROPERTIES } from '../engine/reference/properties';
import {
  AUDIT_NOTE_KINDS,
  type AuditNoteKind,
  type Fact,
  type PeriodLength,
} from '../engine/reference/types';
import {
  checkKeys,
  dateField,
  errorsCount,
  ID,
  node,
  readSources,
  remember,
  str,
  strList,
  type Ctx,
  type Path,
} from './fields';
import { compileValue } from './value';

// Reading one fact of a data file: its fields, value, sources, other values and examples.

export const STATUSES = ['verified', 'single-source', 'conflicting'];

export function readFact(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
): Omit<Fact, 'file'> | undefined {
  const before = errorsCount(ctx);
  checkKeys(ctx, item, path, [
    'id',
    'subject',
    'property',
    'value',
    'as_of',
    'status',
    'sources',
    'also',
    'superseded_by',
    'period',
    'cues',
    'led_by',
    'examples',
    'audit_notes',
  ]);
  const id = str(ctx, item, path, 'id', true, ID, 'must be kebab-case');
  const subject = str(ctx, item, path, 'subject', true, ID, 'must be an entity id');
  const property = str(ctx, item, path, 'property', true, ID, 'must be kebab-case');
  if (property && !PROPERTIES[property])
    ctx.fail(
      node(ctx, [...path, 'property']),
      `"property" must be one of the properties factlint knows: ${Object.keys(PROPERTIES).join(', ')}`,
    );
  const period = readPeriod(ctx, item, path, property);
  const asOf = dateField(ctx, item, path, 'as_of', true);
  const status = str(ctx, item, path, 'status', true);
  if (status && !STATUSES.includes(status))
    ctx.fail(node(ctx, [...path, 'status']), `"status" must be one of ${STATUSES.join(', ')}`);
  const value = readValue(ctx, item.value, [...path, 'value']);
  const sources = readSources(ctx, item.sources, [...path, 'sources'], true);
  const also = item.also === undefined ? [] : readAlso(ctx, item.also, [...path, 'also']);
  const supersededBy = str(ctx, item, path, 'superseded_by', false, ID, 'must be a fact id');
  const cues = strList(ctx, item, path, 'cues');
  const ledBy = item.led_by === undefined ? undefined : strList(ctx, item, path, 'led_by');
  if (item.examples !== undefined) readExamples(ctx, item.examples, [...path, 'examples']);
  const auditNotes = readAuditNotes(ctx, item, path);
  if (id) remember(ctx, `fact:${id}`, [...path, 'id']);
  if (subject) remember(ctx, `ref:${id}:subject`, [...path, 'subject']);
  if (supersededBy) remember(ctx, `ref:${id}:superseded_by`, [...path, 'superseded_by']);
  ledBy?.forEach((_, i) => remember(ctx, `ref:${id}:led_by:${i}`, [...path, 'led_by', i]));
  if (errorsCount(ctx) !== before || !value) return undefined;
  return {
    id: id!,
    subject: subject!,
    property: property!,
    value,
    also,
    asOf: asOf!,
    status: status as Fact['status'],
    cues,
    sources,
    ...(supersededBy ? { supersededBy } : {}),
    ...(period ? { period } : {}),
    ...(ledBy?.length ? { ledBy } : {}),
    ...(auditNotes ? { auditNotes } : {}),
  };
}

/**
 * A fact's `audit_notes`: for a list of the data audit the fact stands on, the sentence that says
 * why it stands as it is ("single-source: only Reuters reported it; the company has not commented").
 */
function readAuditNotes(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
): Fact['auditNotes'] | undefined {
  const notes = item.audit_notes;
  if (notes === undefined) return undefined;
  const at = [...path, 'audit_notes'];
  if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) {
    ctx.fail(node(ctx, at), '"audit_notes" must map audit lists to a sentence');
    return undefined;
  }
  const out: NonNullable<Fact['auditNotes']> = {};
  for (const [kind, note] of Object.entries(notes)) {
    if (!AUDIT_NOTE_KINDS.includes(kind as AuditNoteKind))
      ctx.fail(
        node(ctx, [...at, kind]),
        `audit list must be one of ${AUDIT_NOTE_KINDS.join(', ')}`,
      );
    else if (typeof note !== 'string' || note.trim().length < 10)
      ctx.fail(node(ctx, [...at, kind]), 'an audit note must say why, in a sentence');
    else out[kind as AuditNoteKind] = note.trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/** A fact's `period`: one of PERIODS, and only on a property summed over a period. */
function readPeriod(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  property: string | undefined,
): PeriodLength | undefined {
  const period = str(ctx, item, path, 'period', false);
  if (period === undefined) return undefined;
  const at = node(ctx, [...path, 'period']);
  if (!PERIODS.includes(period as PeriodLength)) {
    ctx.fail(at, `"period" must be one of ${PERIODS.join(', ')}`);
    return undefined;
  }
  if (property && PROPERTIES[property] && !PROPERTIES[property].periodSum) {
    ctx.fail(
      at,
      `"period" is for results summed over a period (revenue, capex), not "${property}"`,
    );
    return undefined;
  }
  return period as PeriodLength;
}

function readValue(ctx: Ctx, raw: unknown, path: Path): Fact['value'] | undefined {
  if (raw === undefined) {
    ctx.fail(node(ctx, path), 'missing "value"');
    return undefined;
  }
  const v = compileValue(raw);
  if ('error' in v) {
    ctx.fail(node(ctx, v.key ? [...path, v.key] : path), v.error);
    return undefined;
  }
  return v;
}

function readAlso(ctx: Ctx, raw: unknown, path: Path): Fact['also'] {
  if (!Array.isArray(raw)) {
    ctx.fail(node(ctx, path), '"also" must be a list of { value, sources }');
    return [];
  }
  return raw.flatMap((a, i) => {
    const p = [...path, i];
    if (!a || typeof a !== 'object') {
      ctx.fail(node(ctx, p), 'each of "also" is a mapping { value, sources }');
      return [];
    }
    checkKeys(ctx, a as Record<string, unknown>, p, ['value', 'sources']);
    const value = readValue(ctx, (a as Record<string, unknown>).value, [...p, 'value']);
    const sources = readSources(
      ctx,
      (a as Record<string, unknown>).sources,
      [...p, 'sources'],
      true,
    );
    return value ? [{ value, sources }] : [];
  });
}

function readExamples(ctx: Ctx, raw: unknown, path: Path): void {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    ctx.fail(
      node(ctx, path),
      '"examples" must be a mapping { supported: [...], contradicted: [...] }',
    );
    return;
  }
  const item = raw as Record<string, unknown>;
  checkKeys(ctx, item, path, ['supported', 'contradicted']);
  strList(ctx, item, path, 'supported');
  strList(ctx, item, path, 'contradicted');
}
