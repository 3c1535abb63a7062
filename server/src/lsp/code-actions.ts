import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import { preferredEdits, type CheckResult, type Finding } from '../engine/index';
import { fixActions, rangeOf, toDiagnostic } from './convert';

/**
 * The kind editors ask for on save ("editor.codeActionsOnSave": { "source.fixAll.factlint":
 * "explicit" }).
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.factlint`;

/** The workspace data file stubs go to: its URI, and its text when it exists. */
export interface StubTarget {
  uri: string;
  text?: string;
}

/**
 * Code actions for a range: each finding's fixes (the first preferred), "Ignore on this line",
 * "Cite the source", and "Fix all factlint problems" for the whole file.
 */
export function codeActionsFor(
  doc: TextDocument,
  result: CheckResult,
  start: number,
  end: number,
  only?: string[],
  stubTarget?: StubTarget,
): CodeAction[] {
  const wants = (kind: string): boolean =>
    !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const f of result.findings) {
      if (f.end < start || f.start > end) continue;
      const diagnostic = toDiagnostic(doc, f);
      actions.push(...fixActions(doc, f, diagnostic), ignoreAction(doc, f, diagnostic));
      const cite = citeAction(doc, f, diagnostic);
      if (cite) actions.push(cite);
      if (f.stub && stubTarget) actions.push(addToDataAction(f, diagnostic, stubTarget));
    }
  }
  const all = fixAllEdits(doc, result.findings);
  if (all.length && (wants(FIX_ALL_KIND) || wants(CodeActionKind.QuickFix))) {
    actions.push({
      title: 'Fix all factlint problems',
      kind: FIX_ALL_KIND,
      edit: { changes: { [doc.uri]: all } },
    });
  }
  return actions;
}

/** The preferred fixes of all findings as LSP edits (the engine settles overlaps). */
export function fixAllEdits(doc: TextDocument, findings: Finding[]): TextEdit[] {
  return preferredEdits(findings).map((e) => ({
    range: rangeOf(doc, e.start, e.end),
    newText: e.newText,
  }));
}

/** Inserts `<!-- factlint-disable-next-line RULE -->` above the line, indented like it. */
function ignoreAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic): CodeAction {
  const line = doc.positionAt(f.start).line;
  const text = doc.getText({
    start: { line, character: 0 },
    end: { line: line + 1, character: 0 },
  });
  const indent =
    /^[ \t>]*(?:[-*+]\s+|\d+[.)]\s+)?/.exec(text)?.[0].replace(/[-*+]|\d+[.)]/g, ' ') ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    title: `Ignore "${f.rule}" on this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [doc.uri]: [
          {
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
            newText: `${indent}<!-- factlint-disable-next-line ${f.rule} -->${eol}`,
          },
        ],
      },
    },
  };
}

/** Adds a markdown link to the fact's first source right after the figure or name. */
function citeAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  const source = f.fact?.sources[0];
  if (!source || !/^https?:\/\/[^\s()<>]+$/.test(source.url)) return undefined;
  // the label goes into the writer's own document: letters, digits and plain punctuation only
  const label =
    source.publisher
      .replace(/[^\p{L}\p{N} .,&'’-]/gu, '')
      .replace(/\s+/g, ' ')
      .trim() || 'source';
  return {
    title: `Cite the source (${label})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [doc.uri]: [{ range: rangeOf(doc, f.end, f.end), newText: ` ([${label}](${source.url}))` }],
      },
    },
  };
}

/**
 * "Add to workspace data": creates or extends .factlint/facts.yaml with a stub of the fact. The
 * stub
 * has no sources, so the data file shows an error at it until the writer cites one: nothing
 * unsourced is ever used to check a draft.
 */
function addToDataAction(f: Finding, diagnostic: Diagnostic, target: StubTarget): CodeAction {
  const stub = f.stub!;
  const id = `${stub.subject}-${stub.property}-${stub.asOf}`.replace(/[^a-z0-9-]+/g, '-');
  const item = [
    `  - id: ${id}`,
    `    subject: ${stub.subject}`,
    `    property: ${stub.property}`,
    `    value: ${stub.value}`,
    `    as_of: ${stub.asOf}`,
    '    status: single-source',
    '    sources: []   # add { url, publisher, date, says } for the page that reports this figure',
    '',
  ].join('\n');
  const text = target.text;
  const lines = text === undefined ? [] : text.split('\n');
  const end = {
    line: Math.max(0, lines.length - 1),
    character: lines.length ? lines[lines.length - 1].length : 0,
  };
  const needsList = text === undefined || !/^facts:\s*$/m.test(text);
  const prefix = text === undefined || text === '' || text.endsWith('\n') ? '' : '\n';
  const insert = `${prefix}${needsList ? 'facts:\n' : ''}${item}`;
  return {
    title: 'Add to workspace data (.factlint/facts.yaml)',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      documentChanges: [
        ...(text === undefined
          ? [{ kind: 'create' as const, uri: target.uri, options: { ignoreIfExists: true } }]
          : []),
        {
          textDocument: { uri: target.uri, version: null },
          edits: [{ range: { start: end, end }, newText: insert }],
        },
      ],
    },
  };
}
