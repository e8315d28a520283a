import { useState } from 'react';
import { Button, Group, Select, Text, Title } from '@mantine/core';
import { toBuddhistYear, todayIso } from '@ntag/shared';
import type { Step, StepSchedule } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useCohorts, useSteps } from '../../features/program/useProgram';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { StepScheduleModal } from './StepScheduleModal';

interface Row {
  step: Step;
  schedule: StepSchedule | undefined;
}

/** The seven steps with their dates for one cohort (this year's cohort first). */
export function StepsSection() {
  const t = useT();
  const pt = usePlanT();
  const nameOf = useNameOf();
  const steps = useSteps();
  const cohorts = useCohorts();
  const { data: me } = useMe();
  // The ministry sets the operational plan (issue 13), not only the administrator.
  const canEdit = hasPermission(me, 'cohort.plan');
  const years = cohorts.data?.cohorts.map((c) => c.cohort) ?? [];
  const thisYear = toBuddhistYear(Number(todayIso().slice(0, 4)));
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? (years.includes(thisYear) ? thisYear : years.at(-1) ?? null);
  const [editing, setEditing] = useState<Row | null>(null);

  const rows: Row[] = (steps.data ?? []).map((step) => ({ step, schedule: step.schedule.find((s) => s.cohort === year) }));
  const columns: Column<Row>[] = [
    { key: 'name', header: t('program.step'), primary: true, cell: (r) => `${r.step.step}. ${nameOf(r.step)}` },
    { key: 'form', header: t('program.form'), cell: (r) => r.step.form ?? '–' },
    { key: 'start', header: t('program.startsOn'), cell: (r) => <ThaiDate value={r.schedule?.startsOn} fallback={t('program.noDate')} /> },
    { key: 'due', header: t('program.dueOn'), cell: (r) => <ThaiDate value={r.schedule?.dueOn} fallback={t('program.noDate')} /> },
    { key: 'reason', header: '', cell: (r) => (r.schedule?.reason ? <Text size="xs" c="dimmed">{pt('schedule.lastReason', { reason: r.schedule.reason })}</Text> : null), hideOnCard: !rows.some((x) => x.schedule?.reason) },
  ];
  if (canEdit) {
    columns.push({
      key: 'edit',
      header: '',
      align: 'right',
      cell: (r) =>
        r.schedule && (
          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(r)}>
            {t('common.edit')}
          </Button>
        ),
    });
  }

  return (
    <section>
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={3} size="h4">
          {t('program.steps')}
        </Title>
        <Select
          label={t('program.selectCohort')}
          w={160}
          value={year === null ? null : String(year)}
          onChange={(v) => v && setPicked(Number(v))}
          allowDeselect={false}
          data={years.map((y) => ({ value: String(y), label: t('common.beYear', { year: y }) }))}
        />
      </Group>
      {(steps.isPending || cohorts.isPending) && <Loading />}
      {(steps.error || cohorts.error) && <ErrorAlert error={steps.error ?? cohorts.error} />}
      {steps.data && <DataTable columns={columns} rows={rows} rowKey={(r) => String(r.step.step)} minWidth={640} />}
      {editing?.schedule && (
        <StepScheduleModal
          key={`${editing.schedule.cohort}-${editing.step.step}`}
          step={editing.step}
          schedule={editing.schedule}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
