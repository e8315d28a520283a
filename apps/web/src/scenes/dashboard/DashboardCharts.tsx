import { useState } from 'react';
import { Anchor, Stack, Switch, Text } from '@mantine/core';
import { formatMonth } from '@ntag/shared';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable';
import { channelLabel, formatBaht, percentText, shortMonth, unbroken } from '../../features/reports/format';
import type { DashboardFilter } from '../../features/dashboard/useDashboard';
import type { Dashboard } from '../../api/contract';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { useStepName } from '../reports/useStepName';
import { BarChart, type BarSeries } from './BarChart';
import { ChartCard } from './ChartCard';

const COLOUR = {
  green: 'var(--mantine-color-ntag-6)',
  blue: 'var(--mantine-color-blue-6)',
  yellow: 'var(--mantine-color-yellow-5)',
  grey: 'var(--mantine-color-gray-4)',
  orange: 'var(--mantine-color-orange-6)',
  red: 'var(--mantine-color-red-7)',
};

/** The bar's length: a share of the target, not rounded. */
const percent = (part: number, whole: number | null) => (whole ? (part / whole) * 100 : 0);
const num = (n: number) => formatNumber(n);

interface ChartProps {
  data: Dashboard;
  filter: DashboardFilter;
}

/** Tambons with a model group against the targets (788 a cohort, 3,940 over five, 4,009 for the program), and groups by host agency. */
export function TargetsChart({ data, filter }: ChartProps) {
  const t = useReportsT();
  const { targets } = data;
  const rows = [
    ...targets.cohorts.map((c) => ({ key: String(c.cohort), label: t('dash.cohortRow', { year: c.cohort }), target: c.tambonTarget, reached: c.tambonsWithGroup })),
    { key: 'cohorts', label: t('dash.cohortsTotal'), target: targets.cohortTargetTotal, reached: targets.tambonsWithGroup },
    ...(targets.programTambons ? [{ key: 'program', label: t('dash.programTotal'), target: targets.programTambons, reached: targets.tambonsWithGroup }] : []),
  ];
  type Row = (typeof rows)[number];
  const agencyColumns: Column<Dashboard['byAgency'][number]>[] = [
    { key: 'name', header: t('dash.agency'), cell: (a) => (a.shortTh && a.shortTh !== a.nameTh ? `${a.nameTh} (${a.shortTh})` : a.nameTh), primary: true },
    { key: 'provinces', header: t('dash.provinces'), cell: (a) => num(a.provinces), align: 'right' },
    { key: 'groups', header: t('measure.groups'), cell: (a) => num(a.groups), align: 'right' },
    { key: 'formed', header: t('measure.formed'), cell: (a) => num(a.formed), align: 'right' },
    { key: 'done', header: t('measure.allStepsDone'), cell: (a) => num(a.allStepsDone), align: 'right' },
  ];
  return (
    <ChartCard
      chart="targets"
      filter={filter}
      title={t('dash.targetsTitle')}
      note={t('dash.targetsNote')}
      figure={
        <Stack gap="lg">
          <BarChart
            title={t('dash.targetsTitle')}
            rows={rows.map((r) => ({ key: r.key, label: `${r.label}: ${t('dash.ofTarget', { n: num(r.reached), target: num(r.target) })}`, values: { pct: percent(r.reached, r.target) } }))}
            series={[{ key: 'pct', label: t('dash.pctOfTarget'), color: COLOUR.green }]}
            format={(n) => percentText(n, 100)}
            max={100}
          />
          {data.byAgency.length > 1 && (
            <BarChart
              title={t('dash.groupsByAgency')}
              rows={data.byAgency.map((a) => ({ key: a.code, label: a.nameTh, values: { groups: a.groups } }))}
              series={[{ key: 'groups', label: t('measure.groups'), color: COLOUR.blue }]}
              format={num}
            />
          )}
        </Stack>
      }
      table={
        <Stack gap="md">
          <DataTable<Row>
            rows={rows}
            rowKey={(r) => r.key}
            minWidth={420}
            columns={[
              { key: 'label', header: t('dash.cohortOrTotal'), cell: (r) => r.label, primary: true },
              { key: 'target', header: t('dash.target'), cell: (r) => num(r.target), align: 'right' },
              { key: 'reached', header: t('dash.tambonsWithGroup'), cell: (r) => num(r.reached), align: 'right' },
              { key: 'pct', header: t('dash.percent'), cell: (r) => percentText(r.reached, r.target), align: 'right' },
            ]}
          />
          {data.byAgency.length > 0 && <DataTable rows={data.byAgency} rowKey={(a) => a.code} columns={agencyColumns} minWidth={520} caption={t('dash.byAgency')} />}
        </Stack>
      }
    />
  );
}

/** How many groups are done with each step, in progress, not started, and how many are overdue. */
export function FunnelChart({ data, filter }: ChartProps) {
  const t = useReportsT();
  const stepName = useStepName();
  const series: BarSeries[] = [
    { key: 'done', label: t('dash.done'), color: COLOUR.green },
    { key: 'inProgress', label: t('dash.inProgress'), color: COLOUR.yellow },
    { key: 'notStarted', label: t('dash.notStarted'), color: COLOUR.grey },
  ];
  const rows = data.funnel;
  return (
    <ChartCard
      chart="funnel"
      filter={filter}
      title={t('dash.funnelTitle')}
      note={t('dash.funnelNote', { groups: num(data.totals.groups) })}
      figure={
        <BarChart
          title={t('dash.funnelTitle')}
          stacked
          rows={rows.map((f) => ({ key: String(f.step), label: f.overdue ? `${stepName(f.step)} · ${t('dash.overdueN', { n: num(f.overdue) })}` : stepName(f.step), values: { done: f.done, inProgress: f.inProgress, notStarted: f.notStarted } }))}
          series={series}
          format={num}
          valueLabel={(r) => t('dash.doneOf', { done: num(r.values.done ?? 0), all: num(data.totals.groups) })}
        />
      }
      table={
        <DataTable
          rows={rows}
          rowKey={(f) => String(f.step)}
          minWidth={560}
          columns={[
            { key: 'step', header: t('numbers.step'), cell: (f) => stepName(f.step), primary: true },
            { key: 'done', header: t('dash.done'), cell: (f) => <span data-testid="funnel-done" data-step={f.step}>{num(f.done)}</span>, align: 'right' },
            { key: 'inProgress', header: t('dash.inProgress'), cell: (f) => num(f.inProgress), align: 'right' },
            { key: 'notStarted', header: t('dash.notStarted'), cell: (f) => num(f.notStarted), align: 'right' },
            { key: 'overdue', header: t('dash.overdue'), cell: (f) => <Text span size="sm" c={f.overdue ? 'red.8' : undefined} fw={f.overdue ? 700 : undefined} data-testid="funnel-overdue" data-step={f.step}>{num(f.overdue)}</Text>, align: 'right' },
          ]}
        />
      }
    />
  );
}

/** Production and sales value month by month: the last twelve months, or every month. */
export function MonthlyChart({ data, filter }: ChartProps) {
  const t = useReportsT();
  const { lang } = useLang();
  const [all, setAll] = useState(false);
  const months = all ? data.monthly : data.monthly.slice(-12);
  return (
    <ChartCard
      chart="monthly"
      filter={filter}
      title={t('dash.monthlyTitle')}
      note={
        data.monthly.length > 12 && (
          <Switch size="sm" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} label={t('dash.allMonths', { n: data.monthly.length })} component="span" />
        )
      }
      figure={
        months.length ? (
          <BarChart
            title={t('dash.monthlyTitle')}
            rows={months.map((m) => ({ key: m.month, label: shortMonth(m.month, lang), values: { productionValue: m.productionValue, salesValue: m.salesValue } }))}
            series={[
              { key: 'productionValue', label: t('dash.productionValue'), color: COLOUR.green },
              { key: 'salesValue', label: t('dash.salesValue'), color: COLOUR.blue },
            ]}
            format={formatBaht}
          />
        ) : (
          <Text c="dimmed">{t('dash.noMoney')}</Text>
        )
      }
      table={
        <DataTable
          rows={months}
          rowKey={(m) => m.month}
          minWidth={560}
          columns={[
            // Short headings: five columns beside a chart on a 1280 px screen.
            { key: 'month', header: t('dash.month'), cell: (m) => unbroken(formatMonth(m.month, lang)), primary: true },
            { key: 'production', header: t('dash.col.production'), cell: (m) => formatBaht(m.productionValue), align: 'right' },
            { key: 'sales', header: t('dash.col.sales'), cell: (m) => formatBaht(m.salesValue), align: 'right' },
            { key: 'exchanges', header: t('dash.col.exchanges'), cell: (m) => num(m.exchangeCount), align: 'right' },
            { key: 'sessions', header: t('dash.col.sessions'), cell: (m) => num(m.sessions), align: 'right' },
          ]}
        />
      }
    />
  );
}

/** Value of sales and exchanges by channel, all months together. */
export function ChannelsChart({ data, filter }: ChartProps) {
  const t = useReportsT();
  const { lang } = useLang();
  const kindLabel = (kind: string) => t(kind === 'exchange' ? 'numbers.kindExchange' : 'numbers.kindSale');
  return (
    <ChartCard
      chart="channels"
      filter={filter}
      title={t('dash.channelsTitle')}
      figure={
        data.byChannel.length ? (
          <BarChart
            title={t('dash.channelsTitle')}
            stacked
            rows={data.byChannel.map((c) => ({ key: c.channel, label: channelLabel(c.channel, lang), values: { [c.kind]: c.value } }))}
            series={[
              { key: 'sale', label: t('numbers.kindSale'), color: COLOUR.blue },
              { key: 'exchange', label: t('numbers.kindExchange'), color: COLOUR.orange },
            ]}
            format={formatBaht}
          />
        ) : (
          <Text c="dimmed">{t('dash.noMoney')}</Text>
        )
      }
      table={
        <DataTable
          rows={data.byChannel}
          rowKey={(c) => c.channel}
          minWidth={520}
          columns={[
            { key: 'channel', header: t('numbers.channel'), cell: (c) => channelLabel(c.channel, lang), primary: true },
            { key: 'kind', header: t('numbers.kind'), cell: (c) => kindLabel(c.kind) },
            { key: 'value', header: t('dash.valueBaht'), cell: (c) => formatBaht(c.value), align: 'right' },
            { key: 'count', header: t('dash.count'), cell: (c) => num(c.count), align: 'right' },
          ]}
        />
      }
    />
  );
}

/** Groups on their way to a community enterprise: informed, applied, registered. */
export function EnterprisesChart({ data, filter }: ChartProps) {
  const t = useReportsT();
  const rows = (['informed', 'applied', 'registered'] as const).map((k) => ({ key: k, label: t(`dash.ent.${k}`), value: data.enterprises[k] }));
  return (
    <ChartCard
      chart="enterprises"
      filter={filter}
      title={t('dash.enterprisesTitle')}
      figure={<BarChart title={t('dash.enterprisesTitle')} rows={rows.map((r) => ({ key: r.key, label: r.label, values: { n: r.value } }))} series={[{ key: 'n', label: t('measure.groups'), color: COLOUR.green }]} format={(n) => t('dash.groupsN', { n: num(n) })} />}
      table={
        <DataTable
          rows={rows}
          rowKey={(r) => r.key}
          minWidth={320}
          columns={[
            { key: 'label', header: t('numbers.item'), cell: (r) => r.label, primary: true },
            { key: 'n', header: t('measure.groups'), cell: (r) => <span data-testid={`enterprises-${r.key}`}>{num(r.value)}</span>, align: 'right' },
          ]}
        />
      }
    />
  );
}

/** The provinces' monthly reports over the last three months: received on time, late, missing. */
export function ReportingChart({ data, filter }: ChartProps) {
  const t = useReportsT();
  const { lang } = useLang();
  const r = data.reporting;
  if (!r) return null;
  const rows = [
    { key: 'expected', label: t('completeness.expected'), n: r.totals.expected },
    { key: 'received', label: t('completeness.received'), n: r.totals.received },
    { key: 'onTime', label: t('completeness.onTime'), n: r.totals.onTime },
    { key: 'late', label: t('completeness.late'), n: r.totals.late },
    { key: 'missing', label: t('completeness.missing'), n: r.totals.missing },
    { key: 'lateToday', label: t('dash.lateToday'), n: r.lateToday },
  ];
  return (
    <ChartCard
      chart="reporting"
      filter={filter}
      title={t('dash.reportingTitle')}
      note={
        <>
          {t('dash.reportingNote', { from: formatMonth(r.from, lang), to: formatMonth(r.to, lang) })}{' '}
          <Anchor component={Link} to={`/reports/completeness?from=${r.from}&to=${r.to}`} size="sm">
            {t('dash.toCompleteness')}
          </Anchor>
        </>
      }
      figure={
        <BarChart
          title={t('dash.reportingTitle')}
          stacked
          rows={[{ key: 'reports', label: t('dash.reportsOfExpected', { n: num(r.totals.expected) }), values: { onTime: r.totals.onTime, late: r.totals.late, missing: r.totals.missing } }]}
          series={[
            { key: 'onTime', label: t('completeness.onTime'), color: COLOUR.green },
            { key: 'late', label: t('completeness.late'), color: COLOUR.orange },
            { key: 'missing', label: t('completeness.missing'), color: COLOUR.red },
          ]}
          format={num}
          max={Math.max(1, r.totals.expected)}
        />
      }
      table={
        <DataTable rows={rows} rowKey={(x) => x.key} minWidth={320} columns={[{ key: 'label', header: t('numbers.item'), cell: (x) => x.label, primary: true }, { key: 'n', header: t('dash.reports'), cell: (x) => num(x.n), align: 'right' }]} />
      }
    />
  );
}
