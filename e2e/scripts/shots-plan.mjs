// Screenshots of issue 13's screens at 360 and 1280 px, for docs/screenshots/plan-*.png: the
// ministry's target tambons, the dashboard's area target and coverage, selection results (the
// province's and the agency's inbox), a group's visits, lecturer training, the province's
// partners, the district's home with an overdue follow-up, and "my reminders". Needs a server
// with the demo accounts (seed-plan.mjs adds what it needs):
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=$(mktemp -d) PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-plan.mjs [baseUrl]
import { launchBrowser, shooter } from './lib/shots.mjs';
import { PLAN_COHORT, seedPlan } from './seed-plan.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const { groups } = await seedPlan(base);
const browser = await launchBrowser();
const { session, shot, finish } = shooter(base, browser);
const WIDTH = { desktop: 1280, phone: 360 };

async function shoot(user, name, url, ready, tall = {}) {
  for (const size of ['desktop', 'phone']) {
    const { page, context } = await session(user, size);
    await shot(page, `${name}-${WIDTH[size]}`, url, ready, tall[WIDTH[size]] ?? false);
    await context.close();
  }
}
const testId = (id) => (p) => p.getByTestId(id).first().waitFor();

await shoot('demo-ministry', 'plan-targets', '/program', async (p) => {
  await p.getByTestId('target-count').waitFor();
  await p.getByTestId('target-tambons').scrollIntoViewIfNeeded();
}, { 1280: 2400, 360: 4200 });
await shoot('demo-province-40', 'plan-dashboard-province', `/dashboard?cohort=${PLAN_COHORT}`, testId('area-target'), { 1280: 1400, 360: 2600 });
await shoot('demo-ministry', 'plan-dashboard-coverage', `/dashboard?cohort=${PLAN_COHORT}&measure=coverage`, testId('chart-coverage'), { 1280: 2600, 360: 5200 });
await shoot('demo-province-40', 'plan-selection-result', `/selection/results?cohort=${PLAN_COHORT}`, testId('selection-result'), { 1280: 1800, 360: 3600 });
await shoot('demo-agency-ne', 'plan-selection-inbox', `/selection/results?cohort=${PLAN_COHORT}&unit=40`, testId('selection-result'), { 1280: 2200, 360: 4200 });
await shoot('demo-district-4001', 'plan-group-visits', `/groups/${groups[0].id}`, testId('visits'), { 1280: 2400, 360: 4800 });
await shoot('demo-district-4001', 'plan-lecturer-training', `/groups/${groups[0].id}/learning`, testId('lecturer-trainings'), { 1280: 1600, 360: 3000 });
await shoot('demo-province-40', 'plan-partners', '/partners', testId('partner'));
await shoot('demo-district-4001', 'plan-home-follow-ups', '/', testId('home-follow-ups'));
await shoot('demo-district-4001', 'plan-reminders', '/reminders', testId('reminder-channels'), { 1280: 1200, 360: 2400 });
await finish();
