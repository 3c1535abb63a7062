import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Entity, Fact, Source } from '../engine/reference/types';
import { compileValue } from './value';

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

export const ENTITY_KINDS = [
  'company',
  'person',
  'product',
  'model',
  'chip',
  'deal',
  'fund',
  'site',
  'project',
  'organization',
];
export const ROLE_TITLES = [
  'ceo',
  'co-ceo',
  'cfo',
  'coo',
  'cto',
  'president',
  'chair',
  'executive-chair',
  'vice-chair',
  'founder',
  'co-founder',
];
export const STATUSES = ['verified', 'single-source', 'conflicting'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The last day of a fiscal year, MM-DD. */
const FISCAL_YEAR_END = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** Caps that keep a hostile file from costing more than a real one. */
const MAX_FILE_CHARS = 5_000_000;
const MAX_ALIAS_COUNT = 100;

const TOO_DEEP = 'it nests too deeply (a data file needs a few levels)';

/** Why the YAML library gave up, in words: a stack overflow means nesting no data file needs. */
function unreadable(e: unknown): string {
  return e instanceof RangeError ? TOO_DEEP : (e as Error).message;
}

/**
 * Parses a YAML data file and checks every field, reporting each problem at its line and column.
 * Entries with errors are left out; the rest of the file still loads.
 */
export function parseDataFile(file: string, text: string): ParsedFile {
  const out: ParsedFile = { file, entities: [], facts: [], errors: [], positions: new Map() };
  if (text.length > MAX_FILE_CHARS) {
    out.errors.push({
      file,
      line: 1,
      column: 1,
      message: `file is larger than ${MAX_FILE_CHARS} characters`,
    });
    return out;
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    out.errors.push({ file, line: 1, column: 1, message: `cannot parse YAML: ${unreadable(e)}` });
    return out;
  }
  const at = (node: unknown): { line: number; column: number } => {
    const range = (node as Node | undefined)?.range;
    if (!range) return { line: 1, column: 1 };
    const pos = lines.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  };
  const fail = (node: unknown, message: string): void => {
    out.errors.push({ file, ...at(node), message });
  };
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    const message = /maximum call stack/i.test(e.message)
      ? `cannot parse YAML: ${TOO_DEEP}`
      : e.message.split('\n')[0];
    out.errors.push({ file, line: pos.line, column: pos.col, message });
  }
  if (doc.errors.length) return out;
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    fail(doc.contents, `cannot read YAML: ${unreadable(e)}`);
    return out;
  }
  if (js === null || js === undefined) return out;
  if (!isMap(doc.contents)) {
    fail(doc.contents, 'a data file is a mapping with "entities" and/or "facts" lists');
    return out;
  }
  const root = js as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (key !== 'entities' && key !== 'facts')
      fail(keyNode(doc, key), `unknown top-level key "${key}"; expected "entities" or "facts"`);
  }
  const ctx: Ctx = { doc, fail, at, positions: out.positions, errors: out.errors };
  eachItem(ctx, 'entities', root.entities, (item, path) => {
    const e = readEntity(ctx, item, path);
    if (e) out.entities.push({ ...e, file });
  });
  eachItem(ctx, 'facts', root.facts, (item, path) => {
    const f = readFact(ctx, item, path);
    if (f) out.facts.push({ ...f, file });
  });
  return out;
}

interface Ctx {
  doc: Document;
  fail: (node: unknown, message: string) => void;
  at: (node: unknown) => { line: number; column: number };
  positions: ParsedFile['positions'];
  errors: DataError[];
}
type Path = (string | number)[];

function keyNode(doc: Document, key: string): unknown {
  if (!isMap(doc.contents)) return undefined;
  return doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key)?.key;
}

function node(ctx: Ctx, path: Path): unknown {
  return ctx.doc.getIn(path, true) ?? ctx.doc.getIn(path.slice(0, -1), true);
}

function eachItem(
  ctx: Ctx,
  key: string,
  list: unknown,
  fn: (item: Record<string, unknown>, path: Path) => void,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || !isSeq(ctx.doc.getIn([key], true))) {
    ctx.fail(node(ctx, [key]), `"${key}" must be a list`);
    return;
  }
  list.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item))
      ctx.fail(node(ctx, [key, i]), `each of "${key}" must be a mapping`);
    else fn(item as Record<string, unknown>, [key, i]);
  });
}

function checkKeys(
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

function str(
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

function strList(ctx: Ctx, item: Record<string, unknown>, path: Path, key: string): string[] {
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

function dateField(
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

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate())) return false;
  return y >= 1800 && y <= 2200;
}

function readEntity(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
): Omit<Entity, 'file'> | undefined {
  const before = errorsCount(ctx);
  checkKeys(ctx, item, path, [
    'id',
    'name',
    'kind',
    'aliases',
    'misspellings',
    'parent',
    'fiscal_year_end',
    'parties',
    'roles',
    'sources',
  ]);
  const id = str(ctx, item, path, 'id', true, ID, 'must be kebab-case');
  const name = str(ctx, item, path, 'name', true);
  const kind = str(ctx, item, path, 'kind', true);
  if (kind && !ENTITY_KINDS.includes(kind))
    ctx.fail(node(ctx, [...path, 'kind']), `"kind" must be one of ${ENTITY_KINDS.join(', ')}`);
  const entity: Omit<Entity, 'file'> = {
    id: id ?? '',
    name: name ?? '',
    kind: kind ?? '',
    aliases: strList(ctx, item, path, 'aliases'),
    misspellings: strList(ctx, item, path, 'misspellings'),
  };
  const parent = str(ctx, item, path, 'parent', false, ID, 'must be an entity id');
  const fiscalYearEnd = str(
    ctx,
    item,
    path,
    'fiscal_year_end',
    false,
    FISCAL_YEAR_END,
    'must be MM-DD',
  );
  // a name without a letter ("3", "2026") would be found in every such number in a draft
  const letterless = (written: string): boolean => !/\p{L}/u.test(written);
  if (name && letterless(name))
    ctx.fail(node(ctx, [...path, 'name']), `"name" must contain a letter: "${name}"`);
  for (const key of ['aliases', 'misspellings'] as const) {
    entity[key].forEach((written, i) => {
      if (letterless(written))
        ctx.fail(
          node(ctx, [...path, key, i]),
          `each of "${key}" must contain a letter: "${written}"`,
        );
    });
  }
  if (parent) entity.parent = parent;
  if (fiscalYearEnd) entity.fiscalYearEnd = fiscalYearEnd;
  if (item.parties !== undefined) entity.parties = strList(ctx, item, path, 'parties');
  if (item.roles !== undefined) entity.roles = readRoles(ctx, item.roles, [...path, 'roles']);
  if (item.sources !== undefined)
    entity.sources = readSources(ctx, item.sources, [...path, 'sources'], false);
  if (id) remember(ctx, `entity:${id}`, [...path, 'id']);
  entity.aliases.forEach((_, i) => remember(ctx, `alias:${id}:${i}`, [...path, 'aliases', i]));
  entity.misspellings.forEach((_, i) =>
    remember(ctx, `misspelling:${id}:${i}`, [...path, 'misspellings', i]),
  );
  if (parent) remember(ctx, `ref:${id}:parent`, [...path, 'parent']);
  entity.parties?.forEach((_, i) =>
    remember(ctx, `ref:${id}:parties:${i}`, [...path, 'parties', i]),
  );
  entity.roles?.forEach((_, i) =>
    remember(ctx, `ref:${id}:roles:${i}`, [...path, 'roles', i, 'of']),
  );
  return errorsCount(ctx) === before ? entity : undefined;
}

function readRoles(ctx: Ctx, raw: unknown, path: Path): Entity['roles'] {
  if (!Array.isArray(raw)) {
    ctx.fail(node(ctx, path), '"roles" must be a list of { title, of, from?, until? }');
    return [];
  }
  return raw.flatMap((r, i) => {
    const p = [...path, i];
    if (!r || typeof r !== 'object') {
      ctx.fail(node(ctx, p), 'a role is a mapping { title, of, from?, until? }');
      return [];
    }
    const item = r as Record<string, unknown>;
    checkKeys(ctx, item, p, ['title', 'of', 'from', 'until']);
    const title = str(ctx, item, p, 'title', true);
    if (title && !ROLE_TITLES.includes(title))
      ctx.fail(node(ctx, [...p, 'title']), `"title" must be one of ${ROLE_TITLES.join(', ')}`);
    const of = str(ctx, item, p, 'of', true, ID, 'must be an entity id');
    const from = dateField(ctx, item, p, 'from', false);
    const until = dateField(ctx, item, p, 'until', false);
    if (from && until && until < from)
      ctx.fail(node(ctx, [...p, 'until']), `"until" (${until}) is before "from" (${from})`);
    if (!title || !of) return [];
    return [{ title, of, ...(from ? { from } : {}), ...(until ? { until } : {}) }];
  });
}

function readSources(ctx: Ctx, raw: unknown, path: Path, required: boolean): Source[] {
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

function readFact(
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
    'cues',
    'led_by',
    'examples',
  ]);
  const id = str(ctx, item, path, 'id', true, ID, 'must be kebab-case');
  const subject = str(ctx, item, path, 'subject', true, ID, 'must be an entity id');
  const property = str(ctx, item, path, 'property', true, ID, 'must be kebab-case');
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
    ...(ledBy?.length ? { ledBy } : {}),
  };
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

function remember(ctx: Ctx, key: string, path: Path): void {
  ctx.positions.set(key, ctx.at(ctx.doc.getIn(path, true)));
}

function errorsCount(ctx: Ctx): number {
  return ctx.errors.length;
}
