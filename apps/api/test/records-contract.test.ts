import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@ntag/shared';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

/**
 * Issue #4's published field names are the only names (docs/adr/0012): date, product, value,
 * quantity, unit, channel (event/online/direct); a production record's uses are one split `uses`.
 */
let ctx: TestContext;
let tambon: Client;
let group: { id: string };
beforeAll(async () => {
  ctx = await startTestApp();
  const district = await signIn(ctx, 'district');
  ({ group } = await formedGroup(district, await signIn(ctx, 'province')));
  tambon = await signIn(ctx, 'tambon');
});
afterAll(() => ctx.close());

describe("records in the contract's names", () => {
  it('production: date, product (a catalogue code or Thai name, else free text), value and the split uses', async () => {
    const body = { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 12, unit: 'kg', value: 300, uses: { sale: 10, household: 2 } };
    const res = await tambon.post('/api/production', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ date: todayIso(), product: 'morning_glory', value: 300, uses: { household: 2, exchange: 0, sale: 10, processing: 0, loss: 0 } });
    expect(Object.keys(res.body).filter((k) => ['recordedOn', 'productCode', 'productName', 'valueBaht', 'use'].includes(k))).toEqual([]);
    expect((await tambon.post('/api/production', body)).status).toBe(200);
    const free = await tambon.post('/api/production', { ...body, id: randomUUID(), product: 'เห็ดนางฟ้าภูฏาน', uses: { household: 12 }, value: undefined });
    expect(free.body).toMatchObject({ product: 'เห็ดนางฟ้าภูฏาน', uses: { household: 12 }, value: null });
    const updated = await tambon.patch(`/api/production/${res.body.id}`, { uses: { exchange: 12 }, version: res.body.version });
    expect(updated.body).toMatchObject({ uses: { sale: 0, household: 0, exchange: 12 } });
    // The single `use` of the first contract is not a field: refused by name, nothing written.
    const single = await tambon.post('/api/production', { ...body, id: randomUUID(), uses: undefined, use: 'sale' });
    expect(single.status).toBe(400);
    expect(single.body.details.issues).toEqual([{ path: 'use', message: expect.any(String) }]);
  });

  it('transactions: date, product, value and the channels event, online and direct', async () => {
    const res = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'morning_glory', quantity: 5, unit: 'kg', value: 125, channel: 'direct' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ date: todayIso(), product: 'morning_glory', value: 125, channel: 'direct', kind: 'sale' });
    expect(Object.keys(res.body).filter((k) => ['occurredOn', 'productCode', 'productName', 'valueBaht'].includes(k))).toEqual([]);
    const online = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 2, unit: 'kg', value: 50, channel: 'online' });
    expect(online.body.details.issues[0].path).toBe('platform');
    const event = await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 2, unit: 'kg', value: 50, channel: 'event' });
    expect(event.body.details.issues[0].path).toBe('eventId');
    expect((await tambon.post('/api/transactions', { id: randomUUID(), groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 2, unit: 'kg', value: 50, channel: 'marketing_event' })).body.details.issues[0].path).toBe('channel');
  });

  it('bad input names the field, and writes nothing; the retired names are refused by name', async () => {
    const base = { groupId: group.id, date: todayIso(), product: 'ผักบุ้ง', quantity: 1, unit: 'kg', value: 10, channel: 'direct' };
    const before = (await tambon.get(`/api/transactions?group=${group.id}`)).body.items.length;
    const path = async (o: Record<string, unknown>) => (await tambon.post('/api/transactions', { ...base, id: randomUUID(), ...o })).body.details.issues[0].path;
    expect(await path({ date: '2099-01-01' })).toBe('date');
    expect(await path({ date: undefined })).toBe('date');
    expect(await path({ quantity: 0 })).toBe('quantity');
    expect(await path({ value: 'สิบบาท' })).toBe('value');
    expect(await path({ value: undefined })).toBe('value');
    expect(await path({ unit: 'litre' })).toBe('unit');
    expect(await path({ occurredOn: todayIso() })).toBe('occurredOn');
    expect(await path({ productCode: 'morning_glory' })).toBe('productCode');
    expect((await tambon.get(`/api/transactions?group=${group.id}`)).body.items.length).toBe(before);
  });
});
