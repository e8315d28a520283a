import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestContext } from './support/app';
import { formedGroup } from './support/flows';

let ctx: TestContext;
let district: Client;
let province: Client;
let tambon: Client;
let group: { id: string };
let members: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  district = await signIn(ctx, 'district');
  province = await signIn(ctx, 'province');
  tambon = await signIn(ctx, 'tambon');
  ({ group, members } = await formedGroup(district, province));
});
afterAll(() => ctx.close());

const outlet = (o: Record<string, unknown> = {}) => ({
  id: randomUUID(), groupId: group.id, type: 'community_market', name: 'ตลาดชุมชนบ้านโนนสูง', products: ['ผักบุ้ง', 'ไข่ไก่'], volume: '20 กก./สัปดาห์',
  frequency: 'ทุกวันเสาร์', price: '25 บาท/กก.', contact: 'นายแดง 081-000-0000', answers: { needs: 'ผักปลอดสาร' }, date: '2026-09-02', ...o,
});

describe('market survey (step 5)', () => {
  it('the province uses the default framework until it sets its own; the district may not set it (403)', async () => {
    const def = await district.get('/api/provinces/40/survey-framework');
    expect(def.body).toMatchObject({ custom: false, version: 0 });
    expect(def.body.outletTypes).toContain('restaurant');
    expect((await district.put('/api/provinces/40/survey-framework', { outletTypes: ['shop'], questions: [] })).status).toBe(403);
    const set = await province.put('/api/provinces/40/survey-framework', { outletTypes: ['household', 'shop', 'community_market', 'key_customer'], questions: [{ key: 'needs', text: 'สินค้าที่ต้องการ' }, { key: 'season', text: 'ช่วงเวลาที่รับซื้อ' }] });
    expect(set.body).toMatchObject({ custom: true, version: 1 });
    const again = await province.put('/api/provinces/40/survey-framework', { outletTypes: ['shop'], questions: [] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'record.stale', details: { current: { version: 1 } } });
    expect((await province.put('/api/provinces/50/survey-framework', { outletTypes: ['shop'], questions: [] })).status).toBe(404);
  });

  it('a tambon worker records outlets of the framework’s types and questions only', async () => {
    expect((await tambon.post('/api/outlets', outlet())).status).toBe(201);
    expect((await tambon.post('/api/outlets', outlet({ type: 'restaurant' }))).body.details.issues[0].path).toBe('type');
    expect((await tambon.post('/api/outlets', outlet({ answers: { colour: 'แดง' } }))).body.details.issues[0].path).toBe('answers.colour');
    await tambon.post('/api/outlets', outlet({ type: 'key_customer', name: 'โรงพยาบาลขอนแก่น', products: ['ผักบุ้ง'] }));
  });

  it('a phone retrying the same outlet gets the same record, whatever order the database keeps its answers in', async () => {
    // jsonb stores keys shortest first (needs, season): the retry sends them as the phone did.
    const body = outlet({ type: 'shop', name: 'ร้านป้าแดง', answers: { season: 'ตลอดปี', needs: 'ไข่ไก่' } });
    expect((await tambon.post('/api/outlets', body)).status).toBe(201);
    const retry = await tambon.post('/api/outlets', body);
    expect(retry.status).toBe(200);
    expect(retry.body.answers).toEqual({ needs: 'ไข่ไก่', season: 'ตลอดปี' });
    expect((await tambon.post('/api/outlets', { ...body, answers: { season: 'หน้าแล้ง', needs: 'ไข่ไก่' } })).body.code).toBe('record.id_conflict');
    expect((await tambon.delete(`/api/outlets/${body.id}?version=${retry.body.version}`)).status).toBe(200);
  });

  it('the province compiles online channels and reads the market analysis', async () => {
    const ch = await province.post('/api/channels', { id: randomUUID(), provinceCode: '40', kind: 'facebook', name: 'ตลาดเกษตรกรขอนแก่นออนไลน์', url: 'https://facebook.com/kkfarmersmarket' });
    expect(ch.status).toBe(201);
    expect((await province.post('/api/channels', { id: randomUUID(), provinceCode: '40', kind: 'website', name: 'x', url: 'not a url' })).body.details.issues[0].path).toBe('url');
    expect((await district.get('/api/channels')).body.items).toHaveLength(1);
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/channels/${ch.body.id}`)).status).toBe(404);
    const a = await province.get('/api/markets/analysis?province=40');
    expect(a.body).toMatchObject({ outlets: 2, province: { nameTh: 'ขอนแก่น' } });
    expect(a.body.byType).toEqual(expect.arrayContaining([{ type: 'community_market', outlets: 1, groups: 1 }, { type: 'key_customer', outlets: 1, groups: 1 }]));
    expect(a.body.byProduct[0]).toEqual({ product: 'ผักบุ้ง', outlets: 2, types: ['community_market', 'key_customer'] });
    expect(a.body.channels).toHaveLength(1);
    expect((await (await signIn(ctx, 'otherDistrict')).get('/api/markets/analysis?province=40')).status).toBe(404);
  });
});

describe('exchange and sales (step 6)', () => {
  const sale = (o: Record<string, unknown> = {}) => ({
    id: randomUUID(), groupId: group.id, farmerId: members[1], date: '2026-09-10', product: 'morning_glory', unit: 'kg', quantity: 12,
    unitPrice: 25, channel: 'farmers_market', ...o,
  });

  it('records a sale with its value from quantity × price, and an exchange without a price', async () => {
    const res = await tambon.post('/api/transactions', sale());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ value: 300, kind: 'sale', channel: 'farmers_market', farmerName: 'นางสมาชิก2 ใจดี' });
    const ex = await tambon.post('/api/transactions', sale({ channel: 'exchange_in_group', unitPrice: null }));
    expect(ex.body).toMatchObject({ kind: 'exchange', value: null });
  });

  it('refuses a sale without a price, an online sale without its platform, another group’s outlet, a price that is not a number', async () => {
    expect((await tambon.post('/api/transactions', sale({ unitPrice: null }))).body.details.issues[0].path).toBe('value');
    expect((await tambon.post('/api/transactions', sale({ channel: 'online' }))).body.details.issues[0].path).toBe('platform');
    expect((await tambon.post('/api/transactions', sale({ outletId: randomUUID() }))).body.details.issues[0].path).toBe('outletId');
    expect((await tambon.post('/api/transactions', sale({ unitPrice: 'ยี่สิบห้า' }))).body.details.issues[0].path).toBe('unitPrice');
    expect((await tambon.post('/api/transactions', sale({ quantity: 0 }))).body.details.issues[0].path).toBe('quantity');
  });

  it('the province records a marketing event with its groups; a sale there names the event', async () => {
    expect((await district.post('/api/events', { id: randomUUID(), provinceCode: '40', name: 'x', startsOn: '2026-09-20' })).status).toBe(403);
    const ev = await province.post('/api/events', { id: randomUUID(), provinceCode: '40', name: 'งานเกษตรแฟร์ขอนแก่น', startsOn: '2026-09-20', endsOn: '2026-09-22', place: 'ศาลากลางจังหวัด', groupIds: [group.id] });
    expect(ev.status).toBe(201);
    expect(ev.body.groups).toEqual([{ id: group.id, name: 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง' }]);
    expect((await province.post('/api/events', { id: randomUUID(), provinceCode: '40', name: 'x', startsOn: '2026-09-20', endsOn: '2026-09-19' })).body.details.issues[0].path).toBe('endsOn');
    expect((await tambon.post('/api/transactions', sale({ channel: 'event' }))).body.details.issues[0].path).toBe('eventId');
    const atEvent = await tambon.post('/api/transactions', sale({ channel: 'event', eventId: ev.body.id, date: '2026-09-21' }));
    expect(atEvent.status).toBe(201);
    expect((await district.get(`/api/events?group=${group.id}`)).body.items).toHaveLength(1);
  });

  it('sells to a surveyed outlet of the group', async () => {
    const o = (await district.get(`/api/outlets?group=${group.id}`)).body.items[0];
    expect((await tambon.post('/api/transactions', sale({ outletId: o.id, channel: 'community_buyer' }))).status).toBe(201);
  });

  it('scopes: another district 404, the agency reads', async () => {
    const other = await signIn(ctx, 'otherDistrict');
    expect((await other.post('/api/transactions', sale())).status).toBe(404);
    expect((await other.get(`/api/transactions?group=${group.id}`)).status).toBe(404);
    const agency = await signIn(ctx, 'agency');
    expect((await agency.get('/api/transactions?unit=40')).body.items.length).toBe(4);
    expect((await agency.post('/api/transactions', sale())).status).toBe(403);
  });
});

describe('province records: online channels and marketing events', () => {
  it('a retried create is the same record, another body with its id 409; edits carry the version; a deletion is soft', async () => {
    const channel = { id: randomUUID(), provinceCode: '40', kind: 'line_oa', name: 'ผักปลอดสารขอนแก่น', url: '@kkveg' };
    expect((await province.post('/api/channels', channel)).status).toBe(201);
    expect((await province.post('/api/channels', channel)).status).toBe(200);
    expect((await province.post('/api/channels', { ...channel, url: '@other' })).body.code).toBe('record.id_conflict');
    expect((await province.patch(`/api/channels/${channel.id}`, { groupId: randomUUID(), version: 1 })).body.details.issues[0].path).toBe('groupId');
    expect((await district.patch(`/api/channels/${channel.id}`, { name: 'x', version: 1 })).status).toBe(404);
    const changed = await province.patch(`/api/channels/${channel.id}`, { name: 'ผักปลอดสารขอนแก่น (ไลน์)', groupId: group.id, version: 1 });
    expect(changed.body).toMatchObject({ name: 'ผักปลอดสารขอนแก่น (ไลน์)', groupId: group.id, url: '@kkveg', version: 2 });
    const stale = await province.patch(`/api/channels/${channel.id}`, { name: 'y', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current).toMatchObject({ name: 'ผักปลอดสารขอนแก่น (ไลน์)', version: 2 });
    expect((await province.delete(`/api/channels/${channel.id}?version=1`)).status).toBe(409);
    expect((await province.delete(`/api/channels/${channel.id}?version=2`)).status).toBe(200);
    expect((await district.get(`/api/channels/${channel.id}`)).status).toBe(404);

    const event = { id: randomUUID(), provinceCode: '40', name: 'ตลาดนัดสีเขียว', startsOn: '2026-10-05', groupIds: [group.id] };
    expect((await province.post('/api/events', event)).status).toBe(201);
    expect((await province.post('/api/events', event)).status).toBe(200);
    expect((await province.post('/api/events', { ...event, startsOn: '2026-10-06' })).body.code).toBe('record.id_conflict');
    expect((await province.patch(`/api/events/${event.id}`, { endsOn: '2026-10-01', version: 1 })).body.details.issues[0].path).toBe('endsOn');
    expect((await province.patch(`/api/events/${event.id}`, { groupIds: [group.id, randomUUID()], version: 1 })).body.details.issues[0].path).toBe('groupIds.1');
    expect((await tambon.get(`/api/events/${event.id}`)).body).toMatchObject({ name: 'ตลาดนัดสีเขียว', groups: [{ id: group.id }] });
    expect((await (await signIn(ctx, 'otherDistrict')).get(`/api/events/${event.id}`)).status).toBe(404);
    const moved = await province.patch(`/api/events/${event.id}`, { endsOn: '2026-10-06', version: 1 });
    expect(moved.body).toMatchObject({ startsOn: '2026-10-05', endsOn: '2026-10-06', version: 2 });
    expect((await province.patch(`/api/events/${event.id}`, { place: 'x', version: 1 })).body.details.current.version).toBe(2);
    expect((await province.delete(`/api/events/${event.id}?version=2`)).status).toBe(200);
    expect((await district.get(`/api/events/${event.id}`)).status).toBe(404);
    const audit = await (await signIn(ctx, 'admin')).get(`/api/audit?targetId=${event.id}`);
    expect(audit.body.items.map((a: { verb: string }) => a.verb).sort()).toEqual(['event.create', 'event.delete', 'event.update']);
  });
});

describe('lists filtered by a group outside the scope (issue 8)', () => {
  it('channels and events of another district\'s group answer 404 group.not_found, as every other list does; a group in scope lists', async () => {
    const other = await signIn(ctx, 'otherDistrict');
    for (const path of ['/api/channels', '/api/events']) {
      const res = await other.get(`${path}?group=${group.id}`);
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe('group.not_found');
      expect((await other.get(`${path}?group=${randomUUID()}`)).status).toBe(404);
      expect((await district.get(`${path}?group=${group.id}`)).status).toBe(200);
    }
  });
});
