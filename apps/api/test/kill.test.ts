import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farmerBody } from './support/builders';
import { HttpClient, serverHome, startServer, type ServerHome, type ServerProcess } from './support/real-server';

/**
 * The kill test (issue 8): the real server as a process, phones writing to it (idempotent
 * creates with client ids), SIGKILL in the middle of the stream, an immediate restart on the
 * same data, the phones retrying what got no answer. Every write that was acknowledged must be
 * there exactly once, nothing doubled, nothing the phones never sent. `npm test` kills a few
 * times; `npm run kill` (NTAG_KILLS, default 25) many.
 */
const KILLS = Number(process.env.NTAG_KILLS ?? 3);
const WRITERS = 4;

let home: ServerHome;
let server: ServerProcess | undefined;
beforeAll(async () => {
  home = await serverHome();
});
afterAll(async () => {
  if (server) await server.stop();
  await home.remove();
});

type Body = ReturnType<typeof farmerBody>;

describe(`kill test (${KILLS} kills)`, () => {
  it('every acknowledged create survives SIGKILL and restart exactly once; unanswered ones replay idempotently', { timeout: 60_000 + KILLS * 15_000 }, async () => {
    const started = Date.now();
    server = await startServer(home);
    const phone = await new HttpClient(server.url).login('demo-district-4001');
    const acked = new Map<string, Body>();
    const unanswered = new Map<string, Body>();
    let restarts = 0;
    const replays = { saved: 0, lost: 0 };

    for (let k = 0; k < KILLS; k++) {
      let stop = false;
      const writer = async () => {
        while (!stop) {
          const body = farmerBody({ firstName: `ฆ่า${k}`, lastName: `ทดสอบ${acked.size}` });
          unanswered.set(body.id, body);
          let res;
          try {
            res = await phone.request('POST', '/api/farmers', body);
          } catch {
            return; // the connection died with the server: the outcome is unknown, so it stays unanswered
          }
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          unanswered.delete(body.id);
          acked.set(body.id, body);
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      // Kill somewhere in the stream, at a different point each time (writes take a few ms each).
      await new Promise((r) => setTimeout(r, 150 + Math.floor(Math.random() * 600)));
      server.kill();
      stop = true;
      await Promise.all(writers);
      // Restart at once, without waiting for the dead process to be reaped (the lock must let us in).
      server = await startServer(home);
      restarts++;
      phone.base = server.url;
      // The phones retry what got no answer: 201 if it was lost before commit, 200 if it was saved.
      for (const [id, body] of unanswered) {
        const res = await phone.request('POST', '/api/farmers', body);
        expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
        replays[res.status === 200 ? 'saved' : 'lost']++;
        unanswered.delete(id);
        acked.set(id, body);
      }
    }

    expect(restarts).toBe(KILLS);
    expect(acked.size).toBeGreaterThan(KILLS * WRITERS);
    // Every acknowledged farmer is there, as sent.
    for (const [id, body] of acked) {
      const res = await phone.request('GET', `/api/farmers/${id}`);
      expect(res.status, id).toBe(200);
      expect(res.body.nationalId).toBe(body.nationalId);
    }
    // Nothing doubled and nothing extra: the district's list holds exactly the acknowledged ids, once each.
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await phone.request('GET', `/api/farmers?district=4001&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      listed.push(...res.body.items.map((f: { id: string }) => f.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(listed.length).toBe(acked.size);
    expect(new Set(listed)).toEqual(new Set(acked.keys()));
    // One creation each in the audit log: a replay that found its record wrote no second row.
    const admin = await new HttpClient(server.url).login('demo-admin');
    const created = new Map<string, number>();
    for (let page = 1; ; page++) {
      const res = await admin.request('GET', `/api/audit?verb=farmer.create&pageSize=200&page=${page}`);
      for (const a of res.body.items as { targetId: string }[]) created.set(a.targetId, (created.get(a.targetId) ?? 0) + 1);
      if (page * 200 >= res.body.total) break;
    }
    expect([...created.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(created.keys())).toEqual(new Set(acked.keys()));

    console.log(
      `kill test (${home.kind}): ${KILLS} kills, ${acked.size} acknowledged creates, none lost or doubled; ` +
      `${replays.saved + replays.lost} unanswered at a kill, replayed: ${replays.saved} had been saved, ${replays.lost} had not; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
