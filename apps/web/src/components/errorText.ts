import { ERROR_MESSAGES, type Lang } from '@ntag/shared';
import { isApiError, NETWORK_ERROR_CODE } from '../api/ApiError';
import type { Translate } from '../i18n/I18nProvider';

/**
 * The user-facing sentence for an error: the catalogue's translation of the API's code,
 * plus how long to wait when the account is locked or rate limited.
 */
export function errorText(e: unknown, lang: Lang, t: Translate): string {
  if (!isApiError(e)) return t('error.pageCrashed');
  if (e.code === NETWORK_ERROR_CODE) return t('error.network');
  const known = (ERROR_MESSAGES as Record<string, { th: string; en: string } | undefined>)[e.code];
  let text = known ? known[lang] : e.message || t('error.unknown', { code: e.code });
  const wait = e.details?.retryAfterSeconds;
  if (e.status === 429 && typeof wait === 'number' && wait > 0) {
    text += ' ' + t('error.lockedMinutes', { minutes: Math.max(1, Math.ceil(wait / 60)) });
  }
  return text;
}
