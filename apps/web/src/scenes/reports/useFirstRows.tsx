import { useState, type ReactNode } from 'react';
import { Button } from '@mantine/core';
import { formatNumber } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';

/**
 * The first `n` rows of a long list (77 provinces, 230 late reports) and the button that shows
 * the rest: on a phone every row is a card, and the sections below must stay within reach.
 */
export function useFirstRows<T>(rows: T[], n = 10): { shown: T[]; more: ReactNode } {
  const t = useReportsT();
  const [all, setAll] = useState(false);
  const more =
    rows.length > n ? (
      <Button variant="subtle" size="compact-sm" onClick={() => setAll((v) => !v)} style={{ alignSelf: 'flex-start' }}>
        {all ? t('dash.showFewer', { n }) : t('dash.showAll', { n: formatNumber(rows.length) })}
      </Button>
    ) : null;
  return { shown: all ? rows : rows.slice(0, n), more };
}
