import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
];

// Runtime boundaries (see docs/ARCHITECTURE.md): what each folder may import.
const noElectron = {
  group: ['electron'],
  message: "Only src/main/electron and src/preload may import 'electron'.",
};
const noNode = {
  group: NODE_BUILTINS,
  message: 'This code runs in the renderer or in shared code: no Node modules.',
};
const noMainFromShared = {
  group: ['**/main/**', '**/renderer/**', '**/preload/**'],
  message: 'src/shared depends on nothing else in the project.',
};
const noMainFromRenderer = {
  group: ['**/main/**', '**/preload/**', 'better-sqlite3', 'ws'],
  message: 'The renderer reaches the core only through the typed client.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.electron-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noMainFromShared] }],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    // The regional hub: a Node server of its own; shares src/shared with the app, nothing else.
    files: ['src/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'The hub imports src/shared and Node only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noMainFromRenderer] }],
    },
  },
);
