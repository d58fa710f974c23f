import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// One build for both shells: out/main/index.js is the Electron entry, out/main/server.js the
// browser-mode server (plain Node, so the target stays at our Node 20), out/main/core-thread.js
// the worker both of them run the core in, out/preload the
// sandboxed preload (one CommonJS file: sandboxed preloads cannot load ES modules or chunks).
const root = fileURLToPath(new URL('.', import.meta.url));

// Chromium (both shells) reads woff2; @fontsource also lists a .woff fallback for every face,
// which would ship a second copy of each font and lengthen the stylesheet.
const woff2Only: Plugin = {
  name: 'woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]@fontsource[\\/].+\.css$/.test(id)) return null;
    return code.replace(/,\s*url\([^)]+\.woff\) format\('woff'\)/g, '');
  },
};

// The modules the first answer (library.listArticles) loads once the database is open, built as
// one chunk: one file for the core thread to read and compile instead of ~13, 10-35 ms less to
// the first answer here (docs/ARCHITECTURE.md, Fast start). A path missing from this list only
// costs that time again; nothing breaks.
const FIRST_ANSWER = [
  'node_modules/zod/',
  'src/main/core/api/serve.ts',
  'src/main/core/api/dispatch.ts',
  'src/main/core/api/domains.ts',
  'src/main/core/services.ts',
  'src/main/core/settings-store.ts',
  'src/main/core/library/',
  'src/main/core/content/translation-search.ts',
  'src/shared/api/recovery-methods.ts',
  'src/shared/api/contracts/common.ts',
  'src/shared/api/contracts/library.ts',
  'src/shared/domain/library.ts',
  'src/shared/library/article-reference.ts',
  'src/shared/library/search-query.ts',
];
const inFirstAnswer = (id: string) =>
  FIRST_ANSWER.some((path) => id.replaceAll('\\', '/').includes(`/${path}`));

export default defineConfig({
  main: {
    build: {
      target: 'node20',
      // zod and ws go into the bundle: Node's module loader resolving and lexing their many files
      // was a good part of the server's start. Native (better-sqlite3) and the lazily loaded
      // exporters stay external.
      externalizeDeps: { exclude: ['zod', 'ws'] },
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/electron/index.ts'),
          server: resolve(root, 'src/main/server/cli.ts'),
          // The core's own thread (src/main/core/host), started by both shells as a worker.
          'core-thread': resolve(root, 'src/main/core/host/core-thread.ts'),
          // Long jobs' worker threads (src/main/core/jobs/job-runner.ts finds it beside these).
          'job-worker': resolve(root, 'src/main/core/jobs/job-worker.ts'),
        },
        output: {
          codeSplitting: {
            // Only the listed modules: what they import stays where it was (the core thread's
            // own start imports some of it, and must not load these with it).
            includeDependenciesRecursively: false,
            groups: [{ name: 'first-answer', test: inFirstAnswer }],
          },
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    // The same aliases as tsconfig.web.json: the renderer never climbs more than one folder.
    resolve: {
      alias: {
        '@renderer': resolve(root, 'src/renderer/src'),
        '@shared': resolve(root, 'src/shared'),
      },
    },
    plugins: [react(), woff2Only],
    build: {
      // electron-vite leaves output unminified; a smaller bundle starts faster in both shells.
      minify: true,
      // Fonts and images stay files: the CSP allows fonts from 'self' only, not data: URLs.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          index: resolve(root, 'src/renderer/index.html'),
          // The live room's participant page: its own small entry, no facilitator UI.
          participant: resolve(root, 'src/renderer/participant.html'),
        },
        // src/shared only defines things (lint-enforced), so a shared module none of whose
        // exports the renderer uses is left out whole: a zod schema re-exported beside the
        // constants the renderer needs does not bring zod into the bundle.
        treeshake: {
          moduleSideEffects: [{ test: /[\\/]src[\\/]shared[\\/]/, sideEffects: false }],
        },
      },
    },
  },
});
