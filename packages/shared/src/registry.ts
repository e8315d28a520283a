/** Controlled vocabularies of the farmer registry, model groups and plans (issue #3). */
import { normalizeDigits } from './thai-text';

export const SEXES = ['male', 'female', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];

export const TITLES = ['นาย', 'นาง', 'นางสาว', 'อื่น ๆ'] as const;

/** Land title documents (เอกสารสิทธิ์) a plot may hold. */
export const TITLE_DEED_TYPES = ['chanote', 'ns3', 'ns3k', 'spk401', 'pbt5', 'sk1', 'none', 'other'] as const;
export type TitleDeedType = (typeof TITLE_DEED_TYPES)[number];
export const TITLE_DEED_LABELS: Record<TitleDeedType, { th: string; en: string }> = {
  chanote: { th: 'โฉนดที่ดิน (น.ส.4)', en: 'Title deed (Chanote)' },
  ns3: { th: 'น.ส.3', en: 'NS-3' },
  ns3k: { th: 'น.ส.3 ก', en: 'NS-3K' },
  spk401: { th: 'ส.ป.ก. 4-01', en: 'ALRO 4-01' },
  pbt5: { th: 'ภ.บ.ท.5', en: 'PBT-5' },
  sk1: { th: 'ส.ค.1', en: 'SK-1' },
  none: { th: 'ไม่มีเอกสารสิทธิ์', en: 'No title document' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** Main activities of a farm: a controlled kind with free text. */
export const ACTIVITY_KINDS = ['crops', 'livestock', 'fishery', 'processing', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_LABELS: Record<ActivityKind, { th: string; en: string }> = {
  crops: { th: 'ปลูกพืช', en: 'Crops' },
  livestock: { th: 'เลี้ยงสัตว์', en: 'Livestock' },
  fishery: { th: 'ประมง', en: 'Fishery' },
  processing: { th: 'แปรรูป', en: 'Processing' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** The four criteria of step 1 (แบบ กท.01). A candidate failing the first cannot be selected. */
export const SELECTION_CRITERIA = ['pondDug', 'sameProducts', 'sharedIdeas', 'readyAndAble'] as const;
export type SelectionCriterion = (typeof SELECTION_CRITERIA)[number];
export const SELECTION_CRITERIA_LABELS: Record<SelectionCriterion, { th: string; en: string }> = {
  pondDug: { th: 'ได้รับการขุดสระจากกรมพัฒนาที่ดินเรียบร้อยแล้ว', en: 'Pond already dug by the Land Development Department' },
  sameProducts: { th: 'มีกิจกรรมการผลิตสินค้าหรือผลผลิตทางการเกษตรในลักษณะเดียวกัน', en: 'Produces the same kind of products' },
  sharedIdeas: { th: 'มีแนวคิดที่สอดคล้องเพื่อเชื่อมโยงในการเรียนรู้และพัฒนาร่วมกัน', en: 'Shares the ideas for learning and developing together' },
  readyAndAble: { th: 'มีความพร้อมและศักยภาพในการพัฒนาไปสู่กลุ่มเกษตรทฤษฎีใหม่ตำบลต้นแบบ', en: 'Ready and able to become a model group' },
};

export const PROPOSALS = ['proposed', 'not_proposed'] as const;
export type Proposal = (typeof PROPOSALS)[number];
export const DECISIONS = ['selected', 'not_selected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Committee roles of a model group; `other` carries its own title. */
export const COMMITTEE_ROLES = ['president', 'vicePresident', 'secretary', 'treasurer', 'publicRelations', 'other'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];
export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, { th: string; en: string }> = {
  president: { th: 'ประธาน', en: 'President' },
  vicePresident: { th: 'รองประธาน', en: 'Vice president' },
  secretary: { th: 'เลขานุการ', en: 'Secretary' },
  treasurer: { th: 'เหรัญญิก', en: 'Treasurer' },
  publicRelations: { th: 'ประชาสัมพันธ์', en: 'Public relations' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** The skills of the potential assessment in form กท.02, each scored 1–5. */
export const ASSESSMENT_SKILLS = ['production', 'processing', 'marketing', 'bookkeeping', 'groupWork'] as const;
export type AssessmentSkill = (typeof ASSESSMENT_SKILLS)[number];
export const ASSESSMENT_SKILL_LABELS: Record<AssessmentSkill, { th: string; en: string }> = {
  production: { th: 'การผลิต', en: 'Production' },
  processing: { th: 'การแปรรูป', en: 'Processing' },
  marketing: { th: 'การตลาด', en: 'Marketing' },
  bookkeeping: { th: 'การจัดทำบัญชี', en: 'Bookkeeping' },
  groupWork: { th: 'การทำงานกลุ่ม', en: 'Group work' },
};

/** Sales channels of step 6 (../shared/SPEC.md), used by plan กท.03 and later by sales records. */
export const CHANNELS = [
  'exchange_in_group', 'exchange_outside', 'community_buyer', 'farmers_market', 'local_market',
  'green_market', 'other_market', 'event', 'online', 'direct',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, { th: string; en: string }> = {
  exchange_in_group: { th: 'แลกเปลี่ยนภายในกลุ่ม', en: 'Exchange inside the group' },
  exchange_outside: { th: 'แลกเปลี่ยนภายนอกกลุ่ม', en: 'Exchange outside the group' },
  community_buyer: { th: 'แหล่งรับซื้อในชุมชน (ร้านค้าชุมชน ตลาดชุมชน สหกรณ์ สถานที่ราชการ)', en: 'Community buyer (shop, market, cooperative, office)' },
  farmers_market: { th: 'ตลาดเกษตรกร', en: "Farmers' market" },
  local_market: { th: 'ตลาดท้องถิ่น', en: 'Local market' },
  green_market: { th: 'ตลาดสีเขียว', en: 'Green market' },
  other_market: { th: 'ตลาดอื่น ๆ', en: 'Other market' },
  event: { th: 'กิจกรรมส่งเสริมการตลาด', en: 'Marketing event' },
  online: { th: 'แพลตฟอร์มออนไลน์ / สื่อสังคมออนไลน์', en: 'Online platform / social media' },
  direct: { th: 'ขายตรงถึงผู้บริโภค', en: 'Direct to consumer' },
};

/** Units for planned and recorded quantities. */
export const QUANTITY_UNITS = ['kg', 'tonne', 'piece', 'litre', 'head', 'bunch', 'fruit', 'tray', 'bag', 'other'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];
export const QUANTITY_UNIT_LABELS: Record<QuantityUnit, { th: string; en: string }> = {
  kg: { th: 'กิโลกรัม', en: 'kg' },
  tonne: { th: 'ตัน', en: 'tonne' },
  piece: { th: 'ชิ้น', en: 'piece' },
  litre: { th: 'ลิตร', en: 'litre' },
  head: { th: 'ตัว', en: 'head' },
  bunch: { th: 'กำ', en: 'bunch' },
  fruit: { th: 'ผล', en: 'fruit' },
  tray: { th: 'แผง', en: 'tray' },
  bag: { th: 'ถุง', en: 'bag' },
  other: { th: 'อื่น ๆ', en: 'other' },
};

/** Outlet types of the market survey (step 5); the province picks which apply. */
export const OUTLET_TYPES = ['household', 'shop', 'community_market', 'cooperative', 'government_office', 'restaurant', 'key_customer', 'other'] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];
export const OUTLET_TYPE_LABELS: Record<OutletType, { th: string; en: string }> = {
  household: { th: 'ผู้บริโภค/ครัวเรือน', en: 'Consumers / households' },
  shop: { th: 'ร้านค้า', en: 'Shop' },
  community_market: { th: 'ตลาดชุมชน', en: 'Community market' },
  cooperative: { th: 'สหกรณ์', en: 'Cooperative' },
  government_office: { th: 'สถานที่ราชการในชุมชน', en: 'Government office in the community' },
  restaurant: { th: 'ร้านอาหาร', en: 'Restaurant' },
  key_customer: { th: 'ลูกค้าสำคัญ', en: 'Key customer' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** Online channel kinds compiled in step 5 and used by enterprises in step 7. */
export const ONLINE_KINDS = ['website', 'facebook', 'line_oa', 'marketplace', 'other'] as const;
export type OnlineKind = (typeof ONLINE_KINDS)[number];
export const ONLINE_KIND_LABELS: Record<OnlineKind, { th: string; en: string }> = {
  website: { th: 'เว็บไซต์', en: 'Website' },
  facebook: { th: 'Facebook', en: 'Facebook' },
  line_oa: { th: 'LINE Official Account', en: 'LINE Official Account' },
  marketplace: { th: 'แพลตฟอร์มตลาดออนไลน์', en: 'Online marketplace' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** How produce was used (step 4). */
export const PRODUCE_USES = ['household', 'exchange', 'sale', 'processing', 'loss'] as const;
export type ProduceUse = (typeof PRODUCE_USES)[number];
export const PRODUCE_USE_LABELS: Record<ProduceUse, { th: string; en: string }> = {
  household: { th: 'บริโภคในครัวเรือน', en: 'Household consumption' },
  exchange: { th: 'แลกเปลี่ยน', en: 'Exchange' },
  sale: { th: 'จำหน่าย', en: 'Sale' },
  processing: { th: 'แปรรูป', en: 'Processing' },
  loss: { th: 'สูญเสีย', en: 'Loss' },
};

/** Status of a step for a group (issue #4). */
export const STEP_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const STEP_STATUS_LABELS: Record<StepStatus, { th: string; en: string }> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  done: { th: 'เสร็จแล้ว', en: 'Done' },
};

/** Channels that are exchanges rather than sales. */
export const EXCHANGE_CHANNELS: readonly Channel[] = ['exchange_in_group', 'exchange_outside'];

/** A community-enterprise registration code: 12 digits, written with or without dashes and a slash. */
export function normalizeEnterpriseCode(value: string): string | null {
  const digits = normalizeDigits(value).replace(/[\s\-/.]/g, '');
  return /^\d{12}$/.test(digits) ? digits : null;
}

/** "4-40-01-01/1-0023": the way the registration certificate prints the 12 digits (X-XX-XX-XX/X-XXXX). */
export function formatEnterpriseCode(code: string): string {
  return code.length === 12 ? `${code[0]}-${code.slice(1, 3)}-${code.slice(3, 5)}-${code.slice(5, 7)}/${code[7]}-${code.slice(8)}` : code;
}
