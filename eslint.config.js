// Lint for bugs, not style: the recommended JavaScript and TypeScript rules, plus explicit imports only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-undef': 'off', // TypeScript checks names; browser and Node globals differ per file
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Intentional in this code base: invisible characters and variation selectors in classes, \x00 in ASCII checks.
      'no-misleading-character-class': 'off',
      'no-control-regex': 'off',
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['lib/**', 'entrypoints/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Import { browser } from 'wxt/browser' (or use lib/content's nativeRuntime)." },
      ],
    },
  },
  // Identifiers, names and formats sit below the library: sites, text parsers and formats never import from it.
  {
    files: ['lib/formats/**', 'lib/sites/**', 'lib/text/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/library/*', '**/library'],
              message:
                'lib/formats, lib/sites and lib/text import nothing from lib/library (identifiers: lib/identity.ts, names: lib/names.ts, tags: lib/tags.ts).',
            },
          ],
        },
      ],
    },
  },
  // Benchmarks reach into page globals they planted themselves.
  { files: ['bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
