import { Button, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams } from '../../components/usePatchParams';
import { hasPermission } from '../../features/auth/useMe';
import { isPeriod } from '../../features/reports/period';
import { useReportScope } from '../../features/reports/useReportScope';
import { useUnitReports } from '../../features/reports/useReports';
import { useReportsT } from '../../i18n/reports';
import { InboxSection } from './InboxSection';
import { ReportFilters } from './ReportFilters';
import { ReportView } from './ReportView';

function UnitReports({ unit, period }: { unit: string | null; period: string }) {
  const t = useReportsT();
  const reports = useUnitReports(unit, period);
  if (!unit) return <Text c="dimmed">{t('reports.pickUnit')}</Text>;
  if (reports.isPending) return <Loading />;
  if (isApiError(reports.error, 404)) return <OutOfScope message={t('reports.notFound')} />;
  if (reports.error) return <ErrorAlert error={reports.error} />;
  return (
    <Stack gap="xl" style={{ opacity: reports.isPlaceholderData ? 0.6 : 1 }}>
      {reports.data.reports.map((r) => (
        <ReportView key={r.id} report={r} />
      ))}
    </Stack>
  );
}

/**
 * รายงานประจำเดือน: a unit's report for a month (default: my own unit, last month) and, for
 * those reports come up to, the inbox of the units below. Filters in the URL
 * (?unit=40&period=2026-10&tab=inbox), so reminders and links open the right month.
 */
export function ReportsPage() {
  const t = useReportsT();
  const [params, patch] = usePatchParams();
  const scope = useReportScope();
  const asked = params.get('period');
  const period = isPeriod(asked) && scope.periods.includes(asked) ? asked : scope.defaultPeriod;
  const unit = params.get('unit') ?? scope.own?.code ?? null;
  const tabParam = params.get('tab');
  const tab = scope.receives ? (tabParam === 'inbox' || tabParam === 'report' ? tabParam : scope.own || params.get('unit') ? 'report' : 'inbox') : 'report';

  const header = (
    <PageHeader
      title={t('reports.title')}
      subtitle={t('reports.subtitle')}
      actions={
        hasPermission(scope.me, 'report.review') && (
          <Button component={Link} to="/reports/completeness" variant="light" size="sm">
            {t('reports.toCompleteness')}
          </Button>
        )
      }
    />
  );
  if (scope.pending) return <>{header}<Loading /></>;
  if (scope.error) return <>{header}<ErrorAlert error={scope.error} /></>;

  const filters = (
    <ReportFilters
      units={scope.units}
      unit={tab === 'inbox' ? null : unit}
      onUnit={(code) => patch({ unit: code, tab: scope.receives ? 'report' : undefined })}
      periods={scope.periods}
      period={period}
      onPeriod={(p) => patch({ period: p })}
      unitHidden={tab === 'inbox'}
    />
  );
  if (!scope.receives) {
    // A district (while the district report is off) has no report of its own and none to open.
    const nothing = !unit && scope.units.agencies.length + scope.units.provinces.length === 0;
    return (
      <>
        {header}
        {nothing ? (
          <Text c="dimmed">{t('reports.noOwnUnit')}</Text>
        ) : (
          <>
            {filters}
            <UnitReports unit={unit} period={period} />
          </>
        )}
      </>
    );
  }
  return (
    <>
      {header}
      {filters}
      <Tabs value={tab} onChange={(v) => v && patch({ tab: v })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="inbox" data-testid="tab-inbox">
            {t('reports.tabInbox')}
          </Tabs.Tab>
          <Tabs.Tab value="report" data-testid="tab-report">
            {t('reports.tabReport')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox">
          <InboxSection period={period} national={!!scope.me?.scope.all} />
        </Tabs.Panel>
        <Tabs.Panel value="report">
          <UnitReports unit={unit} period={period} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
