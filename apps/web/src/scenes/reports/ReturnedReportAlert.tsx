import { Alert, Button, Stack, Text } from '@mantine/core';
import { formatDateTime, formatMonth, todayIso } from '@ntag/shared';
import { Link } from 'react-router';
import { lastMonth } from '../../features/reports/period';
import { useOwnReportingUnit } from '../../features/reports/useOwnReportingUnit';
import { useUnitReports } from '../../features/reports/useReports';
import { useLang } from '../../i18n/I18nProvider';
import { useShellT } from '../../i18n/shell';

/**
 * On the home page of a unit whose report for last month was returned: the reason, in full,
 * and the way to correct it. Texts from the shell part, so the home page does not load the
 * reports' catalogue for it.
 */
export function ReturnedReportAlert() {
  const t = useShellT();
  const { lang } = useLang();
  const own = useOwnReportingUnit();
  const period = lastMonth(todayIso());
  const reports = useUnitReports(own?.code ?? null, period);
  const returned = reports.data?.reports.filter((r) => r.state === 'returned' && r.returnReason) ?? [];
  if (!returned.length) return null;
  return (
    <Stack gap="sm" mb="md">
      {returned.map((r) => {
        const decided = r.versions.at(-1);
        return (
          <Alert key={r.id} color="orange" variant="filled" title={t('home.returnedTitle', { month: formatMonth(r.period, lang) })} data-testid="home-returned" role="alert">
            <Text size="sm" fw={700} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="home-returned-reason">
              {r.returnReason}
            </Text>
            {decided?.decidedAt && (
              <Text size="xs" mt={2}>
                {t('home.returnedBy', { who: decided.decidedBy ?? '', when: formatDateTime(decided.decidedAt, lang) })}
              </Text>
            )}
            <Button component={Link} to={`/reports/${r.id}`} variant="white" color="orange" size="xs" mt="xs">
              {t('home.returnedFix')}
            </Button>
          </Alert>
        );
      })}
    </Stack>
  );
}
