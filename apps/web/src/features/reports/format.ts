import {
  CHANNEL_LABELS, PRODUCE_USE_LABELS, PRODUCT_CATEGORY_LABELS, QUANTITY_UNIT_LABELS, formatMonth, type Lang,
} from '@ntag/shared';

/** Baht as Thai offices write it: thousands separators, satang only when there are some. */
export const formatBaht = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "ต.ค. 69": a month in a tight table or a chart's axis (the full name stays in the table). */
export function shortMonth(period: string, lang: Lang): string {
  const long = formatMonth(period, lang);
  if (lang === 'en') return long;
  const [y, m] = period.split('-').map(Number) as [number, number];
  const short = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'][m - 1];
  return `${short} ${String(y + 543).slice(2)}`;
}

type Labels = Record<string, { th: string; en: string } | undefined>;
const labelOf = (labels: Labels) => (code: string, lang: Lang) => labels[code]?.[lang] ?? code;

/** The names of the codes a report's figures carry; an unknown code is shown as it is. */
export const channelLabel = labelOf(CHANNEL_LABELS);
export const categoryLabel = labelOf(PRODUCT_CATEGORY_LABELS);
export const quantityUnitLabel = labelOf(QUANTITY_UNIT_LABELS);
export const produceUseLabel = labelOf(PRODUCE_USE_LABELS);

/**
 * "45%", "2.5%", "0.4%", "<0.1%": a share as a reader wants it — one decimal below 10 %, and a
 * share that is not zero never shown as "0%".
 */
export function percentText(part: number, whole: number): string {
  if (!whole) return '–';
  const p = (part / whole) * 100;
  if (p === 0) return '0%';
  if (p < 0.1) return '<0.1%';
  return `${p < 10 ? Math.round(p * 10) / 10 : Math.round(p)}%`;
}

/** A date or date-time that must not break across lines ("26 พ.ย. 2569 14:04 น."). */
export const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');
