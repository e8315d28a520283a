/**
 * The 5th of the month (issue 16): a data set for it and the mix of requests officers make that
 * day, run with autocannon against a running NTAG (one process, or several behind a proxy).
 * Used by bench/load-reporting-day.ts, bench/cluster-demo.ts and bench/cluster.test.ts.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../apps/api/src/db/client';
import { DEMO_PASSWORD } from '../apps/api/src/db/seed/demo';
import { pct } from './lib';

/** A model data set: `groups` groups (8 members each) over all provinces, `records` records, and an officer account at every level. */
export async function buildReportingDay(database: Database, o: { groups: number; records: number; log?: (m: string) => void }): Promise<void> {
  const db = database.db;
  const log = o.log ?? (() => {});
  const t = Date.now();
  await db.execute(sql.raw(`insert into model_group (id, name, tambon_code, cohort_year, founded_on, created_at)
    select gen_random_uuid(), 'กลุ่มเกษตรทฤษฎีใหม่ตำบล' || name_th, code, 2565 + (n % 5), make_date((2022 + (n % 5))::int, 7, 1), make_date((2022 + (n % 5))::int, 7, 1)
    from (select code, name_th, row_number() over (order by code) - 1 as n from geo_unit where level = 'tambon' and active order by md5(code) limit ${o.groups}) t`));
  await db.execute(sql`insert into farmer (id, national_id, first_name, last_name, tambon_code, pond_dug)
    select gen_random_uuid(), (3200000000000 + row_number() over ())::text, 'สมาชิก' || i, 'ทดสอบ', g.tambon_code, true from model_group g cross join generate_series(1, 8) i`);
  await db.execute(sql`insert into selection_candidate (id, cohort_year, tambon_code, farmer_id, pond_dug, same_products, shared_ideas, ready_and_able, proposal, decision, decided_at)
    select gen_random_uuid(), g.cohort_year, f.tambon_code, f.id, true, true, true, true, 'proposed', 'selected', g.created_at - interval '20 days'
    from farmer f join model_group g on g.tambon_code = f.tambon_code`);
  await db.execute(sql`insert into group_member (group_id, farmer_id, joined_on) select g.id, f.id, g.founded_on from farmer f join model_group g on g.tambon_code = f.tambon_code`);
  await db.execute(sql`insert into group_committee (group_id, farmer_id, role, seat, assigned_at)
    select distinct on (m.group_id) m.group_id, m.farmer_id, 'president', 1, g.created_at from group_member m join model_group g on g.id = m.group_id order by m.group_id, m.farmer_id`);
  const series = (table: string, n: number, columns: string, values: string) => sql.raw(`
    with g as (select array_agg(id order by id) as ids, array_agg(founded_on order by id) as f, count(*)::int as n from model_group)
    insert into ${table} (${columns}) select ${values} from generate_series(1, ${n}) i, g`);
  const half = Math.floor(o.records / 2);
  const day = `g.f[1 + i % g.n] + ((i::bigint * 7919) % (current_date - g.f[1 + i % g.n] + 1))::int`;
  await db.execute(series('production_record', half, 'id, group_id, recorded_on, product_code, product_name, unit, quantity',
    `gen_random_uuid(), g.ids[1 + i % g.n], ${day}, 'morning_glory', 'ผักบุ้ง', 'kg', 1 + (i % 50)`));
  await db.execute(series('sales_transaction', o.records - half, 'id, group_id, occurred_on, product_code, product_name, unit, quantity, unit_price, value_baht, channel',
    `gen_random_uuid(), g.ids[1 + i % g.n], ${day}, 'morning_glory', 'ผักบุ้ง', 'kg', 1 + (i % 50), 25, 25 * (1 + (i % 50)), (array['local_market','farmers_market','exchange_in_group','community_buyer'])[1 + i % 4]`));
  await db.execute(series('learning_session', Math.ceil(o.groups * 3), 'id, group_id, held_on, topic', `gen_random_uuid(), g.ids[1 + i % g.n], ${day}, 'การทำปุ๋ยหมัก'`));
  // What the record writes keep in step (built here in bulk, as bench/national.ts does).
  await db.execute(sql`insert into group_step_fact (group_id, fact, first_on)
    select group_id, 'production', min(recorded_on) from production_record group by 1
    union all select group_id, 'transaction', min(occurred_on) from sales_transaction group by 1
    union all select group_id, 'session', min(held_on) from learning_session group by 1
    on conflict do nothing`);
  await db.execute(sql`insert into group_month_stat (group_id, month, key, value)
    select pr.group_id, date_trunc('month', pr.recorded_on)::date, 'prod|' || coalesce(p.category, 'other') || '|' || pr.unit || '|' || u.use, sum(u.q)
    from production_record pr left join product p on p.code = pr.product_code
    cross join lateral (values ('total', pr.quantity), ('household', pr.used_household), ('exchange', pr.used_exchange), ('sale', pr.used_sale), ('processing', pr.used_processing), ('loss', pr.used_loss)) as u(use, q)
    where u.q > 0 group by 1, 2, 3
    on conflict do nothing`);
  await db.execute(sql`insert into group_month_stat (group_id, month, key, value)
    select group_id, date_trunc('month', occurred_on)::date, 'sales|' || channel, coalesce(sum(value_baht), 0) from sales_transaction group by 1, 2, 3
    union all select group_id, date_trunc('month', occurred_on)::date, 'salesn|' || channel, count(*) from sales_transaction group by 1, 2, 3
    union all select group_id, date_trunc('month', held_on)::date, 'sessions', count(*) from learning_session group by 1, 2
    union all select group_id, date_trunc('month', held_on)::date, 'attendance', sum(cardinality(attendee_ids) + outside_participants) from learning_session group by 1, 2
    on conflict do nothing`);
  await db.execute(sql`insert into province_month_stat (province_code, cohort_year, month, key, value)
    select substr(g.tambon_code, 1, 2), g.cohort_year, s.month, s.key, sum(s.value) from group_month_stat s join model_group g on g.id = s.group_id group by 1, 2, 3, 4
    on conflict do nothing`);
  // The provinces' figures over all cohorts, which the national dashboard reads (ADR 0024).
  await db.execute(sql`insert into province_month_total (province_code, month, key, value)
    select province_code, month, key, sum(value) from province_month_stat group by 1, 2, 3
    on conflict do nothing`);
  // An officer at every level, all with the demo password (its hash copied from a demo account).
  await db.execute(sql`with h as (select password_hash from app_user where username = 'demo-admin'),
    u as (
      select distinct 'load-tambon-' || tambon_code as username, tambon_code as unit, 'tambon' as kind from model_group
      union select distinct 'load-district-' || substr(tambon_code, 1, 4), substr(tambon_code, 1, 4), 'district' from model_group
      union select distinct 'load-province-' || substr(tambon_code, 1, 2), substr(tambon_code, 1, 2), 'province' from model_group
      union select 'load-agency-' || lower(code), code, 'agency' from agency)
    insert into app_user (id, username, display_name, password_hash, home_unit_code, home_unit_kind)
    select gen_random_uuid(), u.username, 'เจ้าหน้าที่ ' || u.unit, h.password_hash, u.unit, u.kind from u, h`);
  await db.execute(sql`insert into role_grant (id, user_id, role, unit_code, unit_kind)
    select gen_random_uuid(), id, home_unit_kind, home_unit_code, home_unit_kind from app_user where username like 'load-%'`);
  await db.execute(sql`analyze`);
  log(`reporting-day data: ${o.groups.toLocaleString()} groups, ${(o.groups * 8).toLocaleString()} farmers, ${o.records.toLocaleString()} records, officers at every level: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

interface Session { cookie: string; csrf: string }
/** A record create as it was sent, to send again with the same id. */
export interface Unanswered { id: string; path: string; headers: Record<string, string>; body: string }
interface GroupRef { id: string; tambon: string; farmer: string }

async function signInOver(url: string, username: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ntag_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** The previous month, YYYY-MM: the one reported on the 5th. */
export function reportedMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

export interface KindStats { kind: string; count: number; non2xx: number; statuses: Record<string, number>; p50: number; p95: number; p99: number; max: number; sample?: string }
export interface MixResult {
  connections: number;
  seconds: number;
  total: number;
  perSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  kinds: KindStats[];
  /** Ids of the records whose create was acknowledged (2xx), to look for in the database afterwards. */
  acknowledged: string[];
  /** Record creates that got no acknowledgement (a 502 from the proxy): the client sends them again. */
  unanswered: Unanswered[];
  /** The group the one-group writers wrote to. */
  hotGroup: string;
}

type Def = autocannon.Request & { kind: string };

/**
 * The 5th of the month against `url` for `seconds` with `connections` connections, in these shares:
 * group pages 25 % (a group, its timeline, its steps), records spread over groups 25 %, records of
 * ONE group 15 % (the monthly-figure rows every write of that group moves), progress of a district
 * or province 10 %, provinces drafting → saving → submitting their report with their agency
 * returning it 12 % (one province per connection), agencies' inboxes 5 %, dashboards 5 %, and
 * officers signing in 3 %. Sign-ins for the sessions used happen before the clock starts.
 */
export async function runReportingDay(url: string, database: Database, o: { connections: number; seconds: number; log?: (m: string) => void; during?: (elapsedMs: number) => void }): Promise<MixResult> {
  const log = o.log ?? (() => {});
  const db = database.db;
  const period = reportedMonth();
  const today = new Date().toISOString().slice(0, 10);
  const groups = rowsOf<GroupRef>(await db.execute(sql`select distinct on (g.id) g.id, g.tambon_code as tambon, m.farmer_id as farmer
    from model_group g join group_member m on m.group_id = g.id where exists (select 1 from app_user u where u.username = 'load-tambon-' || g.tambon_code) order by g.id, m.farmer_id`));
  if (groups.length < 2) throw new Error('no reporting-day data: run buildReportingDay first');
  const share = (f: number, min = 1) => Math.max(min, Math.round(o.connections * f));
  // Sessions, signed in before the clock starts.
  const workers = groups.slice(0, Math.min(groups.length, Math.max(4, share(0.4))));
  const workerSessions = await Promise.all(workers.map((g) => signInOver(url, `load-tambon-${g.tambon}`)));
  const districts = [...new Set(workers.map((g) => g.tambon.slice(0, 4)))].slice(0, 20);
  const districtSessions = await Promise.all(districts.map((d) => signInOver(url, `load-district-${d}`)));
  const provinceCodes = rowsOf<{ code: string; agency: string }>(await db.execute(sql`select distinct substr(g.tambon_code, 1, 2) as code, pa.agency_code as agency
    from model_group g join province_agency pa on pa.province_code = substr(g.tambon_code, 1, 2) order by 1`));
  const reportProvinces = provinceCodes.slice(0, Math.min(provinceCodes.length, share(0.12)));
  const provinceSessions = new Map(await Promise.all(provinceCodes.slice(0, Math.max(reportProvinces.length, 10)).map(async (p) => [p.code, await signInOver(url, `load-province-${p.code}`)] as const)));
  const agencyCodes = [...new Set(provinceCodes.map((p) => p.agency))];
  const agencySessions = new Map(await Promise.all(agencyCodes.map(async (a) => [a, await signInOver(url, `load-agency-${a.toLowerCase()}`)] as const)));
  const ministry = await signInOver(url, 'demo-ministry');
  const hot = groups[groups.length - 1]!;
  const hotSession = await signInOver(url, `load-tambon-${hot.tambon}`);
  const signInNames = groups.slice(0, 500).map((g) => `load-tambon-${g.tambon}`);
  log(`signed in ${workerSessions.length + districtSessions.length + provinceSessions.size + agencySessions.size + 2} sessions; reported month ${period}; hot group ${hot.id}`);

  const pickOf = <T>(xs: T[]) => () => xs[Math.floor(Math.random() * xs.length)]!;
  const worker = () => Math.floor(Math.random() * workers.length);
  const json = (s: Session, write = false) => ({ 'content-type': 'application/json', cookie: s.cookie, ...(write ? { 'x-csrf-token': s.csrf } : {}) });
  const acknowledged: string[] = [];
  const unanswered: Unanswered[] = [];
  const ackOnCreate = (status: number, _body: string, ctx: object) => {
    const c = ctx as { id: string; sent: Unanswered };
    if (status === 201 || status === 200) acknowledged.push(c.id);
    else unanswered.push(c.sent);
  };
  const recordBody = (g: GroupRef, ctx: Record<string, unknown>, kind: 'production' | 'transaction', s: Session) => {
    const id = randomUUID();
    const body = JSON.stringify(kind === 'production'
      ? { id, groupId: g.id, farmerId: g.farmer, date: today, product: 'morning_glory', unit: 'kg', quantity: 5, uses: { sale: 5 } }
      : { id, groupId: g.id, farmerId: g.farmer, date: today, product: 'morning_glory', unit: 'kg', quantity: 3, unitPrice: 25, channel: 'farmers_market' });
    ctx.id = id;
    ctx.sent = { id, path: kind === 'production' ? '/api/production' : '/api/transactions', headers: json(s, true), body };
    return body;
  };

  const classes: { name: string; connections: number; requests: Def[] }[] = [];
  classes.push({ name: 'group pages', connections: share(0.25), requests: (['group page', 'group timeline', 'group steps'] as const).map((kind) => ({
    kind, method: 'GET',
    setupRequest: (req: autocannon.Request) => {
      const i = worker();
      const g = workers[i]!;
      const path = kind === 'group page' ? `/api/groups/${g.id}` : kind === 'group timeline' ? `/api/groups/${g.id}/timeline` : `/api/groups/${g.id}/progress`;
      return { ...req, path, headers: { cookie: workerSessions[i]!.cookie } };
    },
  })) });
  classes.push({ name: 'records', connections: share(0.25), requests: (['production', 'transaction'] as const).map((k) => ({
    kind: 'record (spread)', method: 'POST',
    setupRequest: (req: autocannon.Request, ctx: object) => {
      const i = worker();
      return { ...req, path: k === 'production' ? '/api/production' : '/api/transactions', headers: json(workerSessions[i]!, true), body: recordBody(workers[i]!, ctx as Record<string, unknown>, k, workerSessions[i]!) };
    },
    onResponse: ackOnCreate,
  })) });
  classes.push({ name: 'one group', connections: share(0.15), requests: [{
    kind: 'record (one group)', method: 'POST', path: '/api/transactions',
    setupRequest: (req: autocannon.Request, ctx: object) => ({ ...req, headers: json(hotSession, true), body: recordBody(hot, ctx as Record<string, unknown>, 'transaction', hotSession) }),
    onResponse: ackOnCreate,
  }] });
  const pickDistrict = pickOf(districts.map((d, i) => [d, districtSessions[i]!] as const));
  const pickProvince = pickOf([...provinceSessions.entries()]);
  classes.push({ name: 'progress', connections: share(0.1), requests: [
    { kind: 'progress (district)', method: 'GET', setupRequest: (req: autocannon.Request) => { const [d, s] = pickDistrict(); return { ...req, path: `/api/progress?unit=${d}`, headers: { cookie: s.cookie } }; } },
    { kind: 'progress (province)', method: 'GET', setupRequest: (req: autocannon.Request) => { const [p, s] = pickProvince(); return { ...req, path: `/api/progress?unit=${p}`, headers: { cookie: s.cookie } }; } },
  ] });
  const pickAgency = pickOf([...agencySessions.entries()]);
  classes.push({ name: 'agency inbox', connections: share(0.05), requests: [
    { kind: 'agency inbox', method: 'GET', setupRequest: (req: autocannon.Request) => { const [, s] = pickAgency(); return { ...req, path: `/api/reports/inbox?period=${period}`, headers: { cookie: s.cookie } }; } },
  ] });
  classes.push({ name: 'dashboards', connections: share(0.05), requests: [
    { kind: 'dashboard (province)', method: 'GET', setupRequest: (req: autocannon.Request) => { const [p, s] = pickProvince(); return { ...req, path: `/api/dashboard?unit=${p}`, headers: { cookie: s.cookie } }; } },
    { kind: 'dashboard (agency)', method: 'GET', setupRequest: (req: autocannon.Request) => { const [a, s] = pickAgency(); return { ...req, path: `/api/dashboard?unit=${a}`, headers: { cookie: s.cookie } }; } },
    { kind: 'dashboard (ministry)', method: 'GET', path: '/api/dashboard', headers: { cookie: ministry.cookie } },
  ] });
  let signInNext = 0;
  classes.push({ name: 'sign-in', connections: share(0.03), requests: [{
    kind: 'sign-in', method: 'POST', path: '/api/auth/login',
    setupRequest: (req: autocannon.Request) => ({ ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: signInNames[signInNext++ % signInNames.length], password: DEMO_PASSWORD }) }),
  }] });
  // One connection per province: draft → save → submit → its agency returns it (→ draft again).
  for (const p of reportProvinces) {
    const s = provinceSessions.get(p.code)!;
    const a = agencySessions.get(p.agency)!;
    // A step that failed (its answer lost with a killed process) sends the connection back to the
    // draft: setupRequest answering null makes autocannon start the sequence again.
    const keep = (status: number, body: string, ctx: object) => {
      if (status !== 200) {
        Object.assign(ctx, { id: undefined });
        return;
      }
      const r = JSON.parse(body) as { id?: string; version?: number; state?: string; reports?: { id: string; version: number; state: string }[] };
      const got = r.reports ? r.reports[0] : r;
      Object.assign(ctx, { id: got?.id, version: got?.version, state: got?.state });
    };
    type Ctx = { id: string; version: number; state?: string; as?: string };
    const c = (ctx: object) => ctx as Ctx;
    const returnIt = (req: autocannon.Request, x: Ctx) => ({ ...req, method: 'POST' as const, path: `/api/reports/${x.id}/return`, headers: json(a, true), body: JSON.stringify({ reason: 'ขอให้เพิ่มข้อมูลปัญหาอุปสรรค', version: x.version }) });
    const step = (build: (req: autocannon.Request, ctx: Ctx) => autocannon.Request) => (req: autocannon.Request, ctx: object) => {
      const x = c(ctx);
      x.as = undefined;
      if (!x.id) return null as unknown as autocannon.Request;
      // A report left submitted (its return was lost with a killed process, or the previous run
      // stopped there) is returned by its agency first; the answer counts as an agency return.
      if (x.state === 'submitted' && !req.path?.endsWith('/return')) {
        x.as = 'agency return';
        return returnIt(req, x);
      }
      return build(req, x);
    };
    classes.push({ name: `report ${p.code}`, connections: 1, requests: [
      { kind: 'report draft', method: 'GET', path: `/api/reports?unit=${p.code}&period=${period}`, headers: { cookie: s.cookie }, onResponse: keep },
      { kind: 'report save', method: 'PATCH', setupRequest: step((req, x) => ({ ...req, path: `/api/reports/${x.id}`, headers: json(s, true), body: JSON.stringify({ narrative: { results: `กลุ่มจำหน่ายผักบุ้ง ${Date.now()}`, problems: 'ฝนตกชุก' }, version: x.version }) })), onResponse: keep },
      { kind: 'report submit', method: 'POST', setupRequest: step((req, x) => ({ ...req, path: `/api/reports/${x.id}/submit`, headers: json(s, true), body: JSON.stringify({ version: x.version }) })), onResponse: keep },
      { kind: 'agency return', method: 'POST', path: '/return', setupRequest: step((req, x) => (x.state === 'submitted' ? returnIt(req, x) : (null as unknown as autocannon.Request))), onResponse: keep },
    ] });
  }
  const total = classes.reduce((n, c) => n + c.connections, 0);
  // The group pages take up what rounding left over, so the total is what was asked.
  classes[0]!.connections += o.connections - total;

  const times = new Map<string, number[]>();
  const statuses = new Map<string, Record<string, number>>();
  const samples = new Map<string, string>();
  const t0 = Date.now();
  const tick = o.during ? setInterval(() => o.during!(Date.now() - t0), 250) : null;
  const results = await Promise.all(classes.filter((c) => c.connections > 0).map((c) => new Promise<autocannon.Result>((resolve, reject) => {
    const requests = c.requests.map((r) => ({
      ...r,
      onResponse: (status: number, body: string, ctx: object, headers: autocannon.Request['headers']) => {
        if (status >= 300 && !samples.has(r.kind)) samples.set(r.kind, `${status} ${body.slice(0, 200)}`);
        if (typeof r.onResponse === 'function') r.onResponse(status, body, ctx, headers);
      },
    }));
    const instance = autocannon({ url, connections: c.connections, duration: o.seconds, requests, timeout: 30 }, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on('response', (client: unknown, status: number, _bytes: number, ms: number) => {
      const it = (client as { requestIterator: { currentRequest: { kind?: string }; context: { as?: string } } }).requestIterator;
      const kind = it.context.as ?? it.currentRequest.kind ?? c.name;
      if (!times.has(kind)) times.set(kind, []);
      times.get(kind)!.push(ms);
      const st = statuses.get(kind) ?? {};
      st[status] = (st[status] ?? 0) + 1;
      statuses.set(kind, st);
    });
  })));
  if (tick) clearInterval(tick);
  const kinds: KindStats[] = [...times.entries()].map(([kind, xs]) => {
    const st = statuses.get(kind)!;
    const non2xx = Object.entries(st).filter(([s]) => Number(s) >= 300).reduce((n, [, k]) => n + k, 0);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    return { kind, count: xs.length, non2xx, statuses: st, p50: r1(pct(xs, 50)), p95: r1(pct(xs, 95)), p99: r1(pct(xs, 99)), max: r1(Math.max(...xs)), sample: samples.get(kind) };
  }).sort((a, b) => b.count - a.count);
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
  const count = kinds.reduce((n, k) => n + k.count, 0);
  return {
    connections: o.connections, seconds: o.seconds, total: count, perSecond: count / o.seconds,
    errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts), non2xx: sum((r) => r.non2xx),
    kinds, acknowledged, unanswered, hotGroup: hot.id,
  };
}

/** How many of these record ids the database holds (production and sales records). */
export async function countRecords(database: Database, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const list = `{${ids.join(',')}}`;
  const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`select
    (select count(*) from production_record where id = any(${list}::uuid[])) + (select count(*) from sales_transaction where id = any(${list}::uuid[])) as n`));
  return Number(row!.n);
}

/** The result as the table PERFORMANCE.md shows. */
export function printMix(label: string, r: MixResult, log: (m: string) => void = console.log): void {
  log(`${label}: ${r.connections} connections × ${r.seconds} s — ${r.total.toLocaleString()} answers, ${r.perSecond.toFixed(0)}/s; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`);
  log('  | kind | answers | /s | p50 ms | p95 ms | p99 ms | max ms | non-2xx |');
  log('  |---|---:|---:|---:|---:|---:|---:|---:|');
  for (const k of r.kinds) log(`  | ${k.kind} | ${k.count} | ${(k.count / r.seconds).toFixed(1)} | ${k.p50} | ${k.p95} | ${k.p99} | ${k.max} | ${k.non2xx}${k.sample ? ` (${k.sample.replace(/\|/g, '/')})` : ''} |`);
}
