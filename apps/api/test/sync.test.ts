import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client';
import { learningSession, outlet, productionRecord, transaction } from '../src/db/schema';
import { anyRecordsByIds } from '../src/modules/records/records.repo';
import { Client, signIn, startTestApp, type TestContext } from './support/app';
import fc from 'fast-check';
import { farmerBody } from './support/builders';
import { HOSTILE_VALUES } from './support/json-arbitrary';
import { formedGroup } from './support/flows';
import { newUser, PASSWORD } from './support/world';

/**
 * The sync protocol (issue #12, docs/adr/0020): the outbox pushed in batches, each item in its own
 * transaction and idempotent; the pull scoped exactly like the API.
 */
let ctx: TestContext;
let district: Client;
let tambon: Client;
let otherTambon: Client;
let a: { group: { id: string }; members: string[] };
let b: { group: { id: string }; members: string[] };

beforeAll(async () => {
  ctx = await startTestApp();
  const admin = await signIn(ctx, 'admin');
  district = await signIn(ctx, 'district');
  tambon = await signIn(ctx, 'tambon');
  const province = await signIn(ctx, 'province');
  a = await formedGroup(district, province);
  b = await formedGroup(district, province, { tambonCode: '400102', name: 'กลุ่มตำบลสำราญ' });
  await newUser(admin, 'sync-tambon-400102', '400102', 'tambon');
  otherTambon = await new Client(ctx.app).login('sync-tambon-400102', PASSWORD);
});
afterAll(() => ctx.close());

const production = (groupId: string, member: string, extra: Record<string, unknown> = {}) => ({
  groupId, farmerId: member, date: '2026-08-10', product: 'morning_glory', unit: 'kg', quantity: 25, uses: { household: 5, sale: 20 }, value: 450, ...extra,
});
const item = (kind: string, body: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ id: randomUUID(), kind, body, ...extra });

/** Pulls to the end; every change, in order. */
async function pullAll(c: Client, cursor?: string, limit = 500) {
  const changes: any[] = [];
  for (let i = 0; i < 100; i++) {
    const res = await c.get(`/api/sync/pull?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    changes.push(...res.body.changes);
    cursor = res.body.cursor;
    if (!res.body.more) return { changes, cursor: cursor!, reset: res.body.reset };
  }
  throw new Error('pull did not end');
}

describe('POST /api/sync/push', () => {
  it('applies a batch once: the same batch again is all duplicates, and one record each on the server', async () => {
    const items = [
      item('production', production(a.group.id, a.members[0]!)),
      item('transaction', { groupId: a.group.id, farmerId: a.members[1], date: '2026-09-11', product: 'morning_glory', unit: 'kg', quantity: 2, unitPrice: 20, channel: 'farmers_market' }),
      item('outlet', { groupId: a.group.id, type: 'community_market', name: 'ตลาดเช้า', products: ['ผักบุ้ง'], date: '2026-09-03' }),
      item('learningSession', { groupId: a.group.id, date: '2026-08-06', topic: 'การทำปุ๋ยหมัก', attendeeIds: a.members }),
      item('farmer', farmerBody({ id: undefined })),
    ];
    const first = await district.post('/api/sync/push', { items });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.results.map((r: any) => [r.id, r.status, r.version, r.error])).toEqual(items.map((i) => [i.id, 'applied', 1, undefined]));
    const again = await district.post('/api/sync/push', { items });
    expect(again.body.results.map((r: any) => r.status)).toEqual(items.map(() => 'duplicate'));
    expect((await tambon.get(`/api/production/${items[0]!.id}`)).body).toMatchObject({ quantity: 25, version: 1 });
    expect((await tambon.get(`/api/transactions/${items[1]!.id}`)).body).toMatchObject({ value: 40, kind: 'sale' });
    const list = await tambon.get(`/api/production?group=${a.group.id}&limit=500`);
    expect(list.body.items.filter((r: any) => r.id === items[0]!.id)).toHaveLength(1);
    // The step facts and the monthly figures follow, as with the online API.
    expect((await tambon.get(`/api/groups/${a.group.id}/progress`)).body.steps[3]).toMatchObject({ status: 'done', doneOn: '2026-08-10' });
    // The audit trail holds each record as stored (the batch's INSERT maps its rows as drizzle reads them).
    for (const [n, table] of [productionRecord, transaction, outlet, learningSession].entries()) {
      const [row] = await anyRecordsByIds(ctx.database.db, table, [items[n]!.id]);
      const [logged] = rowsOf<{ after: unknown }>(await ctx.database.db.execute(sql`select after from audit_log where target_id = ${items[n]!.id} and verb like '%.create'`));
      expect(logged!.after).toEqual(JSON.parse(JSON.stringify(row)));
    }
  });

  it('refuses bad items naming the code and the field, and still applies the good ones', async () => {
    const good1 = item('production', production(a.group.id, a.members[0]!, { date: '2026-08-12' }));
    const good2 = item('production', production(a.group.id, a.members[1]!, { date: '2026-08-13' }));
    const items = [
      good1,
      item('production', production(a.group.id, a.members[0]!, { quantity: 0 })),
      item('production', production(a.group.id, a.members[0]!, { date: '2099-01-01' })),
      item('production', production(a.group.id, a.members[0]!, { farmerId: randomUUID() })),
      item('production', { ...production(a.group.id, a.members[0]!), recordedOn: '2026-08-01' }),
      item('transaction', { groupId: a.group.id, date: '2026-09-11', product: 'x', unit: 'kg', quantity: 2, channel: 'farmers_market' }),
      item('production', { ...production(a.group.id, a.members[0]!), id: randomUUID() }),
      // A tambon worker does not record learning sessions (the district does): 403's code, for this item only.
      item('learningSession', { groupId: a.group.id, date: '2026-08-06', topic: 'การทำปุ๋ยหมัก' }),
      good2,
    ];
    const res = await tambon.post('/api/sync/push', { items });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: any) => [r.status, r.error?.code, r.error?.field])).toEqual([
      ['applied', undefined, undefined],
      ['refused', 'validation.failed', 'quantity'],
      ['refused', 'record.future_date', 'date'],
      ['refused', 'record.not_member', 'farmerId'],
      ['refused', 'validation.failed', 'recordedOn'],
      ['refused', 'validation.failed', 'value'],
      ['refused', 'validation.failed', 'id'],
      ['refused', 'authz.forbidden', undefined],
      ['applied', undefined, undefined],
    ]);
    expect((await tambon.get(`/api/production/${good2.id}`)).status).toBe(200);
    expect((await tambon.get(`/api/production/${items[1]!.id}`)).status).toBe(404);
  });

  it('pushing into another tambon is refused as not found, and nothing is written', async () => {
    const into = item('production', production(b.group.id, b.members[0]!));
    const res = await tambon.post('/api/sync/push', { items: [into] });
    expect(res.body.results[0]).toMatchObject({ status: 'refused', error: { code: 'group.not_found', field: 'groupId' } });
    const farmer = item('farmer', farmerBody({ id: undefined, tambonCode: '400102' }));
    expect((await tambon.post('/api/sync/push', { items: [farmer] })).body.results[0]).toMatchObject({ status: 'refused', error: { code: 'unit.not_found' } });
    expect((await district.get(`/api/production/${into.id}`)).status).toBe(404);
    expect((await district.get(`/api/farmers/${farmer.id}`)).status).toBe(404);
  });

  it('an edit based on an old version is a conflict carrying the current record; the same edit sent again is a duplicate', async () => {
    const created = item('production', production(a.group.id, a.members[0]!, { date: '2026-08-14' }));
    await tambon.post('/api/sync/push', { items: [created] });
    // The district changes it meanwhile.
    expect((await district.patch(`/api/production/${created.id}`, { quantity: 30, version: 1 })).status).toBe(200);
    const edit = { id: created.id, kind: 'production', baseVersion: 1, body: { quantity: 27 } };
    const res = await tambon.post('/api/sync/push', { items: [edit] });
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', error: { code: 'record.stale' }, current: { id: created.id, quantity: 30, version: 2 } });
    // Resolved on the phone (kept its own) and sent with the current version: applied once.
    const resolved = { ...edit, baseVersion: 2 };
    expect((await tambon.post('/api/sync/push', { items: [resolved] })).body.results[0]).toMatchObject({ status: 'applied', version: 3 });
    expect((await tambon.post('/api/sync/push', { items: [resolved] })).body.results[0]).toMatchObject({ status: 'duplicate', version: 3 });
    expect((await tambon.get(`/api/production/${created.id}`)).body).toMatchObject({ quantity: 27, version: 3 });
  });

  it('a farmer whose national id is registered elsewhere is a conflict naming the other area, not the farmer', async () => {
    const elsewhere = farmerBody({ tambonCode: '400102' });
    expect((await district.post('/api/farmers', elsewhere)).status).toBe(201);
    const mine = item('farmer', farmerBody({ id: undefined, nationalId: elsewhere.nationalId, firstName: 'ซ้ำ' }));
    const res = await tambon.post('/api/sync/push', { items: [mine] });
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', error: { code: 'farmer.duplicate_national_id', field: 'nationalId', registeredIn: { tambon: { code: '400102' }, district: { code: '4001' } } } });
    expect(res.body.results[0].error.farmerId).toBeUndefined();
    expect(res.body.results[0].current).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain(elsewhere.firstName === 'ซ้ำ' ? '-' : elsewhere.id);
    // The district, who may read that farmer, is shown the record.
    const theirs = await district.post('/api/sync/push', { items: [mine] });
    expect(theirs.body.results[0]).toMatchObject({ status: 'conflict', error: { farmerId: elsewhere.id }, current: { id: elsewhere.id, tambonCode: '400102' } });
  });

  it('keeps the monthly figures as the online API does, and takes the same id twice and an edit after its create in one batch', async () => {
    const month = async () => Number((rowsOf<{ q: number }>(await ctx.database.db.execute(sql`
      select coalesce(sum(value), 0)::float8 as q from group_month_stat where group_id = ${a.group.id} and month = '2026-10-01' and key like 'prod|%|total'`)))[0]!.q);
    const before = await month();
    const one = item('production', production(a.group.id, a.members[0]!, { date: '2026-10-02', quantity: 10, uses: {} }));
    const two = item('production', production(a.group.id, a.members[1]!, { date: '2026-10-03', quantity: 7, uses: {} }));
    const res = await tambon.post('/api/sync/push', { items: [one, two, one, { id: two.id, kind: 'production', baseVersion: 1, body: { quantity: 8 } }] });
    expect(res.body.results.map((r: any) => [r.status, r.version])).toEqual([['applied', 1], ['applied', 1], ['duplicate', 1], ['applied', 2]]);
    expect(await month()).toBe(before + 18);
    // The same figures as one online create would leave.
    expect((await tambon.post('/api/production', production(a.group.id, a.members[2]!, { id: randomUUID(), date: '2026-10-04', quantity: 5, uses: {} }))).status).toBe(201);
    expect(await month()).toBe(before + 23);
  });

  it('writes a batch together yet answers each item alone: the same id with another body is refused naming `id`; a value the database refuses refuses that item only', async () => {
    const good = (date: string, quantity: number) => item('production', production(a.group.id, a.members[0]!, { date, quantity, uses: {} }));
    const first = good('2026-07-02', 11);
    const other = { ...first, body: { ...first.body, quantity: 12 } };
    const refusedByColumn = good('2026-07-03', 13);
    const last = good('2026-07-04', 14);
    // A rule only the database knows (as a column's range would be): the batch's one INSERT fails, and each item is written alone.
    await ctx.database.db.execute(sql`alter table production_record add constraint sync_test_no_13 check (quantity <> 13) not valid`);
    try {
      const res = await tambon.post('/api/sync/push', { items: [first, other, refusedByColumn, last] });
      expect(res.body.results.map((r: any) => [r.status, r.error?.code, r.error?.field])).toEqual([
        ['applied', undefined, undefined],
        ['refused', 'record.id_conflict', 'id'],
        ['refused', 'validation.failed', undefined],
        ['applied', undefined, undefined],
      ]);
    } finally {
      await ctx.database.db.execute(sql`alter table production_record drop constraint sync_test_no_13`);
    }
    expect((await tambon.get(`/api/production/${first.id}`)).body).toMatchObject({ quantity: 11 });
    expect((await tambon.get(`/api/production/${refusedByColumn.id}`)).status).toBe(404);
    const audits = rowsOf<{ target_id: string; n: number }>(await ctx.database.db.execute(sql`
      select target_id, count(*)::int as n from audit_log where verb = 'production.create' and target_id = any(${sql.param([first.id, refusedByColumn.id, last.id])}) group by 1`));
    expect(Object.fromEntries(audits.map((r) => [r.target_id, Number(r.n)]))).toEqual({ [first.id]: 1, [last.id]: 1 });
    const july = rowsOf<{ q: number }>(await ctx.database.db.execute(sql`
      select coalesce(sum(value), 0)::float8 as q from group_month_stat where group_id = ${a.group.id} and month = '2026-07-01' and key like 'prod|%|total'`))[0]!;
    expect(Number(july.q)).toBe(25);
  });

  it('the same batch sent twice at once: each record once, applied in one answer and a duplicate in the other, one audit row each, figures and first dates as the records say', async () => {
    const items = Array.from({ length: 30 }, (_, n) => item('production', production(n % 2 ? a.group.id : b.group.id, (n % 2 ? a : b).members[n % 3]!, { date: `2026-09-${String(1 + n).padStart(2, '0')}`, quantity: 1 + n, uses: {} })));
    const [one, two] = await Promise.all([district.post('/api/sync/push', { items }), district.post('/api/sync/push', { items })]);
    expect([one.status, two.status]).toEqual([200, 200]);
    for (const [n, i] of items.entries()) {
      expect([one.body.results[n].status, two.body.results[n].status].sort(), i.id).toEqual(['applied', 'duplicate']);
    }
    const ids = items.map((i) => i.id);
    const [stored] = rowsOf<{ records: number; audits: number }>(await ctx.database.db.execute(sql`
      select (select count(*) from production_record where id = any(${sql.param(ids)}::uuid[]))::int as records,
        (select count(*) from audit_log where verb = 'production.create' and target_id = any(${sql.param(ids)}))::int as audits`));
    expect(stored).toEqual({ records: 30, audits: 30 });
    const drift = rowsOf(await ctx.database.db.execute(sql`
      with r as (select group_id, date_trunc('month', recorded_on)::date as month, sum(quantity)::float8 as q from production_record where deleted_at is null group by 1, 2),
      s as (select group_id, month, sum(value)::float8 as q from group_month_stat where key like 'prod|%|total' group by 1, 2)
      select * from r full join s using (group_id, month) where r.q is distinct from s.q
      union all
      select f.group_id, f.first_on, null, null from group_step_fact f where f.fact = 'production'
        and f.first_on is distinct from (select min(recorded_on) from production_record p where p.group_id = f.group_id and p.deleted_at is null)`));
    expect(drift).toEqual([]);
  });

  it('edits a farmer with the version it was based on; a stale one is a conflict with the farmer as the server has it', async () => {
    const f = item('farmer', farmerBody({ id: undefined, firstName: 'แก้ไข' }));
    expect((await tambon.post('/api/sync/push', { items: [f] })).body.results[0]).toMatchObject({ status: 'applied', version: 1 });
    const edit = { id: f.id, kind: 'farmer', baseVersion: 1, body: { phone: '0899999999' } };
    expect((await tambon.post('/api/sync/push', { items: [edit] })).body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    // Sent again (its answer lost): already in.
    expect((await tambon.post('/api/sync/push', { items: [edit] })).body.results[0]).toMatchObject({ status: 'duplicate', version: 2 });
    const stale = { ...edit, body: { phone: '0811111111' } };
    expect((await tambon.post('/api/sync/push', { items: [stale] })).body.results[0]).toMatchObject({ status: 'conflict', error: { code: 'record.stale' }, current: { id: f.id, phone: '0899999999', version: 2 } });
    // Another tambon's worker cannot edit it: not found.
    expect((await otherTambon.post('/api/sync/push', { items: [{ ...edit, baseVersion: 2 }] })).body.results[0]).toMatchObject({ status: 'refused', error: { code: 'farmer.not_found' } });
  });

  it('survives any item: one answer each, in order, never a 5xx; a refused item names its code, and writes nothing', async () => {
    const valid: [string, () => Record<string, unknown>][] = [
      ['production', () => production(a.group.id, a.members[0]!)],
      ['transaction', () => ({ groupId: a.group.id, date: '2026-09-11', product: 'morning_glory', unit: 'kg', quantity: 2, unitPrice: 20, channel: 'farmers_market' })],
      ['outlet', () => ({ groupId: a.group.id, type: 'community_market', name: 'ตลาด', date: '2026-09-03' })],
      ['learningSession', () => ({ groupId: a.group.id, date: '2026-08-06', topic: 'หัวข้อ' })],
      ['farmer', () => farmerBody({ id: undefined })],
    ];
    const itemArb = fc.record({
      kind: fc.integer({ min: 0, max: valid.length - 1 }),
      key: fc.string({ maxLength: 12 }),
      hostile: fc.constantFrom(...HOSTILE_VALUES),
      mode: fc.constantFrom('valid', 'hostile', 'remove', 'extra', 'kind', 'version'),
    }).map(({ kind, key, hostile, mode }) => {
      const [k, make] = valid[kind]!;
      const body = make();
      const keys = Object.keys(body);
      const at = keys[Math.abs(key.length * 7) % keys.length]!;
      if (mode === 'hostile') body[at] = hostile;
      if (mode === 'remove') delete body[at];
      if (mode === 'extra') body[key || 'x'] = hostile;
      return { id: randomUUID(), kind: mode === 'kind' ? valid[(kind + 1) % valid.length]![0] : k, body, ...(mode === 'version' ? { baseVersion: 1 } : {}) };
    });
    await fc.assert(fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 8 }), async (generated) => {
      // Fresh ids on every run (a shrunk case replays items whose ids an earlier run applied).
      const items = generated.map((i) => ({ ...i, id: randomUUID() }));
      const res = await district.post('/api/sync/push', { items });
      const where = (kind: string) => ({ production: 'production', transaction: 'transactions', outlet: 'outlets', learningSession: 'learning-sessions', farmer: 'farmers' })[kind];
      if (res.status === 400) {
        // What no item may hold (a control character; a __proto__ key the JSON parser refuses) refuses the call before anything is applied, naming where.
        expect(res.body.details.issues[0].path).toMatch(/^(items\.\d+\.body|body$)/);
        for (const i of items) expect((await district.get(`/api/${where(i.kind)}/${i.id}`)).status).toBe(404);
        return;
      }
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
      expect(res.body.results.map((r: any) => r.id)).toEqual(items.map((i) => i.id));
      for (const [n, r] of (res.body.results as any[]).entries()) {
        expect(['applied', 'refused', 'conflict', 'duplicate']).toContain(r.status);
        if (r.status === 'refused') {
          expect(typeof r.error.code).toBe('string');
          expect((await district.get(`/api/${where(items[n]!.kind)}/${r.id}`)).status).toBe(404);
        }
      }
    }), { numRuns: Number(process.env.NTAG_FUZZ_RUNS ?? 15) });
  });

  it('refuses more than 500 items naming `items`, writing nothing', async () => {
    const items = Array.from({ length: 501 }, () => item('production', production(a.group.id, a.members[0]!)));
    const res = await tambon.post('/api/sync/push', { items });
    expect(res.status).toBe(400);
    expect(res.body.details.issues[0].path).toBe('items');
    expect((await tambon.get(`/api/production/${items[0]!.id}`)).status).toBe(404);
  });
});

describe('GET /api/sync/pull', () => {
  it("sends a tambon worker their tambon's group, members, steps, records and products, never another tambon's", async () => {
    const mine = item('production', production(a.group.id, a.members[2]!, { date: '2026-08-20' }));
    const theirs = item('production', production(b.group.id, b.members[0]!, { date: '2026-08-20' }));
    expect((await tambon.post('/api/sync/push', { items: [mine] })).body.results[0].status).toBe('applied');
    expect((await otherTambon.post('/api/sync/push', { items: [theirs] })).body.results[0].status).toBe('applied');
    const { changes } = await pullAll(tambon);
    const ids = new Set(changes.map((c) => c.id));
    expect(ids.has(mine.id)).toBe(true);
    expect(ids.has(a.group.id)).toBe(true);
    expect(changes.find((c) => c.kind === 'group' && c.id === a.group.id).data.members).toHaveLength(3);
    expect(changes.find((c) => c.kind === 'steps' && c.id === a.group.id).data.steps).toHaveLength(7);
    expect(changes.some((c) => c.kind === 'product' && c.id === 'morning_glory')).toBe(true);
    // Nothing of the other tambon: not its group, its members, its records — not even as an id.
    const text = JSON.stringify(changes);
    for (const id of [theirs.id, b.group.id, ...b.members]) expect(text).not.toContain(id);
    expect(changes.every((c) => c.kind !== 'farmer' || c.data === null || c.data.tambonCode === '400101')).toBe(true);
    // The other tambon's worker gets theirs and not ours.
    const other = JSON.stringify((await pullAll(otherTambon)).changes);
    expect(other).toContain(theirs.id);
    expect(other).not.toContain(mine.id);
  });

  it('an incremental pull sends only what changed, with tombstones for deletes', async () => {
    const first = await pullAll(tambon);
    const nothing = await tambon.get(`/api/sync/pull?cursor=${encodeURIComponent(first.cursor)}`);
    expect(nothing.body).toMatchObject({ changes: [], more: false, reset: false });
    const rec = item('production', production(a.group.id, a.members[0]!, { date: '2026-08-21' }));
    await tambon.post('/api/sync/push', { items: [rec] });
    const next = await pullAll(tambon, first.cursor);
    expect(next.changes.filter((c) => c.kind === 'production').map((c) => c.id)).toEqual([rec.id]);
    expect((await tambon.delete(`/api/production/${rec.id}?version=1`)).status).toBe(200);
    const gone = await pullAll(tambon, next.cursor);
    expect(gone.changes.filter((c) => c.kind === 'production')).toEqual([{ kind: 'production', id: rec.id, deleted: true, data: null }]);
  });

  it('pages with the cursor: every change exactly once, in order', async () => {
    const whole = await pullAll(tambon);
    const paged = await pullAll(tambon, undefined, 3);
    const key = (c: any) => `${c.kind}:${c.id}`;
    expect(new Set(paged.changes.map(key))).toEqual(new Set(whole.changes.map(key)));
    expect(paged.changes.length).toBe(whole.changes.length);
  });

  it('a returned report reaches the phone as an open notification', async () => {
    const { cursor } = await pullAll(tambon);
    const me = (await tambon.get('/api/me')).body;
    await ctx.database.db.execute(sql`insert into notification (id, user_id, kind, title, body, dedupe_key) values (${randomUUID()}, ${me.user.id}, 'report.returned', 'รายงานประจำเดือน', 'ส่งกลับให้แก้ไข: ตัวเลขไม่ครบ', ${randomUUID()})`);
    const next = await pullAll(tambon, cursor);
    const notice = next.changes.find((c) => c.kind === 'notification');
    expect(notice).toMatchObject({ deleted: false, data: { kind: 'report.returned' } });
    // Read on the phone: it leaves the open notifications at the next sync.
    expect((await tambon.post(`/api/notifications/${notice.id}/read`)).status).toBe(200);
    expect((await pullAll(tambon, next.cursor)).changes.find((c) => c.kind === 'notification')).toEqual({ kind: 'notification', id: notice.id, deleted: true, data: null });
  });

  // Two connections at once: PostgreSQL only (PGlite runs one transaction at a time).
  it.runIf(process.env.DATABASE_URL)('a record committed late by a transaction that was running during a pull comes in the next pull, never skipped', async () => {
    const { cursor } = await pullAll(tambon);
    const late = randomUUID();
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    let began!: () => void;
    const written = new Promise<void>((r) => (began = r));
    const slow = ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into production_record (id, group_id, recorded_on, product_name, unit, quantity) values (${late}, ${a.group.id}, '2026-08-22', 'ผักบุ้ง', 'kg', 3)`);
      began();
      await hold;
    });
    await written;
    // A later write commits first, and a pull reads it while the slow one is still running.
    const quick = item('production', production(a.group.id, a.members[0]!, { date: '2026-08-23' }));
    await tambon.post('/api/sync/push', { items: [quick] });
    const first = await pullAll(tambon, cursor);
    expect(first.changes.map((c) => c.id)).toContain(quick.id);
    expect(first.changes.map((c) => c.id)).not.toContain(late);
    release();
    await slow;
    const second = await pullAll(tambon, first.cursor);
    expect(second.changes.map((c) => c.id)).toContain(late);
  });

  it('a step the district overrides reaches the phone with its reason', async () => {
    const { cursor } = await pullAll(tambon);
    expect((await district.put(`/api/groups/${a.group.id}/steps/5`, { status: 'done', doneOn: '2026-09-01', reason: 'สำรวจตลาดร่วมกับอำเภอแล้ว' })).status).toBe(200);
    const next = await pullAll(tambon, cursor);
    const steps = next.changes.find((c) => c.kind === 'steps' && c.id === a.group.id);
    expect(steps.data.steps[4]).toMatchObject({ step: 5, status: 'done', doneOn: '2026-09-01', overridden: true, reason: 'สำรวจตลาดร่วมกับอำเภอแล้ว' });
  });

  it('a cursor that is not ours, or made for another scope, starts again from nothing', async () => {
    const mine = await pullAll(tambon);
    const res = await otherTambon.get(`/api/sync/pull?cursor=${encodeURIComponent(mine.cursor)}`);
    expect(res.body.reset).toBe(true);
    expect((await tambon.get('/api/sync/pull?cursor=garbage')).body.reset).toBe(true);
  });
});
