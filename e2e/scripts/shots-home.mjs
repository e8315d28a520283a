// Screenshots of issue 15's screens at 360 and 1280 px, for docs/screenshots/home-*.png: each
// role's home (its to-do), the province's selection page with the tambons waiting and three
// candidates ticked, its one confirmation, the Thai date input, and the readable audit log.
// Needs a server with the demo accounts (seed-plan.mjs adds groups; this adds proposals):
//   cd apps/api && DATA_DIR=$(mktemp -d) PORT=3000 npx tsx src/main.ts
//   node e2e/scripts/shots-home.mjs [baseUrl]
import { randomUUID } from 'node:crypto';
import { signIn } from './lib/api.mjs';
import { nationalId } from './lib/ids.mjs';
import { launchBrowser, shooter } from './lib/shots.mjs';
import { seedPlan } from './seed-plan.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
await seedPlan(base);
const district = await signIn(base, 'demo-district-4001');
const ALL_MET = { pondDug: { met: true }, sameProducts: { met: true }, sharedIdeas: { met: true }, readyAndAble: { met: true } };
const waiting = await (await signIn(base, 'demo-province-40'))('GET', '/api/selection/waiting?cohort=2569');
if (!waiting.tambons.some((t) => t.code === '400103')) {
  for (const [i, first] of ['ประยูร', 'ประภา', 'ประเสริฐ', 'ประไพ'].entries()) {
    const f = await district('POST', '/api/farmers', { id: randomUUID(), nationalId: nationalId(`34001881110${i}`), title: i % 2 ? 'นาง' : 'นาย', firstName: first, lastName: 'งานดี', tambonCode: '400103', pondDug: i !== 3, pondYear: i !== 3 ? 2565 : null });
    await district('POST', '/api/selection', { id: randomUUID(), cohort: 2569, farmerId: f.id, criteria: i === 2 ? { ...ALL_MET, sharedIdeas: { met: false, notes: 'ยังไม่เข้าประชุม' } } : i === 3 ? { ...ALL_MET, pondDug: { met: false } } : ALL_MET, proposal: 'proposed' });
  }
}

const browser = await launchBrowser();
const { session, shot, dialogShot, finish } = shooter(base, browser);
const WIDTH = { desktop: 1280, phone: 360 };
const tasks = (p) => p.getByTestId('tasks').or(p.getByTestId('tasks-empty')).first().waitFor();

for (const [user, name] of [['demo-ministry', 'ministry'], ['demo-agency-ne', 'agency'], ['demo-province-40', 'province'], ['demo-district-4001', 'district'], ['demo-tambon-400101', 'tambon'], ['demo-admin', 'admin']]) {
  for (const size of ['desktop', 'phone']) {
    const { page, context } = await session(user, size);
    await shot(page, `home-${name}-${WIDTH[size]}`, '/', tasks, true);
    await context.close();
  }
}
for (const size of ['desktop', 'phone']) {
  const { page, context } = await session('demo-province-40', size);
  await shot(page, `home-selection-batch-${WIDTH[size]}`, '/selection?cohort=2569&area=400103', async (p) => {
    await p.getByTestId('waiting-tambons').waitFor();
    for (const c of (await p.getByTestId('pick-candidate').all()).slice(0, 3)) if (await c.isEnabled()) await c.check();
  }, true);
  await page.getByTestId('batch-select').click();
  await dialogShot(page, `home-selection-confirm-${WIDTH[size]}`);
  await context.close();
}
for (const size of ['desktop', 'phone']) {
  const { page, context } = await session('demo-district-4001', size);
  await page.goto(`${base}/farmers/new`);
  const birth = page.getByLabel('วันเกิด');
  await birth.fill('13 พ.ค. 2522');
  const centre = () => birth.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await centre();
  await shot(page, `home-date-input-${WIDTH[size]}`, null, null);
  await birth.fill('13/05/1979');
  await centre();
  await shot(page, `home-date-input-error-${WIDTH[size]}`, null, null);
  await context.close();
}
for (const size of ['desktop', 'phone']) {
  const { page, context } = await session('demo-admin', size);
  await shot(page, `home-audit-${WIDTH[size]}`, '/audit?kind=selection', (p) => p.getByTestId('audit-verb').first().waitFor(), WIDTH[size] === 360 ? 2400 : 1400);
  await context.close();
}
await finish();
