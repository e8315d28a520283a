/**
 * The selection result sent up (issue 13) as printed: a province's result to its host agency
 * (per tambon), or a host agency's summary of its provinces to the ministry. Display-ready, like
 * forms.types.ts: Thai labels resolved, dates ISO (the renderers print them in BE).
 */
export interface SelectionTotalsData {
  tambons: number;
  tambonsSelected: number;
  targetTambons: number;
  targetTambonsSelected: number;
  groups: number;
  groupsFormed: number;
  candidates: number;
  proposed: number;
  selected: number;
  notSelected: number;
  undecided: number;
}

export interface SelectionResultData {
  kind: 'province' | 'agency';
  unit: { code: string; nameTh: string };
  /** Who receives it: the host agency, or the ministry. */
  sentTo: string;
  cohortYear: number;
  state: string;
  versionNumber: number | null;
  submittedAt: string | null;
  submittedBy: string | null;
  /** The position of whoever signs as ผู้รายงาน, when they gave one (PUT /api/me/signer). */
  submittedByPosition?: string | null;
  decision: string | null;
  notes: string | null;
  printedAt: string;
  printedBy: string;
  tambons: {
    code: string; nameTh: string; districtNameTh: string; target: boolean;
    candidates: number; proposed: number; selected: number; notSelected: number; undecided: number;
    group: string | null; formed: boolean; members: number;
  }[];
  totals: SelectionTotalsData;
  provinces: { code: string; nameTh: string; state: string; accepted: boolean; totals: SelectionTotalsData | null }[] | null;
}

export const SELECTION_FORM = {
  province: { title: 'รายงานผลการคัดเลือกเกษตรกรเข้าร่วมโครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่', code: 'ผลการคัดเลือก', sheet: 'ผลการคัดเลือก' },
  agency: { title: 'สรุปผลการคัดเลือกเกษตรกรของจังหวัดในความรับผิดชอบ', code: 'สรุปผลการคัดเลือก', sheet: 'สรุปผลการคัดเลือก' },
} as const;

/** The summary lines both renderers print under the table. */
export function summaryLines(d: SelectionResultData): string[] {
  const t = d.totals;
  const lines = [
    `ตำบลที่มีผู้สมัคร ${t.tambons} ตำบล · ตำบลที่คัดเลือกเกษตรกรแล้ว ${t.tambonsSelected} ตำบล`,
    `ตำบลเป้าหมาย ${t.targetTambons} ตำบล · ตำบลเป้าหมายที่คัดเลือกเกษตรกรแล้ว ${t.targetTambonsSelected} ตำบล`,
    `เกษตรกรที่สมัคร ${t.candidates} ราย · อำเภอเสนอ ${t.proposed} ราย · จังหวัดคัดเลือก ${t.selected} ราย · ไม่คัดเลือก ${t.notSelected} ราย · รอพิจารณา ${t.undecided} ราย`,
    `กลุ่มต้นแบบ ${t.groups} กลุ่ม · จัดตั้งแล้ว (มีประธานกลุ่ม) ${t.groupsFormed} กลุ่ม`,
  ];
  if (d.kind === 'agency' && d.provinces) {
    const none = d.provinces.filter((p) => p.accepted && (p.totals?.tambonsSelected ?? 0) === 0);
    const waiting = d.provinces.filter((p) => !p.accepted);
    lines.unshift(`รวมจากผลการคัดเลือกของจังหวัดที่ตรวจรับแล้ว ${d.provinces.length - waiting.length} จาก ${d.provinces.length} จังหวัด`);
    // The guideline asks for at least one group per province (อย่างน้อยจังหวัดละ 1).
    if (none.length) lines.push(`จังหวัดที่ยังไม่มีตำบลที่คัดเลือกเกษตรกร (เกณฑ์อย่างน้อยจังหวัดละ 1 กลุ่ม): ${none.map((p) => p.nameTh).join(', ')}`);
  }
  return lines;
}

export function versionText(d: SelectionResultData): string {
  if (d.versionNumber === null) return 'ยังไม่ได้ส่ง';
  return [`ฉบับที่ ${d.versionNumber}`, d.submittedBy ? `โดย ${d.submittedBy}` : null].filter(Boolean).join(' ');
}
