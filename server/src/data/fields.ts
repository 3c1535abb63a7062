import type { Document } from 'yaml';
import { yaml } from './yaml';
import type { Entity, Fact, Source } from '../engine/reference/types';

// What every reader of a data file shares: where a value was written, and the checks of one
// field at a time, each failing with the file's line and column.

export interface DataError {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  message: string;
}

/** One data file, parsed and checked on its own; cross-file checks happen in `merge`. */
export interface ParsedFile {
  file: string;
  entities: Entity[];
  facts: Fact[];
  errors: DataError[];
  /** where each id, alias and reference was written, for cross-file messages */
  positions: Map<string, { line: number; column: number }>;
}

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export interface Ctx {
  doc: Document;
  fail: (node: unknown, message: string) => void;
  at: (node: unknown) => { line: number; column: number };
  positions: ParsedFile['positions'];
  errors: DataError[];
}

export type Path = (string | number)[];

export function node(ctx: Ctx, path: Path): unknown {
  return ctx.doc.getIn(path, true) ?? ctx.doc.getIn(path.slice(0, -1), true);
}

export function eachItem(
  ctx: Ctx,
  key: string,
  list: unknown,
  fn: (item: Record<string, unknown>, path: Path) => void,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || !yaml().isSeq(ctx.doc.getIn([key], true))) {
    ctx.fail(node(ctx, [key]), `"${key}" must be a list`);
    return;
  }
  list.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item))
      ctx.fail(node(ctx, [key, i]), `each of "${key}" must be a mapping`);
    else fn(item as Record<string, unknown>, [key, i]);
  });
}

export function checkKeys(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  allowed: string[],
): boolean {
  let ok = true;
  for (const k of Object.keys(item)) {
    if (!allowed.includes(k)) {
      ctx.fail(
        node(ctx, [...path, k]),
        `unknown field "${k}"; expected one of ${allowed.join(', ')}`,
      );
      ok = false;
    }
  }
  return ok;
}

export function str(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  key: string,
  required: boolean,
  pattern?: RegExp,
  hint?: string,
): string | undefined {
  const v = item[key];
  if (v === undefined || v === null) {
    if (required) ctx.fail(node(ctx, path), `missing "${key}"`);
    return undefined;
  }
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string' || !s.trim()) {
    ctx.fail(node(ctx, [...path, key]), `"${key}" must be a non-empty string`);
    return undefined;
  }
  if (pattern && !pattern.test(s)) {
    ctx.fail(node(ctx, [...path, key]), `"${key}" ${hint ?? `does not match ${pattern}`}: "${s}"`);
    return undefined;
  }
  return s.trim();
}

export function strList(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  key: string,
): string[] {
  const v = item[key];
  if (v === undefined || v === null) return [];
  // YAML reads a bare 2026 as a number; a list of words may hold it as written
  if (
    !Array.isArray(v) ||
    !v.every((x) => (typeof x === 'string' && x.trim()) || typeof x === 'number')
  ) {
    ctx.fail(node(ctx, [...path, key]), `"${key}" must be a list of non-empty strings`);
    return [];
  }
  return v.map((x: string | number) => String(x).trim());
}

export function dateField(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  key: string,
  required: boolean,
): string | undefined {
  const s = str(ctx, item, path, key, required, ISO, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
  if (s && !isRealDate(s)) {
    ctx.fail(node(ctx, [...path, key]), `"${key}" is not a real date: "${s}"`);
    return undefined;
  }
  return s;
}

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate())) return false;
  return y >= 1800 && y <= 2200;
}

export function readSources(ctx: Ctx, raw: unknown, path: Path, required: boolean): Source[] {
  if (!Array.isArray(raw) || (required && raw.length === 0)) {
    ctx.fail(
      node(ctx, path),
      'a fact needs "sources": a list of at least one { url, publisher, date, says }',
    );
    return [];
  }
  return raw.flatMap((s, i) => {
    const p = [...path, i];
    if (!s || typeof s !== 'object') {
      ctx.fail(node(ctx, p), 'a source is a mapping { url, publisher, date, says }');
      return [];
    }
    const item = s as Record<string, unknown>;
    checkKeys(ctx, item, p, ['url', 'publisher', 'date', 'says']);
    const url = str(
      ctx,
      item,
      p,
      'url',
      true,
      /^https?:\/\/[^\s/$.?#][^\s]*$/i,
      'must be an http(s) URL',
    );
    const publisher = str(ctx, item, p, 'publisher', true);
    const says = str(ctx, item, p, 'says', true);
    if (!('date' in item))
      ctx.fail(node(ctx, p), 'missing "date" (write null when the page has no date)');
    const date = item.date === null ? null : (dateField(ctx, item, p, 'date', false) ?? null);
    if (!url || !publisher || !says) return [];
    return [{ url, publisher, date, says }];
  });
}

export function remember(ctx: Ctx, key: string, path: Path): void {
  ctx.positions.set(key, ctx.at(ctx.doc.getIn(path, true)));
}

export function errorsCount(ctx: Ctx): number {
  return ctx.errors.length;
}
