// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Type-aware lint for every package. The rules that matter most here: no floating promises
 * (an unawaited write can lose an error), type-only imports kept type-only (ES modules), and
 * no console in service code (logs are structured JSON through pino).
 */
export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.run/**',
      '**/jest.config.js',
      'e2e/jest.browser.config.js',
      'k8s/**',
      'web/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'error',
      // TypeScript and `tsc --checkJs` already resolve every name, Node globals included.
      'no-undef': 'off',
      // Apollo and express hooks are async by contract even when a body does not await.
      '@typescript-eslint/require-await': 'off',
      // Input validators reject control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Venue times are computed in the venue's zone; a local-time Date method would quietly use
    // the process's zone instead and give other answers under another TZ.
    files: ['subgraphs/courts/src/schedule/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...[
          'getFullYear',
          'getMonth',
          'getDate',
          'getDay',
          'getHours',
          'getMinutes',
          'getSeconds',
          'getMilliseconds',
          'getTimezoneOffset',
          'setFullYear',
          'setMonth',
          'setDate',
          'setHours',
          'setMinutes',
          'setSeconds',
          'setMilliseconds',
          'toLocaleString',
          'toLocaleDateString',
          'toLocaleTimeString',
          'toDateString',
          'toTimeString',
        ].map((property) => ({ property, message: 'Use the getUTC*/setUTC* methods.' })),
        { object: 'Date', property: 'parse', message: 'Use parseVenueDateTime.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length>1]",
          message: 'new Date(y, m, ...) reads the process time zone; use civilToUtcMs.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/test/**/*.ts', '**/test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // expect.any() and JSON.parse() return `any` by design in assertions.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
