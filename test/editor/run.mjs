// Runs the end-to-end suite (test/editor/suite) in a real VS Code with the packaged extension
// installed, and exits with the suite's result. `npm run test:editor` packages and installs first.
//   FACTLINT_EDITOR_KEEP=1        keep the throwaway folder (logs, workspace) for a look afterwards
//   FACTLINT_EDITOR_GREP=pattern  run only the tests whose titles match
import * as esbuild from 'esbuild';
import { format } from 'node:util';
import { join, resolve } from 'node:path';
import { launchBrowser, ROOT, startEditor } from './host.mjs';

const SUITE_TIMEOUT_MS = 180_000;
const REPORT_PREFIX = '[factlint-e2e] '; // as in suite/index.ts
const workbenchLog = [];
const suite = resolve(ROOT, 'build/editor-suite/index.js');

await esbuild.build({
  entryPoints: [resolve(import.meta.dirname, 'suite/index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

const editor = await startEditor();
const browser = await launchBrowser();
let code = 1;
try {
  const page = await browser.newPage();
  const exit = new Promise((resolveExit) =>
    page.exposeFunction('codeAutomationExit', (c) => resolveExit(Number(c))),
  );
  // the extension host's console: the suite's report goes to the terminal, the workbench's own
  // messages to a log shown when the suite fails
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (line.startsWith(REPORT_PREFIX))
      process.stdout.write(`${line.slice(REPORT_PREFIX.length)}\n`);
    else workbenchLog.push(`[${type}] ${line}`);
  });
  await page.goto(
    editor.url([
      ['extensionDevelopmentPath', resolve(import.meta.dirname, 'harness')],
      ['extensionTestsPath', suite],
    ]),
  );
  code = await Promise.race([
    exit,
    new Promise((r) =>
      setTimeout(() => {
        console.error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
        r(1);
      }, SUITE_TIMEOUT_MS),
    ),
  ]);
} catch (e) {
  console.error(e);
} finally {
  if (code !== 0) {
    console.error(`workbench console:\n${workbenchLog.slice(-60).join('\n')}`);
    console.error(
      `code-server log (${join(editor.dir, 'code-server.log')}):\n${editor.log().slice(-4000)}`,
    );
  }
  await browser.close();
  await editor.stop({ keep: Boolean(process.env.FACTLINT_EDITOR_KEEP) });
}
process.exit(code);
