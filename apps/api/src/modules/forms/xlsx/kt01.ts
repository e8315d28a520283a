/** แบบ กท.01 as a worksheet: one row per candidate, each criterion as a result and a remark. */
import { CRITERIA, FAIL, FORMS, PASS, SIGNERS, printedNationalId } from '../format';
import type { Kt01Data } from '../forms.types';
import { FormSheet, newWorkbook, printedRow, signatureRows, titleBlock, toBuffer } from './workbook';

/** Written out as text, not a symbol alone, so that filtering the column reads naturally. */
export const resultText = (met: boolean): string => (met ? `✓ ${PASS}` : `✗ ${FAIL}`);

export async function kt01Xlsx(d: Kt01Data): Promise<Buffer> {
  const wb = await newWorkbook(d, FORMS.kt01.title);
  const widths = [6, 20, 19, 36, 24, ...CRITERIA.flatMap(() => [10, 22]), 11, 13, 32];
  const s = new FormSheet(wb, 'kt01', widths, 'landscape');
  titleBlock(s, 'kt01', d);

  const first = s.row;
  const last = s.headings([
    [
      { v: 'ลำดับ', down: true },
      { v: 'ชื่อ–สกุล', down: true },
      { v: 'เลขประจำตัวประชาชน', down: true },
      { v: 'ที่อยู่', down: true },
      { v: 'กิจกรรมหลัก', down: true },
      ...CRITERIA.map((c, i) => ({ v: `เกณฑ์ (${i + 1}) ${c.short}`, span: 2 })),
      { v: 'การเสนอของอำเภอ', down: true },
      { v: 'ผลการพิจารณาของจังหวัด', span: 2 },
    ],
    [...CRITERIA.flatMap(() => [{ v: 'ผล' }, { v: 'หมายเหตุ' }]), { v: 'ผล' }, { v: 'เหตุผล' }],
  ]);
  s.freeze(last);
  s.ws.pageSetup.printTitlesRow = `${first}:${last}`;

  for (const c of d.candidates) {
    const criteria = [c.criteria.pondDug, c.criteria.sameProducts, c.criteria.sharedIdeas, c.criteria.readyAndAble];
    s.put(
      [
        { v: c.no, align: 'center' },
        c.fullName,
        { v: printedNationalId(c.nationalId), align: 'center' },
        c.address,
        c.activities,
        ...criteria.flatMap((r) => [{ v: resultText(r.met) }, r.remark]),
        { v: c.proposal, align: 'center' },
        { v: c.decision || 'รอพิจารณา', align: 'center' },
        c.decisionReason,
      ],
      { border: true },
    );
  }

  s.blank();
  const summary: [string, number][] = [
    ['เกษตรกรที่สมัคร', d.summary.candidates],
    ['อำเภอเสนอ', d.summary.proposed],
    ['จังหวัดคัดเลือก', d.summary.selected],
  ];
  summary.forEach(([label, n], i) => s.put([{ v: i === 0 ? 'สรุป' : null, span: 2, bold: true }, { v: label, span: 2 }, { v: n }, 'ราย']));

  s.blank();
  s.line('เกณฑ์การคัดเลือก', { bold: true });
  CRITERIA.forEach((c, i) => s.line(`(${i + 1}) ${c.full}`));
  signatureRows(s, SIGNERS.kt01(d.signer));
  printedRow(s, d);
  return toBuffer(wb);
}
