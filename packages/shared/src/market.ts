/**
 * The public directory of the groups' products and purchase enquiries (issue #14): the
 * controlled vocabularies the API, the public pages and the web app share.
 */

/** Certifications a product may carry; each comes with its number and expiry. */
export const CERTIFICATION_KINDS = ['gap', 'organic', 'otop_standard', 'pgs', 'other'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
export const CERTIFICATION_LABELS: Record<CertificationKind, { th: string; en: string }> = {
  gap: { th: 'GAP (การปฏิบัติทางการเกษตรที่ดี)', en: 'GAP (Good Agricultural Practice)' },
  organic: { th: 'เกษตรอินทรีย์ (Organic Thailand)', en: 'Organic (Organic Thailand)' },
  otop_standard: { th: 'มผช. (มาตรฐานผลิตภัณฑ์ชุมชน)', en: 'Community product standard (มผช.)' },
  pgs: { th: 'PGS (ระบบชุมชนรับรอง)', en: 'PGS (participatory guarantee)' },
  other: { th: 'มาตรฐานอื่น', en: 'Other standard' },
};

/** How a buyer gets the goods. */
export const FULFILMENTS = ['delivery', 'pickup', 'both'] as const;
export type Fulfilment = (typeof FULFILMENTS)[number];
export const FULFILMENT_LABELS: Record<Fulfilment, { th: string; en: string }> = {
  delivery: { th: 'จัดส่ง', en: 'Delivery' },
  pickup: { th: 'รับเองที่กลุ่ม', en: 'Pick-up at the group' },
  both: { th: 'จัดส่งหรือรับเอง', en: 'Delivery or pick-up' },
};

/** Who sends an enquiry; kept on the sale it becomes. */
export const BUYER_TYPES = ['person', 'restaurant', 'hospital_kitchen', 'school', 'shop', 'government', 'company', 'other'] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];
export const BUYER_TYPE_LABELS: Record<BuyerType, { th: string; en: string }> = {
  person: { th: 'บุคคลทั่วไป', en: 'Individual' },
  restaurant: { th: 'ร้านอาหาร', en: 'Restaurant' },
  hospital_kitchen: { th: 'โรงครัวโรงพยาบาล', en: 'Hospital kitchen' },
  school: { th: 'โรงเรียน', en: 'School' },
  shop: { th: 'ร้านค้า', en: 'Shop' },
  government: { th: 'หน่วยงานราชการ', en: 'Government office' },
  company: { th: 'บริษัท / โรงงาน', en: 'Company / factory' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/**
 * An enquiry's life: `held` (links or spam words: an officer releases or rejects it) → `new` →
 * the group answers `accepted` | `countered` | `declined`; the buyer may accept a counter-offer
 * or cancel; an accepted enquiry is `delivered` (it becomes a sale). `expired` closes one left
 * without activity (the daily job).
 */
export const ENQUIRY_STATUSES = ['held', 'new', 'countered', 'accepted', 'delivered', 'declined', 'cancelled', 'rejected', 'expired'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
export const CLOSED_ENQUIRY_STATUSES: readonly EnquiryStatus[] = ['delivered', 'declined', 'cancelled', 'rejected', 'expired'];
export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, { th: string; en: string }> = {
  held: { th: 'รอตรวจสอบ', en: 'Held for review' },
  new: { th: 'รอคำตอบ', en: 'Awaiting an answer' },
  countered: { th: 'กลุ่มเสนอเงื่อนไขใหม่', en: 'Counter-offer' },
  accepted: { th: 'กลุ่มรับคำสั่งซื้อ', en: 'Accepted' },
  delivered: { th: 'ส่งมอบแล้ว', en: 'Delivered' },
  declined: { th: 'กลุ่มปฏิเสธ', en: 'Declined' },
  cancelled: { th: 'ผู้ซื้อยกเลิก', en: 'Cancelled by the buyer' },
  rejected: { th: 'ไม่ผ่านการตรวจสอบ', en: 'Rejected as spam' },
  expired: { th: 'หมดอายุ (ไม่มีความเคลื่อนไหว)', en: 'Expired (no activity)' },
};

export const ENQUIRY_DECISIONS = ['accept', 'counter', 'decline'] as const;
export type EnquiryDecision = (typeof ENQUIRY_DECISIONS)[number];
export const ENQUIRY_DECISION_LABELS: Record<EnquiryDecision, { th: string; en: string }> = {
  accept: { th: 'รับคำสั่งซื้อ', en: 'Accept' },
  counter: { th: 'เสนอเงื่อนไขใหม่', en: 'Counter-offer' },
  decline: { th: 'ปฏิเสธ', en: 'Decline' },
};

/** Product categories of the product list (and `other` for free-text products); labels: PRODUCT_CATEGORY_LABELS (reports.ts). */
export const PRODUCT_CATEGORIES = ['crops', 'livestock', 'fishery', 'processing', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** An enquiry nobody has answered for this many days is shown to the district as late. */
export const ENQUIRY_ANSWER_DAYS = 2;
