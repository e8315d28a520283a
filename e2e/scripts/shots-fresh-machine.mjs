// The sign-in page and a group's page as a machine without any Thai font shows them: run it
// inside .ci/fresh-machine, which hides Debian's Chromium and the Thai system fonts, so the
// pictures come from the Chromium of the npm package and the app's own Sarabun (issue #9):
//   cd apps/api && DEMO_DATA=accounts DATA_DIR=/tmp/ntag-fresh PORT=3000 npx tsx src/main.ts
//   bash .ci/fresh-machine node e2e/scripts/shots-fresh-machine.mjs [baseUrl]
// → docs/screenshots/fresh-machine-login.png (360 px) and fresh-machine-group.png (1280 px).
import { launchBrowser, shooter } from './lib/shots.mjs';
import { seedGroups } from './seed-groups.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const { groupId } = await seedGroups(base);

const browser = await launchBrowser();
const { session, shot, finish } = shooter(base, browser);
{
  const { context, page } = await session(null, 'phone');
  await shot(page, 'fresh-machine-login', '/login', (p) => p.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor());
  await context.close();
}
{
  const { context, page } = await session('demo-district-4001', 'desktop');
  await shot(page, 'fresh-machine-group', `/groups/${groupId}`, (p) => p.getByText('คณะกรรมการกลุ่ม').first().waitFor());
  await context.close();
}
await finish();
