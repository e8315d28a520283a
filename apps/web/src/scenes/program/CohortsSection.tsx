import { useState } from 'react';
import { Button, Group, Title } from '@mantine/core';
import { staleCurrent } from '../../api/ApiError';
import type { Cohort } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useCohorts, useUpdateCohort } from '../../features/program/useProgram';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { AddCohortModal } from './AddCohortModal';
import { NumberEditModal } from './NumberEditModal';

/** Cohort years (BE) and their tambon targets; 788 a year in the seed, data not code. */
export function CohortsSection() {
  const t = useT();
  const pt = usePlanT();
  const cohorts = useCohorts();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'target.update');
  // The ministry opens cohorts (issue 13), not only the administrator.
  const canAdd = hasPermission(me, 'cohort.plan');
  const update = useUpdateCohort();
  const [editing, setEditing] = useState<Cohort | null>(null);
  const [adding, setAdding] = useState(false);
  const current = staleCurrent<Cohort>(update.error);

  const columns: Column<Cohort>[] = [
    { key: 'year', header: t('program.cohortYear'), primary: true, cell: (c) => t('common.beYear', { year: c.cohort }) },
    { key: 'target', header: t('program.tambonTarget'), align: 'right', cell: (c) => formatNumber(c.tambonTarget) },
    { key: 'targets', header: pt('cohort.targetTambons'), align: 'right', cell: (c) => <span data-testid="cohort-target-tambons" data-cohort={c.cohort}>{formatNumber(c.targetTambons)}</span> },
  ];
  if (canEdit) {
    columns.push({
      key: 'edit',
      header: '',
      align: 'right',
      cell: (c) => (
        <Button size="compact-sm" variant="subtle" onClick={() => { update.reset(); setEditing(c); }}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <section style={{ maxWidth: 640 }}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('program.cohorts')}
        </Title>
        {canAdd && (
          // The next year is proposed from the list: not before it has loaded.
          <Button size="xs" variant="light" onClick={() => setAdding(true)} disabled={!cohorts.data}>
            {pt('cohort.open')}
          </Button>
        )}
      </Group>
      {cohorts.isPending && <Loading />}
      {cohorts.error && <ErrorAlert error={cohorts.error} />}
      {cohorts.data && (
        <DataTable columns={columns} rows={cohorts.data.cohorts} rowKey={(c) => String(c.cohort)} minWidth={320} cards={false} />
      )}
      {editing && (
        <NumberEditModal
          title={t('program.editCohort', { year: editing.cohort })}
          label={t('program.tambonTarget')}
          field="tambonTarget"
          value={editing.tambonTarget}
          pending={update.isPending}
          error={update.error}
          current={current?.tambonTarget}
          onUseCurrent={() => { if (current) setEditing(current); update.reset(); }}
          onSave={(n) => update.mutate({ cohort: editing.cohort, tambonTarget: n, version: editing.version }, { onSuccess: () => setEditing(null) })}
          onClose={() => setEditing(null)}
        />
      )}
      {adding && <AddCohortModal existing={cohorts.data?.cohorts ?? []} onClose={() => setAdding(false)} />}
    </section>
  );
}
