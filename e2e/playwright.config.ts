import { defineConfig } from '@playwright/test';
import { launchOptions } from './browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second server, with the living demo (DEMO_DATA=full), for journeys/living-demo.spec.ts. */
const DEMO_PORT = PORT + 1;

/**
 * Browser journeys in Debian's Chromium when it is installed, else the Chromium that ships in an npm
 * package (browser.mjs decides, and says which; never a downloaded browser). The server is the built
 * app (npm run build first) on a fresh database of its own: a new PGlite data directory, or a
 * new PostgreSQL database when DATABASE_URL is set (see scripts/serve.mjs).
 */
export default defineConfig({
  testDir: './journeys',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    launchOptions: launchOptions(),
  },
  webServer: [
    {
      command: `node scripts/serve.mjs`,
      // The journeys make their own records: the demo accounts only.
      env: { PORT: String(PORT), DEMO_DATA: 'accounts' },
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      // SIGTERM lets serve.mjs stop the server and drop its database.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(DEMO_PORT), DEMO_DATA: 'full' },
      url: `http://127.0.0.1:${DEMO_PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
