import { Badge } from '@mantine/core';
import { REPORT_STATE_LABELS, type ReportState } from '@ntag/shared';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';

const COLOURS: Record<ReportState, string> = { draft: 'gray', submitted: 'blue', accepted: 'ntag', returned: 'orange' };

/** A report's state in words and colour; `null`: the unit has not opened its report yet. */
export function StateBadge({ state, size = 'md' }: { state: ReportState | null; size?: 'sm' | 'md' | 'lg' }) {
  const t = useReportsT();
  const { lang } = useLang();
  return (
    <Badge color={state ? COLOURS[state] : 'red'} variant={state === 'accepted' || state === 'returned' ? 'filled' : 'light'} size={size} data-testid="report-state" data-state={state ?? 'none'} style={{ textTransform: 'none' }}>
      {state ? REPORT_STATE_LABELS[state][lang] : t('state.none')}
    </Badge>
  );
}
