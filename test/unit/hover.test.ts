import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { composeData } from '../../server/src/data/compose';
import { parseDataFile } from '../../server/src/data/parse';
import { checkDocument } from '../../server/src/engine/index';
import { codeActionsFor } from '../../server/src/lsp/code-actions';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { hoverAt } from '../../server/src/lsp/hover';
import { escapeMarkdown } from '../../server/src/lsp/markdown';
import { TODAY } from '../helpers';

/**
 * Data whose source text tries to inject markup: a title with a link, HTML, an image and a command
 * URI.
 */
const HOSTILE = `entities:
  - id: acme
    name: Acme AI
    kind: company
  - id: cloudco
    name: CloudCo
    kind: company
  - id: acme-cloudco
    name: "Acme <b>deal</b> [x](command:workbench.action.quit)"
    kind: deal
    parties: [acme, cloudco]
facts:
  - id: acme-cloudco-value
    subject: acme-cloudco
    property: value
    value: { money: 38e9 }
    as_of: 2025-11-03
    status: verified
    sources:
      - url: "javascript:alert(1)"
        publisher: "Evil](command:workbench.action.quit) <img src=x onerror=alert(1)> ![i](http://x/y.png)"
        date: 2025-11-03
        says: "Click [here](command:rm) *now*"
      - url: https://example.com/ok
        publisher: "Good [Publisher]"
        date: null
        says: "A plain paraphrase."
`;

describe('hover cards', () => {
  // the javascript: URL is refused by the loader, so load only the second source's file shape
  const parsed = parseDataFile(
    'hostile.yaml',
    HOSTILE.replace('url: "javascript:alert(1)"', 'url: "https://example.com/evil?q=(command:x)"'),
  );
  const { index, errors } = composeData(undefined, [parsed]);
  const text = 'Acme AI signed a $83B deal with CloudCo.';
  const doc = TextDocument.create('file:///h.md', 'markdown', 1, text);
  const result = checkDocument(text, index, { today: TODAY });

  it('loads the hostile data (its URLs are http)', () => {
    expect(errors).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toEqual(['wrong-figure']);
  });

  it('shows the fact, its value, date, status, sources and the words that bound it', () => {
    const hover = hoverAt(doc, text.indexOf('$83B') + 1, result, index)!;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('does not match the reference');
    expect(value).toContain('**$38 billion**');
    expect(value).toContain('as of 2025\\-11\\-03');
    expect(value).toContain('Status: verified');
    expect(value).toContain('Bound by: Acme AI, CloudCo, "deal"');
  });

  /** The hover card's text on `at` in a document of its own, checked against `data`. */
  const cardOn = (text: string, at: string, data = index): string => {
    const card = hoverAt(
      TextDocument.create('file:///card.md', 'markdown', 1, text),
      text.indexOf(at) + 1,
      checkDocument(text, data, { today: TODAY }),
      data,
    )!;
    return (card.contents as { value: string }).value;
  };

  it('on a figure no fact covers, says it is not in the data and why', () => {
    const value = cardOn('Acme AI has 83 employees.', '83');
    expect(value).toContain('not in the data');
    expect(value).toMatch(/No fact in the data covers/);
  });

  it('on a person in a role, says what the role was read as and who holds it', () => {
    const data = parseDataFile(
      'roles.yaml',
      `entities:
  - { id: acme, name: Acme AI, kind: company }
  - id: ann-lee
    name: Ann Lee
    kind: person
    roles: [{ title: ceo, of: acme, from: 2024-01-01 }]
    sources: [{ url: "https://example.com/a", publisher: Ex, date: 2024-01-01, says: "Lee runs Acme." }]
`,
    );
    const people = composeData(undefined, [data]).index;
    const said = '---\ndate: 2025-02-03\n---\n\nAcme AI chief executive Ann Lee spoke.';
    const value = cardOn(said, 'Ann Lee', people);
    expect(value).toContain('Read as: CEO of Acme AI on 3 Feb 2025');
    expect(value).toContain('ceo of Acme AI since 2024\\-01\\-01');
  });

  it('lets no data text become a link, HTML, an image or a command', () => {
    const value = (
      hoverAt(doc, text.indexOf('$83B') + 1, result, index)!.contents as { value: string }
    ).value;
    // the only links are the sources' own http(s) URLs, with escaped labels
    const links = [...value.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)]*)\)/g)].map((m) => m[2]);
    expect(links.every((u) => /^https?:\/\//.test(u))).toBe(true);
    expect(links.some((u) => u.includes('command:'))).toBe(false);
    expect(value).not.toMatch(/(?<!\\)<(?:img|b)/);
    expect(value).not.toMatch(/(?<!\\)!\[/);
    expect(escapeMarkdown('[a](command:x) <b> ![i](y)')).toBe(
      '\\[a\\]\\(command\\:x\\) \\<b\\> \\!\\[i\\]\\(y\\)',
    );
  });

  it('cites only a source whose URL is a plain http(s) address', () => {
    const actions = codeActionsFor(doc, result, text.indexOf('$83B'), text.indexOf('$83B') + 4);
    // the first source's URL carries brackets that could break out of a markdown link: no citation
    expect(actions.some((a) => a.title.startsWith('Cite the source'))).toBe(false);
    const clean = composeData(undefined, [
      parseDataFile(
        'ok.yaml',
        HOSTILE.replace(/url: "javascript:alert\(1\)"/, 'url: https://example.com/deal'),
      ),
    ]).index;
    const ok = checkDocument(text, clean, { today: TODAY });
    const cite = codeActionsFor(doc, ok, text.indexOf('$83B'), text.indexOf('$83B') + 4).find((a) =>
      a.title.startsWith('Cite the source'),
    )!;
    expect(cite.edit!.changes!['file:///h.md'][0].newText).toBe(
      ' ([Evilcommandworkbench.action.quit img srcx onerroralert1 ihttpxy.png](https://example.com/deal))',
    );
    expect(toDiagnostic(doc, ok.findings[0]).codeDescription?.href).toBe(
      'https://example.com/deal',
    );
  });
});
