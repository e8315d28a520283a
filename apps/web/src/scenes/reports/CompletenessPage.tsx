import { Grid, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDate, formatMonth } from '@ntag/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { StatCard } from '../../components/StatCard';
import { usePatchParams } from '../../components/usePatchParams';
import { DataTable, type Column } from '../../components/DataTable';
import { percentText } from '../../features/reports/format';
import { isPeriod, shiftPeriod } from '../../features/reports/period';
import { useReportScope } from '../../features/reports/useReportScope';
import { useCompleteness } from '../../features/reports/useReports';
import type { Completeness, CompletenessCounts, CompletenessLevel } from '../../api/contract';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { Section } from './ReportNumbers';
import { StateBadge } from './StateBadge';
import { useFirstRows } from './useFirstRows';

type Row = CompletenessCounts & { code: string; nameTh: string };


function useCountColumns(): Column<Row>[] {
  const t = useReportsT();
  const red = (n: number) => (n ? <Text span size="sm" c="red.8" fw={700}>{formatNumber(n)}</Text> : '0');
  return [
    { key: 'name', header: t('completeness.unit'), cell: (r) => r.nameTh, primary: true },
    { key: 'expected', header: t('completeness.expected'), cell: (r) => formatNumber(r.expected), align: 'right' },
    { key: 'received', header: t('completeness.received'), cell: (r) => `${formatNumber(r.received)} (${percentText(r.received, r.expected)})`, align: 'right' },
    { key: 'onTime', header: t('completeness.onTime'), cell: (r) => formatNumber(r.onTime), align: 'right' },
    { key: 'late', header: t('completeness.late'), cell: (r) => formatNumber(r.late), align: 'right' },
    { key: 'missing', header: t('completeness.missing'), cell: (r) => red(r.missing), align: 'right' },
  ];
}

function Results({ data }: { data: Completeness }) {
  const t = useReportsT();
  const { lang } = useLang();
  const columns = useCountColumns();
  const { totals } = data;
  const late = useFirstRows(data.lateToday, 20);
  // The provinces that miss most come first: those are the ones to call.
  const provinces = useFirstRows([...data.byProvince].sort((a, b) => b.missing - a.missing || a.code.localeCompare(b.code)), 20);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="completeness-totals">
        <StatCard label={t('completeness.expected')} value={totals.expected} />
        <StatCard label={t('completeness.received')} value={`${formatNumber(totals.received)} (${percentText(totals.received, totals.expected)})`} />
        <StatCard label={t('completeness.onTime')} value={totals.onTime} />
        <StatCard label={t('completeness.late')} value={totals.late} />
        <StatCard label={t('completeness.missing')} value={totals.missing} />
      </SimpleGrid>
      {data.byAgency.length > 0 && (
        <Section title={t('completeness.byAgency')}>
          <DataTable columns={columns} rows={data.byAgency} rowKey={(r) => r.code} minWidth={640} />
        </Section>
      )}
      {data.byProvince.length > 0 && (
        <Section title={t('completeness.byProvince')}>
          <DataTable columns={columns} rows={provinces.shown} rowKey={(r) => r.code} minWidth={640} />
          {provinces.more}
        </Section>
      )}
      <Section title={t('completeness.lateToday', { n: formatNumber(data.lateToday.length) })} testId="late-today">
        <DataTable
          rows={late.shown}
          rowKey={(r) => `${r.unit.code}|${r.period}`}
          empty={t('completeness.noneLate')}
          minWidth={560}
          columns={[
            { key: 'unit', header: t('completeness.unit'), cell: (r) => r.unit.nameTh, primary: true },
            { key: 'period', header: t('completeness.period'), cell: (r) => formatMonth(r.period, lang) },
            { key: 'due', header: t('completeness.due'), cell: (r) => formatDate(r.dueOn, lang) },
            { key: 'state', header: t('inbox.state'), cell: (r) => <StateBadge state={r.state} size="sm" /> },
            { key: 'days', header: t('inbox.daysLate'), align: 'right', cell: (r) => <Text span size="sm" c="red.8" fw={700}>{t('inbox.days', { n: formatNumber(r.daysLate) })}</Text> },
          ]}
        />
        {late.more}
      </Section>
    </Stack>
  );
}

/**
 * ติดตามการรายงาน: for a level (province reports or the agencies' กท.05) and a range of
 * months, how many reports were expected, received, on time, late and missing, by agency and
 * province, and who is late today. Defaults to the last three months up to last month.
 */
export function CompletenessPage() {
  const t = useReportsT();
  const { lang } = useLang();
  const [params, patch] = usePatchParams();
  const scope = useReportScope();
  const level: CompletenessLevel = params.get('level') === 'agency' ? 'agency' : 'province';
  const valid = (p: string | null): p is string => isPeriod(p) && scope.periods.includes(p);
  const toParam = params.get('to');
  const to = valid(toParam) ? toParam : scope.defaultPeriod;
  const fromParam = params.get('from');
  const from = valid(fromParam) && fromParam <= to ? fromParam : shiftPeriod(to, -2);
  const unit = params.get('unit') ?? '';
  const data = useCompleteness({ level, from, to, unit: unit || undefined });
  const months = scope.periods.map((p) => ({ value: p, label: formatMonth(p, lang) }));
  const agencies = scope.units.agencies;

  return (
    <>
      <PageHeader title={t('completeness.title')} subtitle={t('completeness.subtitle')} />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Grid gap="xs" align="flex-end">
          <Grid.Col span={12}>
            <Text size="sm" fw={500} mb={4} id="completeness-level">
              {t('completeness.level')}
            </Text>
            <SegmentedChoice
              labelledBy="completeness-level"
              value={level}
              onChange={(v) => patch({ level: v === 'province' ? undefined : v })}
              data={[
                { value: 'province', label: t('completeness.levelProvince') },
                { value: 'agency', label: t('completeness.levelAgency') },
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Select label={t('completeness.from')} data={months.filter((m) => m.value <= to)} value={from} onChange={(v) => v && patch({ from: v })} allowDeselect={false} maxDropdownHeight={320} comboboxProps={{ withinPortal: true }} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Select label={t('completeness.to')} data={months} value={to} onChange={(v) => v && patch({ to: v })} allowDeselect={false} maxDropdownHeight={320} comboboxProps={{ withinPortal: true }} />
          </Grid.Col>
          {agencies.length > 1 && (
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('completeness.agency')}
                data={[{ value: '', label: t('completeness.allAgencies') }, ...agencies.map((a) => ({ value: a.code, label: a.nameTh }))]}
                value={unit}
                onChange={(v) => patch({ unit: v || undefined })}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </Grid.Col>
          )}
        </Grid>
      </Paper>
      {(data.isPending || scope.pending) && !data.error && <Loading />}
      {data.error && <ErrorAlert error={data.error} />}
      {data.data && (
        <div style={{ opacity: data.isPlaceholderData ? 0.6 : 1 }}>
          <Results data={data.data} />
        </div>
      )}
    </>
  );
}
