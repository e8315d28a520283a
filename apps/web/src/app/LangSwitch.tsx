import { SegmentedControl } from '@mantine/core';
import type { Lang } from '@ntag/shared';
import { useLang, useT } from '../i18n/I18nProvider';

/** ไทย / EN; the choice is kept in localStorage (see i18n/I18nProvider). */
export function LangSwitch() {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <SegmentedControl
      size="xs"
      value={lang}
      onChange={(v) => setLang(v as Lang)}
      aria-label={t('lang.switch')}
      data={[
        { value: 'th', label: t('lang.th') },
        { value: 'en', label: t('lang.en') },
      ]}
    />
  );
}
