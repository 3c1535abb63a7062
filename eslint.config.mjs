// Lint: typescript-eslint's recommended rules, a complexity limit, a line limit, and the layers of
// DESIGN.md as import restrictions (no import cycles: test/unit/boundaries.test.ts).
import tseslint from 'typescript-eslint';

const EDITOR = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageclient',
  'vscode-languageclient/*',
];

/** Files under `dir` may not import `patterns`, for the reason given. */
const layer = (dir, patterns, message) => ({
  files: [`${dir}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '**/node_modules/**',
      'build/**',
      '**/*.mjs',
      '**/*.cjs',
      'test/editor/.vscode-test/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      complexity: ['error', 20],
      'max-len': ['error', { code: 120 }],
    },
  },
  layer(
    'server/src/engine',
    [
      ...EDITOR,
      'node:*',
      'fs',
      'path',
      '**/data/*',
      '**/lsp/*',
      '**/cli/*',
      '**/config/*',
      '**/workspace/*',
    ],
    'The engine is pure: no editor, protocol, file system, data loading, settings or surfaces.',
  ),
  layer(
    'server/src/data',
    [...EDITOR, '**/lsp/*', '**/cli/*'],
    'The data layer knows no protocol or surface.',
  ),
  layer('server/src/cli', ['vscode', '**/lsp/*'], 'The CLI never imports the language server.'),
  layer(
    'server/src/lsp',
    ['**/cli/*'],
    'The language server never imports the CLI: shared code lives in data, config or workspace.',
  ),
  layer(
    'server/src/workspace',
    [...EDITOR, '**/engine/*', '**/engine/**', '**/lsp/*', '**/cli/*'],
    'Finding files knows no engine, protocol or surface.',
  ),
  layer('client/src', ['**/server/src/**', '../../server/**'], 'The client holds no engine code.'),
);
