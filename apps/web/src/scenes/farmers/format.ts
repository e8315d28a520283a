import type { Farmer } from '../../api/contract';

/** "นายสมใจ ใจดี": Thai writes the title against the first name. */
export function fullName(f: Pick<Farmer, 'title' | 'firstName' | 'lastName'>): string {
  return `${f.title ?? ''}${f.firstName} ${f.lastName}`.trim();
}

/** "0812345678" → "081-234-5678"; a 9-digit landline "043123456" → "043-123-456". */
export function formatPhone(phone: string | null): string {
  if (!phone) return '–';
  if (/^0\d{8,9}$/.test(phone)) return `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`;
  return phone;
}
