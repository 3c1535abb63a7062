/// <reference types="mocha" />
// What a user who installed the packaged extension meets in a real VS Code. Every wait is on an
// editor event (diagnostics changing), bounded by a timeout; nothing sleeps.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  CodeAction,
  CodeActionKind,
  commands,
  ConfigurationTarget,
  DiagnosticSeverity,
  extensions,
  Hover,
  MarkdownString,
  Position,
  window,
  workspace,
  WorkspaceEdit,
  type TextDocument,
} from 'vscode';
import type { FactlintApi } from '../../../client/src/extension';
import {
  changeWhen,
  codeOf,
  diagnosticsWhen,
  factlintDiagnostics,
  openInEditor,
  rangeOf,
  workspaceUri,
} from './events';

const EXTENSION_ID = 'factlint.factlint';
const has = (code: string) => (ds: { code?: unknown }[]) =>
  ds.some((d) => codeOf(d as never) === code);

async function hoverText(doc: TextDocument, at: Position): Promise<string> {
  const hovers = await commands.executeCommand<Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  return hovers
    .flatMap((h) => h.contents.map((c) => (c instanceof MarkdownString ? c.value : String(c))))
    .join('\n');
}

async function codeActions(
  doc: TextDocument,
  range: import('vscode').Range,
  kind?: string,
): Promise<CodeAction[]> {
  return commands.executeCommand<CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    range,
    kind,
  );
}

async function revert(doc: TextDocument): Promise<void> {
  await openInEditor(workspace.asRelativePath(doc.uri));
  await commands.executeCommand('workbench.action.files.revert');
}

suite('factlint in VS Code', () => {
  let planted: TextDocument;

  suiteSetup(async () => {
    // if factlint never starts, this one wait fails the suite at once rather than every test in
    // turn
    planted = await openInEditor('planted.md');
    await diagnosticsWhen(
      planted.uri,
      (ds) => ds.length > 0,
      'factlint to start and check a first draft',
    );
  });

  test('activates on a markdown file, from the installed package', async () => {
    const ext = extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the packaged factlint extension is installed');
    assert.equal(ext.isActive, true);
    // the runner installs the .vsix into a fresh extensions folder: the code under test is the
    // package
    assert.match(ext.extensionPath, /[/\\]factlint\.factlint-\d+\.\d+\.\d+$/);
  });

  test('marks the planted errors with their codes, ranges and reference values', async () => {
    const ds = await diagnosticsWhen(planted.uri, (d) => d.length >= 4, 'the planted errors');
    const seen = ds.map((d) => [codeOf(d), planted.getText(d.range), d.severity]);
    assert.deepEqual(seen, [
      ['wrong-term', 'five-year', DiagnosticSeverity.Error],
      ['wrong-figure', '$83B', DiagnosticSeverity.Error],
      ['name-spelling', 'Open AI', DiagnosticSeverity.Warning],
      // (the flag covers the company and the name: Jassy is chief executive of Amazon, not AWS)
      ['wrong-attribution', 'AWS chief executive Andy Jassy', DiagnosticSeverity.Error],
    ]);
    const figure = ds.find((d) => codeOf(d) === 'wrong-figure')!;
    assert.match(figure.message, /\$38 billion/);
    assert.match(
      String(typeof figure.code === 'object' ? figure.code.target : ''),
      /^https:\/\//,
      'the code links its source',
    );
  });

  test('shows no errors on the real article the project grew from', async () => {
    const seed = await openInEditor('seed.md');
    // the server answers every open document: wait for its answer on this one, then read it
    const ds = await diagnosticsWhen(seed.uri, (d) => d.length > 0, 'the seed article checked');
    assert.deepEqual(
      ds.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.message),
      [],
    );
    assert.ok(
      ds.every((d) => codeOf(d) === 'name-spelling' && /^Open A[Ii]$/.test(seed.getText(d.range))),
    );
  });

  test('hover cards give the reference value and its sources, on a wrong figure and on a right one', async () => {
    planted = await openInEditor('planted.md');
    await diagnosticsWhen(planted.uri, has('wrong-figure'), 'the planted errors');
    const wrong = await hoverText(planted, rangeOf(planted, '$83B').start.translate(0, 1));
    assert.match(wrong, /does not match the reference/);
    assert.match(wrong, /\*\*\$38 billion\*\*/);
    assert.match(wrong, /\]\(https:\/\//, 'a source is linked');
    const right = await hoverText(planted, rangeOf(planted, '30 gigawatts').start.translate(0, 1));
    assert.match(right, /matches the reference/);
    assert.match(right, /30 GW/);
  });

  test("the quick fix rewrites the figure in the author's style and the problem goes away", async () => {
    const ds = await diagnosticsWhen(planted.uri, has('wrong-figure'), 'the planted errors');
    const figure = ds.find((d) => codeOf(d) === 'wrong-figure')!;
    const actions = await codeActions(planted, figure.range, CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await workspace.applyEdit(fix.edit));
    assert.match(planted.getText(), /a five-year, \$38B cloud services agreement/);
    await diagnosticsWhen(
      planted.uri,
      (d) => !has('wrong-figure')(d) && has('wrong-term')(d),
      'the figure fixed',
    );
    await revert(planted);
    await diagnosticsWhen(planted.uri, has('wrong-figure'), 'the figure back after revert');
  });

  test('fix-all rewrites every problem at once', async () => {
    const whole = rangeOf(planted, planted.getText());
    const actions = await codeActions(planted, whole, 'source.fixAll.factlint');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Fix all factlint problems'],
    );
    assert.ok(await workspace.applyEdit(actions[0].edit!));
    const text = planted.getText();
    for (const fixed of [
      'seven-year, $38B',
      'OpenAI Chief Executive',
      'by AWS chief executive Matt Garman',
    ])
      assert.ok(text.includes(fixed), fixed);
    await diagnosticsWhen(planted.uri, (d) => d.length === 0, 'a clean draft');
    await revert(planted);
    await diagnosticsWhen(planted.uri, (d) => d.length >= 4, 'the planted errors back');
  });

  test('a rule turned off in the settings takes effect at once, and back on', async () => {
    const config = workspace.getConfiguration('factlint', planted.uri);
    await config.update(
      'rules',
      { 'wrong-figure': 'off', 'name-spelling': 'hint' },
      ConfigurationTarget.Workspace,
    );
    const ds = await diagnosticsWhen(
      planted.uri,
      (d) => !has('wrong-figure')(d) && d.length > 0,
      'wrong-figure off',
    );
    assert.equal(ds.find((d) => codeOf(d) === 'name-spelling')?.severity, DiagnosticSeverity.Hint);
    await config.update('rules', undefined, ConfigurationTarget.Workspace);
    await diagnosticsWhen(planted.uri, has('wrong-figure'), 'wrong-figure back on');
  });

  test('a workspace data file is read live: added, broken (last good data kept), fixed', async () => {
    const draft = await openInEditor('zeta.md');
    assert.deepEqual(await diagnosticsWhen(draft.uri, () => true, 'a first check'), []);
    const dataUri = workspaceUri('.factlint/team.yaml');
    const good = [
      'entities:',
      '  - { id: zeta-lab, name: Zeta Lab, kind: company }',
      'facts:',
      '  - id: zeta-lab-valuation',
      '    subject: zeta-lab',
      '    property: valuation',
      '    value: { money: 2e9 }',
      '    as_of: 2026-10-01',
      '    status: single-source',
      '    sources:',
      '      - { url: "https://example.com/zeta", publisher: Example Wire, ' +
        'date: 2026-10-01, says: Zeta Lab is valued at $2 billion. }',
      '',
    ].join('\n');
    writeFileSync(dataUri.fsPath, good);
    const [figure] = await diagnosticsWhen(draft.uri, has('wrong-figure'), 'the new fact applied');
    assert.equal(draft.getText(figure.range), '$5 billion');
    assert.match(figure.message, /\$2 billion/);

    writeFileSync(dataUri.fsPath, good.replace('kind: company', 'kind: [company'));
    const [broken] = await diagnosticsWhen(
      dataUri,
      (d) => d.length > 0,
      'the data error shown in the data file',
    );
    assert.equal(codeOf(broken), 'invalid-data');
    assert.ok(
      has('wrong-figure')(factlintDiagnostics(draft.uri)),
      'the last good data keeps serving',
    );

    writeFileSync(dataUri.fsPath, good.replace('money: 2e9', 'money: 5e9'));
    await diagnosticsWhen(dataUri, (d) => d.length === 0, 'the data error cleared');
    await diagnosticsWhen(draft.uri, (d) => d.length === 0, 'the draft right under the fixed data');
  });

  test("the Fact check view lists the draft's claims by status; a claim shows its place; the status item counts them", async () => {
    const doc = await openInEditor('planted.md');
    await diagnosticsWhen(doc.uri, (d) => d.length >= 4, 'the planted errors');
    const api = extensions.getExtension<FactlintApi>(EXTENSION_ID)!.exports;
    const view = api.factCheckView;
    await commands.executeCommand('factlint.claims.focus'); // the view asks for claims once it is seen
    await changeWhen(
      view.onDidChangeTreeData,
      () => view.getChildren().length > 0,
      'the Fact check view filled',
    );
    const groups = view.getChildren();
    const label = (node: (typeof groups)[number]): string => String(view.getTreeItem(node).label);
    assert.equal(label(groups[0]), 'Wrong');
    assert.deepEqual(view.getChildren(groups[0]).map(label), [
      'five-year',
      '$83B',
      'Open AI',
      'AWS chief executive Andy Jassy',
    ]);
    const match = groups.find((g) => label(g) === 'Match');
    assert.ok(
      match && view.getChildren(match).map(label).includes('$1.4 trillion'),
      'a right figure is listed as a match',
    );
    assert.match(api.statusText(), /^factlint: \d+ checked: \d+ match, 4 wrong/);

    // a click on a claim selects it in the draft
    const item = view.getTreeItem(view.getChildren(groups[0])[1]);
    await openInEditor('zeta.md');
    await commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), doc.uri.toString());
    assert.equal(editor.document.getText(editor.selection), '$83B');
  });

  test('with run "onSave", an edit is checked only once it is saved', async () => {
    const config = workspace.getConfiguration('factlint');
    await config.update('run', 'onSave', ConfigurationTarget.Workspace);
    try {
      const doc = await openInEditor('planted.md');
      await diagnosticsWhen(doc.uri, has('wrong-figure'), "the saved draft's errors");
      const edit = new WorkspaceEdit();
      edit.replace(doc.uri, rangeOf(doc, '$83B'), '$38B');
      assert.ok(await workspace.applyEdit(edit));
      // a hover answers from the edited text, so once it comes back the server has the edit
      await hoverText(doc, rangeOf(doc, '$38B').start);
      const api = extensions.getExtension<FactlintApi>(EXTENSION_ID)!.exports;
      const unsaved = await api.claims(doc.uri.toString());
      assert.ok(
        has('wrong-figure')(factlintDiagnostics(doc.uri)),
        'the unsaved fix does not clear the error yet',
      );
      assert.ok(
        unsaved?.claims.some((c) => c.text === '$83B' && c.status === 'wrong'),
        'the view lists the saved version',
      );
      await doc.save();
      await diagnosticsWhen(doc.uri, (d) => !has('wrong-figure')(d), 'the saved fix checked');
      writeFileSync(doc.uri.fsPath, doc.getText().replace('$38B', '$83B'));
      await revert(doc);
    } finally {
      await config.update('run', undefined, ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(
      workspaceUri('planted.md'),
      has('wrong-figure'),
      'the planted draft back as it was',
    );
  });

  test('if the server process dies, the client starts a new one and checking goes on', async () => {
    const ext = extensions.getExtension(EXTENSION_ID)!;
    const servers = (): number[] =>
      execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.includes(`${ext.extensionPath}/dist/server.js`))
        .map((l) => Number.parseInt(l.trim(), 10));
    const [before] = servers();
    assert.ok(before, 'the server runs as its own process');
    const doc = await openInEditor('planted.md');
    process.kill(before, 'SIGKILL');
    // an edit after the crash must still be checked, by a new server that got the current text
    const edit = new WorkspaceEdit();
    edit.insert(doc.uri, new Position(doc.lineCount - 1, 0), '\nOpenAi is hiring.\n');
    assert.ok(await workspace.applyEdit(edit));
    // ("OpenAi" is the owner's name in another case: a name-style finding)
    await diagnosticsWhen(
      doc.uri,
      (d) => d.some((x) => codeOf(x) === 'name-style'),
      'the edit checked after the crash',
    );
    const after = servers();
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before);
    await revert(doc);
  });
});
