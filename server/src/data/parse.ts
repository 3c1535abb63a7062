import type { Document, Node } from 'yaml';
import { yaml } from './yaml';
import type { Entity } from '../engine/reference/types';
import { readFact, STATUSES } from './facts';
import {
  checkKeys,
  dateField,
  eachItem,
  errorsCount,
  ID,
  node,
  readSources,
  remember,
  str,
  strList,
  type Ctx,
  type DataError,
  type ParsedFile,
  type Path,
} from './fields';

export { STATUSES };
export type { DataError, ParsedFile };

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
/** The last day of a fiscal year, MM-DD. */
const FISCAL_YEAR_END = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
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
  const { LineCounter, parseDocument } = yaml();
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
  if (!yaml().isMap(doc.contents)) {
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

function keyNode(doc: Document, key: string): unknown {
  if (!yaml().isMap(doc.contents)) return undefined;
  return doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key)?.key;
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
    'namesake_of',
    'parent',
    'unit_words',
    'fiscal_year_end',
    'one_site',
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
  const namesakeOf = str(ctx, item, path, 'namesake_of', false, ID, 'must be an entity id');
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
  if (item.unit_words !== undefined) entity.unitWords = unitWords(ctx, item, path, parent);
  if (namesakeOf) entity.namesakeOf = namesakeOf;
  if (fiscalYearEnd) entity.fiscalYearEnd = fiscalYearEnd;
  if (item.one_site !== undefined && oneSite(ctx, item, path, kind)) entity.oneSite = true;
  if (item.parties !== undefined) entity.parties = strList(ctx, item, path, 'parties');
  if (item.roles !== undefined) entity.roles = readRoles(ctx, item.roles, [...path, 'roles']);
  if (item.sources !== undefined)
    entity.sources = readSources(ctx, item.sources, [...path, 'sources'], false);
  if (id) rememberEntity(ctx, entity, path);
  return errorsCount(ctx) === before ? entity : undefined;
}

/** `one_site: true`, which only a deal may carry; anything else is an error. */
function oneSite(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  kind: string | undefined,
): boolean {
  const at = node(ctx, [...path, 'one_site']);
  if (item.one_site !== true) ctx.fail(at, '"one_site" must be true (leave it out otherwise)');
  else if (kind !== 'deal') ctx.fail(at, '"one_site" is for deals only');
  else return true;
  return false;
}

/** Where an entity's id, names and references stand, for errors found after the files merge. */
function rememberEntity(ctx: Ctx, entity: Omit<Entity, 'file'>, path: Path): void {
  const { id, parent, namesakeOf } = entity;
  remember(ctx, `entity:${id}`, [...path, 'id']);
  entity.aliases.forEach((_, i) => remember(ctx, `alias:${id}:${i}`, [...path, 'aliases', i]));
  entity.misspellings.forEach((_, i) =>
    remember(ctx, `misspelling:${id}:${i}`, [...path, 'misspellings', i]),
  );
  if (parent) remember(ctx, `ref:${id}:parent`, [...path, 'parent']);
  if (namesakeOf) remember(ctx, `ref:${id}:namesake_of`, [...path, 'namesake_of']);
  entity.parties?.forEach((_, i) =>
    remember(ctx, `ref:${id}:parties:${i}`, [...path, 'parties', i]),
  );
  entity.roles?.forEach((_, i) =>
    remember(ctx, `ref:${id}:roles:${i}`, [...path, 'roles', i, 'of']),
  );
}

/**
 * The words of a unit's line of business: lower-case words (a hyphen is read as a space), and only
 * on an entity with a parent, whose name they follow ("Amazon's cloud unit").
 */
function unitWords(
  ctx: Ctx,
  item: Record<string, unknown>,
  path: Path,
  parent: string | undefined,
): string[] {
  const words = strList(ctx, item, path, 'unit_words');
  if (!parent) ctx.fail(node(ctx, [...path, 'unit_words']), '"unit_words" needs a "parent"');
  words.forEach((w, i) => {
    if (!UNIT_WORDS.test(w))
      ctx.fail(
        node(ctx, [...path, 'unit_words', i]),
        `each of "unit_words" must be one to three lower-case words: "${w}"`,
      );
  });
  return words;
}
const UNIT_WORDS = /^[a-z]+(?: [a-z]+){0,2}$/;

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
