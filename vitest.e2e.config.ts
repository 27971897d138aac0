import { defineConfig } from 'vitest/config';

/** Journeys in real Chromium against the built renderer and the real main-process handlers (test/e2e/harness). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    setupFiles: ['test/e2e/harness/setup.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the build machines have two cores.
    fileParallelism: false,
    server: { deps: { inline: ['electron-store'] } },
  },
});
