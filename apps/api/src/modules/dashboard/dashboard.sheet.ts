import { CHANNEL_LABELS, formatDateTime, formatMonth, type Channel } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { FormSheet, DEC_DASH, INT_DASH, PCT, newWorkbook, toBuffer, type CellLike } from '../forms/xlsx/workbook';
import { listSteps } from '../program/program.repo';
import { DASHBOARD_CHARTS, type DashboardChart } from './dashboard.schemas';
import { dashboard } from './dashboard.service';


const TITLES: Record<DashboardChart, string> = {
  targets: 'ตำบลที่มีกลุ่มต้นแบบเทียบกับเป้าหมาย',
  coverage: 'พื้นที่ที่ยังไม่มีกลุ่มต้นแบบ',
  funnel: 'ความก้าวหน้าตามขั้นตอน',
  monthly: 'ผลผลิตและการจำหน่ายรายเดือน',
  channels: 'การจำหน่ายและแลกเปลี่ยนตามช่องทาง',
  provinces: 'ผลการดำเนินงานรายจังหวัด',
  districts: 'ผลการดำเนินงานรายอำเภอ',
  enterprises: 'วิสาหกิจชุมชน',
  reporting: 'การรายงานประจำเดือนของจังหวัด',
};

type Data = Awaited<ReturnType<typeof dashboard>>;
type Area = Data['byProvince'][number] | NonNullable<Data['byDistrict']>[number];

const int = (v: number): CellLike => ({ v, fmt: INT_DASH });
const money = (v: number): CellLike => ({ v, fmt: DEC_DASH });
const pct = (part: number, whole: number): CellLike => ({ v: whole ? Math.round((part / whole) * 1000) / 10 : 0, fmt: PCT });

const AREA_HEADINGS = ['กลุ่ม', 'จัดตั้งแล้ว', 'สมาชิก (ราย)', 'ครบ 7 ขั้นตอน', 'กลุ่มที่เกินกำหนด', 'จดทะเบียนวิสาหกิจชุมชน', 'มูลค่าการจำหน่าย (บาท)', 'การแลกเปลี่ยน (ครั้ง)', 'มูลค่าผลผลิต (บาท)'];
const areaCells = (a: Area): CellLike[] => [
  int(a.groups), int(a.formed), int(a.members), int(a.allStepsDone), int(a.overdueGroups), int(a.registered), money(a.salesValue), int(a.exchanges), money(a.productionValue),
];

/** Each chart as heading row + rows; null where the chart does not apply to this unit. */
function tableOf(chart: DashboardChart, d: Data, stepNames: Map<number, string>): { widths: number[]; head: string[]; rows: CellLike[][] } | null {
  switch (chart) {
    case 'targets':
      return {
        widths: [34, 18, 22, 14],
        head: ['รุ่น / หน่วยงาน', 'เป้าหมาย (ตำบล)', 'ตำบลที่มีกลุ่มต้นแบบ', 'ร้อยละ'],
        rows: [
          // The area's own target first: its target tambons and those with a group (issue 13).
          [{ v: `ตำบลเป้าหมายของ${d.unit.nameTh}`, bold: true }, int(d.targets.areaTambons), int(d.targets.areaTambonsWithGroup), pct(d.targets.areaTambonsWithGroup, d.targets.areaTambons)],
          ...d.targets.cohorts.filter((c) => c.areaTambons > 0).map((c) => [`ตำบลเป้าหมายของพื้นที่ รุ่นปี พ.ศ. ${c.cohort}`, int(c.areaTambons), int(c.areaTambonsWithGroup), pct(c.areaTambonsWithGroup, c.areaTambons)]),
          ['กลุ่มในตำบลที่ไม่ใช่ตำบลเป้าหมาย', null, int(d.targets.groupsOutsideTargets), null],
          ...d.targets.cohorts.map((c) => [`รุ่นปี พ.ศ. ${c.cohort} (ทั้งประเทศ)`, int(c.tambonTarget), int(c.tambonsWithGroup), pct(c.tambonsWithGroup, c.tambonTarget)]),
          [{ v: 'รวมรุ่น 2565–2569', bold: true }, int(d.targets.cohortTargetTotal), int(d.targets.tambonsWithGroup), pct(d.targets.tambonsWithGroup, d.targets.cohortTargetTotal)],
          ...(d.targets.programTambons ? [[{ v: 'เป้าหมายทั้งโครงการ', bold: true }, int(d.targets.programTambons), int(d.targets.tambonsWithGroup), pct(d.targets.tambonsWithGroup, d.targets.programTambons)]] : []),
          ...d.byAgency.map((a) => [`${a.nameTh} (${a.provinces} จังหวัด)`, null, int(a.groups), null]),
        ],
      };
    case 'coverage':
      return d.coverage && {
        widths: [10, 30, 14, 18, 22, 12],
        head: ['รหัส', 'จังหวัด / อำเภอ', 'กลุ่ม', 'ตำบลเป้าหมาย', 'ตำบลเป้าหมายที่มีกลุ่ม', 'ร้อยละ'],
        rows: [
          [{ v: `จังหวัดที่มีกลุ่มต้นแบบอย่างน้อย 1 กลุ่ม: ${d.coverage.provincesWithGroup} จาก ${d.coverage.provinces} จังหวัด`, bold: true }, null, null, null, null, null],
          ...d.coverage.byProvince.map((p) => [p.code, p.nameTh, int(p.groups), int(p.targetTambons), int(p.targetTambonsWithGroup), pct(p.targetTambonsWithGroup, p.targetTambons)]),
          [{ v: `อำเภอที่ยังไม่มีกลุ่มต้นแบบ ${d.coverage.districtsWithoutGroup.length} อำเภอ`, bold: true }, null, null, null, null, null],
          ...d.coverage.districtsWithoutGroup.map((x) => [x.code, x.nameTh, int(0), int(x.targetTambons), null, null]),
        ],
      };
    case 'funnel':
      return {
        widths: [8, 44, 12, 14, 14, 14],
        head: ['ขั้นตอน', 'ชื่อขั้นตอน', 'เสร็จแล้ว', 'กำลังดำเนินการ', 'ยังไม่เริ่ม', 'เกินกำหนด'],
        rows: d.funnel.map((f) => [int(f.step), stepNames.get(f.step) ?? '', int(f.done), int(f.inProgress), int(f.notStarted), int(f.overdue)]),
      };
    case 'monthly':
      return {
        widths: [20, 22, 22, 20, 18],
        head: ['เดือน', 'มูลค่าผลผลิต (บาท)', 'มูลค่าการจำหน่าย (บาท)', 'การแลกเปลี่ยน (ครั้ง)', 'การเรียนรู้ (ครั้ง)'],
        rows: d.monthly.map((m) => [formatMonth(m.month), money(m.productionValue), money(m.salesValue), int(m.exchangeCount), int(m.sessions)]),
      };
    case 'channels':
      return {
        widths: [36, 16, 22, 16],
        head: ['ช่องทาง', 'ประเภท', 'มูลค่า (บาท)', 'จำนวน (ครั้ง)'],
        rows: d.byChannel.map((c) => [CHANNEL_LABELS[c.channel as Channel]?.th ?? c.channel, c.kind === 'exchange' ? 'แลกเปลี่ยน' : 'จำหน่าย', money(c.value), int(c.count)]),
      };
    case 'provinces':
      return { widths: [8, 20, ...AREA_HEADINGS.map(() => 17)], head: ['รหัส', 'จังหวัด', ...AREA_HEADINGS], rows: d.byProvince.map((p) => [p.code, p.nameTh, ...areaCells(p)]) };
    case 'districts':
      return d.byDistrict && { widths: [8, 22, ...AREA_HEADINGS.map(() => 17)], head: ['รหัส', 'อำเภอ', ...AREA_HEADINGS], rows: d.byDistrict.map((x) => [x.code, x.nameTh, ...areaCells(x)]) };
    case 'enterprises':
      return {
        widths: [44, 16],
        head: ['รายการ', 'กลุ่ม'],
        rows: [['ชี้แจงสิทธิประโยชน์แล้ว', int(d.enterprises.informed)], ['ยื่นขอจดทะเบียนแล้ว', int(d.enterprises.applied)], ['จดทะเบียนวิสาหกิจชุมชนแล้ว', int(d.enterprises.registered)]],
      };
    case 'reporting':
      return d.reporting && {
        widths: [44, 16],
        head: [`รายงานของจังหวัด ${formatMonth(d.reporting.from)} – ${formatMonth(d.reporting.to)}`, 'ฉบับ'],
        rows: [
          ['ที่ต้องส่ง', int(d.reporting.totals.expected)], ['ได้รับแล้ว', int(d.reporting.totals.received)], ['ส่งตรงเวลา', int(d.reporting.totals.onTime)],
          ['ส่งช้า', int(d.reporting.totals.late)], ['ยังไม่ได้รับ', int(d.reporting.totals.missing)], ['ค้างส่งวันนี้', int(d.reporting.lateToday)],
        ],
      };
  }
}

/** The dashboard as a workbook: one sheet per chart, or the one chart asked for. */
export async function dashboardWorkbook(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, q: { unit?: string; cohort?: number; chart?: DashboardChart }): Promise<{ fileName: string; body: Buffer }> {
  const [d, steps] = await Promise.all([dashboard(deps, ctx, q), listSteps(deps.db)]);
  const stepNames = new Map(steps.map((s) => [s.number, s.nameTh]));
  const printed = { printedAt: d.generatedAt, printedBy: ctx.actor.displayName };
  const wb = await newWorkbook(printed, 'แดชบอร์ดโครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่');
  const scope = `${d.unit.nameTh} · ${d.cohort ? `รุ่นปี พ.ศ. ${d.cohort}` : 'ทุกรุ่น'}`;
  for (const chart of q.chart ? [q.chart] : DASHBOARD_CHARTS) {
    const table = tableOf(chart, d, stepNames);
    if (!table) continue;
    const s = new FormSheet(wb, { sheet: TITLES[chart].slice(0, 31) }, table.widths, 'landscape');
    s.line(TITLES[chart], { bold: true, size: 16 });
    s.line(scope);
    s.blank();
    const headRow = s.headings([table.head.map((v) => ({ v }))]);
    for (const row of table.rows) s.put(row, { border: true });
    s.freeze(headRow);
    s.blank();
    s.line(`พิมพ์เมื่อ ${formatDateTime(printed.printedAt)} โดย ${printed.printedBy}`);
    s.ws.headerFooter.oddFooter = `&L${TITLES[chart]} · ${scope}&Rหน้า &P / &N`;
  }
  if (!wb.worksheets.length) new FormSheet(wb, { sheet: TITLES[q.chart!].slice(0, 31) }, [60], 'landscape').line('ไม่มีข้อมูลสำหรับหน่วยนี้');
  const body = await toBuffer(wb);
  // Every download of the program's figures is recorded, as printing a form is.
  await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'dashboard.export', targetType: 'dashboard', targetId: d.unit.code, after: { cohort: d.cohort, chart: q.chart ?? null } }));
  return { fileName: `แดชบอร์ด-${d.unit.code}${q.chart ? `-${q.chart}` : ''}.xlsx`, body };
}
