// Starts the built NTAG server for the browser journeys on a database of its own, and removes
// that database when the journeys end (Playwright stops this process).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { MAIN, ownDatabase } from './lib/server.mjs';

if (!fs.existsSync(MAIN)) {
  console.error('apps/api/dist/main.js is missing: run `npm run build` first');
  process.exit(1);
}

const db = await ownDatabase('e2e');
// The journeys make their own records in the demo accounts' areas: they start from the accounts
// only, unless DEMO_DATA says otherwise (the living-demo journey's server sets DEMO_DATA=full).
const env = { ...process.env, ...db.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: process.env.DEMO_DATA ?? 'accounts' };

const server = spawn(process.execPath, [MAIN], { env, stdio: 'inherit' });
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await db.remove();
  process.exit(code);
}
server.on('exit', (code) => {
  if (!stopping) stop(code ?? 1);
});
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => void stop(0));
