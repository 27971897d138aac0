import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The renderer is loaded from app://renderer/ (see electron/main/app-protocol.ts): relative URLs, no inline code.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // A data: URL for a small asset would be fine under the CSP, but separate files keep it simple to audit.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // A desktop app loads its chunks from disk, not over a network: the page (React, zod, the text rules of
    // the live counters) and the live-check worker (acorn, postcss, every rule) are each 600-700 kB.
    // test/renderer/startup-bundle.test.ts keeps the checker out of the page.
    chunkSizeWarningLimit: 800,
  },
  server: { host: '127.0.0.1' },
});
