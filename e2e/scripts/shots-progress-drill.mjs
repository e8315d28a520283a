// Screenshots of the progress drill-down (issue 16) at 1280 and 360 px, for
// docs/screenshots/progress-drill-{country,province,district}-{1280,360}.png: the country's
// provinces, a province's districts (its first district's tambons and groups) — counts from the server,
// the groups a page at a time. Needs a running server with the built web app and groups in
// several provinces (seed-progress.mjs):
//   cd apps/api && DATA_DIR=/tmp/ntag-shots PORT=3000 node dist/main.js
//   node e2e/scripts/seed-progress.mjs http://localhost:3000 500
//   node e2e/scripts/shots-progress-drill.mjs [baseUrl]
import { launchBrowser, shooter } from './lib/shots.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await launchBrowser();
const { session, shot, finish } = shooter(base, browser);

for (const size of ['desktop', 'phone']) {
  const w = size === 'desktop' ? 1280 : 360;
  const { context, page } = await session('demo-admin', size);
  const areas = (p) => p.getByTestId('progress-areas').waitFor({ timeout: 60_000 });
  await shot(page, `progress-drill-country-${w}`, '/progress', areas, size === 'desktop' ? 2000 : 2600);
  // Drill down by tapping: the country's province 40, then its district 4001.
  // An area's link: the row's name on a wide screen, the whole card on a phone.
  const tap = (area) => area.locator('xpath=self::button | .//button').first().click();
  await tap(page.locator('[data-testid="progress-area"][data-code="40"]'));
  await page.waitForFunction(() => new URLSearchParams(location.search).get('unit') === '40');
  await shot(page, `progress-drill-province-${w}`, null, areas, size === 'desktop' ? 1800 : 2600);
  // The province's first district with a group.
  await tap(page.getByTestId('progress-area').first());
  await page.waitForFunction(() => /^\d{4}$/.test(new URLSearchParams(location.search).get('unit') ?? ''));
  await shot(page, `progress-drill-district-${w}`, null, (p) => p.getByTestId('progress-table').waitFor({ timeout: 60_000 }), size === 'desktop' ? 1800 : 2600);
  await context.close();
}
await finish();
