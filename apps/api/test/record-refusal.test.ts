import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, signIn, startTestApp, type TestContext } from './support/app';
import { formedGroup } from './support/flows';
import { newUser, PASSWORD } from './support/world';

/**
 * A record refused by the district (issue #12, "what comes back"): the district deletes a record a
 * tambon worker made, with a reason; the worker is told — in the app's notifications and, through
 * the sync pull, on the phone — and the record leaves the phone. Deleting one's own record tells
 * nobody.
 */
let ctx: TestContext;
let district: Client;
let tambon: Client;
let otherTambon: Client;
let a: { group: { id: string }; members: string[] };

beforeAll(async () => {
  ctx = await startTestApp();
  const admin = await signIn(ctx, 'admin');
  district = await signIn(ctx, 'district');
  tambon = await signIn(ctx, 'tambon');
  const province = await signIn(ctx, 'province');
  a = await formedGroup(district, province, { name: 'กลุ่มทดสอบการไม่รับรายการ' });
  await newUser(admin, 'refusal-tambon-400102', '400102', 'tambon');
  otherTambon = await new Client(ctx.app).login('refusal-tambon-400102', PASSWORD);
});
afterAll(() => ctx.close());

async function harvest(by: Client, quantity: number) {
  const res = await by.post('/api/production', {
    id: randomUUID(), groupId: a.group.id, farmerId: a.members[0], date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity, uses: { household: 5, sale: quantity - 5 }, value: 450,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

const refusals = async (c: Client) => ((await c.get('/api/notifications?limit=50')).body.items as any[]).filter((n) => n.kind === 'record.refused');

describe('a record refused by the district', () => {
  it("reaches the tambon worker who recorded it, with the reason, in the app and in the phone's next pull", async () => {
    const start = await tambon.get('/api/sync/pull?limit=500');
    let cursor = start.body.cursor as string;
    for (let more = start.body.more; more; ) {
      const next = await tambon.get(`/api/sync/pull?limit=500&cursor=${encodeURIComponent(cursor)}`);
      cursor = next.body.cursor;
      more = next.body.more;
    }
    const rec = await harvest(tambon, 25);
    const before = (await refusals(tambon)).length;

    const res = await district.delete(`/api/production/${rec.id}?version=${rec.version}&reason=${encodeURIComponent('ปริมาณไม่ตรงกับที่ตรวจแปลง')}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    const mine = await refusals(tambon);
    expect(mine).toHaveLength(before + 1);
    expect(mine[0]).toMatchObject({
      title: expect.stringContaining('ไม่รับผลผลิตวันที่ 10 ส.ค. 2569 ของกลุ่มทดสอบการไม่รับรายการ'),
      body: 'เหตุผล: ปริมาณไม่ตรงกับที่ตรวจแปลง',
      link: `/groups/${a.group.id}/production`,
      readAt: null,
    });
    // The district, who refused it, is not told about its own act.
    expect(await refusals(district)).toHaveLength(0);

    // The phone's next pull: the notification, and the record gone from it.
    const pulled = await tambon.get(`/api/sync/pull?limit=500&cursor=${encodeURIComponent(cursor)}`);
    const changes = pulled.body.changes as any[];
    expect(changes.find((c) => c.kind === 'notification' && c.id === mine[0].id)?.data).toMatchObject({ kind: 'record.refused', body: 'เหตุผล: ปริมาณไม่ตรงกับที่ตรวจแปลง' });
    expect(changes.find((c) => c.kind === 'production' && c.id === rec.id)).toMatchObject({ deleted: true });

    // The audit keeps why.
    const admin = await signIn(ctx, 'admin');
    const log = await admin.get(`/api/audit?targetId=${rec.id}&verb=production.delete`);
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0].after).toEqual({ reason: 'ปริมาณไม่ตรงกับที่ตรวจแปลง' });
  });

  it('without a reason the worker is still told, and that none was given', async () => {
    const rec = await harvest(tambon, 12);
    expect((await district.delete(`/api/production/${rec.id}?version=${rec.version}`)).status).toBe(200);
    expect((await refusals(tambon))[0]).toMatchObject({ body: 'ไม่ได้ระบุเหตุผล' });
  });

  it("deleting one's own record tells nobody", async () => {
    const before = (await refusals(tambon)).length;
    const rec = await harvest(tambon, 9);
    expect((await tambon.delete(`/api/production/${rec.id}?version=${rec.version}&reason=${encodeURIComponent('บันทึกซ้ำ')}`)).status).toBe(200);
    expect(await refusals(tambon)).toHaveLength(before);
  });

  it('a reason too long is refused naming the field, and the record stays', async () => {
    const rec = await harvest(tambon, 7);
    const res = await district.delete(`/api/production/${rec.id}?version=${rec.version}&reason=${'ก'.repeat(501)}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.details)).toContain('reason');
    expect((await tambon.get(`/api/production/${rec.id}`)).status).toBe(200);
  });

  it("out of scope: another tambon's worker cannot refuse the record, and nobody is told", async () => {
    const before = (await refusals(tambon)).length;
    const rec = await harvest(tambon, 8);
    const res = await otherTambon.delete(`/api/production/${rec.id}?version=${rec.version}&reason=x`);
    expect(res.status).toBe(404);
    expect((await tambon.get(`/api/production/${rec.id}`)).status).toBe(200);
    expect(await refusals(tambon)).toHaveLength(before);
  });
});
