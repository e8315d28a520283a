import { Anchor, Grid, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { formatDateTime } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { StatCard } from '../../components/StatCard';
import { usePatchParams } from '../../components/usePatchParams';
import { isMapMeasure } from '../../features/dashboard/measures';
import { useDashboard } from '../../features/dashboard/useDashboard';
import { formatBaht } from '../../features/reports/format';
import { useReportScope } from '../../features/reports/useReportScope';
import { useCohorts } from '../../features/program/useProgram';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { ChannelsChart, EnterprisesChart, FunnelChart, MonthlyChart, ReportingChart, TargetsChart } from './DashboardCharts';
import { EnquiriesSection } from './EnquiriesSection';
import { MapSection } from './MapSection';
import { AreaTargetCards, CoverageCard } from './CoverageCards';

/**
 * แดชบอร์ด: the program on one screen for the caller's scope (or a host agency or province in
 * it) and a cohort: headline figures, the tile map with its drill-down, targets, the step
 * funnel, money by month and channel, enterprises and reporting. Every chart has its table
 * and an .xlsx of it. Choices live in the URL (?unit=DLD&cohort=2569&measure=salesValue&province=40).
 */
export function DashboardPage() {
  const t = useReportsT();
  const { lang } = useLang();
  const [params, patch] = usePatchParams();
  const cohorts = useCohorts();
  const scope = useReportScope();
  const years = (cohorts.data?.cohorts.map((c) => c.cohort) ?? []).sort((a, b) => b - a);
  const cohortParam = Number(params.get('cohort'));
  const cohort = years.includes(cohortParam) ? cohortParam : undefined;
  const unit = params.get('unit') || undefined;
  const measureParam = params.get('measure');
  const measure = isMapMeasure(measureParam) ? measureParam : 'groups';
  const filter = { unit, cohort };
  const dash = useDashboard(filter);
  const d = dash.data;
  const unitChoices = [
    ...scope.units.agencies.map((a) => ({ value: a.code, label: a.nameTh })),
    ...scope.units.provinces.map((p) => ({ value: p.code, label: `${p.nameTh} (${p.code})` })),
  ];

  return (
    <>
      <PageHeader
        title={t('dash.title')}
        subtitle={d ? t('dash.subtitle', { unit: d.unit.nameTh, when: formatDateTime(d.generatedAt, lang) }) : undefined}
        actions={
          <Anchor href="/api/open/summary.csv" download size="sm">
            {t('dash.openData')}
          </Anchor>
        }
      />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Grid gap="xs" align="flex-end">
          <Grid.Col span={{ base: 12, xs: 5, md: 3 }}>
            <CohortSelect years={years} value={cohort ?? null} onChange={(y: number | null) => patch({ cohort: y ? String(y) : undefined })} allLabel={t('dash.allCohorts')} w="100%" />
          </Grid.Col>
          {unitChoices.length > 1 && (
            <Grid.Col span={{ base: 12, xs: 7, md: 5 }}>
              <Select
                label={t('dash.unit')}
                data={[{ value: '', label: t('dash.wholeScope') }, ...unitChoices]}
                value={unit ?? ''}
                onChange={(v) => patch({ unit: v || undefined, province: undefined })}
                searchable
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </Grid.Col>
          )}
        </Grid>
      </Paper>
      {dash.isPending && <Loading />}
      {isApiError(dash.error, 404) ? <OutOfScope message={t('dash.notFound')} /> : dash.error && <ErrorAlert error={dash.error} />}
      {d && (
        <Stack gap="md" style={{ opacity: dash.isPlaceholderData ? 0.6 : 1 }} data-testid="dashboard" data-unit={d.unit.code}>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="dashboard-totals">
            <StatCard label={t('measure.groups')} value={d.totals.groups} />
            <StatCard label={t('measure.members')} value={d.totals.members} />
            <StatCard label={t('measure.allStepsDone')} value={d.totals.allStepsDone} />
            <StatCard label={t('measure.overdueGroups')} value={d.totals.overdueGroups} />
            <StatCard label={t('measure.registered')} value={d.totals.registered} />
            <StatCard label={t('dash.salesBaht')} value={formatBaht(d.totals.salesValue)} />
          </SimpleGrid>
          <AreaTargetCards data={d} />
          <MapSection
            data={d}
            filter={filter}
            measure={measure}
            onMeasure={(m) => patch({ measure: m === 'groups' ? undefined : m }, true)}
            province={params.get('province')}
            onProvince={(code) => patch({ province: code ?? undefined })}
          />
          <CoverageCard data={d} filter={filter} />
          <TargetsChart data={d} filter={filter} />
          <FunnelChart data={d} filter={filter} />
          <MonthlyChart data={d} filter={filter} />
          <ChannelsChart data={d} filter={filter} />
          <EnterprisesChart data={d} filter={filter} />
          <ReportingChart data={d} filter={filter} />
          <EnquiriesSection filter={filter} />
        </Stack>
      )}
    </>
  );
}
