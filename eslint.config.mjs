// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const domainForbiddenImports = {
  patterns: [
    { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'pg/*', 'class-validator', 'class-transformer', 'rxjs', 'rxjs/*'], message: 'libs/domain is pure: no framework or I/O (STYLE.md dependency rule).' },
    { group: ['node:*', 'fs', 'net', 'http', 'https', 'child_process', 'crypto'], message: 'libs/domain is pure: no Node I/O modules.' },
    { group: ['@ap/*', '**/apps/**', '**/libs/event-store/**', '**/libs/database/**', '**/libs/application/**', '**/libs/read-models/**', '**/libs/notifications/**'], message: 'libs/domain imports nothing from apps or other libs.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'bench/results/**', '**/*.js', '**/*.mjs', 'apps/web/src/api/api-schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', domainForbiddenImports],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain never reads the clock: take `now` from the command.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain never reads the clock: take `now` from the command.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness in the domain: ids arrive on the command.' },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'No randomness in the domain: ids arrive on the command.' },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/apps/**'], message: 'Libs never import apps.' }] }],
    },
  },
  {
    // Re-apply the stricter domain rule (a later block for the same files would otherwise replace it).
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', domainForbiddenImports] },
  },
);
