// ESLint: typescript-eslint's type-aware rules over the TypeScript of the hub, its tests, the
// benchmark and the web app. The tsconfig.json nearest each file gives its types (projectService).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', '.data/', 'bench/results/', 'web/src/graphql/']),
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'web/**/*.{ts,tsx}', 'mikro-orm.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error; one passed where a callback's result is ignored too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Apollo's plugin hooks and MikroORM's migrations are async by interface, awaiting or not.
      '@typescript-eslint/require-await': 'off',
      // The hub's interfaces declare as methods what are plain closures (`urlFor`, `close`).
      '@typescript-eslint/unbound-method': 'off',
      // type-graphql's `buildSchema` and class checks take classes as `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Hostile-input checks look for control characters on purpose.
      'no-control-regex': 'off',
      // A string enum compared with its own literal (graphql's `operation === 'query'`) is intended.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // `ErrorCode | string` documents the codes the hub knows beside any other.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // `String(value)` of a scalar read as `unknown`, and knex's `Raw#toString()`, print what is meant.
      '@typescript-eslint/no-base-to-string': 'off',
      // A leading underscore names what a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // knex's query builders are thenables, so every `where((q) => q.whereNull(...))` callback reads as
    // a promise returned where void is expected (47 hits, none a promise): the code that builds SQL
    // keeps the other promise checks.
    files: ['src/loaders/**/*.ts', 'src/analytics/**/*.ts', 'src/auth/**/*.ts'],
    rules: {
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, properties: false } },
      ],
    },
  },
  {
    // Tests read GraphQL answers as JSON, typed `any` on purpose.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
