import { formatDate, toBuddhistYear, type Lang } from '@ntag/shared';

const MONTHS_TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/**
 * "20 พ.ย. 69": the two-digit Buddhist year, as Thai offices write dates in tight tables (the
 * progress has seven date columns); the full date stays in the cell's accessible label.
 */
export function compactDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (lang === 'en') return formatDate(iso, 'en');
  return `${d} ${MONTHS_TH[m - 1]} ${String(toBuddhistYear(y)).slice(2)}`;
}
