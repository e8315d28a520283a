import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/test-results/**', '**/playwright-report/**', 'apps/api/src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // Services never import Fastify (rule 1 of the house).
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['apps/api/src/modules/**/*.service.ts', 'apps/api/src/modules/**/*.repo.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'fastify', message: 'services and repositories do not know about HTTP' }] }] },
  },
);
