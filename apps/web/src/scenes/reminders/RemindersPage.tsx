import { Alert, Badge, Stack, Text } from '@mantine/core';
import { REMINDER_KIND_LABELS } from '@ntag/shared';
import type { Reminder } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ThaiDate } from '../../components/ThaiDate';
import { useMyReminders } from '../../features/plan/usePlan';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/** การแจ้งเตือนที่ฉันจะได้รับ (issue 13): each reminder my roles get, the next day it goes out, and the channels that reach me. */
export function RemindersPage() {
  const t = usePlanT();
  const { lang } = useLang();
  const mine = useMyReminders();
  const d = mine.data;
  const columns: Column<Reminder>[] = [
    {
      key: 'what', header: t('reminders.col.what'), primary: true, cell: (r) => (
        <Stack gap={0} data-testid="reminder" data-kind={r.kind}>
          <Text size="sm" fw={600}>{r.title}</Text>
          <Text size="xs" c="dimmed">{REMINDER_KIND_LABELS[r.kind][lang]}{r.groups !== null ? ` · ${t('reminders.groups', { count: formatNumber(r.groups) })}` : ''}</Text>
        </Stack>
      ),
    },
    { key: 'unit', header: t('reminders.col.unit'), cell: (r) => r.unit.nameTh },
    { key: 'next', header: t('reminders.col.next'), cell: (r) => <ThaiDate value={r.nextOn} fallback="–" /> },
    { key: 'due', header: t('reminders.col.due'), cell: (r) => <ThaiDate value={r.dueOn} fallback="–" /> },
  ];
  return (
    <>
      <PageHeader title={t('reminders.title')} subtitle={t('reminders.subtitle')} />
      {mine.isPending && <Loading />}
      {mine.error && <ErrorAlert error={mine.error} />}
      {d && (
        <Stack gap="sm">
          <Badge size="lg" variant="light" style={{ textTransform: 'none' }} data-testid="reminder-channels">
            {t('reminders.channels', { email: d.channels.email ? t('reminders.email') : '', line: d.channels.line ? t('reminders.line') : '' })}
          </Badge>
          {!d.channels.email && !d.channels.line && <Text size="sm" c="dimmed">{t('reminders.noEmail')}</Text>}
          {!d.enabled && <Alert color="yellow" variant="light">{t('reminders.off')}</Alert>}
          <DataTable columns={columns} rows={d.items} rowKey={(r) => `${r.kind}|${r.unit.code}|${r.cohort ?? ''}|${r.step ?? ''}|${r.title}`} minWidth={560} empty={t('reminders.none')} />
        </Stack>
      )}
    </>
  );
}
