// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** ESLint for the whole project: JavaScript's and typescript-eslint's recommended rules, and Astro's for components. */
export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.bench/', 'tmp/', 'node_modules/', 'content/', 'tests/fixtures/', 'scripts/bench/bare/.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      // The ingest and its tests match control characters on purpose: they are what a hostile or broken source holds.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
