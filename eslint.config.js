// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'module', 'url', 'util', 'stream', 'events', 'buffer']
const MAIN_PROCESS_PACKAGES = ['electron', 'better-sqlite3', 'kysely', 'libsodium-wrappers-sumo', 'libsodium-wrappers', 'ulid', 'libphonenumber-js', 'libphonenumber-js/*']

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'e2e/screenshots/**', 'test-results/**', 'playwright-report/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  // Plain Node scripts (build, start, CI helpers).
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
  },
  // ARCHITECTURE rule 1: only the shell's main, preload and key store import 'electron', not even
  // its types: helpers take the structural shapes of electron/shell/electron-ports.ts.
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/key-store.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and the key store import electron (ARCHITECTURE rule 1); shell helpers take the shapes in electron/shell/electron-ports.ts.' }] },
      ],
    },
  },
  // The core runs in plain Node: it never reaches up into the shell or the renderer.
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main', '**/preload', '**/key-store', '**/shell/**', '**/renderer/**'], message: 'Data flows one way: the core never imports the shell or the renderer.' },
          ],
        },
      ],
    },
  },
  // ARCHITECTURE rule 11: db/ (and its migrations) import nothing from electron/: the core uses the data layer, never the reverse.
  {
    files: ['db/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron', '**/electron/**', '**/renderer/**'], message: 'db/ imports nothing from electron/ or the renderer: the core uses the data layer, never the reverse (ARCHITECTURE rule 11).' }] },
      ],
    },
  },
  // ARCHITECTURE rule 11: the core is the one door to the data. The shell and main import the
  // core's public entry (and its contract's types), never db/ or the core's insides.
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/key-store.ts', 'electron/shell/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db', '**/db/**', '**/migrations', '**/migrations/**'], message: 'The shell never touches the data: it goes through the core (ARCHITECTURE rule 11).' },
            {
              group: ['**/core/**', '!**/core/contract', '!**/core/contract/**'],
              message: "The shell uses the core's public entry (electron/core) and the contract's types, not the core's insides (ARCHITECTURE rule 11).",
            },
          ],
        },
      ],
    },
  },
  // ARCHITECTURE rule 12: one mutation path. Outside electron/core/mutation.ts (and the audit
  // trail's own buffered writes) no core code opens a transaction or writes an audit entry by hand.
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/mutation.ts', 'electron/core/audit/audit-trail.ts', 'electron/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='transaction']", message: 'Changes go through ctx.mutate (electron/core/mutation.ts): the change and its audit entry commit together (ARCHITECTURE rule 12).' },
        { selector: "CallExpression[callee.object.property.name='audit'][callee.property.name='change']", message: 'Audit entries of changes are written by the mutation path (ctx.mutate), never by hand (ARCHITECTURE rule 12).' },
      ],
    },
  },
  // ARCHITECTURE rule 13: the shared tier of pure rules runs in every layer (renderer, core, later
  // the sync server), so it imports nothing outside vocabulary/ except zod: no Node, no DOM, no
  // package, no other layer (tsconfig.vocabulary.json keeps Node's and the DOM's globals out too).
  {
    files: ['vocabulary/**/*.ts'],
    ignores: ['vocabulary/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\./(?!.*\\.\\.))',
              message: 'The shared tier imports nothing outside vocabulary/ except zod: every layer imports it, so it depends on none.',
            },
          ],
        },
      ],
    },
  },
  // ARCHITECTURE rule 2: the renderer is untrusted and imports nothing from db, core or Node,
  // except `import type` from the contract.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: MAIN_PROCESS_PACKAGES.filter((name) => !name.includes('*')).map((name) => ({ name, message: 'The renderer talks to the main process only through window.pos.invoke.' })),
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node modules.' },
            { group: ['libphonenumber-js/*'], message: 'The renderer talks to the main process only through window.pos.invoke.' },
            { group: ['**/db', '**/db/**', '**/migrations/**', '**/electron/main', '**/electron/preload', '**/electron/key-store', '**/electron/shell/**'], message: 'The renderer imports nothing from db, migrations or the shell.' },
            { group: ['**/electron/core', '**/electron/core/index'], message: 'The renderer may only `import type` from the contract (electron/core/contract).' },
            {
              group: ['**/electron/core/**', '!**/electron/core/contract', '!**/electron/core/contract/**'],
              message: 'The renderer may only `import type` from the contract (electron/core/contract).',
            },
            { group: ['**/electron/core/contract', '**/electron/core/contract/**'], allowTypeImports: true, message: 'Only `import type` from the contract: its schemas run in the main process.' },
          ],
        },
      ],
    },
  },
)
