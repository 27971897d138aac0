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
  },
  server: { host: '127.0.0.1' },
});
