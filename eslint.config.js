import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Runtime boundaries (see docs/ARCHITECTURE.md): what each folder may import.
// Node's own list, so a built-in added to Node is refused too; exact names, because a pattern
// such as 'events' would also match our own '../api/events'.
const noNode = builtinModules
  .flatMap((name) => [name, `node:${name}`])
  .map((name) => ({
    name,
    message: 'Renderer, preload and shared code run without Node: no Node modules.',
  }));
const noNodePrefix = {
  group: ['node:*'],
  message: 'Renderer, preload and shared code run without Node: no Node modules.',
};
const noElectron = {
  group: ['electron'],
  message: "Only src/main/electron and src/preload may import 'electron'.",
};
const noMainFromShared = {
  group: ['**/main/**', '**/renderer/**', '**/preload/**'],
  message: 'src/shared depends on nothing else in the project.',
};
const noMainFromRenderer = {
  group: ['**/main/**', '**/preload/**', 'better-sqlite3', 'ws'],
  message: 'The renderer reaches the core only through the typed client.',
};
const noRendererFromCore = {
  group: ['**/renderer/**', '**/preload/**', '@renderer/*'],
  message: 'The core serves every shell: it never imports the renderer or the preload.',
};
const noDeepClimb = {
  regex: '^(\\.\\./){2,}',
  message:
    'Import through @renderer/… or @shared/… (node scripts/alias-imports.mjs rewrites these).',
};
// Schemas run in the core; the renderer's bundle carries no zod (types are free).
const noZodValues = {
  name: 'zod',
  allowTypeImports: true,
  message: 'The renderer carries no zod: import its types only, and constants from src/shared.',
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
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: noNode, patterns: [noNodePrefix, noElectron, noMainFromShared] },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [noElectron, noRendererFromCore] },
      ],
    },
  },
  {
    // The sandboxed preload: the shared contract and Electron's two bridging modules, nothing else.
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode,
            {
              name: 'electron',
              allowImportNames: ['contextBridge', 'ipcRenderer', 'IpcRendererEvent'],
              message: 'The preload uses only contextBridge and ipcRenderer.',
            },
          ],
          patterns: [
            noNodePrefix,
            {
              regex: '^(?!electron$|\\.\\./shared/)',
              message: 'The preload may import only src/shared and electron.',
            },
          ],
        },
      ],
    },
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
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...noNode, noZodValues],
          patterns: [noNodePrefix, noElectron, noMainFromRenderer, noDeepClimb],
        },
      ],
    },
  },
);
