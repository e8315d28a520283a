import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../src/db/client';
import type { Client } from './support/app';
import { formedGroup } from './support/flows';
import { HttpClient, serverHome, startServer, type ServerHome, type ServerProcess } from './support/real-server';

/**
 * The sync push under SIGKILL (issue 12): the real server as a process, phones pushing outbox
 * batches of production records, the server killed in the middle, restarted on the same data, the
 * phones sending again every batch that got no answer. Every item is on the server exactly once,
 * with one audit row, and the group's monthly figures agree with its records (a batch's records,
 * audit rows and figures commit together, or none of them).
 */
const KILLS = Number(process.env.NTAG_KILLS ?? 1);
const BATCH = 40;

let home: ServerHome;
let server: ServerProcess | undefined;
beforeAll(async () => {
  home = await serverHome();
});
afterAll(async () => {
  if (server) await server.stop();
  await home.remove();
});

/** The flows' client interface over real HTTP. */
const asClient = (h: HttpClient) => ({
  get: (url: string) => h.request('GET', url),
  post: (url: string, body?: unknown) => h.request('POST', url, body),
  put: (url: string, body?: unknown) => h.request('PUT', url, body),
  patch: (url: string, body?: unknown) => h.request('PATCH', url, body),
}) as unknown as Client;

describe(`sync push under kills (${KILLS} kills)`, () => {
  it('nothing acknowledged is lost, nothing is doubled, and the monthly figures agree with the records', { timeout: 120_000 + KILLS * 20_000 }, async () => {
    server = await startServer(home);
    const phone = await new HttpClient(server.url).login('demo-district-4001');
    const province = await new HttpClient(server.url).login('demo-province-40');
    const { group, members } = await formedGroup(asClient(phone), asClient(province), { members: 3 });
    const sent = new Set<string>();
    let unanswered: { id: string; kind: string; body: unknown }[][] = [];
    let n = 0;
    const batch = () => Array.from({ length: BATCH }, () => {
      n++;
      const id = randomUUID();
      sent.add(id);
      return { id, kind: 'production', body: { groupId: group.id, farmerId: members[n % 3], date: `2026-${String(8 + (n % 4)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`, product: 'morning_glory', unit: 'kg', quantity: 1 + (n % 9) } };
    });
    const replays = { applied: 0, duplicate: 0 };

    for (let k = 0; k < KILLS; k++) {
      let stop = false;
      const writer = async () => {
        while (!stop) {
          const items = batch();
          unanswered.push(items);
          let res;
          try {
            res = await phone.request('POST', '/api/sync/push', { items });
          } catch {
            return; // the connection died with the server: the batch stays in the outbox
          }
          expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
          expect(res.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
          unanswered = unanswered.filter((b) => b !== items);
        }
      };
      const writers = [writer(), writer()];
      await new Promise((r) => setTimeout(r, 300 + Math.floor(Math.random() * 900)));
      server.kill();
      stop = true;
      await Promise.all(writers);
      server = await startServer(home);
      phone.base = server.url;
      for (const items of unanswered) {
        const res = await phone.request('POST', '/api/sync/push', { items });
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
        for (const r of res.body.results as { status: 'applied' | 'duplicate' }[]) {
          expect(['applied', 'duplicate']).toContain(r.status);
          replays[r.status]++;
        }
      }
      unanswered = [];
    }

    // Every item once in the group's records, and nothing else.
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await phone.request('GET', `/api/production?group=${group.id}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      listed.push(...res.body.items.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(listed.length).toBe(sent.size);
    expect(new Set(listed)).toEqual(sent);
    await server.stop();
    server = undefined;

    const database = await openDatabase(home.kind === 'pglite' ? { kind: 'pglite', dataDir: path.join(home.dataDir, 'pgdata') } : { kind: 'postgres', url: home.databaseUrl!, max: 1 });
    try {
      const audits = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from audit_log where verb = 'production.create' and target_id = any(${sql.param([...sent])})`))[0]!;
      expect(Number(audits.n)).toBe(sent.size);
      const drift = rowsOf<{ month: string; records: number; figures: number | null }>(await database.db.execute(sql`
        with r as (select date_trunc('month', recorded_on)::date as month, sum(quantity)::float8 as q from production_record where group_id = ${group.id} and deleted_at is null group by 1),
        s as (select month, sum(value)::float8 as q from group_month_stat where group_id = ${group.id} and key like 'prod|%|total' group by 1)
        select r.month::text as month, r.q as records, s.q as figures from r left join s using (month) where s.q is distinct from r.q`));
      expect(drift).toEqual([]);
    } finally {
      await database.close();
    }
    console.log(`sync kill test (${home.kind}): ${KILLS} kills, ${sent.size} items pushed once each; replayed at restart: ${replays.applied} had not been applied, ${replays.duplicate} had`);
  });
});
