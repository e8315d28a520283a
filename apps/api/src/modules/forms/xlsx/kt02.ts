/** แบบ กท.02 as a worksheet, in the PDF's order: details, current activities, plan, assessment, needs. */
import { BLANK, FORMS, SIGNERS, monthRanges, printedNationalId, skillSummary, valueOr } from '../format';
import type { Kt02Data } from '../forms.types';
import { BE_DATE, DEC, FormSheet, excelDate, newWorkbook, printedRow, signatureRows, titleBlock, toBuffer, type CellLike } from './workbook';

const WIDTHS = [7, 30, 12, 11, 22, 10, 11, 10, 18];
const TICK = '✓';

export async function kt02Xlsx(d: Kt02Data): Promise<Buffer> {
  const f = d.farmer;
  const wb = await newWorkbook(d, `${FORMS.kt02.title} ${f.fullName}`);
  const s = new FormSheet(wb, 'kt02', WIDTHS, 'portrait');
  const top = titleBlock(s, 'kt02', d, [`กลุ่ม ${valueOr(d.groupName)}    เกษตรกร ${f.fullName}`]);
  s.freeze(top);

  // Label in A:B, value across the rest.
  const detail = (label: string, value: string | number | Date | null, fmt?: string) =>
    s.put([{ v: label, span: 2, bold: true }, { v: value ?? BLANK, span: WIDTHS.length - 2, fmt, align: 'left' }]);
  s.line('ส่วนที่ 1 ข้อมูลเกษตรกร', { bold: true });
  detail('ชื่อ–สกุล', f.fullName);
  detail('เลขประจำตัวประชาชน', printedNationalId(f.nationalId));
  detail('วันเดือนปีเกิด', excelDate(f.birthDate), BE_DATE);
  detail('เพศ', valueOr(f.sex));
  detail('โทรศัพท์', valueOr(f.phone));
  detail('สมาชิกในครัวเรือน (คน)', f.householdSize);
  detail('เลขทะเบียนเกษตรกร', valueOr(f.farmerRegistryNo));
  detail('พื้นที่ทำการเกษตร', valueOr(f.plotArea));
  detail('ที่อยู่', f.address);
  detail('เอกสารสิทธิ์', valueOr(f.titleDeed));
  detail('สระน้ำ', valueOr(f.pond));
  detail('กิจกรรมหลัก', valueOr(f.activities));

  s.blank();
  s.line('ส่วนที่ 2 กิจกรรมการผลิตในปัจจุบัน', { bold: true });
  s.headings([[{ v: 'ลำดับ' }, { v: 'กิจกรรม' }, { v: 'ขนาด/จำนวน', span: 2 }, { v: 'ผลผลิต', span: 5 }]]);
  d.currentActivities.forEach((a, i) =>
    s.put([{ v: i + 1, align: 'center' }, a.activity, { v: a.size, span: 2 }, { v: a.output, span: 5 }], { border: true }),
  );

  s.blank();
  s.line('ส่วนที่ 3 แผนการผลิตรายบุคคล', { bold: true });
  s.headings([
    [
      { v: 'ลำดับ', down: true },
      { v: 'ผลผลิต/สินค้า', down: true },
      { v: 'ปริมาณ', down: true },
      { v: 'หน่วย', down: true },
      { v: 'ช่วงเดือนที่ผลิต', down: true },
      { v: 'สัดส่วนการใช้ประโยชน์ (%)', span: 3 },
      { v: 'รายได้ที่คาดว่าจะได้รับ (บาท)', down: true },
    ],
    [{ v: 'บริโภค' }, { v: 'แลกเปลี่ยน' }, { v: 'จำหน่าย' }],
  ]);
  d.plannedProducts.forEach((p, i) =>
    s.put(
      [
        { v: i + 1, align: 'center' },
        p.product,
        p.quantity,
        p.unit,
        monthRanges(p.months),
        p.shareHousehold,
        p.shareExchange,
        p.shareSale,
        p.expectedIncome === null ? null : { v: p.expectedIncome, fmt: DEC },
      ],
      { border: true },
    ),
  );
  const income = d.plannedProducts.reduce((sum, p) => sum + (p.expectedIncome ?? 0), 0);
  s.put([{ v: 'รวมรายได้ที่คาดว่าจะได้รับ', span: 8, bold: true, align: 'right' }, { v: income, fmt: DEC, bold: true }], { border: true });

  s.blank();
  s.line('ส่วนที่ 4 การประเมินศักยภาพเกษตรกร', { bold: true });
  s.headings([
    [{ v: 'ลำดับ', down: true }, { v: 'ทักษะ', down: true }, { v: 'ระดับคะแนน (1 = น้อยที่สุด, 5 = มากที่สุด)', span: 5 }, { v: 'คะแนน', down: true }],
    [{ v: '1' }, { v: '2' }, { v: '3' }, { v: '4' }, { v: '5' }],
  ]);
  d.assessment.skills.forEach((k, i) => {
    const ticks: CellLike[] = [1, 2, 3, 4, 5].map((n) => ({ v: k.score === n ? TICK : null, align: 'center' }));
    s.put([{ v: i + 1, align: 'center' }, k.label, ...ticks, { v: k.score, align: 'center' }], { border: true });
  });
  const sum = skillSummary(d.assessment.skills);
  const max = sum ? ` (เต็ม ${sum.max})` : '';
  s.put([{ v: `คะแนนรวม${max}`, span: 7, bold: true, align: 'right' }, { v: sum?.total ?? null, bold: true, align: 'center' }], { border: true });
  s.put([{ v: 'คะแนนเฉลี่ย', span: 7, bold: true, align: 'right' }, { v: sum ? sum.mean : null, fmt: DEC, align: 'center' }], { border: true });
  detail('ผู้ประเมิน', valueOr(d.assessment.assessor));
  detail('วันที่ประเมิน', excelDate(d.assessment.assessedOn), BE_DATE);

  s.blank();
  s.line('ส่วนที่ 5 ความต้องการในการพัฒนา', { bold: true });
  s.line(valueOr(d.developmentNeeds));

  signatureRows(s, SIGNERS.kt02(f.fullName, d.assessment.assessor, d.assessment.assessedOn, d.signer));
  printedRow(s, d);
  return toBuffer(wb);
}
