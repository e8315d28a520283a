import { ERROR_MESSAGES } from '@ntag/shared';
import { fieldErrors } from '../api/ApiError';
import { isApiError } from '../api/ApiError';
import { useLang, useT } from '../i18n/I18nProvider';

/**
 * `{ field: message }` for a form, in the user's language. The API names each bad field, but
 * its per-field text is developer English ("at least 8 characters"); the error code is what
 * is translated. So: a specific code (username taken, wrong current password, role on the
 * wrong level) gives its catalogue sentence under the field; a plain validation failure gives
 * a Thai "not valid" with the API's detail in brackets, until the API sends issue codes.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { lang } = useLang();
  const t = useT();
  const raw = fieldErrors(error);
  if (!isApiError(error) || lang === 'en') return raw;
  const known = (ERROR_MESSAGES as Record<string, { th: string; en: string } | undefined>)[error.code];
  const out: Record<string, string> = {};
  for (const [field, detail] of Object.entries(raw)) {
    out[field] = known && error.code !== 'validation.failed' ? known.th : t('error.fieldInvalid', { detail });
  }
  return out;
}
