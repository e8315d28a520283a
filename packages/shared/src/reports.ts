/** Monthly reports (issue #5): states and the narrative fields of แบบ กท.05 and the province report. */
export const REPORT_STATES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATE_LABELS: Record<ReportState, { th: string; en: string }> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  submitted: { th: 'ส่งแล้ว รอตรวจ', en: 'Submitted' },
  accepted: { th: 'รับรายงานแล้ว', en: 'Accepted' },
  returned: { th: 'ส่งกลับแก้ไข', en: 'Returned for correction' },
};

export const NARRATIVE_FIELDS = ['results', 'problems', 'suggestions', 'support'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
export const NARRATIVE_LABELS: Record<NarrativeField, { th: string; en: string }> = {
  results: { th: 'ผลการดำเนินงาน', en: 'Results' },
  problems: { th: 'ปัญหาและอุปสรรค', en: 'Problems and obstacles' },
  suggestions: { th: 'ข้อเสนอแนะ', en: 'Suggestions' },
  support: { th: 'การสนับสนุนที่ต้องการ', en: 'Support needed' },
};

/** Product groups of the product list, for production figures. */
export const PRODUCT_CATEGORY_LABELS: Record<string, { th: string; en: string }> = {
  crops: { th: 'พืช', en: 'Crops' },
  livestock: { th: 'ปศุสัตว์', en: 'Livestock' },
  fishery: { th: 'ประมง', en: 'Fishery' },
  processing: { th: 'แปรรูป', en: 'Processing' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};
