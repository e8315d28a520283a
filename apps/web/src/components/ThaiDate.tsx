import { formatDate, formatDateTime, type DateStyle } from '@ntag/shared';
import { useLang } from '../i18n/I18nProvider';

interface Props {
  /** ISO date (YYYY-MM-DD) or timestamp; shown in the Buddhist era in Thai. */
  value: string | null | undefined;
  withTime?: boolean;
  style?: DateStyle;
  fallback?: string;
}

/** A date as Thai readers expect it ("26 พ.ย. 2569"), machine-readable in `dateTime`. */
export function ThaiDate({ value, withTime = false, style = 'short', fallback = '–' }: Props) {
  const { lang } = useLang();
  if (!value) return <>{fallback}</>;
  const text = withTime ? formatDateTime(value, lang) : formatDate(value, lang, style);
  return <time dateTime={value}>{text || fallback}</time>;
}
