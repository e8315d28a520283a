import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/support/pdf-text';
import { MISSING_TITLE, SIGNERS, monthRanges, printedNationalId } from './format';
import { contentDisposition, formFileName } from './forms.filenames';
import {
  kt01Xlsx, kt02Xlsx, kt03Xlsx, monthlyReportXlsx, nationalSummaryXlsx, renderGroupBundlePdf, renderKt01Pdf, renderKt02Pdf, renderKt03Pdf,
  renderMonthlyReportPdf,
} from './index';
import { BODY_FONT, renderPdf } from './pdf/engine';
import type { MonthlyReportData } from './forms.types';
import { breakOffsets, th, thaiInlines } from './pdf/thai-text';
import {
  FULL_ID, LONG_NAME, LONG_NEEDS, LONG_REASON, NARRATIVE_SENTENCE, NOT_ACCEPTED_SAMPLE, NORTHEAST, farmerName, sampleBundle, sampleKt01, sampleKt02, sampleKt03,
  sampleMonthlyAgency, sampleMonthlyProvince, sampleNationalSummary,
} from './sample';
import { sheetName } from './xlsx/workbook';

/*
 * PDF text comes from pdf.js (test/support/pdf-text.ts: no poppler needed), normalised the way a
 * reader would type it: word runs rejoined, ำ as one character (the PDF spells it nikhahit + sara
 * aa, see engine.ts), no-break spaces as spaces. `raw` keeps the order the page draws its text,
 * so Thai words and sentences are checked there; `layout` puts a table row on one line, so
 * figures and columns are checked there.
 */

/** True when some line ends with the start of `word` and the next line goes on with the rest. */
function splitAcrossLines(text: string, word: string): boolean {
  const lines = text.split('\n').map((l) => l.trim());
  for (let k = 0; k + 1 < lines.length; k++) {
    for (let i = 1; i < word.length; i++) {
      if (lines[k]!.endsWith(word.slice(0, i)) && lines[k + 1]!.startsWith(word.slice(i))) return true;
    }
  }
  return false;
}

const PLACE = ['ตำบลในเมือง', 'อำเภอเมืองขอนแก่น', 'จังหวัดขอนแก่น'];
const pages = (text: string) => text.split('\f').filter((p) => p.trim());

describe('Thai word breaks', () => {
  it('uses the full-ICU dictionary of Node for Thai words', () => {
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment('เกษตรกรเข้าร่วมโครงการ')].map((s) => s.segment);
    expect(words).toEqual(['เกษตรกร', 'เข้า', 'ร่วม', 'โครงการ']);
  });

  it('puts a zero-width break (in the font that has one) between words, never inside program terms', () => {
    const runs = thaiInlines('กลุ่มเกษตรทฤษฎีใหม่ตำบลต้นแบบ');
    expect(runs.filter((r) => typeof r === 'string')).toEqual(['กลุ่ม', 'เกษตรทฤษฎีใหม่', 'ตำบลต้นแบบ']);
    expect(runs.filter((r) => typeof r !== 'string')).toEqual([
      { text: '\u200B', font: 'NtagNotoSansThai' },
      { text: '\u200B', font: 'NtagNotoSansThai' },
    ]);
    // In a cell too narrow for the term, it may break between its words rather than mid-letter.
    expect((th('เกษตรทฤษฎีใหม่', { fontSize: 10 }, 50).text as unknown[]).length).toBe(5);
    expect(thaiInlines('Khon Kaen 40000')).toEqual(['Khon Kaen 40000']);
  });

  it('wraps long Thai text in a narrow table cell only between words, with every glyph extracted back', async () => {
    const sentence = `${LONG_REASON} ${LONG_NEEDS}`;
    const cell = async (content: unknown, name: string) => {
      const doc = { defaultStyle: { font: BODY_FONT, fontSize: 12 }, content: [{ table: { widths: [110], body: [[content]] } }] };
      const lines = (await pdfText(await renderPdf(doc, { title: name, author: 't', createdAt: '2026-11-26' }), 'raw'))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // Walk the sentence line by line: where does each line end?
      const allowed = new Set(breakOffsets(sentence));
      let pos = 0;
      const badEnds: string[] = [];
      for (const [k, line] of lines.entries()) {
        expect(sentence.startsWith(line, pos), `line ${k} "${line}" continues the text`).toBe(true);
        const end = pos + line.length;
        if (sentence[end] === ' ') pos = end + 1;
        else {
          if (end < sentence.length && !allowed.has(end)) badEnds.push(line);
          pos = end;
        }
      }
      expect(pos).toBe(sentence.length); // every character came back: no missing or boxed glyph
      return { lines, badEnds };
    };

    const fixed = await cell(th(sentence), 'words');
    expect(fixed.lines.length).toBeGreaterThan(15);
    expect(fixed.badEnds).toEqual([]);
    // Control: the same text as a plain string is cut mid-word by pdfmake, so the check bites.
    const plain = await cell(sentence, 'plain');
    expect(plain.badEnds.length).toBeGreaterThan(0);
  });
});

describe('PDF forms', () => {
  it('กท.01: code, title, year, place, names, summary, pages', async () => {
    const d = sampleKt01(8);
    const pdf = await renderKt01Pdf(d);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf, 'layout');
    const raw = await pdfText(pdf, 'raw');
    for (const s of ['แบบ กท.01', 'ปี พ.ศ. 2569', 'นางสมใจ ใจดี', '3-4001-', 'ไม่ผ่าน', 'ไม่คัดเลือก']) expect(text).toContain(s);
    for (const s of ['แบบคัดเลือกเกษตรกรเข้าร่วมโครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่', ...PLACE, 'เกณฑ์การคัดเลือก']) expect(raw).toContain(s);
    expect(raw).toContain(`เกษตรกรที่สมัคร ${d.summary.candidates} ราย`);
    expect(text).toContain('พิมพ์เมื่อ 26 พ.ย. 2569 14:05 น. โดย นางสาวอรุณี ทองดี');
    const n = pages(text).length;
    expect(n).toBeGreaterThan(1);
    expect(text).toContain(`หน้า ${n} / ${n}`);
    for (let i = 0; i < 8; i++) for (const part of farmerName(i).split(' ')) expect(splitAcrossLines(raw, part), part).toBe(false);
  });

  it('กท.02: sections, Buddhist-era dates, thousands separators; words whole', async () => {
    const pdf = await renderKt02Pdf(sampleKt02(0));
    const text = await pdfText(pdf, 'layout');
    const raw = await pdfText(pdf, 'raw');
    for (const s of ['แบบ กท.02', 'นางสมใจ ใจดี', '14 มีนาคม 2508', '15 กรกฎาคม 2569', '7,200', '21,600.00', '58,200.50', 'ม.ค.–มี.ค.,', 'ตลอดปี']) {
      expect(text).toContain(s);
    }
    for (const s of ['แผนการผลิตรายบุคคลและการประเมินศักยภาพเกษตรกร', 'โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่ ปี พ.ศ. 2569', ...PLACE, 'ผู้ประเมิน']) {
      expect(raw).toContain(s);
    }
    for (const w of ['เกษตรทฤษฎีใหม่', 'นางสมใจ', 'ใจดี', 'วิสาหกิจชุมชน']) expect(splitAcrossLines(raw, w), w).toBe(false);
  });

  it('กท.03: calendar, roll-up with signed differences, topics with dates', async () => {
    const d = sampleKt03(sampleBundle(3).members);
    const pdf = await renderKt03Pdf(d);
    const text = await pdfText(pdf, 'layout');
    const raw = await pdfText(pdf, 'raw');
    for (const s of ['แบบ กท.03', 'ม.ค.', 'ธ.ค.', '12 สิงหาคม 2569', '(นางสมใจ ใจดี)']) expect(text).toContain(s);
    for (const s of ['แผนการผลิตและการตลาดของกลุ่ม พร้อมประเด็นการพัฒนาศักยภาพ', ...PLACE, 'กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง', 'ยังไม่กำหนด', 'ประธานกลุ่ม']) {
      expect(raw).toContain(s);
    }
    expect(splitAcrossLines(raw, 'เกษตรทฤษฎีใหม่')).toBe(false);
    const diff = d.rollup[0]!.difference;
    expect(text).toContain(diff > 0 ? `+${diff.toLocaleString('en-US')}` : diff.toLocaleString('en-US'));
  });

  it('group bundle: cover with contents, then กท.03, then each member on a new page', async () => {
    const d = sampleBundle(3);
    const pdf = await renderGroupBundlePdf(d);
    const text = await pdfText(pdf, 'layout');
    const ps = pages(await pdfText(pdf, 'raw'));
    expect(ps[0]).toContain('สารบัญ');
    expect(ps[0]).toContain('กลุ่มเกษตรทฤษฎีใหม่ตำบลในเมือง');
    expect(ps[0]).toContain('3 ราย');
    expect(ps[0]).toContain('ปี พ.ศ. 2569');
    for (const m of d.members) {
      const start = ps.findIndex((p) => p.includes(`เกษตรกร ${m.farmer.fullName}`));
      expect(start).toBeGreaterThan(1);
      expect(ps[start]!.trim().startsWith('แบบ กท.02'), m.farmer.fullName).toBe(true);
      // The contents gives that page's number.
      expect(pages(text)[0]).toMatch(new RegExp(`${m.farmer.fullName}\\s+${start + 1}\\b`));
    }
    expect(ps.findIndex((p) => p.trim().startsWith('แบบ กท.03'))).toBe(1);
    expect(text).toContain(`หน้า ${ps.length} / ${ps.length}`);
  });
});

describe('issue 15: forms print without flaws', () => {
  const signer = { name: 'นายวิชัย ตั้งใจงาน', position: 'เกษตรอำเภอเมืองขอนแก่น', level: 'district' };

  it('prints a national id as 1-2345-67890-12-3 on one line of its column, and a long name split only between its parts', async () => {
    expect(printedNationalId(FULL_ID)).toBe('3-4001-00012-34-6');
    expect(printedNationalId('3-4001-xxxxx-12-3')).toBe('3-4001-xxxxx-12-3');
    const d = sampleKt01(3);
    d.candidates[0] = { ...d.candidates[0]!, fullName: LONG_NAME, nationalId: FULL_ID };
    const pdf = await renderKt01Pdf(d);
    const text = await pdfText(pdf, 'layout');
    const raw = await pdfText(pdf, 'raw');
    // The whole grouped id on one line (layout puts a table row on one line: a wrapped id would be cut in two).
    expect(text).toContain('3-4001-00012-34-6');
    for (const part of LONG_NAME.split(' ')) expect(splitAcrossLines(raw, part), part).toBe(false);
    // Control: the number without dashes is nowhere.
    expect(text).not.toContain(FULL_ID);
  });

  it('keeps a long surname, the birth date and the id of กท.02 whole', async () => {
    const d = sampleKt02(0);
    d.farmer = { ...d.farmer, fullName: LONG_NAME, nationalId: FULL_ID, birthDate: '1971-11-28' };
    d.assessment = { ...d.assessment, assessor: 'นายวิชัย ตั้งใจงาน', assessedOn: '2026-11-28' };
    const raw = await pdfText(await renderKt02Pdf(d), 'raw');
    for (const w of [...LONG_NAME.split(' '), '28 พฤศจิกายน 2514', '28 พฤศจิกายน 2569', '3-4001-00012-34-6', 'ตั้งใจงาน']) {
      expect(raw.replace(/\s+/g, ' ')).toContain(w);
      expect(splitAcrossLines(raw, w), w).toBe(false);
    }
  });

  it('the group file: a cover with the summary (members, committee, steps, enterprise) and every page landscape', async () => {
    const d = sampleBundle(3);
    const pdf = await renderGroupBundlePdf(d);
    const cover = squeeze(pages(await pdfText(pdf, 'raw'))[0]!);
    for (const s of ['ข้อมูลกลุ่ม', 'คณะกรรมการกลุ่ม', 'ประธาน', 'นางสมใจ ใจดี', 'ความก้าวหน้า 7 ขั้นตอน', 'คัดเลือกเกษตรกร', 'เตรียมความพร้อมด้านการตลาด', 'เลยกำหนด', 'วิสาหกิจชุมชน', 'สารบัญ']) {
      expect(cover).toContain(squeeze(s));
    }
    // One orientation: every page is A4 landscape (842 × 595 pt).
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
    expect(sizes.length).toBeGreaterThan(3);
    expect(new Set(sizes)).toEqual(new Set(['842x595']));
  });

  it('signature lines print the signer’s real name and position, only in the block of their level', async () => {
    const [proposer, approver] = SIGNERS.kt01(signer);
    expect(proposer).toMatchObject({ name: signer.name, position: signer.position });
    expect(approver.name).toBeUndefined();
    expect(SIGNERS.kt01({ ...signer, level: 'province' })[1]).toMatchObject({ name: signer.name });
    const d = { ...sampleKt01(2), signer };
    const raw = await pdfText(await renderKt01Pdf(d), 'raw');
    expect(raw).toContain(`(${signer.name})`);
    expect(raw).toContain(`ตำแหน่ง ${signer.position}`);
  });

  it('names a download by form code, name and BE year, in UTF-8 filename*', () => {
    const name = formFileName(['กท.02', 'นางสมใจ ใจดี', 2569], 'pdf');
    expect(name).toBe('กท.02-นางสมใจ ใจดี-2569.pdf');
    expect(formFileName(['กท.03', 'กลุ่ม/ตำบล:ใน"เมือง"', 2569], 'xlsx')).toBe('กท.03-กลุ่ม-ตำบล-ใน-เมือง--2569.xlsx');
    const header = contentDisposition(name, 'kt02-2569.pdf', true);
    expect(header).toMatch(/^inline; filename="kt02-2569\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(name);
  });
});

const loadBook = async (buf: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
};
const load = async (buf: Buffer) => (await loadBook(buf)).worksheets[0]!;
const find = (ws: ExcelJS.Worksheet, pred: (v: ExcelJS.CellValue) => boolean): ExcelJS.Cell => {
  let hit: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => { if (!hit && pred(c.value)) hit = c; }));
  if (!hit) throw new Error('cell not found');
  return hit;
};
const right = (ws: ExcelJS.Worksheet, c: ExcelJS.Cell, by = 1) => ws.getCell(Number(c.row), Number(c.col) + by);

describe('Excel forms', () => {

  it('กท.01: Thai sheet name, headings frozen, numbers as numbers, printed-at as a BE date', async () => {
    const ws = await load(await kt01Xlsx(sampleKt01(8)));
    expect(ws.name).toBe('กท.01');
    expect(find(ws, (v) => v === 'แบบ กท.01')).toBeTruthy();
    const head = find(ws, (v) => v === 'ชื่อ–สกุล');
    expect(head.font.bold).toBe(true);
    expect(Number(find(ws, (v) => v === 'เลขประจำตัวประชาชน').row)).toBe(Number(head.row));
    expect(Number(find(ws, (v) => v === 'หมายเหตุ').row)).toBe(Number(head.row) + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: Number(head.row) + 1 });
    const name = find(ws, (v) => v === 'นางสมใจ ใจดี');
    expect(ws.getCell(Number(name.row), 1).value).toBe(1);
    expect(right(ws, name, 4).value).toBe('✓ ผ่าน');
    const summary = right(ws, find(ws, (v) => v === 'เกษตรกรที่สมัคร'), 2);
    expect(summary.value).toBe(8);
    expect(summary.numFmt).toBe('#,##0');
    const at = right(ws, find(ws, (v) => v === 'พิมพ์เมื่อ'), 2);
    expect(at.value).toBeInstanceOf(Date);
    expect((at.value as Date).toISOString()).toBe('2026-11-26T14:05:00.000Z'); // Thailand wall-clock time
    expect(at.numFmt).toMatch(/^\[\$-107041E\]/);
  });

  it('กท.02: birth date as a date, quantities and money with formats', async () => {
    const ws = await load(await kt02Xlsx(sampleKt02(0)));
    expect(ws.name).toBe('กท.02');
    const born = right(ws, find(ws, (v) => v === 'วันเดือนปีเกิด'), 2);
    expect(born.value).toEqual(new Date(Date.UTC(1965, 2, 14)));
    expect(born.numFmt).toBe('[$-107041E]d mmmm yyyy;@');
    const eggs = find(ws, (v) => v === 'ไข่ไก่');
    expect(right(ws, eggs).value).toBe(7200);
    expect(right(ws, eggs).numFmt).toBe('#,##0');
    expect(right(ws, eggs, 7).value).toBe(21600);
    expect(right(ws, eggs, 7).numFmt).toBe('#,##0.00');
    expect(find(ws, (v) => v === 'สัดส่วนการใช้ประโยชน์ (%)').font.bold).toBe(true);
    expect(find(ws, (v) => v === 'ม.ค.–มี.ค., ต.ค.–ธ.ค.')).toBeTruthy();
  });

  it('กท.03: month headings, monthly numbers, planned dates, signed differences', async () => {
    const d = sampleKt03(sampleBundle(3).members);
    const ws = await load(await kt03Xlsx(d));
    expect(ws.name).toBe('กท.03');
    const jan = find(ws, (v) => v === 'ม.ค.');
    expect(right(ws, jan, 11).value).toBe('ธ.ค.');
    const product = find(ws, (v) => v === 'ผักบุ้งจีน');
    expect(right(ws, product, 2).value).toBe(d.products[0]!.monthly[0]);
    expect(right(ws, product, 14).value).toBe(d.products[0]!.total);
    const topic = find(ws, (v) => typeof v === 'string' && v.startsWith('การผลิตผักปลอดภัย'));
    expect(right(ws, topic, 11).value).toEqual(new Date(Date.UTC(2026, 7, 12)));
    const diff = find(ws, (v) => v === d.rollup[0]!.difference && typeof v === 'number');
    expect(diff.numFmt).toBe('+#,##0;-#,##0;0');
  });
});

/** Text with every space and line break taken out: a wrapped sentence compares whole again. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('monthly reports (PDF)', () => {
  const missing = NORTHEAST.filter((p) => NOT_ACCEPTED_SAMPLE[p.code]);

  it('กท.05 of a host agency: code, month in BE, unit, figures, provinces, the missing list, narrative, signatures', async () => {
    const d = sampleMonthlyAgency();
    const pdf = await renderMonthlyReportPdf(d);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = await pdfText(pdf, 'raw');
    const text = await pdfText(pdf, 'layout');
    for (const s of [
      'แบบ กท.05',
      'รายงานความก้าวหน้าการดำเนินงานโครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่',
      'ประจำเดือน ตุลาคม 2569',
      'หน่วยงานเจ้าภาพหลัก กรมปศุสัตว์',
      'กำหนดส่ง 10 พฤศจิกายน 2569',
      'ฉบับที่ 2 ส่งเมื่อ 9 พ.ย. 2569 10:30 น. โดย นายปรีชา ศรีสมบูรณ์',
      'จังหวัดขอนแก่น',
      'รับรายงานแล้ว 17 จาก 20 จังหวัด',
      'ส่วนที่ 6 การให้คำแนะนำ การพัฒนาวิทยากร และภาคีเครือข่าย',
      'การอบรมพัฒนาวิทยากรประจำแหล่งเรียนรู้',
      'ส่วนที่ 7 การรายงานของจังหวัด',
      'ผู้รายงาน',
      'ผู้ตรวจรับ',
      ...d.cohorts[0]!.steps.map((s) => s.label),
      ...d.narrative.map((n) => n.label),
    ]) {
      expect(raw).toContain(s);
    }
    // Money with two decimals and thousands separators, counts with separators, zero as a dash.
    for (const s of ['2,846,320.50', '21,493,870.25', '12,153,051.25', '1,728,020.75', '27,864', '6,592', '1,376']) expect(text).toContain(s);
    expect(text).toMatch(/ตลาดสีเขียว\s+จำหน่าย\s+–\s+186,300\.00\s+–\s+114/);

    // The list of provinces not accepted names exactly those, after its title and before the narrative.
    const list = raw.slice(raw.indexOf(MISSING_TITLE), raw.indexOf('ส่วนที่ 8'));
    expect(list).toContain(`${MISSING_TITLE} 3 จังหวัด`);
    for (const p of missing) expect(list).toContain(`จังหวัด${p.nameTh} — ${NOT_ACCEPTED_SAMPLE[p.code]}`);
    for (const p of NORTHEAST.filter((x) => !NOT_ACCEPTED_SAMPLE[x.code])) expect(list).not.toContain(`จังหวัด${p.nameTh}`);

    // Long narrative wraps at word boundaries and extracts back whole.
    expect(squeeze(raw)).toContain(squeeze(NARRATIVE_SENTENCE));
    for (const n of d.narrative) for (const para of n.text.split('\n')) expect(squeeze(raw)).toContain(squeeze(para));
    for (const w of ['เกษตรทฤษฎีใหม่', 'วิสาหกิจชุมชน', 'ภาคตะวันออกเฉียงเหนือ', 'ประสาน', 'งบประมาณ']) expect(splitAcrossLines(raw, w), w).toBe(false);

    const n = pages(text).length;
    expect(text).toContain(`หน้า ${n} / ${n}`);
    expect(text).toContain('พิมพ์เมื่อ 26 พ.ย. 2569 14:05 น. โดย นางสาวอรุณี ทองดี');
    // The signatures close the narrative on its last page.
    expect(pages(raw)[n - 1]).toContain('ผู้ตรวจรับ');
    expect(pages(raw)[n - 1]).toContain(d.narrative.at(-1)!.label);
  });

  it("a province's report: heading without the form code, its host agency, no provinces section", async () => {
    const d = sampleMonthlyProvince();
    const raw = await pdfText(await renderMonthlyReportPdf(d), 'raw');
    for (const s of ['รายงานจังหวัด', 'ประจำเดือน ตุลาคม 2569', 'จังหวัดขอนแก่น เสนอ หน่วยงานเจ้าภาพหลัก กรมปศุสัตว์', 'กำหนดส่ง 5 พฤศจิกายน 2569', 'ผลการตรวจรับ:', 'คณะทำงานขับเคลื่อนโครงการฯ ระดับจังหวัด']) {
      expect(raw).toContain(s);
    }
    expect(raw).not.toContain('กท.05');
    expect(raw).not.toContain(MISSING_TITLE);
    expect(raw).toContain('ส่วนที่ 7 ผลการดำเนินงาน');
    expect(squeeze(raw)).toContain(squeeze(d.narrative[1]!.text));
    // Step 7's partners of the month, with their sector and period in BE.
    expect(raw).toContain('ภาคีเครือข่ายที่ร่วมดำเนินงานในเดือนนี้ (2 ราย)');
    expect(squeeze(raw)).toContain(squeeze('มหาวิทยาลัยขอนแก่น คณะเกษตรศาสตร์'));
    expect(raw).toContain('ตั้งแต่ 15 ก.ย. 2569');
  });

  it('a draft says it has not been sent, and an empty report still prints every section', async () => {
    const d: MonthlyReportData = {
      ...sampleMonthlyProvince(),
      state: 'ร่าง', versionNumber: null, submittedAt: null, submittedBy: null, decision: null,
      cohorts: [], production: [], sales: [], narrative: [],
      salesTotal: { sale: { month: 0, total: 0 }, exchange: { month: 0, total: 0 } },
    };
    const raw = await pdfText(await renderMonthlyReportPdf(d), 'raw');
    expect(raw).toContain('ยังไม่ได้ส่ง');
    for (let k = 1; k <= 7; k++) expect(raw).toContain(`ส่วนที่ ${k} `);
    expect(raw).toContain('ไม่มีข้อมูลผลผลิต');
  });
});

describe('monthly reports (Excel)', () => {
  it('กท.05: Thai sheet name, BE dates as dates, figures as numbers with formats, the missing list', async () => {
    const d = sampleMonthlyAgency();
    const ws = await load(await monthlyReportXlsx(d));
    expect(ws.name).toBe('กท.05');
    expect(find(ws, (v) => v === 'แบบ กท.05')).toBeTruthy();
    expect(find(ws, (v) => v === 'ประจำเดือน ตุลาคม 2569')).toBeTruthy();
    const due = right(ws, find(ws, (v) => v === 'กำหนดส่ง'), 2);
    expect(due.value).toEqual(new Date(Date.UTC(2026, 10, 10)));
    expect(due.numFmt).toBe('[$-107041E]d mmmm yyyy;@');
    const sent = right(ws, find(ws, (v) => v === 'ส่งเมื่อ'), 2);
    expect((sent.value as Date).toISOString()).toBe('2026-11-09T10:30:00.000Z'); // Thailand wall-clock time

    const market = find(ws, (v) => v === 'ตลาดเกษตรกร');
    expect(right(ws, market, 2).value).toBe(488920);
    expect(right(ws, market, 2).numFmt).toBe('#,##0.00;-#,##0.00;"–"');
    expect(right(ws, market, 4).value).toBe(356);
    expect(right(ws, market, 4).numFmt).toBe('#,##0;-#,##0;"–"');
    const green = find(ws, (v) => v === 'ตลาดสีเขียว');
    expect(right(ws, green, 2).value).toBe(0); // a zero stays a number; the format shows "–"
    const year = find(ws, (v) => v === 2569);
    expect(year.numFmt).toBe('0');
    const step5 = find(ws, (v) => v === 'เตรียมความพร้อมด้านการตลาด');
    expect(right(ws, step5, 3).value).toBe(97.6);

    const title = find(ws, (v) => typeof v === 'string' && v.startsWith(MISSING_TITLE));
    expect(title.value).toBe(`${MISSING_TITLE} 3 จังหวัด`);
    for (const [k, p] of NORTHEAST.filter((x) => NOT_ACCEPTED_SAMPLE[x.code]).entries()) {
      expect(ws.getCell(Number(title.row) + 1 + k, 2).value).toBe(`จังหวัด${p.nameTh}`);
    }
    expect(find(ws, (v) => typeof v === 'string' && v.startsWith(NARRATIVE_SENTENCE))).toBeTruthy();
  });

  it("a province's report is one sheet named รายงานจังหวัด without the provinces' states", async () => {
    const wb = await loadBook(await monthlyReportXlsx(sampleMonthlyProvince()));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['รายงานจังหวัด']);
    expect(() => find(wb.worksheets[0]!, (v) => typeof v === 'string' && v.startsWith(MISSING_TITLE))).toThrow();
  });

  it('national summary: a first sheet with one row per agency and a total, then one sheet per agency', async () => {
    const d = sampleNationalSummary();
    const wb = await loadBook(await nationalSummaryXlsx(d));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['สรุปทั้งประเทศ', ...d.agencies.map((a) => a.unit.nameTh)]);
    const ws = wb.worksheets[0]!;
    const dld = find(ws, (v) => v === 'กรมปศุสัตว์');
    const groups = d.agencies[1]!.cohorts.reduce((a, c) => a + c.groups, 0);
    expect(right(ws, dld).value).toBe(groups);
    expect(right(ws, dld).numFmt).toBe('#,##0;-#,##0;"–"');
    expect(right(ws, dld, 5).value).toBe(d.agencies[1]!.salesTotal.sale.month);
    expect(right(ws, dld, 11).value).toBe(17); // provinces accepted
    expect(right(ws, dld, 12).value).toBe(20); // provinces expected
    expect(right(ws, dld, 15).value).toBe('บึงกาฬ, กาฬสินธุ์, นครพนม');
    const total = find(ws, (v) => v === 'รวมทั้งประเทศ');
    const all = d.agencies.reduce((a, x) => a + x.cohorts.reduce((b, c) => b + c.groups, 0), 0);
    expect(ws.getCell(Number(total.row), 3).value).toBe(all);
    expect(ws.getCell(Number(total.row), 14).value).toBe(d.agencies.reduce((a, x) => a + (x.provinces?.length ?? 0), 0));
    // Each agency's sheet is its กท.05.
    for (const [i, a] of d.agencies.entries()) {
      const sheet = wb.worksheets[i + 1]!;
      expect(find(sheet, (v) => v === 'แบบ กท.05')).toBeTruthy();
      expect(find(sheet, (v) => typeof v === 'string' && v.startsWith('หน่วยงานเจ้าภาพหลัก')).value).toContain(a.unit.nameTh);
    }
  });

  it('sheet names are what Excel accepts: short enough, no reserved characters, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('กรมปศุสัตว์', taken)).toBe('กรมปศุสัตว์');
    expect(sheetName('กรมปศุสัตว์', taken)).toBe('กรมปศุสัตว์ (2)');
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    const long = sheetName('ก'.repeat(40), taken);
    expect(long.length).toBe(31);
    expect(sheetName('ก'.repeat(40), taken)).toMatch(/^ก{27} \(2\)$/);
  });
});

describe('format helpers', () => {
  it('writes production months as ranges', () => {
    expect(monthRanges([1, 2, 3, 10])).toBe('ม.ค.–มี.ค., ต.ค.');
    expect(monthRanges([12, 11, 1])).toBe('ม.ค., พ.ย.–ธ.ค.');
    expect(monthRanges([])).toBe('–');
  });
});
