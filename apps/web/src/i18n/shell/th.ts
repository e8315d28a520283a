/**
 * Texts of the signed-in shell added after the sign-in page's budget was set: the menu entries
 * of steps 1–7, the farmer page's link to form กท.02, the community-enterprise badge that every
 * group list shows and the home page's link to the progress; the menu entries of monthly reporting
 * and the dashboard, the notification bell and the home page's notice of a returned report. Loaded
 * with the shell (app/nav.ts), not by /login. en.ts has the same keys.
 */
export const shellTh = {
  'demo.banner': 'ข้อมูลสาธิต: กลุ่ม เกษตรกร รายงาน และตัวเลขทั้งหมดเป็นข้อมูลตัวอย่างที่ระบบสร้างขึ้น ไม่ใช่ข้อมูลจริง',
  'nav.selection': 'คัดเลือกเกษตรกร (กท.01)',
  'nav.selectionSummary': 'สรุปผลการคัดเลือก',
  'nav.groups': 'กลุ่มต้นแบบ',
  'farmers.plan': 'แผนการผลิต (กท.02)',
  'farmers.openGroup': 'เปิดหน้ากลุ่ม',
  'nav.progress': 'ความก้าวหน้า 7 ขั้นตอน',
  'nav.markets': 'การตลาด',
  'nav.events': 'กิจกรรมส่งเสริมการตลาด',
  'enterprise.badge': 'วิสาหกิจชุมชน {code}',
  'area.progress': 'ดูความก้าวหน้า 7 ขั้นตอนของพื้นที่นี้',
  'nav.reports': 'รายงานประจำเดือน',
  'nav.selectionResults': 'ผลการคัดเลือก',
  'nav.partners': 'ภาคีเครือข่าย',
  'nav.reminders': 'การแจ้งเตือนของฉัน',
  'nav.field': 'บันทึกภาคสนาม (ออฟไลน์)',
  'nav.outbox': 'รายการรอส่ง',
  'nav.reportStatus': 'ติดตามการรายงาน',
  'nav.listings': 'ตลาดของกลุ่ม',
  'nav.dashboard': 'แดชบอร์ด',
  'notifications.title': 'การแจ้งเตือน',
  'notifications.open': 'การแจ้งเตือน',
  'notifications.openUnread': 'การแจ้งเตือน ยังไม่อ่าน {n} รายการ',
  'notifications.empty': 'ยังไม่มีการแจ้งเตือน',
  'notifications.new': 'ใหม่',
  'home.returnedTitle': 'รายงานเดือน{month} ถูกส่งกลับให้แก้ไข',
  'home.returnedBy': 'ส่งกลับโดย {who} เมื่อ {when}',
  'home.returnedFix': 'แก้ไขและส่งรายงานอีกครั้ง',
} as const;

export type ShellKey = keyof typeof shellTh;
