/**
 * Texts of the signed-in shell added after the sign-in page's budget was set: the menu entries
 * of steps 1–2 and the farmer page's link to form กท.02. Loaded with the shell (app/nav.ts), not
 * by /login. en.ts has the same keys.
 */
export const shellTh = {
  'nav.selection': 'คัดเลือกเกษตรกร (กท.01)',
  'nav.selectionSummary': 'สรุปผลการคัดเลือก',
  'nav.groups': 'กลุ่มต้นแบบ',
  'farmers.plan': 'แผนการผลิต (กท.02)',
  'farmers.openGroup': 'เปิดหน้ากลุ่ม',
} as const;

export type ShellKey = keyof typeof shellTh;
