import { useState } from 'react';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime, formatMonth } from '@ntag/shared';
import { download } from '../../api/client';
import { FormDownloads, type DownloadItem } from '../../components/FormDownloads';
import { unbroken } from '../../features/reports/format';
import type { Report } from '../../api/contract';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { NarrativeSection } from './NarrativeSection';
import { ProvincesStatus } from './ProvincesStatus';
import { ReportNumbers } from './ReportNumbers';
import { ReviewActions } from './ReviewActions';
import { StateBadge } from './StateBadge';
import { Timeliness } from './Timeliness';
import { VersionHistory } from './VersionHistory';

/** The printed forms of a report: the province report, or the agency's กท.05, as PDF and Excel. */
function usePrintItems(report: Report): DownloadItem[] {
  const t = useReportsT();
  const { unit, period } = report;
  const form = unit.kind === 'province' ? { path: 'province-report', query: { province: unit.code, period } } : unit.kind === 'agency' ? { path: 'kt05', query: { agency: unit.code, period } } : null;
  if (!form) return [];
  return (['pdf', 'xlsx'] as const).map((ext) => ({
    key: ext,
    label: t(ext === 'pdf' ? 'print.pdf' : 'print.xlsx'),
    primary: ext === 'pdf',
    run: () => download(`/api/forms/${form.path}.${ext}`, { query: form.query, fallbackName: `${form.path}-${unit.code}-${period}.${ext}` }),
  }));
}

/**
 * One monthly report: its state and timeliness, the reason it was returned, what the caller
 * may do (submit, accept, return), the narrative, the numbers, the provinces of a กท.05 and
 * every version. Used by /reports (a unit's month) and /reports/:id (from a notification).
 */
export function ReportView({ report }: { report: Report }) {
  const t = useReportsT();
  const { lang } = useLang();
  const print = usePrintItems(report);
  const [done, setDone] = useState<'submitted' | 'accepted' | 'returned' | null>(null);
  const live = report.state === 'draft' || report.state === 'returned';

  return (
    <Stack gap="md" data-testid="report" data-report={report.id} data-unit={report.unit.code}>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
            <div style={{ minWidth: 0 }}>
              <Title order={2} size="h4">
                {lang === 'en' ? report.definition.nameEn : report.definition.nameTh}
              </Title>
              <Text size="sm">{t('report.unitMonth', { unit: report.unit.nameTh, month: formatMonth(report.period, lang) })}</Text>
            </div>
            <StateBadge state={report.state} size="lg" />
          </Group>
          <Timeliness dueOn={report.dueOn} onTime={report.onTime} submitted={!!report.firstSubmittedAt} />
          {report.firstSubmittedAt && (
            <Text size="sm" c="dimmed">
              {t('report.firstSubmitted', { when: unbroken(formatDateTime(report.firstSubmittedAt, lang)) })}
            </Text>
          )}
          {report.state === 'returned' && report.returnReason && (
            <Alert color="orange" variant="light" title={t('report.returnedTitle')} data-testid="report-return-reason">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {report.returnReason}
              </Text>
              {report.can.edit && (
                <Text size="sm" mt={4}>
                  {t('report.returnedFix')}
                </Text>
              )}
            </Alert>
          )}
          {done && (
            <Alert color="ntag" variant="light" role="status" data-testid="report-done">
              {t(`report.done.${done}`)}
            </Alert>
          )}
          {report.can.review && <ReviewActions report={report} onDone={setDone} />}
          {print.length > 0 && <FormDownloads items={print} errorTitle={t('print.error')} />}
        </Stack>
      </Paper>

      <NarrativeSection key={report.id} report={report} onSubmitted={() => setDone('submitted')} />
      {report.content.provinces && <ProvincesStatus provinces={report.content.provinces} period={report.period} />}
      <Text size="sm" c="dimmed">
        {t(live ? (report.unit.kind === 'agency' ? 'report.liveAgencyNumbers' : 'report.liveNumbers') : 'report.frozenNumbers', {
          when: formatDateTime(report.content.computedAt, lang),
        })}
      </Text>
      <ReportNumbers content={report.content} />
      <VersionHistory versions={report.versions} />
    </Stack>
  );
}
