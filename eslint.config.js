import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The .ts files (not .tsx) that use React: hooks and the like. React's rules run on these and on every .tsx. */
const REACT_TS_FILES = ['src', 'tests']
  .flatMap((dir) => readdirSync(join(import.meta.dirname, dir), { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)))
  .filter((path) => path.endsWith('.ts') && /from '(react|@xstate\/react|react-hook-form)'/u.test(readFileSync(join(import.meta.dirname, path), 'utf8')));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type X }` keeps a side-effect import under verbatimModuleSyntax: it pulled zod onto the first screen.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Dependency direction: templates <- domain <- rules <- flows <- UI <- app (see docs/architecture.md).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './flows', from: ['./src/app', './src/steps', './src/components', './src/pdf', './src/cli'] },
            { target: './src/rules', from: ['./flows', './src/app', './src/steps', './src/components', './src/pdf'] },
            { target: './src/domain', from: ['./flows', './src/rules', './src/app', './src/steps', './src/components', './src/pdf'] },
            { target: './templates', from: ['./flows', './src/app', './src/steps', './src/components', './src/pdf', './src/rules', './src/cli'] },
            // Lookups (docs/decisions/0008-lookups.md) read only the contract; the rules and the contract never fetch.
            {
              target: './src/lookups',
              from: ['./flows', './src/app', './src/steps', './src/components', './src/pdf', './src/rules', './src/cli', './src/lib', './templates'],
            },
            { target: ['./src/rules', './src/domain'], from: ['./src/lookups'] },
          ],
        },
      ],
    },
  },
  {
    // React's rules (the compiler's checks among them) where React is used: every .tsx and the .ts
    // files that import React. Run on every file, they found nothing more and took a fifth of the
    // lint's time (issue 9, item 13).
    files: ['**/*.tsx', ...REACT_TS_FILES],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The machine is a spec: no React, no PDF, no storage in flows/.
    files: ['flows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@xstate/react', 'jspdf*'] }],
    },
  },
  {
    // jsPDF is loaded only when a checklist is asked for, docx only when a letter is: one file imports each.
    files: ['src/**/*.{ts,tsx}', 'templates/**/*.ts'],
    ignores: ['src/pdf/render-checklist-pdf.ts', 'src/letters/render-letter-docx.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['jspdf', 'jspdf-autotable', 'docx'] }],
    },
  },
  {
    // A lookup is a plain function of (query, { fetch, signal, today }): no React, no clock, no storage.
    files: ['src/lookups/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@xstate/react', 'jspdf*', 'docx'] }],
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage', 'indexedDB', 'document', 'window'],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'No clock in a lookup: today is passed in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in a lookup: today is passed in.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
