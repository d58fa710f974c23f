import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser-mode server's renderer of the first screen (src/renderer/src/first-screen/
// render.tsx): the renderer's own components built for Node, run by out/main/server.js
// (src/main/server/first-screen.ts). Its packages are bundled in, built for production: left
// to node_modules, React would pick its development build (the server sets no NODE_ENV),
// several times slower.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: '@renderer', replacement: resolve(root, 'src/renderer/src') },
      { find: '@shared', replacement: resolve(root, 'src/shared') },
      // The server renders what the stores were just seeded with (zustand-server.ts says why).
      {
        find: /^zustand$/,
        replacement: resolve(root, 'src/renderer/src/first-screen/zustand-server.ts'),
      },
    ],
  },
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { noExternal: true },
  build: {
    ssr: resolve(root, 'src/renderer/src/first-screen/render.tsx'),
    outDir: resolve(root, 'out/first-screen'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'render.js' } },
  },
});
