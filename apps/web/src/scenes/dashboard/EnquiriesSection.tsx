import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatCard } from '../../components/StatCard';
import { ThaiDate } from '../../components/ThaiDate';
import type { EnquiryDashboard } from '../../api/contract';
import { useEnquiryDashboard } from '../../features/market/useMarket';
import { useProductName } from '../../features/production/useProduction';
import { formatBaht } from '../../features/reports/format';
import { formatNumber } from '../../i18n/I18nProvider';
import { useMarketT } from '../../i18n/market';

type Row = EnquiryDashboard['rows'][number];
const hours = (h: number | null) => (h === null ? '–' : formatNumber(h));

/**
 * The dashboard's section on purchase enquiries (issue #14): its own request
 * (/api/dashboard/enquiries) and its own component, apart from the rest of the dashboard — how
 * many enquiries came, were answered (and how fast), accepted and delivered, for how much, per
 * area below the unit, and the ones left unanswered for more than two days.
 */
export function EnquiriesSection({ filter }: { filter: { unit?: string; cohort?: number } }) {
  const t = useMarketT();
  const q = useEnquiryDashboard(filter);
  const productName = useProductName();
  const d = q.data;
  const columns: Column<Row>[] = [
    { key: 'area', header: t('dash.enq.area'), primary: true, cell: (r) => (r.kind === 'group' ? <Anchor component={Link} to={`/listings?group=${r.code}`}>{r.nameTh}</Anchor> : r.nameTh) },
    { key: 'received', header: t('dash.enq.received'), align: 'right', cell: (r) => formatNumber(r.received) },
    { key: 'answered', header: t('dash.enq.answered'), align: 'right', cell: (r) => formatNumber(r.answered) },
    { key: 'hours', header: t('dash.enq.hours'), align: 'right', cell: (r) => hours(r.medianAnswerHours) },
    { key: 'accepted', header: t('dash.enq.accepted'), align: 'right', cell: (r) => formatNumber(r.accepted) },
    { key: 'delivered', header: t('dash.enq.delivered'), align: 'right', cell: (r) => formatNumber(r.delivered) },
    { key: 'value', header: t('dash.enq.value'), align: 'right', cell: (r) => formatBaht(r.deliveredValue) },
    { key: 'late', header: t('dash.enq.late'), align: 'right', cell: (r) => (r.late ? <Text span c="red" fw={700}>{formatNumber(r.late)}</Text> : '0') },
  ];
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-label={t('dash.enq.title')} data-testid="dashboard-enquiries">
      <Title order={3} size="h4" mb="sm">{t('dash.enq.title')}</Title>
      {q.error && <ErrorAlert error={q.error} />}
      {d && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            {([
              ['received', t('dash.enq.received'), d.totals.received],
              ['answered', t('dash.enq.answered'), d.totals.answered],
              ['hours', t('dash.enq.hours'), hours(d.totals.medianAnswerHours)],
              ['delivered', t('dash.enq.delivered'), d.totals.delivered],
              ['value', t('dash.enq.value'), formatBaht(d.totals.deliveredValue)],
              ['late', t('dash.enq.late'), d.totals.late],
            ] as const).map(([key, label, value]) => (
              <div key={key} data-key={key}>
                <StatCard label={label} value={value} />
              </div>
            ))}
          </SimpleGrid>
          {d.rows.length ? <DataTable columns={columns} rows={d.rows} rowKey={(r) => r.code} minWidth={760} /> : <Text c="dimmed" size="sm">{t('dash.enq.none')}</Text>}
          {d.late.length > 0 && (
            <Stack gap={4} data-testid="dashboard-enquiries-late">
              <Text fw={600} size="sm">{t('dash.enq.lateList')}</Text>
              {d.late.map((l) => (
                <Text key={l.id} size="sm">
                  <Anchor component={Link} to={`/listings?enquiry=${l.id}`}>{productName(l)}</Anchor> · {l.groupName} · <ThaiDate value={l.receivedAt} /> ({t('dash.enq.days', { n: l.days })})
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
