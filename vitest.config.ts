import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests sit next to the code; API tests in apps/api/test. Browser journeys (e2e/) run
    // under Playwright, never here.
    include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/api/test/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['apps/api/test/support/global-setup.ts'],
    // Each API test file opens its own database; PGlite takes 0.4–1 GB, so at most two at once.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
