import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farmerBody } from './support/builders';
import { HttpClient, serverHome, startServer, type ServerHome, type ServerProcess } from './support/real-server';

/**
 * Backup and restore round trip (issue 8) on whichever database the run uses: `npm run backup`
 * while the server runs and phones keep writing, then a change, then `npm run restore`: the
 * data is as it was at the backup, and consistent (every farmer with its audit row, no row
 * without its farmer).
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function cli(home: ServerHome, name: 'backup' | 'restore', args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, `apps/api/src/cli/${name}.ts`), ...args], {
      cwd: ROOT, env: { ...process.env, ...home.env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

let home: ServerHome;
let server: ServerProcess | undefined;
beforeAll(async () => {
  home = await serverHome();
});
afterAll(async () => {
  if (server) await server.stop();
  await home.remove();
});

async function farmerIds(c: HttpClient): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const res = await c.request('GET', `/api/farmers?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    for (const f of res.body.items as { id: string }[]) ids.add(f.id);
    cursor = res.body.nextCursor;
  } while (cursor);
  return ids;
}

async function createdInAudit(admin: HttpClient): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await admin.request('GET', `/api/audit?verb=farmer.create&pageSize=200&page=${page}`);
    ids.push(...(res.body.items as { targetId: string }[]).map((a) => a.targetId));
    if (page * 200 >= res.body.total) return ids;
  }
}

describe('backup and restore', () => {
  it('npm run backup copies the running database consistently; npm run restore puts it back as it was', { timeout: 180_000 }, async () => {
    server = await startServer(home);
    const district = await new HttpClient(server.url).login('demo-district-4001');
    const first = farmerBody({ firstName: 'ก่อนสำรอง' });
    expect((await district.request('POST', '/api/farmers', first)).status).toBe(201);

    // Phones keep writing during the backup.
    const acked = new Set<string>([first.id]);
    const sent = new Set<string>([first.id]);
    let writing = true;
    const writer = async () => {
      while (writing) {
        const body = farmerBody({ firstName: 'ระหว่างสำรอง' });
        sent.add(body.id);
        const res = await district.request('POST', '/api/farmers', body);
        expect(res.status).toBe(201);
        acked.add(body.id);
      }
    };
    const writers = [writer(), writer()];
    await new Promise((r) => setTimeout(r, 200));
    const ackedBefore = new Set(acked);
    const file = path.join(home.dataDir, `backup.${home.kind === 'postgres' ? 'dump' : 'tar.gz'}`);
    const backup = await cli(home, 'backup', [file]);
    const sentByEnd = new Set(sent);
    writing = false;
    await Promise.all(writers);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(home.kind === 'postgres' ? /pg_dump/ : /running server/);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    // Changes after the backup.
    const current = (await district.request('GET', `/api/farmers/${first.id}`)).body;
    expect((await district.request('PATCH', `/api/farmers/${first.id}`, { firstName: 'หลังสำรอง', version: current.version })).status).toBe(200);
    const later = farmerBody({ firstName: 'หลังสำรอง' });
    expect((await district.request('POST', '/api/farmers', later)).status).toBe(201);

    if (home.kind === 'pglite') {
      // Restoring under a running server would corrupt it: refused, and nothing changes.
      const refused = await cli(home, 'restore', [file]);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/in use by process/);
      expect((await district.request('GET', `/api/farmers/${later.id}`)).status).toBe(200);
    }
    expect(await server.stop()).toBe(0);
    const restore = await cli(home, 'restore', [file]);
    expect(restore.code, restore.out).toBe(0);

    server = await startServer(home);
    district.base = server.url;
    const admin = await new HttpClient(server.url).login('demo-admin');
    // As at the backup: the first farmer's old name, the later one absent…
    expect((await district.request('GET', `/api/farmers/${first.id}`)).body.firstName).toBe('ก่อนสำรอง');
    expect((await district.request('GET', `/api/farmers/${later.id}`)).status).toBe(404);
    // …everything acknowledged before the backup began, nothing sent after it ended…
    const restored = await farmerIds(district);
    for (const id of ackedBefore) expect(restored.has(id), id).toBe(true);
    for (const id of restored) expect(sentByEnd.has(id), id).toBe(true);
    // …and one moment of it: each farmer with its creation in the audit log, no audit row without its farmer.
    const created = await createdInAudit(admin);
    expect(created.length).toBe(restored.size);
    expect(new Set(created)).toEqual(restored);
    console.log(`backup round trip (${home.kind}): ${restored.size} farmers in the backup (${ackedBefore.size} acknowledged before it began, ${sentByEnd.size} sent by its end)`);

    if (home.kind === 'pglite') {
      // The replaced data is kept beside, not deleted.
      expect(fs.readdirSync(home.dataDir).some((f) => f.startsWith('pgdata.before-restore-'))).toBe(true);
      // With the server stopped, the backup opens the directory itself.
      expect(await server.stop()).toBe(0);
      server = undefined;
      const offline = await cli(home, 'backup', [path.join(home.dataDir, 'offline.tar.gz')]);
      expect(offline.code, offline.out).toBe(0);
      expect(offline.out).toMatch(/no server running/);
    }
  });
});
