/** The program's fixed vocabulary: the seven steps (their dates are data, in the database). */
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

/** Report directions (their due days are data). */
export const REPORT_LEVELS = ['district', 'province', 'agency'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** The sectors a province brings together in step 7 (ภาครัฐ เอกชน สถาบันการศึกษา) and civil society. */
export const PARTNER_SECTORS = ['public', 'private', 'academic', 'civil_society'] as const;
export type PartnerSector = (typeof PARTNER_SECTORS)[number];
export const PARTNER_SECTOR_LABELS: Record<PartnerSector, { th: string; en: string }> = {
  public: { th: 'ภาครัฐ', en: 'Public sector' },
  private: { th: 'ภาคเอกชน', en: 'Private sector' },
  academic: { th: 'สถาบันการศึกษา', en: 'Academic' },
  civil_society: { th: 'ภาคประชาสังคม', en: 'Civil society' },
};

/** What a reminder is about (the job in apps/api/src/jobs; a user sees which of them reach them). */
export const REMINDER_KINDS = ['report.reminder', 'report.late', 'step.reminder', 'step.late', 'step.weekly'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_KIND_LABELS: Record<ReminderKind, { th: string; en: string }> = {
  'report.reminder': { th: 'เตือนกำหนดส่งรายงานประจำเดือน', en: 'Monthly report due' },
  'report.late': { th: 'หน่วยงานที่ยังไม่ส่งรายงานประจำเดือน', en: 'Units late with their monthly report' },
  'step.reminder': { th: 'เตือนกำหนดขั้นตอนของกลุ่ม (ก่อนครบกำหนด 14 และ 3 วัน)', en: 'Step due soon (14 and 3 days before)' },
  'step.late': { th: 'กลุ่มที่เลยกำหนดขั้นตอน (วันถัดจากวันครบกำหนด)', en: 'Groups late with a step (the day after it was due)' },
  'step.weekly': { th: 'สรุปรายสัปดาห์: กลุ่มที่เลยกำหนดรายจังหวัด', en: 'Weekly: late groups by province' },
};
