import { readFileSync } from 'node:fs';
import { PERIODS, PROPERTIES } from '../../server/src/engine/reference/properties';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataFilesIn } from '../../server/src/data/load';
import { ENTITY_KINDS, ROLE_TITLES, STATUSES } from '../../server/src/data/parse';
import { VALUE_KEYS } from '../../server/src/data/value';
import { ROOT } from '../helpers';

/** The JSON Schema the editor uses for data files must say what the loader accepts. */
const schema = JSON.parse(readFileSync(resolve(ROOT, 'reference-data/schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('reference-data/schema.json', () => {
  it.each(
    dataFilesIn(resolve(ROOT, 'reference-data/data')).map((f) => [f.replace(`${ROOT}/`, ''), f]),
  )('accepts %s', (_name, file) => {
    const ok = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what the loader rejects', () => {
    for (const bad of [
      { people: [] },
      { entities: [{ id: 'Bad Id', name: 'x', kind: 'company' }] },
      { entities: [{ id: 'a', name: 'x', kind: 'robot' }] },
      {
        facts: [
          {
            id: 'f',
            subject: 'a',
            property: 'profit',
            value: { money: 1 },
            as_of: '2025',
            status: 'verified',
            sources: [{ url: 'https://x.y', publisher: 'p', date: null, says: 's' }],
          },
        ],
      },
      {
        facts: [
          {
            id: 'f',
            subject: 'a',
            property: 'value',
            value: { money: 1, years: 2 },
            as_of: '2025',
            status: 'verified',
            sources: [],
          },
        ],
      },
      {
        facts: [
          {
            id: 'f',
            subject: 'a',
            property: 'value',
            value: { count: 1 },
            as_of: '2025',
            status: 'verified',
            sources: [{ url: 'https://x.y', publisher: 'p', date: null, says: 's' }],
          },
        ],
      },
    ])
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
  });

  it('lists the same kinds, titles, statuses and value keys as the loader', () => {
    const defs = schema.definitions;
    expect(defs.entity.properties.kind.enum).toEqual(ENTITY_KINDS);
    expect(defs.role.properties.title.enum).toEqual(ROLE_TITLES);
    expect(defs.fact.properties.status.enum).toEqual(STATUSES);
    expect(defs.fact.properties.property.enum).toEqual(Object.keys(PROPERTIES));
    expect(defs.fact.properties.period.enum).toEqual(PERIODS);
    expect(
      Object.keys(defs.value.properties).filter(
        (k) => !['currency', 'noun', 'approx', 'bound'].includes(k),
      ),
    ).toEqual(VALUE_KEYS);
  });
});
