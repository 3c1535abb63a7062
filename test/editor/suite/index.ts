// The end-to-end suite in the shape VS Code's test runners load (@vscode/test-electron, or the
// web workbench's `extensionTestsPath`): a module exporting run(), with Mocha inside.
import Mocha from 'mocha';

/**
 * Marks the report's lines in the extension host's console, which the workbench's own chatter
 * shares.
 */
const REPORT_PREFIX = '[factlint-e2e] ';

export function run(): Promise<void> {
  // FACTLINT_EDITOR_GREP reaches the extension host through code-server's environment
  const grep = process.env.FACTLINT_EDITOR_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  // register the suite's globals (suite, test, ...) before its file runs
  const consoleLog = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
    consoleLog(REPORT_PREFIX + String(args[0] ?? ''), ...args.slice(1));
  mocha.suite.emit('pre-require', globalThis, 'extension.e2e', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after pre-require
  require('./extension.e2e');
  return new Promise((resolve, reject) => {
    mocha.run((failures) =>
      failures ? reject(new Error(`${failures} editor test(s) failed`)) : resolve(),
    );
  });
}
