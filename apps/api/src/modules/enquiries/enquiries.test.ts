import { describe, expect, it } from 'vitest';
import { answerTransition, buyerActions, hasLink, holdReason, isLate, purgeBefore, saleChannel } from './enquiries.rules';

const base = { buyerName: 'ร้านครัวคุณแม่', buyerContact: '0899990001' };

describe('enquiries held for review', () => {
  it('holds links in any form and spam words; an e-mail address as the contact is fine', () => {
    expect(holdReason({ ...base, message: 'ดูที่ https://x.example' })).toBe('link');
    expect(holdReason({ ...base, message: 'เข้า www.slot888.com' })).toBe('link');
    expect(holdReason({ ...base, message: 'ดู cheap-seo.xyz ได้เลย' })).toBe('link');
    expect(holdReason({ ...base, message: 'เครดิตฟรี แจกจริง' })).toBe('spam_words');
    expect(holdReason({ ...base, buyerContact: 'http://bit.ly/x' })).toBe('link');
    expect(holdReason({ ...base, buyerContact: 'kitchen@hospital.go.th', message: 'ต้องการผัก 20 กก. ราคา 25.50 บาท' })).toBeNull();
    expect(hasLink('ส่งที่ร้าน เวลา 9.30 น.')).toBe(false);
  });
});

describe('the state machine', () => {
  it('the group answers while new or countered, and may still decline an accepted one', () => {
    expect(answerTransition('new', 'accept')).toBe('accepted');
    expect(answerTransition('new', 'counter')).toBe('countered');
    expect(answerTransition('countered', 'decline')).toBe('declined');
    expect(answerTransition('accepted', 'decline')).toBe('declined');
    expect(answerTransition('accepted', 'accept')).toBeNull();
    expect(answerTransition('held', 'accept')).toBeNull();
    expect(answerTransition('delivered', 'decline')).toBeNull();
  });
  it('the buyer accepts a counter-offer, cancels or writes while the enquiry is open', () => {
    expect(buyerActions('countered')).toEqual(['accept_counter', 'cancel', 'message']);
    expect(buyerActions('accepted')).toEqual(['cancel', 'message']);
    expect(buyerActions('delivered')).toEqual([]);
    expect(buyerActions('rejected')).toEqual([]);
  });
  it('community buyers and the rest', () => {
    expect(['restaurant', 'hospital_kitchen', 'school', 'shop', 'government'].map((b) => saleChannel(b as never))).toEqual(Array(5).fill('community_buyer'));
    expect(saleChannel('person')).toBe('online');
    expect(saleChannel('company')).toBe('online');
  });
  it('late after two days unanswered; purged twelve months after closing', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(isLate({ status: 'new', receivedAt: new Date('2026-12-05T09:59:00Z') }, now)).toBe(true);
    expect(isLate({ status: 'new', receivedAt: new Date('2026-12-05T10:01:00Z') }, now)).toBe(false);
    expect(isLate({ status: 'countered', receivedAt: new Date('2026-11-01T00:00:00Z') }, now)).toBe(false);
    expect(purgeBefore(now).toISOString()).toBe('2025-12-07T10:00:00.000Z');
  });
});
