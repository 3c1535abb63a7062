import { describe, expect, it } from 'vitest';
import { composeData } from '../../server/src/data/compose';
import { mergeLayers } from '../../server/src/data/merge';
import { parseDataFile } from '../../server/src/data/parse';

const SOURCE =
  '    sources: [{ url: https://example.com/a, publisher: Ex, date: 2025-01-01, says: It is so. }]';
const fact = (id: string, extra = ''): string =>
  `  - id: ${id}\n    subject: acme\n    property: valuation\n    value: { money: 1e9 }\n    as_of: 2025-01-01\n    status: verified\n${SOURCE}\n${extra}`;
const acme = 'entities:\n  - id: acme\n    name: Acme\n    kind: company\n';

/** [what is wrong, file text, line, column, message fragment] */
const ERRORS: [string, string, number, number, string][] = [
  ['YAML syntax', 'entities:\n  - id: [unclosed\n', 3, 1, 'Flow sequence'],
  ['unknown top-level key', 'people: []\n', 1, 1, 'unknown top-level key "people"'],
  ['entities not a list', 'entities: 3\n', 1, 11, '"entities" must be a list'],
  ['missing name', 'entities:\n  - id: acme\n    kind: company\n', 2, 5, 'missing "name"'],
  [
    'bad id',
    'entities:\n  - id: Acme Corp\n    name: Acme\n    kind: company\n',
    2,
    9,
    'must be kebab-case',
  ],
  [
    'bad kind',
    'entities:\n  - id: acme\n    name: Acme\n    kind: robot\n',
    4,
    11,
    '"kind" must be one of',
  ],
  [
    'unknown field',
    'entities:\n  - id: acme\n    name: Acme\n    kind: company\n    nick: A\n',
    5,
    11,
    'unknown field "nick"',
  ],
  [
    'fact without source',
    `${acme}facts:\n  - id: f\n    subject: acme\n    property: valuation\n    value: { money: 1e9 }\n    as_of: 2025-01-01\n    status: verified\n    sources: []\n`,
    12,
    14,
    'needs "sources"',
  ],
  [
    'non-http url',
    `${acme}facts:\n${fact('f').replace('https://example.com/a', 'ftp://example.com/a')}`,
    12,
    22,
    'must be an http(s) URL',
  ],
  [
    'impossible date',
    `${acme}facts:\n${fact('f').replace('as_of: 2025-01-01', 'as_of: 2025-02-30')}`,
    10,
    12,
    'not a real date',
  ],
  [
    'two dimension keys',
    `${acme}facts:\n${fact('f').replace('{ money: 1e9 }', '{ money: 1e9, years: 2 }')}`,
    9,
    12,
    'exactly one of',
  ],
  [
    'count without noun',
    `${acme}facts:\n${fact('f').replace('{ money: 1e9 }', '{ count: 5 }')}`,
    9,
    12,
    'needs "noun"',
  ],
  [
    'bad status',
    `${acme}facts:\n${fact('f').replace('status: verified', 'status: rumour')}`,
    11,
    13,
    '"status" must be one of',
  ],
  [
    'unknown property',
    `${acme}facts:\n${fact('f').replace('property: valuation', 'property: profit')}`,
    8,
    15,
    '"property" must be one of the properties factlint knows',
  ],
  [
    'period of an unknown length',
    `${acme}facts:\n${fact('f', '    period: month\n').replace('valuation', 'revenue')}`,
    13,
    13,
    '"period" must be one of quarter, half, year',
  ],
  [
    'period on a property not summed over a period',
    `${acme}facts:\n${fact('f', '    period: quarter\n')}`,
    13,
    13,
    '"period" is for results summed over a period',
  ],
];

describe('data file validation', () => {
  it.each(ERRORS)('%s', (_what, text, line, column, message) => {
    const parsed = parseDataFile('x.yaml', text);
    const merged = mergeLayers([[parsed]]);
    expect(merged.errors.length).toBeGreaterThan(0);
    expect(merged.errors[0]).toMatchObject({ file: 'x.yaml', line, column });
    expect(merged.errors[0].message).toContain(message);
  });

  it('loads a valid file with no errors', () => {
    const merged = mergeLayers([[parseDataFile('ok.yaml', `${acme}facts:\n${fact('f')}`)]]);
    expect(merged.errors).toEqual([]);
    expect(merged.dataset.facts.map((f) => f.id)).toEqual(['f']);
  });

  it('reports cross-file problems at their position', () => {
    const a = parseDataFile('a.yaml', `${acme}facts:\n${fact('f')}`);
    const b = parseDataFile(
      'b.yaml',
      `entities:\n  - id: acme\n    name: Acme Two\n    kind: company\n  - id: beta\n    name: Beta\n    kind: company\n    aliases: [Acme]\n    parent: nowhere\nfacts:\n${fact('g').replace('subject: acme', 'subject: ghost').replace('status: verified', 'status: verified\n    superseded_by: none\n    led_by: [acme, nobody]')}`,
    );
    const messages = mergeLayers([[a, b]]).errors.map(
      (e) => `${e.file}:${e.line}:${e.column}: ${e.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^b\.yaml:2:9: duplicate entity id "acme" \(also in a\.yaml:2\)/),
        expect.stringMatching(/^b\.yaml:8:15: alias "Acme" is already the name of "acme"/),
        expect.stringMatching(/^b\.yaml:9:13: parent "nowhere" is not a known entity id/),
        expect.stringMatching(/^b\.yaml:12:14: subject "ghost" is not a known entity id/),
        expect.stringMatching(/^b\.yaml:\d+:\d+: superseded_by "none" is not a known fact id/),
        expect.stringMatching(/^b\.yaml:18:20: lead investor "nobody" is not a known entity id/),
      ]),
    );
  });

  it('reports a namesake that is no known entity, at its position', () => {
    const file = parseDataFile(
      'n.yaml',
      'entities:\n  - id: jon-doe\n    name: Jon Doe\n    kind: person\n    namesake_of: nobody\n',
    );
    const messages = mergeLayers([[file]]).errors.map(
      (e) => `${e.file}:${e.line}:${e.column}: ${e.message}`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^n\.yaml:5:18: namesake "nobody" is not a known entity id/),
    ]);
  });

  it("reports a unit's words without a parent, or not in lower case, at their position", () => {
    const file = parseDataFile(
      'u.yaml',
      'entities:\n  - id: acme-cloud\n    name: Acme Cloud\n    kind: company\n' +
        '    unit_words: [cloud, Cloud Services]\n',
    );
    const messages = file.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^u\.yaml:5:17: "unit_words" needs a "parent"/),
      expect.stringMatching(/^u\.yaml:5:25: each of "unit_words" must be one to three lower-case/),
    ]);
  });

  it('reads one_site on a deal, and reports it elsewhere or not true, at its position', () => {
    const entity = (kind: string, flag: string): string =>
      `  - id: acme-${kind}\n    name: Acme ${kind}\n    kind: ${kind}\n    one_site: ${flag}\n`;
    const file = parseDataFile(
      'o.yaml',
      `entities:\n${entity('deal', 'true')}${entity('company', 'true')}${entity('site', 'yes')}`,
    );
    expect(file.entities.map((e) => [e.id, e.oneSite])).toEqual([['acme-deal', true]]);
    const messages = file.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^o\.yaml:9:15: "one_site" is for deals only/),
      expect.stringMatching(/^o\.yaml:13:15: "one_site" must be true/),
    ]);
  });

  it('lets a later layer override an id, and keeps serving good entries of a broken file', () => {
    const base = parseDataFile('base.yaml', `${acme}facts:\n${fact('f')}`);
    const user = parseDataFile(
      'user.yaml',
      `facts:\n${fact('f').replace('1e9', '2e9')}\n${fact('bad').replace('status: verified', 'status: nope')}`,
    );
    const { index, errors } = composeData({ entities: base.entities, facts: base.facts }, [user]);
    expect(index.fact('f')?.value.min).toBe(2e9);
    expect(index.fact('bad')).toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it.each([
    [
      'flow nesting 100,000 deep',
      `entities: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      'nests too deeply',
    ],
    [
      'block nesting 1,500 deep',
      `entities:\n${Array.from({ length: 1_500 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n')}x\n`,
      'nests too deeply',
    ],
    ['a 6 MB file', `entities: []\n# ${'x'.repeat(6_000_000)}\n`, 'larger than 5000000 characters'],
    [
      'a name that is a number',
      `entities:\n  - id: acme\n    name: 3\n    kind: company\n`,
      '"name" must contain a letter',
    ],
    [
      'an alias that is a year',
      `entities:\n  - id: acme\n    name: Acme\n    kind: company\n    aliases: [2026]\n`,
      '"aliases" must contain a letter',
    ],
    [
      'a value that is a word',
      `${acme}facts:\n${fact('f').replace('{ money: 1e9 }', 'lots')}`,
      'a value must be a mapping',
    ],
  ])('answers hostile data with an error, not a crash: %s', (_what, text, message) => {
    const { errors } = mergeLayers([[parseDataFile('x.yaml', text)]]);
    expect(errors.map((e) => e.message).join(' | ')).toContain(message);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
    const parsed = parseDataFile('bomb.yaml', bomb);
    expect(parsed.errors.length).toBeGreaterThan(0);
  });
});
