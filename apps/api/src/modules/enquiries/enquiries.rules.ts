import { CLOSED_ENQUIRY_STATUSES, ENQUIRY_ANSWER_DAYS, type BuyerType, type EnquiryDecision, type EnquiryStatus } from '@ntag/shared';
import { normaliseText } from '../listings/listings.rules';

/** Pure rules of purchase enquiries: what is held for review, the state machine, the sale's channel. */

/** Web links in any form a spammer writes them (the contact field may still be an e-mail address). */
const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|info|biz|xyz|top|site|online|shop|club|ly|io|me|co|th|asia|cc|ru|cn)\b(\/|$|\s))/i;
const ANY_URL = /(https?:\/\/|www\.)/i;

/**
 * Words that mark the usual spam sent to Thai contact forms (gambling, loans, SEO). Kept short
 * on purpose: a held enquiry is only delayed until the district looks at it, never lost.
 */
export const SPAM_WORDS = [
  'คาสิโน', 'บาคาร่า', 'สล็อต', 'แทงบอล', 'เว็บพนัน', 'หวยออนไลน์', 'เครดิตฟรี', 'ปล่อยเงินกู้', 'เงินด่วน', 'กู้เงินด่วน',
  'casino', 'baccarat', 'slot', 'betting', 'viagra', 'crypto', 'bitcoin', 'forex', 'backlink', 'seo service', 'loan offer',
];

/** Why an enquiry should wait for an officer before the group sees it, or null. */
export function holdReason(input: { message?: string | null; buyerName: string; buyerContact: string; deliveryPlace?: string | null }): 'link' | 'spam_words' | null {
  const prose = [input.message, input.buyerName, input.deliveryPlace].filter(Boolean).join('\n');
  if (LINK.test(prose) || ANY_URL.test(input.buyerContact)) return 'link';
  const text = normaliseText([prose, input.buyerContact].join('\n'));
  if (SPAM_WORDS.some((w) => text.includes(w))) return 'spam_words';
  return null;
}

/** A buyer's later message may not carry links at all (it is not reviewed). */
export const hasLink = (text: string): boolean => LINK.test(text);

export const isClosed = (status: string): boolean => CLOSED_ENQUIRY_STATUSES.includes(status as EnquiryStatus);

/** The group may answer while it waits, after a counter-offer, and decline an accepted one it cannot deliver. */
export function answerTransition(status: string, decision: EnquiryDecision): EnquiryStatus | null {
  if (status === 'new' || status === 'countered') return decision === 'accept' ? 'accepted' : decision === 'counter' ? 'countered' : 'declined';
  if (status === 'accepted' && decision === 'decline') return 'declined';
  return null;
}

export type BuyerAction = 'accept_counter' | 'cancel' | 'message';

/** What the buyer may do through the follow link in each state. */
export function buyerActions(status: string): BuyerAction[] {
  if (status === 'countered') return ['accept_counter', 'cancel', 'message'];
  if (status === 'new' || status === 'held' || status === 'accepted') return ['cancel', 'message'];
  return [];
}

/**
 * The channel of the sale a delivered enquiry becomes: kitchens, schools, shops and offices are
 * the program's community buyers (แหล่งรับซื้อในชุมชน); anyone else found the group online.
 */
export function saleChannel(buyerType: BuyerType): 'community_buyer' | 'online' {
  return ['restaurant', 'hospital_kitchen', 'school', 'shop', 'government'].includes(buyerType) ? 'community_buyer' : 'online';
}

const DAY_MS = 86_400_000;

/** Unanswered for more than ENQUIRY_ANSWER_DAYS since it reached the group. */
export const isLate = (e: { status: string; receivedAt: Date | null }, now: Date): boolean =>
  e.status === 'new' && !!e.receivedAt && now.getTime() - e.receivedAt.getTime() > ENQUIRY_ANSWER_DAYS * DAY_MS;

/** An open enquiry with no activity this long is closed as expired, so that its contact can be purged in time. */
export const EXPIRE_AFTER_DAYS = 90;
/** A closed enquiry keeps the buyer's contact this long (then the daily job deletes it). */
export const KEEP_CONTACT_MONTHS = 12;

/** The moment 12 months before `now`: enquiries closed before it lose the buyer's personal data. */
export function purgeBefore(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - KEEP_CONTACT_MONTHS);
  return d;
}
