/**
 * แบบ กท.03 as a worksheet. The product × month calendar sets the 16 columns (ลำดับ, product,
 * unit, 12 months, total); the other tables merge columns to fit them.
 */
import { BLANK, FORMS, MONTHS_SHORT, ROLLUP_NOTE, SIGNERS, presidentOf, valueOr } from '../format';
import type { Kt03Data } from '../forms.types';
import { BE_DATE, FormSheet, excelDate, signedFmt, newWorkbook, printedRow, signatureRows, titleBlock, toBuffer } from './workbook';

const WIDTHS = [7, 26, 10, ...Array<number>(12).fill(8), 11];
const REST = WIDTHS.length - 3;

export async function kt03Xlsx(d: Kt03Data): Promise<Buffer> {
  const g = d.group;
  const wb = await newWorkbook(d, `${FORMS.kt03.title} ${g.name}`);
  const s = new FormSheet(wb, 'kt03', WIDTHS, 'landscape');
  const top = titleBlock(s, 'kt03', d, [`กลุ่ม ${g.name}`]);
  s.freeze(top);

  const detail = (label: string, value: string | number | Date | null, fmt?: string) =>
    s.put([{ v: label, span: 3, bold: true }, { v: value ?? BLANK, span: REST, fmt, align: 'left' }]);
  s.line('ส่วนที่ 1 ข้อมูลกลุ่มและคณะกรรมการ', { bold: true });
  detail('ชื่อกลุ่ม', g.name);
  detail('วันที่จัดตั้ง', excelDate(g.foundedOn), BE_DATE);
  detail('จำนวนสมาชิก (ราย)', g.memberCount);
  detail('ผู้ประสานงาน', valueOr(g.contact));
  if (g.enterpriseCode) detail('ทะเบียนวิสาหกิจชุมชน', g.enterpriseCode);
  s.blank();
  s.headings([[{ v: 'ลำดับ' }, { v: 'ตำแหน่ง', span: 2 }, { v: 'ชื่อ–สกุล', span: 7 }]]);
  g.committee.forEach((c, i) => s.put([{ v: i + 1, align: 'center' }, { v: c.role, span: 2 }, { v: c.fullName, span: 7 }], { border: true }));

  s.blank();
  s.line('ส่วนที่ 2 แผนการผลิตของกลุ่ม (ปฏิทินการผลิต)', { bold: true });
  s.headings([
    [
      { v: 'ลำดับ', down: true },
      { v: 'ผลผลิต/สินค้า', down: true },
      { v: 'หน่วย', down: true },
      { v: `ปริมาณที่ผลิตรายเดือน ปี พ.ศ. ${d.cohortYear}`, span: 12 },
      { v: 'รวม', down: true },
    ],
    MONTHS_SHORT.map((m) => ({ v: m })),
  ]);
  d.products.forEach((p, i) =>
    s.put(
      [
        { v: i + 1, align: 'center' },
        p.product,
        p.unit,
        // An empty month stays empty, as on the PDF; SUM() treats it as 0.
        ...Array.from({ length: 12 }, (_, m) => (p.monthly[m] ? p.monthly[m]! : null)),
        { v: p.total, bold: true },
      ],
      { border: true },
    ),
  );

  s.blank();
  s.line('ส่วนที่ 3 ตลาดและช่องทางการจำหน่าย', { bold: true });
  s.headings([[{ v: 'ลำดับ' }, { v: 'ช่องทางการตลาด', span: 5 }, { v: 'กลุ่มลูกค้าเป้าหมาย', span: 5 }, { v: 'หมายเหตุ', span: 5 }]]);
  d.markets.forEach((m, i) =>
    s.put([{ v: i + 1, align: 'center' }, { v: m.channel, span: 5 }, { v: valueOr(m.target), span: 5 }, { v: valueOr(m.note), span: 5 }], { border: true }),
  );

  s.blank();
  s.line('ส่วนที่ 4 ประเด็นการพัฒนาศักยภาพของกลุ่ม', { bold: true });
  s.headings([[{ v: 'ลำดับ' }, { v: 'ประเด็นการพัฒนาศักยภาพการผลิตและการตลาด', span: 11 }, { v: 'กำหนดการ', span: 4 }]]);
  d.topics.forEach((t, i) =>
    s.put(
      [
        { v: i + 1, align: 'center' },
        { v: t.topic, span: 11 },
        t.plannedOn ? { v: excelDate(t.plannedOn), fmt: BE_DATE, span: 4, align: 'center' } : { v: 'ยังไม่กำหนด', span: 4, align: 'center' },
      ],
      { border: true },
    ),
  );

  s.blank();
  s.line('ส่วนที่ 5 ทรัพยากรและการสนับสนุนที่ต้องการ', { bold: true });
  s.headings([[{ v: 'ลำดับ' }, { v: 'รายการ', span: 7 }, { v: 'จำนวน', span: 3 }, { v: 'หมายเหตุ', span: 5 }]]);
  d.resources.forEach((r, i) =>
    s.put([{ v: i + 1, align: 'center' }, { v: r.item, span: 7 }, { v: valueOr(r.quantity), span: 3 }, { v: valueOr(r.note), span: 5 }], { border: true }),
  );

  s.blank();
  s.line('ส่วนที่ 6 เปรียบเทียบแผนการผลิตของกลุ่มกับแผนรายบุคคลของสมาชิก', { bold: true });
  s.line(ROLLUP_NOTE);
  s.headings([[
    { v: 'ลำดับ' },
    { v: 'ผลผลิต/สินค้า' },
    { v: 'หน่วย' },
    { v: 'แผนของกลุ่ม (กท.03)', span: 4 },
    { v: 'รวมแผนของสมาชิก (กท.02)', span: 4 },
    { v: 'ผลต่าง', span: 4 },
  ]]);
  d.rollup.forEach((r, i) =>
    s.put(
      [
        { v: i + 1, align: 'center' },
        r.product,
        r.unit,
        { v: r.groupPlan, span: 4 },
        { v: r.membersPlan, span: 4 },
        { v: r.difference, span: 4, fmt: signedFmt(r.difference), bold: r.difference !== 0 },
      ],
      { border: true },
    ),
  );

  signatureRows(s, SIGNERS.kt03(g.name, presidentOf(g.committee), d.signer));
  printedRow(s, d);
  return toBuffer(wb);
}
