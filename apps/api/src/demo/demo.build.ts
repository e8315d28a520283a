import { eq, sql } from 'drizzle-orm';
import type { App } from '../module';
import type { DemoData } from '../config';
import { rowsOf, type Db } from '../db/client';
import { systemMarker } from '../db/schema';
import { DEMO_GROUPS, DEMO_WAITING } from './demo.data';
import { demoSignIn, type DemoCall } from './demo.client';
import { buildGroup, demoCalendar, proposeFarmers, type DemoCalendar, type DemoTambon } from './demo.groups';

/**
 * The living demo (issue 15, docs/adr/0023): on a database with no groups, a program that looks
 * a year old — twelve groups in Khon Kaen and Chiang Mai at every step, their records, monthly
 * reports in every state and candidates waiting for the province. Built once: the marker row
 * `demo.built` (system_marker) stops every later start, even after the demo's groups are deleted.
 */
export const DEMO_MARKER = 'demo.built';


export interface DemoBuildResult {
  built: boolean;
  reason: 'built' | 'already built' | 'database holds work';
  groups: number;
  ms: number;
}

async function sessionsOf(app: App) {
  const names = ['demo-admin', 'demo-district-4001', 'demo-district-5007', 'demo-province-40', 'demo-agency-ne', 'demo-ministry'] as const;
  const out = {} as Record<(typeof names)[number], Awaited<ReturnType<typeof demoSignIn>>>;
  for (const n of names) out[n] = await demoSignIn(app, n);
  return out;
}

/** Monthly reports in every state: accepted, returned, submitted and a draft. */
async function buildReports(s: Awaited<ReturnType<typeof sessionsOf>>, cal: DemoCalendar) {
  type Report = { id: string; version: number; state: string };
  const reportOf = async (who: DemoCall, unit: string, period: string) =>
    (await who<{ reports: Report[] }>('GET', `/api/reports?unit=${unit}&period=${period}`)).reports[0]!;
  const narrative = (period: string, extra = '') => ({
    results: `กลุ่มตัวอย่างจัดกิจกรรมเรียนรู้ตามแผน บันทึกผลผลิตและการจำหน่ายประจำเดือน ${period}${extra}`,
    problems: 'ฝนทิ้งช่วง ผลผลิตผักลดลงบางแปลง',
    suggestions: 'ขยายช่องทางจำหน่ายในตลาดเขียวของจังหวัด',
    support: 'ขอรับการสนับสนุนพันธุ์ผักและวัสดุทำปุ๋ยหมัก',
  });
  const write = async (who: DemoCall, r: Report, period: string) =>
    who<Report>('PATCH', `/api/reports/${r.id}`, { narrative: narrative(period), version: r.version });
  const [m3, m2, m1] = cal.months(3) as [string, string, string];
  const province = s['demo-province-40'].call;
  const agency = s['demo-agency-ne'].call;
  // Khon Kaen to its host agency: three months ago accepted, two months ago returned, last month
  // submitted and waiting, this month a draft.
  for (const [period, end] of [[m3, 'accept'], [m2, 'return'], [m1, 'submit']] as const) {
    let r = await write(province, await reportOf(province, '40', period), period);
    r = await province<Report>('POST', `/api/reports/${r.id}/submit`, { version: r.version });
    if (end === 'accept') await agency('POST', `/api/reports/${r.id}/accept`, { version: r.version });
    if (end === 'return') await agency('POST', `/api/reports/${r.id}/return`, { reason: 'ตัวเลขผลผลิตของกลุ่มตำบลโคกสีไม่ตรงกับบันทึก กรุณาตรวจสอบ (ตัวอย่าง)', version: r.version });
  }
  await write(province, await reportOf(province, '40', cal.today.slice(0, 7)), cal.today.slice(0, 7));
  // The host agency's กท.05 to the ministry: two months ago accepted, last month a draft.
  let k = await write(agency, await reportOf(agency, 'DLD', m2), m2);
  k = await agency<Report>('POST', `/api/reports/${k.id}/submit`, { version: k.version });
  await s['demo-ministry'].call('POST', `/api/reports/${k.id}/accept`, { version: k.version });
  await write(agency, await reportOf(agency, 'DLD', m1), m1);
}

/**
 * Builds the demo when `mode` is `full`, no marker says it was built, and no group exists
 * (a database that already holds work is left alone, and marked so).
 */
export async function buildLivingDemo(
  app: App,
  db: Db,
  mode: DemoData,
  log: (msg: string) => void = () => {},
  now = new Date(),
  opts: { embedded?: boolean } = {},
): Promise<DemoBuildResult> {
  const started = performance.now();
  const done = (built: boolean, reason: DemoBuildResult['reason'], groups = 0) => ({ built, reason, groups, ms: Math.round(performance.now() - started) });
  if (mode !== 'full') return done(false, 'already built');
  if ((await db.select().from(systemMarker).where(eq(systemMarker.key, DEMO_MARKER))).length) return done(false, 'already built');
  const n = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from model_group`))[0]?.n ?? 0;
  if (n > 0) {
    await db.insert(systemMarker).values({ key: DEMO_MARKER, value: { skipped: 'the database already held groups' } }).onConflictDoNothing();
    return done(false, 'database holds work');
  }
  const cal = demoCalendar(now);
  // The embedded database has one connection: its commits need not wait for the disk while the
  // demo is built (a crash then loses demo rows only, and the marker is written last).
  if (opts.embedded) await db.execute(sql`set synchronous_commit to off`);
  const s = await sessionsOf(app);
  try {
    const admin = s['demo-admin'].call;
    const tambonsOf = new Map<string, DemoTambon[]>();
    const tambon = async (district: string, i: number) => {
      if (!tambonsOf.has(district)) {
        const list = await admin<(DemoTambon & { active: boolean })[]>('GET', `/api/geo/districts/${district}/tambons`);
        tambonsOf.set(district, list.filter((t) => t.active).sort((a, b) => a.code.localeCompare(b.code)));
      }
      return tambonsOf.get(district)![i]!;
    };
    const districtCall = (d: string) => (d === '4001' ? s['demo-district-4001'].call : d === '5007' ? s['demo-district-5007'].call : admin);
    const provinceCall = (d: string) => (d.startsWith('40') ? s['demo-province-40'].call : admin);
    // The ministry's target tambons of each cohort: the demo's groups and waiting tambons.
    const targets = new Map<number, string[]>();
    for (const g of [...DEMO_GROUPS, ...DEMO_WAITING]) targets.set(g.cohort, [...(targets.get(g.cohort) ?? []), (await tambon(g.district, g.tambonIndex)).code]);
    for (const [cohort, tambonCodes] of targets) await s['demo-ministry'].call('PUT', `/api/program/cohorts/${cohort}/target-tambons`, { tambonCodes });
    for (const [i, g] of DEMO_GROUPS.entries()) {
      await buildGroup({ district: districtCall(g.district), province: provinceCall(g.district) }, g, await tambon(g.district, g.tambonIndex), cal, i);
    }
    for (const w of DEMO_WAITING) await proposeFarmers(districtCall(w.district), await tambon(w.district, w.tambonIndex), w.cohort, w.people);
    await buildReports(s, cal);
    await db.insert(systemMarker).values({ key: DEMO_MARKER, value: { groups: DEMO_GROUPS.length, builtOn: cal.today } }).onConflictDoNothing();
  } finally {
    for (const x of Object.values(s)) await x.signOut();
    if (opts.embedded) await db.execute(sql`reset synchronous_commit`);
  }
  const result = done(true, 'built', DEMO_GROUPS.length);
  log(`living demo built: ${result.groups} groups in Khon Kaen and Chiang Mai (${result.ms} ms; DEMO_DATA=accounts for accounts only)`);
  return result;
}
