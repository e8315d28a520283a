import { isValidNationalId, normalizeDigits } from '@ntag/shared';

/**
 * Pure rules of the product directory: Thai search tokens (docs/adr/0017) and the guard that
 * keeps members' personal data out of what is published.
 */

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** How text is compared: NFC, Thai digits as Arabic, lower case, no zero-width characters. */
export const normaliseText = (text: string): string => normalizeDigits(text.normalize('NFC')).replace(/[\u200b-\u200d\ufeff]/g, '').toLowerCase();

/** The words of a text as Intl.Segmenter cuts them (Thai has no spaces between words). */
export function words(text: string): string[] {
  return [...segmenter.segment(normaliseText(text))].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Neighbouring words joined, up to this many: "ผัก"+"บุ้ง" is also indexed as "ผักบุ้ง". */
const MAX_JOIN = 3;

/**
 * The tokens stored for a listing: every word, and every run of two or three neighbouring
 * words joined. A query word is then found whether the segmenter cut it the same way in the
 * listing's text or cut the listing's text finer (dictionary segmentation depends on context).
 */
export function searchTokens(texts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const w = words(text);
    for (let i = 0; i < w.length; i++) {
      let joined = '';
      for (let n = 0; n < MAX_JOIN && i + n < w.length; n++) {
        joined += w[i + n];
        out.add(joined);
      }
    }
  }
  return [...out];
}

/**
 * A query as the tokens a listing must hold (all of them, one GIN containment): each term the
 * buyer separated by spaces counts as its words joined — found whether the listing's text was
 * cut into the same words or into that one word (see searchTokens) — and a term of more than
 * three words, longer than any joined run, as its words.
 */
export function queryTokens(q: string): string[] {
  const out = new Set<string>();
  for (const term of normaliseText(q).split(/\s+/).slice(0, 8)) {
    const w = words(term);
    if (!w.length) continue;
    if (w.length <= MAX_JOIN) out.add(w.join(''));
    else w.forEach((x) => out.add(x));
  }
  return [...out];
}

export interface MemberIdentity {
  firstName: string;
  lastName: string;
  nationalId: string;
  phone: string | null;
}

const digitsOf = (s: string) => normalizeDigits(s).replace(/\D/g, '');

/**
 * What in a text would publish a member's personal data: a national id (any valid one, a
 * member's or not), a member's phone number, or a member's full name. A first name alone is
 * allowed: many are ordinary words (มะลิ, ทองคำ) that name products too.
 */
export function personalDataIn(text: string, members: MemberIdentity[]): 'national_id' | 'phone' | 'name' | null {
  const t = normaliseText(text);
  const digitRuns = normalizeDigits(text).match(/\d[\d\s-]{7,20}\d/g) ?? [];
  for (const run of digitRuns) {
    const d = run.replace(/\D/g, '');
    if (d.length === 13 && isValidNationalId(d)) return 'national_id';
    if (members.some((m) => m.nationalId === d)) return 'national_id';
  }
  for (const m of members) {
    const phone = m.phone ? digitsOf(m.phone) : '';
    if (phone.length >= 9 && digitRuns.some((r) => r.replace(/\D/g, '').includes(phone))) return 'phone';
    const first = normaliseText(m.firstName).trim();
    const last = normaliseText(m.lastName).trim();
    if (first && last && (t.includes(`${first} ${last}`) || t.includes(`${first}${last}`))) return 'name';
  }
  return null;
}

/** A group phone shown in public only when it is not a member's own number. */
export function publicPhone(groupPhone: string | null, memberPhones: (string | null)[]): string | null {
  if (!groupPhone) return null;
  const d = digitsOf(groupPhone);
  if (!d) return null;
  return memberPhones.some((p) => p && digitsOf(p) === d) ? null : groupPhone;
}

/** A certification counts while it has not expired (on `today`, a date in Thailand). */
export const certificationValid = (c: { expiresOn: string }, today: string): boolean => c.expiresOn >= today;
