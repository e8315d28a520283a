/**
 * แบบ กท.01 — selection of farmers. Landscape: eleven columns, four of them criteria, do not fit
 * a portrait page at a readable size.
 */
import { CRITERIA, FAIL, PASS, SIGNERS, fmtInt, placeLine, printedNationalId, yearLine } from '../format';
import type { CriterionResult, Kt01Data } from '../forms.types';
import { renderPdf } from './engine';
import { centerCell, grid, heading, headerRows, markWithText, page, signatures, type Node } from './layout';
import { th, whole } from './thai-text';

const SMALL = 10.5;
const NOTE = 10;
/**
 * Column widths (pt); the address takes what is left of the 794 pt between 24 pt margins. The id
 * column fits 1-2345-67890-12-3 on one line (issue 15).
 */
const W = { no: 30, name: 84, id: 92, activities: 78, criterion: 58, proposal: 46, decision: 90 };
const PAD = 6;

function criterionCell(c: CriterionResult): Node {
  return {
    stack: [markWithText(c.met, c.met ? PASS : FAIL), ...(c.remark ? [th(c.remark, { fontSize: NOTE, color: '#333333' }, W.criterion - PAD)] : [])],
  };
}

function decisionCell(decision: string, reason: string | null): Node {
  const decided = decision.trim() !== '';
  const main = decided ? markWithText(decision === 'คัดเลือก', decision) : th('รอพิจารณา', { color: '#555555' });
  return { stack: [main, ...(reason ? [th(reason, { fontSize: NOTE, color: '#333333' }, W.decision - PAD)] : [])] };
}

export function kt01Content(d: Kt01Data): Node[] {
  const head = headerRows([
    { label: 'ลำดับ' },
    { label: 'ชื่อ–สกุล' },
    { label: 'เลขประจำตัวประชาชน' },
    { label: 'ที่อยู่' },
    { label: 'กิจกรรมหลัก' },
    { label: 'เกณฑ์การคัดเลือก', sub: CRITERIA.map((c, i) => `(${i + 1}) ${c.short}`) },
    { label: 'การเสนอของอำเภอ' },
    { label: 'ผลการพิจารณาของจังหวัด (เหตุผล)' },
  ]);

  const rows = d.candidates.map((c) => [
    centerCell(String(c.no)),
    whole(c.fullName, W.name - PAD, SMALL, { breakAt: 'spaces' }),
    whole(printedNationalId(c.nationalId), W.id - PAD, SMALL, { style: { alignment: 'center' } }),
    th(c.address),
    th(c.activities, {}, W.activities - PAD),
    criterionCell(c.criteria.pondDug),
    criterionCell(c.criteria.sameProducts),
    criterionCell(c.criteria.sharedIdeas),
    criterionCell(c.criteria.readyAndAble),
    c.proposal ? markWithText(c.proposal === 'เสนอ', c.proposal) : '',
    decisionCell(c.decision, c.decisionReason),
  ]);

  const s = d.summary;
  const summary = th(
    `สรุป: เกษตรกรที่สมัคร ${fmtInt(s.candidates)} ราย อำเภอเสนอ ${fmtInt(s.proposed)} ราย จังหวัดคัดเลือก ${fmtInt(s.selected)} ราย`,
    { bold: true, margin: [0, 6, 0, 0] },
  );
  const legend: Node = {
    stack: [
      th('เกณฑ์การคัดเลือก', { bold: true }),
      ...CRITERIA.map((c, i) => th(`(${i + 1}) ${c.full}`)),
    ],
    fontSize: SMALL,
    margin: [0, 6, 0, 0],
  };

  return [
    ...heading('kt01', d, { programLine: false }),
    grid(
      [W.no, W.name, W.id, '*', W.activities, W.criterion, W.criterion, W.criterion, W.criterion, W.proposal, W.decision],
      head,
      rows,
      { fontSize: SMALL },
    ),
    // The summary and the legend stay with the signatures: they never stand alone on a page.
    { stack: [summary, legend, signatures(SIGNERS.kt01(d.signer))], unbreakable: true },
  ];
}

export function renderKt01Pdf(d: Kt01Data): Promise<Buffer> {
  return renderPdf(page(d, kt01Content(d), { orientation: 'landscape', fontSize: 13, side: 24 }), {
    title: `แบบ กท.01 ${placeLine(d.place)} ${yearLine(d.cohortYear)}`,
    author: d.printedBy,
    createdAt: d.printedAt,
  });
}
