import { useState } from 'react';
import { Badge, Button, Title } from '@mantine/core';
import type { ReportDeadline } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useReportDeadlines } from '../../features/program/useProgram';
import type { MessageKey } from '../../i18n/th';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { DeadlineModal } from './DeadlineModal';

/** Monthly reports: who sends to whom, by which day of the following month. */
export function DeadlinesSection() {
  const t = useT();
  const nameOf = useNameOf();
  const deadlines = useReportDeadlines();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'program.update');
  const [editing, setEditing] = useState<ReportDeadline | null>(null);
  const levelName = (level: string) => t(`program.level.${level}` as MessageKey);

  const columns: Column<ReportDeadline>[] = [
    { key: 'name', header: t('program.report'), primary: true, cell: (d) => nameOf(d) },
    { key: 'dir', header: t('program.direction'), cell: (d) => `${levelName(d.fromLevel)} → ${levelName(d.toLevel)}` },
    { key: 'due', header: t('program.dueDay'), cell: (d) => t('program.dueDayValue', { day: d.dueDay }) },
    {
      key: 'enabled',
      header: t('common.status'),
      cell: (d) => (
        <Badge variant="light" size="md" color={d.enabled ? 'ntag' : 'gray'}>
          {d.enabled ? t('program.enabled') : t('program.disabled')}
        </Badge>
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'edit',
      header: '',
      align: 'right',
      cell: (d) => (
        <Button size="compact-sm" variant="subtle" onClick={() => setEditing(d)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <section>
      <Title order={3} size="h4" mb="sm">
        {t('program.deadlines')}
      </Title>
      {deadlines.isPending && <Loading />}
      {deadlines.error && <ErrorAlert error={deadlines.error} />}
      {deadlines.data && <DataTable columns={columns} rows={deadlines.data} rowKey={(d) => d.code} minWidth={640} />}
      {editing && <DeadlineModal key={editing.code} deadline={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
