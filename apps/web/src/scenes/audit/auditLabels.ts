/**
 * The audit log in words (issue 15): each kind of action and each verb in Thai and English.
 * A verb not listed here reads as its kind's name and the action's own word.
 */
type L = [th: string, en: string];

export const AUDIT_KINDS: Record<string, L> = {
  auth: ['การเข้าสู่ระบบ', 'Sign-in'],
  user: ['บัญชีผู้ใช้', 'User accounts'],
  role: ['สิทธิ์และบทบาท', 'Roles'],
  farmer: ['เกษตรกร', 'Farmers'],
  selection: ['การคัดเลือก (กท.01)', 'Selection (KT.01)'],
  selection_result: ['ผลการคัดเลือกที่ส่งต่อ', 'Selection results'],
  group: ['กลุ่มต้นแบบ', 'Model groups'],
  step: ['ขั้นตอนของกลุ่ม', 'Group steps'],
  report: ['รายงานประจำเดือน', 'Monthly reports'],
  geo: ['พื้นที่ (ตำบล อำเภอ จังหวัด)', 'Geography'],
  cohort: ['รุ่นและเป้าหมาย', 'Cohorts and targets'],
  schedule: ['ปฏิทินขั้นตอน', 'Step calendar'],
  deadline: ['กำหนดส่งรายงาน', 'Report deadlines'],
  target: ['เป้าหมายโครงการ', 'Program targets'],
  agency: ['หน่วยงานเจ้าภาพ', 'Host agencies'],
  visit: ['การเยี่ยมให้คำแนะนำ', 'Advisory visits'],
  learning_session: ['การเรียนรู้ของกลุ่ม', 'Learning sessions'],
  listing: ['สินค้าในตลาดกลุ่ม', 'Market listings'],
  enquiry: ['คำสั่งซื้อ/สอบถาม', 'Enquiries'],
  notification: ['การแจ้งเตือน', 'Notifications'],
  form: ['การพิมพ์แบบฟอร์ม', 'Printed forms'],
  dashboard: ['แดชบอร์ด', 'Dashboard'],
  survey_framework: ['กรอบการสำรวจตลาด', 'Market survey framework'],
  reference: ['ข้อมูลอ้างอิง', 'Reference data'],
};

const VERBS: Record<string, L> = {
  'auth.login': ['เข้าสู่ระบบ', 'Signed in'],
  'auth.login_failed': ['เข้าสู่ระบบไม่สำเร็จ', 'Failed sign-in'],
  'auth.logout': ['ออกจากระบบ', 'Signed out'],
  'user.create': ['สร้างบัญชีผู้ใช้', 'Created a user'],
  'user.update': ['แก้ไขบัญชีผู้ใช้', 'Changed a user'],
  'user.password_changed': ['เปลี่ยนรหัสผ่าน', 'Changed the password'],
  'user.password_reset': ['ตั้งรหัสผ่านใหม่ให้ผู้ใช้', "Reset a user's password"],
  'role.grant': ['ให้บทบาท', 'Granted a role'],
  'role.revoke': ['ถอนบทบาท', 'Revoked a role'],
  'farmer.create': ['ขึ้นทะเบียนเกษตรกร', 'Registered a farmer'],
  'farmer.update': ['แก้ไขข้อมูลเกษตรกร', 'Changed a farmer'],
  'farmer.export': ['ส่งออกรายชื่อเกษตรกร', 'Exported farmers'],
  'farmer.reveal_id': ['เปิดดูเลขบัตรประชาชน', 'Revealed a national id'],
  'selection.propose': ['อำเภอเสนอรายชื่อ', 'Proposed a candidate'],
  'selection.update': ['แก้ไขการเสนอรายชื่อ', 'Changed a proposal'],
  'selection.decide': ['จังหวัดตัดสินผลการคัดเลือก', 'Decided on a candidate'],
  'group.create': ['ตั้งกลุ่ม', 'Set up a group'],
  'group.update': ['แก้ไขข้อมูลกลุ่ม', 'Changed a group'],
  'group.member_add': ['เพิ่มสมาชิกกลุ่ม', 'Added a member'],
  'group.member_remove': ['นำสมาชิกออกจากกลุ่ม', 'Removed a member'],
  'group.committee': ['กำหนดคณะกรรมการกลุ่ม', 'Set the committee'],
  'group.move_cohort': ['ย้ายรุ่นของกลุ่ม', 'Moved the group to another cohort'],
  'step.override': ['ยืนยัน/แก้สถานะขั้นตอน', 'Confirmed a step'],
  'step.override_clear': ['ยกเลิกการยืนยันขั้นตอน', 'Cleared a step confirmation'],
  'report.draft': ['เริ่มร่างรายงาน', 'Started a report'],
  'report.narrative': ['บันทึกคำบรรยายรายงาน', 'Saved the narrative'],
  'report.submit': ['ส่งรายงาน', 'Submitted a report'],
  'report.accept': ['รับรายงาน', 'Accepted a report'],
  'report.return': ['ส่งคืนรายงานให้แก้ไข', 'Returned a report'],
  'cohort.create': ['เพิ่มรุ่น', 'Added a cohort'],
  'cohort.update': ['แก้ไขรุ่น', 'Changed a cohort'],
  'cohort.targets': ['กำหนดตำบลเป้าหมาย', 'Set target tambons'],
  'schedule.update': ['แก้ไขปฏิทินขั้นตอน', 'Changed the step calendar'],
  'deadline.update': ['แก้ไขกำหนดส่งรายงาน', 'Changed a report deadline'],
  'notification.read': ['อ่านการแจ้งเตือน', 'Read a notification'],
  'form.print': ['พิมพ์แบบฟอร์ม', 'Printed a form'],
  'reference.seed': ['นำเข้าข้อมูลอ้างอิงครั้งแรก', 'Seeded the reference data'],
};

const ACTIONS: Record<string, L> = {
  create: ['เพิ่ม', 'added'], update: ['แก้ไข', 'changed'], delete: ['ลบ', 'deleted'], photo_add: ['เพิ่มรูป', 'added a photo'],
  photo_delete: ['ลบรูป', 'deleted a photo'], submit: ['ส่ง', 'submitted'], accept: ['รับ', 'accepted'], return: ['ส่งคืน', 'returned'],
};

export const TARGET_TYPES: Record<string, L> = {
  user: ['ผู้ใช้', 'User'], farmer: ['เกษตรกร', 'Farmer'], selection_candidate: ['ผู้สมัคร', 'Candidate'], group: ['กลุ่ม', 'Group'],
  report: ['รายงาน', 'Report'], geo_unit: ['พื้นที่', 'Area'], province: ['จังหวัด', 'Province'], agency: ['หน่วยงาน', 'Agency'],
  cohort: ['รุ่น', 'Cohort'], visit: ['การเยี่ยม', 'Visit'], learning_session: ['การเรียนรู้', 'Learning session'],
};

const pick = (l: L, lang: 'th' | 'en') => (lang === 'en' ? l[1] : l[0]);

/** A verb in words: its own label, or its kind's name and the action's word, or the code itself. */
export function verbLabel(verb: string, lang: 'th' | 'en'): string {
  if (VERBS[verb]) return pick(VERBS[verb], lang);
  const dot = verb.lastIndexOf('.');
  const kind = AUDIT_KINDS[verb.slice(0, dot)];
  const action = ACTIONS[verb.slice(dot + 1)];
  if (kind && action) return lang === 'en' ? `${kind[1]}: ${action[1]}` : `${action[0]}${kind[0]}`;
  return verb;
}

export const targetTypeLabel = (type: string, lang: 'th' | 'en') => (TARGET_TYPES[type] ? pick(TARGET_TYPES[type], lang) : type);
export const kindOptions = (lang: 'th' | 'en') => Object.entries(AUDIT_KINDS).map(([value, l]) => ({ value, label: pick(l, lang) }));
