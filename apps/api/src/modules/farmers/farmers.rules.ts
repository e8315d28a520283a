import { BE_OFFSET, nameKey } from '@ntag/shared';

/** A pond year as BE: 2493–2643 is taken as BE, 1950–2100 as Gregorian; anything else is null. */
export function pondYearBe(year: number): number | null {
  if (year >= 1950 + BE_OFFSET && year <= 2100 + BE_OFFSET) return year;
  if (year >= 1950 && year <= 2100) return year + BE_OFFSET;
  return null;
}

/**
 * "Similar" names for the possible-duplicate warning: the same first and last name once spaces
 * and Thai digits are normalised and tone marks ignored, or the same last name with first names
 * one edit apart (typos such as สมชาย / สมชา, ประยูร / ประยูรย์).
 */
export function similarNames(a: { firstName: string; lastName: string }, b: { firstName: string; lastName: string }): boolean {
  // Tone marks and the silencer (่ ้ ๊ ๋ ์ ็) are the commonest slips in typed Thai names.
  const key = (v: string) => nameKey(v).replace(/[\u0E47-\u0E4E]/g, '');
  const [af, al, bf, bl] = [a.firstName, a.lastName, b.firstName, b.lastName].map(key) as [string, string, string, string];
  if (al !== bl) return false;
  return af === bf || editDistanceAtMostOne(af, bf);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export interface FarmerCursor {
  firstName: string;
  lastName: string;
  id: string;
}

export const encodeCursor = (c: FarmerCursor): string => Buffer.from(JSON.stringify([c.firstName, c.lastName, c.id])).toString('base64url');

export function decodeCursor(value: string): FarmerCursor | null {
  try {
    const [firstName, lastName, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as string[];
    return typeof firstName === 'string' && typeof lastName === 'string' && typeof id === 'string' ? { firstName, lastName, id } : null;
  } catch {
    return null;
  }
}

/** "นางสมใจ ใจดี": title glued to the first name, as Thai forms write it. */
export const fullName = (f: { title: string | null; firstName: string; lastName: string }): string =>
  `${f.title && f.title !== 'อื่น ๆ' ? f.title : ''}${f.firstName} ${f.lastName}`;

/** "12/3 หมู่ 5 บ้านโนนสูง" — the part of an address below the tambon. */
export function addressLine(f: { houseNo: string | null; villageNo: number | null; villageName: string | null }): string {
  return [f.houseNo, f.villageNo ? `หมู่ ${f.villageNo}` : null, f.villageName ? `บ้าน${f.villageName.replace(/^บ้าน/, '')}` : null].filter(Boolean).join(' ');
}
