import { Anchor, Group, Stack, Text } from '@mantine/core';
import { formatDateTime, formatMonth } from '@ntag/shared';
import { Link } from 'react-router';
import { download } from '../../api/client';
import { CheckMark } from '../../components/CheckMark';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDownloads } from '../../components/FormDownloads';
import { Loading } from '../../components/Loading';
import { useReportInbox } from '../../features/reports/useReports';
import type { InboxUnit } from '../../api/contract';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { StateBadge } from './StateBadge';

/** Waiting for my decision first, then who has not sent (most days late first), then the rest. */
const ORDER = { submitted: 0, none: 1, draft: 1, returned: 2, accepted: 3 } as const;
const byUrgency = (a: InboxUnit, b: InboxUnit) =>
  ORDER[a.state ?? 'none'] - ORDER[b.state ?? 'none'] || (b.daysLate ?? 0) - (a.daysLate ?? 0) || a.unit.code.localeCompare(b.unit.code);

/**
 * The reviewer's inbox for a month: every unit that reports to me, its report's state, when it
 * came and whether on time, how late the missing ones are. A row opens the report to accept
 * or return it. The ministry can also take the national summary workbook.
 */
export function InboxSection({ period, national }: { period: string; national: boolean }) {
  const t = useReportsT();
  const { lang } = useLang();
  const inbox = useReportInbox(period);
  if (inbox.isPending) return <Loading />;
  if (inbox.error) return <ErrorAlert error={inbox.error} />;
  const units = [...inbox.data.units].sort(byUrgency);
  const count = (f: (u: InboxUnit) => boolean) => formatNumber(units.filter(f).length);
  const linkOf = (u: InboxUnit) => (u.reportId ? `/reports/${u.reportId}` : `/reports?unit=${u.unit.code}&period=${period}&tab=report`);

  return (
    <Stack gap="sm" data-testid="report-inbox">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Text size="sm" data-testid="inbox-summary">
          {t('inbox.summary', {
            waiting: count((u) => u.state === 'submitted'),
            accepted: count((u) => u.state === 'accepted'),
            returned: count((u) => u.state === 'returned'),
            missing: count((u) => !u.firstSubmittedAt),
            late: count((u) => (u.daysLate ?? 0) > 0),
          })}
        </Text>
        {national && (
          <FormDownloads
            errorTitle={t('print.error')}
            items={[
              {
                key: 'national',
                label: t('inbox.national'),
                run: () => download('/api/forms/national-summary.xlsx', { query: { period }, fallbackName: `national-summary-${period}.xlsx` }),
              },
            ]}
          />
        )}
      </Group>
      <DataTable
        caption={t('inbox.caption', { month: formatMonth(period, lang) })}
        rows={units}
        rowKey={(u) => `${u.definitionCode}|${u.unit.code}`}
        empty={t('inbox.empty')}
        minWidth={640}
        columns={[
          {
            key: 'unit',
            header: t('inbox.unit'),
            primary: true,
            cell: (u) => (
              <Anchor component={Link} to={linkOf(u)} fw={600} data-testid="inbox-unit" data-unit={u.unit.code}>
                {u.unit.nameTh}
              </Anchor>
            ),
          },
          { key: 'state', header: t('inbox.state'), cell: (u) => <StateBadge state={u.state} size="sm" /> },
          { key: 'submitted', header: t('inbox.submittedAt'), cell: (u) => (u.firstSubmittedAt ? formatDateTime(u.firstSubmittedAt, lang) : '–') },
          {
            key: 'onTime',
            header: t('inbox.onTime'),
            cell: (u) =>
              u.onTime === null ? (
                '–'
              ) : (
                <>
                  <span aria-hidden="true">
                    <CheckMark ok={u.onTime} label="" />
                  </span>{' '}
                  {t(u.onTime ? 'time.onTime' : 'time.late')}
                </>
              ),
          },
          {
            key: 'late',
            header: t('inbox.daysLate'),
            align: 'right',
            cell: (u) =>
              u.daysLate ? (
                <Text span size="sm" c="red.8" fw={700}>
                  {t('inbox.days', { n: formatNumber(u.daysLate) })}
                </Text>
              ) : (
                '–'
              ),
          },
        ]}
      />
    </Stack>
  );
}
