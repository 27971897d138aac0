import { defineConfig } from 'vitest/config';

/** `npm run test:electron` (test/electron-app/run.mjs): journeys in the real Electron app, one window at a time. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/electron-app/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
