import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { CheckCache, checkDocument, type CheckResult } from '../../server/src/engine/index';
import { rangeOf } from '../../server/src/lsp/convert';
import { DocumentDiagnostics } from '../../server/src/lsp/diagnostics';
import { draftsIn, embeddedIndex, setDir, TODAY } from '../helpers';

/**
 * Diagnostics converted with what the last version's conversion kept must equal a fresh
 * conversion, and both what scanning every claim for every finding gives: reuse may only save
 * work, never change a diagnostic.
 */
const index = embeddedIndex();
const related = (text: string): boolean =>
  new DocumentDiagnostics()
    .convert(
      TextDocument.create('file:///draft.md', 'markdown', 1, text),
      checkDocument(text, index, { today: TODAY }),
      500,
    )
    .some((d) => d.relatedInformation?.length);
// drafts written twice over whose findings list other claims of their fact
const DRAFTS = draftsIn(setDir('corpus'))
  .slice(0, 12)
  .map((f) => readFileSync(join(setDir('corpus'), f), 'utf8'))
  .map((d) => `${d}\n\n${d}`)
  .filter(related)
  .slice(0, 4);
const PIECES = [
  '$83B',
  ' seven-year ',
  'Open AI',
  '\n\n',
  '\n',
  '\r\n',
  'x',
  '# Heading\n',
  '. ',
  '😀',
  '- ',
  // a directive: the findings are then kept all together, not chunk by chunk, and back again
  '<!-- factlint-disable-next-line -->\n',
];
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.nat({ max: 20 }),
  piece: fc.constantFrom(...PIECES),
});

/** What the server sent before claims were indexed: every claim scanned for every finding. */
function scanned(doc: TextDocument, result: CheckResult, max: number): Diagnostic[] {
  const out: Diagnostic[] = result.findings.slice(0, max).map((f) => {
    const related = f.fact
      ? result.claims
          .filter(
            (c) => c.binding?.fact.id === f.fact!.id && !(c.start === f.start && c.end === f.end),
          )
          .slice(0, 10)
      : [];
    const source = f.fact?.sources[0];
    return {
      ...(related.length
        ? {
            relatedInformation: related.map((c) => ({
              location: { uri: doc.uri, range: rangeOf(doc, c.start, c.end) },
              message: `also about this: "${c.text}" (${c.status === 'match' ? 'matches' : 'does not match'})`,
            })),
          }
        : {}),
      range: rangeOf(doc, f.start, f.end),
      severity: ({ error: 1, warning: 2, information: 3, hint: 4 } as const)[f.severity],
      code: f.rule,
      ...(source && /^https?:\/\//.test(source.url)
        ? { codeDescription: { href: source.url } }
        : {}),
      source: 'factlint',
      message: f.message,
      data: { start: f.start, end: f.end, rule: f.rule, version: doc.version },
    };
  });
  if (result.findings.length <= max) return out;
  const at = doc.positionAt(result.findings[max].start);
  return [
    ...out,
    {
      range: { start: at, end: at },
      severity: 3,
      source: 'factlint',
      code: 'too-many-problems',
      message: `factlint shows the first ${max} of ${result.findings.length} problems in this file (factlint.maxProblems); the command line lists them all.`,
    },
  ];
}

describe('diagnostics kept from version to version equal fresh ones', () => {
  it('on drafts that list related information', () => expect(DRAFTS.length).toBeGreaterThan(1));

  it('through random edits, with line breaks coming and going', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DRAFTS),
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 3, max: 500 }),
        (draft, edits, max) => {
          const cache = new CheckCache();
          const kept = new DocumentDiagnostics();
          let doc = TextDocument.create('file:///draft.md', 'markdown', 1, draft);
          kept.convert(doc, checkDocument(doc.getText(), index, { today: TODAY, cache }), max);
          for (const e of edits) {
            const text = doc.getText();
            const at = Math.floor(e.at * text.length);
            const range = {
              start: doc.positionAt(at),
              end: doc.positionAt(Math.min(text.length, at + e.cut)),
            };
            // incremental, as the server's documents are: line starts are updated, not recomputed
            doc = TextDocument.update(doc, [{ range, text: e.piece }], doc.version + 1);
            const result = checkDocument(doc.getText(), index, { today: TODAY, cache });
            const fresh = checkDocument(doc.getText(), index, { today: TODAY });
            const expected = scanned(doc, fresh, max);
            expect(kept.convert(doc, result, max)).toEqual(expected);
            expect(new DocumentDiagnostics().convert(doc, fresh, max)).toEqual(expected);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
