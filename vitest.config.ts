import { defineConfig } from 'vitest/config';
import { sharpWasmEntry } from './test/helpers/sharp-wasm-tree.mjs';

const shared = {
  environment: 'node' as const,
  testTimeout: 30_000,
  hookTimeout: 60_000,
  server: { deps: { inline: ['electron-store'] } },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/electron-app/**', 'node_modules/**'],
        },
      },
      {
        // The Linux desktop app ships sharp's WebAssembly build (native libvips and Electron's GLib
        // crash each other): the image studio must make the same exact sizes and budgets on it.
        resolve: { alias: { sharp: sharpWasmEntry() } },
        test: {
          ...shared,
          name: 'sharp-wasm',
          testTimeout: 120_000,
          env: { WP_SHARP_BUILD: 'wasm' },
          include: ['test/electron/services/image-studio/{logo-set,slides,checker-accepts,svg-text,same-output}.test.ts'],
        },
      },
    ],
  },
});
