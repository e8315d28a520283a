import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { PARTNER_SECTOR_LABELS, type PartnerSector } from '@ntag/shared';
import { DataTable, type Column } from '../../components/DataTable';
import { categoryLabel, channelLabel, formatBaht, produceUseLabel, quantityUnitLabel } from '../../features/reports/format';
import type { CohortFigures, MonthTotal, ReportContent } from '../../api/contract';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { useStepName } from './useStepName';

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" data-testid={testId}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** "this month" and "so far" columns, shared by every table of the report. */
function useMonthColumns<T>(month: (r: T) => ReactNode, total: (r: T) => ReactNode): Column<T>[] {
  const t = useReportsT();
  return [
    { key: 'month', header: t('numbers.month'), cell: month, align: 'right' },
    { key: 'total', header: t('numbers.total'), cell: total, align: 'right' },
  ];
}

function CohortTable({ cohort }: { cohort: CohortFigures }) {
  const t = useReportsT();
  const stepName = useStepName();
  const columns: Column<CohortFigures['steps'][number]>[] = [
    { key: 'step', header: t('numbers.step'), cell: (r) => stepName(r.step), primary: true },
    { key: 'doneMonth', header: t('numbers.doneMonth'), cell: (r) => <span data-testid="step-done-month" data-step={r.step}>{formatNumber(r.doneMonth)}</span>, align: 'right' },
    { key: 'doneTotal', header: t('numbers.doneTotal'), cell: (r) => formatNumber(r.doneTotal), align: 'right' },
    { key: 'overdue', header: t('numbers.overdue'), cell: (r) => (r.overdue ? <Text span c="red.8" fw={600} size="sm">{formatNumber(r.overdue)}</Text> : '0'), align: 'right' },
  ];
  return (
    <Stack gap={4} data-testid="report-cohort" data-cohort={cohort.cohort}>
      <Text fw={700}>{t('numbers.cohort', { year: cohort.cohort })}</Text>
      <Text size="sm" data-testid="report-cohort-summary">
        {t('numbers.cohortSummary', {
          targets: formatNumber(cohort.targetTambons ?? 0),
          tambons: formatNumber(cohort.tambonsWithCandidates ?? 0),
          groups: formatNumber(cohort.groups),
          formed: formatNumber(cohort.groupsFormed.total),
          formedMonth: formatNumber(cohort.groupsFormed.month),
          members: formatNumber(cohort.members),
        })}
      </Text>
      <DataTable columns={columns} rows={cohort.steps} rowKey={(r) => String(r.step)} minWidth={520} caption={t('numbers.stepsCaption', { year: cohort.cohort })} />
    </Stack>
  );
}

interface KeyFigure {
  key: string;
  label: string;
  value: MonthTotal;
  money?: boolean;
}

/** Every table of a report's numbers: groups and steps per cohort, learning, production, sales, enterprises. */
export function ReportNumbers({ content }: { content: ReportContent }) {
  const t = useReportsT();
  const { lang } = useLang();
  const n = (v: number, money = false) => (money ? formatBaht(v) : formatNumber(v));
  const figure = (r: KeyFigure, when: keyof MonthTotal) => (
    <span data-testid="figure" data-key={r.key} data-when={when}>
      {n(r.value[when], r.money)}
    </span>
  );
  const keyColumns = useMonthColumns<KeyFigure>((r) => figure(r, 'month'), (r) => figure(r, 'total'));
  const prodColumns = useMonthColumns<ReportContent['production'][number]>((r) => formatNumber(r.month), (r) => formatNumber(r.total));
  const keyFigures: KeyFigure[] = [
    { key: 'sessions', label: t('numbers.sessions'), value: content.learning.sessions },
    { key: 'attendance', label: t('numbers.attendance'), value: content.learning.attendance },
    { key: 'productionValue', label: t('numbers.productionValue'), value: content.productionValue, money: true },
    { key: 'sale', label: t('numbers.saleValue'), value: content.salesTotal.sale, money: true },
    { key: 'exchange', label: t('numbers.exchangeValue'), value: content.salesTotal.exchange, money: true },
    { key: 'enterprises', label: t('numbers.enterprises'), value: content.enterprises },
    // Advice and support (issue 13); absent from reports frozen before they were counted.
    ...(content.support
      ? [
          { key: 'visits', label: t('numbers.visits'), value: content.support.visits },
          { key: 'lecturerTrainings', label: t('numbers.lecturerTrainings'), value: content.support.lecturerTrainings },
        ]
      : []),
  ];
  const salesColumns: Column<ReportContent['sales'][number]>[] = [
    { key: 'channel', header: t('numbers.channel'), cell: (r) => channelLabel(r.channel, lang), primary: true },
    { key: 'kind', header: t('numbers.kind'), cell: (r) => t(r.kind === 'exchange' ? 'numbers.kindExchange' : 'numbers.kindSale') },
    { key: 'valueMonth', header: t('numbers.valueMonth'), cell: (r) => formatBaht(r.value.month), align: 'right' },
    { key: 'valueTotal', header: t('numbers.valueTotal'), cell: (r) => formatBaht(r.value.total), align: 'right' },
    { key: 'countMonth', header: t('numbers.countMonth'), cell: (r) => formatNumber(r.count.month), align: 'right' },
    { key: 'countTotal', header: t('numbers.countTotal'), cell: (r) => formatNumber(r.count.total), align: 'right' },
  ];

  return (
    <Stack gap="md" data-testid="report-numbers">
      <Section title={t('numbers.groupsTitle')}>
        {content.cohorts.length ? (
          <Stack gap="lg">
            {content.cohorts.map((c) => (
              <CohortTable key={c.cohort} cohort={c} />
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">{t('numbers.noGroups')}</Text>
        )}
      </Section>
      <Section title={t('numbers.keyTitle')} testId="report-key-figures">
        <DataTable
          columns={[{ key: 'label', header: t('numbers.item'), cell: (r: KeyFigure) => r.label, primary: true }, ...keyColumns]}
          rows={keyFigures}
          rowKey={(r) => r.key}
          minWidth={420}
        />
      </Section>
      <Section title={t('numbers.productionTitle')}>
        <DataTable
          columns={[
            {
              key: 'category',
              header: t('numbers.category'),
              primary: true,
              // Each product group's rows end with its total ("total" sorts after the uses).
              cell: (r) => (r.use === 'total' ? <b>{`${categoryLabel(r.category, lang)} · ${t('numbers.useTotal')}`}</b> : `${categoryLabel(r.category, lang)} · ${produceUseLabel(r.use, lang)}`),
            },
            { key: 'unit', header: t('numbers.unit'), cell: (r) => quantityUnitLabel(r.unit, lang) },
            ...prodColumns,
          ]}
          rows={content.production}
          rowKey={(r) => `${r.category}|${r.unit}|${r.use}`}
          minWidth={480}
          empty={t('numbers.noProduction')}
        />
      </Section>
      <Section title={t('numbers.salesTitle')}>
        <DataTable columns={salesColumns} rows={content.sales} rowKey={(r) => r.channel} minWidth={720} empty={t('numbers.noSales')} />
      </Section>
      {content.partners && (
        <Section title={t('numbers.partnersTitle')}>
          <DataTable
            columns={[
              { key: 'name', header: t('numbers.partner'), primary: true, cell: (r: NonNullable<ReportContent['partners']>[number]) => r.name },
              { key: 'sector', header: t('numbers.sector'), cell: (r) => PARTNER_SECTOR_LABELS[r.sector as PartnerSector]?.[lang] ?? r.sector },
              { key: 'support', header: t('numbers.support'), cell: (r) => r.support },
              { key: 'groups', header: t('numbers.partnerGroups'), align: 'right', cell: (r) => formatNumber(r.groups) },
            ]}
            rows={content.partners}
            rowKey={(r) => `${r.name}|${r.from}`}
            minWidth={560}
            empty={t('numbers.noPartners')}
          />
        </Section>
      )}
    </Stack>
  );
}
