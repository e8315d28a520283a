// Renders every printed form from the renderer's sample data (apps/api/src/modules/forms/sample.ts,
// with a long name, a full national id and a signer) and keeps page images for looking at them:
// docs/screenshots/forms-<form>-<page>.png. Needs poppler-utils (pdftoppm).
//   npx tsx scripts/forms-shots.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGroupBundlePdf, renderKt01Pdf, renderKt02Pdf, renderKt03Pdf, renderMonthlyReportPdf } from '../apps/api/src/modules/forms/index';
import { FULL_ID, LONG_NAME, sampleBundle, sampleKt01, sampleKt02, sampleKt03, sampleMonthlyAgency, sampleMonthlyProvince } from '../apps/api/src/modules/forms/sample';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-forms-'));
const signer = { name: 'นายวิชัย ตั้งใจงาน', position: 'เกษตรอำเภอเมืองขอนแก่น', level: 'district' };

const kt01 = { ...sampleKt01(8), signer };
kt01.candidates[0] = { ...kt01.candidates[0]!, fullName: LONG_NAME, nationalId: FULL_ID };
const kt02 = { ...sampleKt02(0), signer };
kt02.farmer = { ...kt02.farmer, fullName: LONG_NAME, nationalId: FULL_ID, birthDate: '1971-11-28' };
const bundle = sampleBundle(3);

const forms: [string, Promise<Buffer>, number[]][] = [
  ['kt01', renderKt01Pdf(kt01), [1, 2]],
  ['kt02', renderKt02Pdf(kt02), [1, 2]],
  ['kt03', renderKt03Pdf({ ...sampleKt03(bundle.members), signer }), [1, 2]],
  ['group', renderGroupBundlePdf(bundle), [1, 2, 5]],
  ['kt05', renderMonthlyReportPdf(sampleMonthlyAgency()), [1]],
  ['province-report', renderMonthlyReportPdf({ ...sampleMonthlyProvince(), submittedBy: 'นางสาวอรุณี ทองดี', submittedByPosition: 'เกษตรจังหวัดขอนแก่น' }), [1, 2]],
];
for (const [name, pdf, pages] of forms) {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, await pdf);
  if (name === 'kt05') {
    // The page with the provinces' reports and the list of those missing (section 7).
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f');
    pages.push(text.findIndex((t) => t.includes('ส่วนที่ 7')) + 1);
  }
  // And the last page: the signatures.
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  if (!pages.includes(count)) pages.push(count);
  for (const p of pages) {
    execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(p), '-l', String(p), file, path.join(out, `forms-${name}-${p}`)]);
  }
  console.log(`forms-${name}: pages ${pages.join(', ')}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
