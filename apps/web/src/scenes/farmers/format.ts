import type { Farmer } from '../../api/types';
import { formatNationalId } from '../../components/NationalIdInput';

/** "นายสมใจ ใจดี": Thai writes the title against the first name. */
export function fullName(f: Pick<Farmer, 'title' | 'firstName' | 'lastName'>): string {
  return `${f.title ?? ''}${f.firstName} ${f.lastName}`.trim();
}

/** The national id as this caller may see it: grouped in full, or the API's masked form. */
export function shownNationalId(f: Pick<Farmer, 'nationalId' | 'nationalIdMasked'>): string {
  return f.nationalIdMasked ? f.nationalId : formatNationalId(f.nationalId);
}

/** "0812345678" → "081-234-5678"; a 9-digit landline "043123456" → "043-123-456". */
export function formatPhone(phone: string | null): string {
  if (!phone) return '–';
  if (/^0\d{8,9}$/.test(phone)) return `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`;
  return phone;
}
