import { ERROR_MESSAGES, type Lang } from '@ntag/shared';

/** The Thai (or English) sentence for a refused item's error code; the code itself when unknown. */
export function reasonText(code: string | undefined, lang: Lang, field?: string): string {
  if (!code) return '';
  const known = (ERROR_MESSAGES as Record<string, { th: string; en: string } | undefined>)[code];
  const text = known ? known[lang] : code;
  return field ? `${text} (${field})` : text;
}
