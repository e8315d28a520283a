/**
 * The error code catalogue. The API answers `{ code, message, details?, requestId }`;
 * the web app shows `ERROR_MESSAGES[code][lang]` and falls back to the server's message.
 * `status` is the HTTP status the code answers with. docs/ERRORS.md is generated from this
 * table (`npm run docs:generate`).
 */
export const ERROR_MESSAGES = {
  'validation.failed': { status: 400, th: 'ข้อมูลไม่ถูกต้อง โปรดตรวจสอบช่องที่ระบุ', en: 'Some fields are not valid' },
  'http.not_found': { status: 404, th: 'ไม่พบหน้าหรือข้อมูลที่ต้องการ', en: 'Not found' },
  'http.payload_too_large': { status: 413, th: 'ข้อมูลที่ส่งมีขนาดใหญ่เกินไป', en: 'The request is too large' },
  'auth.invalid_credentials': { status: 401, th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  'auth.required': { status: 401, th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' },
  'auth.csrf': { status: 403, th: 'การยืนยันคำขอไม่ถูกต้อง โปรดโหลดหน้าใหม่', en: 'Missing or wrong CSRF token; reload the page' },
  'auth.locked': { status: 429, th: 'ใส่รหัสผ่านผิดหลายครั้งจากเครื่องนี้ โปรดรอสักครู่แล้วลองใหม่', en: 'Too many wrong passwords from this address; wait a while and try again' },
  'auth.rate_limited': { status: 429, th: 'มีคำขอมากเกินไป โปรดลองใหม่ภายหลัง', en: 'Too many requests; try again later' },
  'auth.wrong_current_password': { status: 400, th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', en: 'The current password is wrong' },
  'auth.account_disabled': { status: 403, th: 'บัญชีนี้ถูกระงับการใช้งาน', en: 'This account is disabled' },
  'authz.forbidden': { status: 403, th: 'คุณไม่มีสิทธิ์ทำรายการนี้', en: 'You do not have permission to do this' },
  'record.stale': { status: 409, th: 'ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว โปรดโหลดใหม่แล้วแก้ไขอีกครั้ง', en: 'Someone else changed this record; reload and edit again' },
  'unit.not_found': { status: 404, th: 'ไม่พบหน่วยงานหรือพื้นที่นี้', en: 'Unknown org unit' },
  'user.not_found': { status: 404, th: 'ไม่พบผู้ใช้', en: 'User not found' },
  'user.not_manageable': { status: 403, th: 'คุณไม่มีสิทธิ์จัดการบัญชีนี้ เพราะบัญชีนี้มีบทบาทที่อยู่เหนืออำนาจของคุณ', en: 'You may not manage this account: it holds a role above your authority' },
  'user.username_taken': { status: 409, th: 'ชื่อผู้ใช้นี้มีอยู่แล้ว', en: 'This username is already taken' },
  'role.unit_mismatch': { status: 400, th: 'บทบาทนี้ต้องกำหนดให้กับหน่วยระดับที่ถูกต้อง', en: 'This role must be granted on a unit of the right level' },
  'role.not_grantable': { status: 403, th: 'คุณไม่สามารถมอบบทบาทนี้ได้', en: 'You may not grant this role' },
  'role.not_found': { status: 404, th: 'ไม่พบบทบาทนี้ของผู้ใช้', en: 'The user does not hold this role' },
  'role.already_granted': { status: 409, th: 'ผู้ใช้มีบทบาทนี้อยู่แล้ว', en: 'The user already holds this role' },
  'geo.duplicate_code': { status: 409, th: 'รหัสนี้มีอยู่แล้ว', en: 'This code already exists' },
  'program.cohort_not_found': { status: 404, th: 'ไม่พบปีรุ่นนี้', en: 'Unknown cohort year' },
  'program.step_not_found': { status: 404, th: 'ไม่พบขั้นตอนนี้', en: 'Unknown step' },
  'program.bad_dates': { status: 400, th: 'วันเริ่มต้องไม่หลังวันครบกำหนด', en: 'The start date must not be after the due date' },
  'program.cohort_exists': { status: 409, th: 'มีปีรุ่นนี้อยู่แล้ว', en: 'This cohort year already exists' },
  'program.unknown_tambon': { status: 400, th: 'ไม่พบรหัสตำบลนี้ในทะเบียนพื้นที่', en: 'Not a tambon code of the geography' },
  'program.move_not_next': { status: 400, th: 'ย้ายกลุ่มได้เฉพาะไปยังปีรุ่นถัดไป', en: 'A group can only move to the next cohort' },
  'program.move_not_late': { status: 409, th: 'กลุ่มนี้จัดตั้งก่อนวันครบกำหนดของปีรุ่น จึงคงอยู่ในปีรุ่นเดิม', en: "The group was formed before its cohort's deadline; it stays in its cohort" },
  'program.move_conflict': { status: 409, th: 'ย้ายกลุ่มไม่ได้: ตำบลนี้มีกลุ่มของปีรุ่นถัดไปแล้ว หรือเกษตรกรมีข้อมูลของปีรุ่นถัดไปอยู่แล้ว', en: 'Cannot move: the tambon already has a group in the next cohort, or a farmer already has records of it' },
  'farmer.not_found': { status: 404, th: 'ไม่พบเกษตรกรรายนี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Farmer not found or outside your area' },
  'farmer.duplicate_national_id': { status: 409, th: 'เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้ว', en: 'This national id is already registered' },
  'farmer.id_conflict': { status: 409, th: 'รหัสรายการนี้ถูกใช้กับข้อมูลอื่นแล้ว', en: 'This record id is already used by other data' },
  'farmer.unknown_tambon': { status: 400, th: 'ไม่พบรหัสตำบลนี้', en: 'Unknown tambon code' },
  'import.not_a_spreadsheet': { status: 400, th: 'ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) หรือ CSV', en: 'The file is not an .xlsx or .csv spreadsheet' },
  'import.empty_file': { status: 400, th: 'ไฟล์ไม่มีข้อมูล', en: 'The file has no rows' },
  'import.too_many_rows': { status: 400, th: 'ไฟล์มีข้อมูลเกิน 100,000 แถว โปรดแบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์', en: 'The file has more than 100,000 rows; split it and import the parts one by one' },
  'import.in_progress': { status: 429, th: 'คุณมีการนำเข้าที่กำลังทำงานอยู่ โปรดรอให้เสร็จก่อนแล้วลองใหม่', en: 'You already have an import running; wait for it to finish and try again' },
  'import.busy': { status: 429, th: 'ขณะนี้มีการนำเข้าข้อมูลพร้อมกันหลายรายการ โปรดลองใหม่ในอีกสักครู่', en: 'Too many imports are running at once; try again in a moment' },
  'import.missing_file': { status: 400, th: 'กรุณาเลือกไฟล์ที่จะนำเข้า', en: 'Choose a file to import' },
  'import.undo_not_possible': { status: 409, th: 'ยกเลิกการนำเข้านี้ไม่ได้ (ยังไม่เสร็จ เป็นการตรวจสอบ หรือยกเลิกไปแล้ว)', en: 'This import cannot be undone (not finished, a check only, or already undone)' },
  'import.undo_expired': { status: 409, th: 'ยกเลิกการนำเข้าได้ภายใน 7 วันเท่านั้น', en: 'An import can be undone within 7 days only' },
  'plan.topic_in_use': { status: 409, th: 'ลบหัวข้อการพัฒนาที่มีการบันทึกการเรียนรู้ตามหัวข้อนั้นแล้วไม่ได้ เก็บหัวข้อไว้ หรือแก้ไขบันทึกการเรียนรู้ให้ไม่อ้างถึงหัวข้อนั้นก่อน', en: 'A development topic that learning sessions follow cannot be removed; keep it, or change those sessions first' },
  'selection.duplicate': { status: 409, th: 'เกษตรกรรายนี้เป็นผู้สมัครของปีรุ่นนี้อยู่แล้ว', en: 'This farmer is already a candidate for this cohort' },
  'selection.id_conflict': { status: 409, th: 'รหัสรายการนี้ถูกใช้กับผู้สมัครรายอื่นแล้ว', en: 'This record id belongs to another candidate' },
  'selection.decided': { status: 409, th: 'จังหวัดพิจารณาแล้ว แก้ไขการเสนอไม่ได้', en: 'The province has decided; the proposal can no longer change' },
  'selection.pond_not_dug': { status: 409, th: 'คัดเลือกไม่ได้: ยังไม่ผ่านเกณฑ์ข้อ 1 (ได้รับการขุดสระจากกรมพัฒนาที่ดิน)', en: 'Cannot select: criterion 1 (pond dug by the Land Development Department) is not met' },
  'selection.not_proposed': { status: 409, th: 'คัดเลือกไม่ได้: อำเภอไม่ได้เสนอรายชื่อนี้', en: 'Cannot select: the district did not propose this candidate' },
  'selection.result_not_found': { status: 404, th: 'ไม่พบผลการคัดเลือกนี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Selection result not found or outside your area' },
  'selection.result_not_own': { status: 403, th: 'ส่งผลการคัดเลือกได้เฉพาะผู้ใช้ของหน่วยที่เป็นเจ้าของ', en: "Only the unit's own users send its selection result" },
  'selection.result_bad_state': { status: 409, th: 'ผลการคัดเลือกอยู่ในสถานะที่ทำรายการนี้ไม่ได้', en: 'The selection result is not in a state that allows this' },
  'selection.in_group': { status: 409, th: 'เกษตรกรรายนี้เป็นสมาชิกกลุ่มแล้ว ต้องนำออกจากกลุ่มก่อน', en: 'The farmer is a group member; remove them from the group first' },
  'group.not_found': { status: 404, th: 'ไม่พบกลุ่มนี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Group not found or outside your area' },
  'group.id_conflict': { status: 409, th: 'รหัสรายการนี้ถูกใช้กับกลุ่มอื่นแล้ว', en: 'This record id belongs to another group' },
  'group.unknown_tambon': { status: 400, th: 'ไม่พบรหัสตำบลนี้', en: 'Unknown tambon code' },
  'group.duplicate_tambon_cohort': { status: 409, th: 'ตำบลนี้มีกลุ่มต้นแบบของปีรุ่นนี้แล้ว (ตำบลละ 1 กลุ่ม)', en: 'This tambon already has a model group for this cohort (one per tambon)' },
  'group.member_not_selected': { status: 400, th: 'รับเป็นสมาชิกไม่ได้: ไม่ใช่เกษตรกรที่จังหวัดคัดเลือกของตำบลและปีรุ่นนี้', en: "Not a farmer the province selected for this group's tambon and cohort" },
  'group.member_elsewhere': { status: 409, th: 'เกษตรกรรายนี้เป็นสมาชิกกลุ่มต้นแบบอื่นอยู่แล้ว', en: 'The farmer is already a member of another model group' },
  'group.committee_not_member': { status: 400, th: 'กรรมการต้องเป็นสมาชิกของกลุ่ม', en: 'Committee seats must be held by members' },
  'record.not_found': { status: 404, th: 'ไม่พบรายการนี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Record not found or outside your area' },
  'record.id_conflict': { status: 409, th: 'รหัสรายการนี้ถูกใช้กับข้อมูลอื่นแล้ว', en: 'This record id belongs to another record' },
  'record.future_date': { status: 400, th: 'วันที่ต้องไม่เป็นวันในอนาคต', en: 'The date must not be in the future' },
  'record.before_group': { status: 400, th: 'วันที่ต้องไม่ก่อนวันที่ตั้งกลุ่ม', en: 'The date must not be before the group existed' },
  'record.not_member': { status: 400, th: 'ต้องเป็นสมาชิกของกลุ่ม', en: 'Must be a member of the group' },
  'product.unit_mismatch': { status: 400, th: 'หน่วยนับไม่ตรงกับสินค้า', en: 'This unit does not match the product' },
  'photo.not_image': { status: 400, th: 'ไฟล์ต้องเป็นรูปภาพ JPEG, PNG หรือ WebP', en: 'The file must be a JPEG, PNG or WebP image' },
  'photo.too_many': { status: 409, th: 'แนบรูปได้ไม่เกิน 5 รูปต่อครั้ง', en: 'At most 5 photos per session' },
  'enterprise.bad_code': { status: 400, th: 'รหัสทะเบียนวิสาหกิจชุมชนต้องมี 12 หลัก', en: 'The community enterprise code must have 12 digits' },
  'enterprise.duplicate_code': { status: 409, th: 'รหัสทะเบียนนี้เป็นของกลุ่มอื่นแล้ว', en: 'This registration code belongs to another group' },
  'visit.follow_up_before_visit': { status: 400, th: 'วันนัดติดตามต้องไม่ก่อนวันที่ไปเยี่ยม', en: 'The follow-up date must not be before the visit' },
  'training.not_lecturer': { status: 400, th: 'ต้องเป็นวิทยากรของแหล่งเรียนรู้ของกลุ่ม', en: "Must be a lecturer of the group's learning centre" },
  'partner.bad_dates': { status: 400, th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', en: 'The end date must not be before the start date' },
  'partner.group_outside': { status: 400, th: 'กลุ่มที่ระบุต้องอยู่ในจังหวัดของภาคีเครือข่าย', en: "The groups must be in the partner's province" },
  'progress.bad_override': { status: 400, th: 'การยืนยันขั้นตอนไม่ถูกต้อง', en: 'Invalid step override' },
  'report.not_found': { status: 404, th: 'ไม่พบรายงานนี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Report not found or outside your area' },
  'report.bad_period': { status: 400, th: 'เดือนที่รายงานไม่ถูกต้อง', en: 'Not a reportable month' },
  'report.not_reporting_unit': { status: 400, th: 'หน่วยนี้ไม่ได้จัดทำรายงานประจำเดือน', en: 'This unit does not make monthly reports' },
  'report.not_own': { status: 403, th: 'ส่งได้เฉพาะผู้ใช้ของหน่วยที่เป็นเจ้าของรายงาน', en: "Only the unit's own users send its report" },
  'report.bad_state': { status: 409, th: 'รายงานอยู่ในสถานะที่ทำรายการนี้ไม่ได้', en: 'The report is not in a state that allows this' },
  'listing.not_found': { status: 404, th: 'ไม่พบสินค้านี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Product listing not found or outside your area' },
  'listing.personal_data': { status: 400, th: 'ข้อความมีข้อมูลส่วนบุคคลของสมาชิก (ชื่อ เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์) ซึ่งเผยแพร่สู่สาธารณะไม่ได้', en: "The text contains a member's personal data (name, national id or phone number), which must not be published" },
  'listing.too_many_photos': { status: 409, th: 'แนบรูปสินค้าได้ไม่เกิน 5 รูป', en: 'At most 5 photos per product' },
  'listing.unavailable': { status: 404, th: 'สินค้านี้ไม่ได้เปิดรับคำสั่งซื้อแล้ว', en: 'This product is not offered any more' },
  'enquiry.not_found': { status: 404, th: 'ไม่พบคำสั่งซื้อนี้ หรืออยู่นอกขอบเขตของคุณ', en: 'Enquiry not found or outside your area' },
  'enquiry.bad_state': { status: 409, th: 'คำสั่งซื้ออยู่ในสถานะที่ทำรายการนี้ไม่ได้', en: 'The enquiry is not in a state that allows this' },
  'enquiry.rate_limited': { status: 429, th: 'ส่งคำสั่งซื้อหรือการแจ้งปัญหาบ่อยเกินไป โปรดลองใหม่ภายหลัง', en: 'Too many enquiries or reports; try again later' },
  'db.unavailable': { status: 503, th: 'ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว โปรดลองใหม่ในอีกสักครู่', en: 'The database is unavailable for a moment; try again shortly' },
  'internal': { status: 500, th: 'ระบบขัดข้อง โปรดลองใหม่ หากยังไม่ได้ โปรดแจ้งรหัสอ้างอิง', en: 'Something went wrong; quote the reference id if it persists' },
} as const satisfies Record<string, { status: number; th: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The body of every error answer. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
  requestId: string;
}

/** One bad field in a validation error: `path` is dotted (`roles.0.unitCode`). */
export interface FieldIssue {
  path: string;
  message: string;
}
