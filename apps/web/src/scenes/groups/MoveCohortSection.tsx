import { useState } from 'react';
import { Button, Group as Row, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Group } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useMoveCohort } from '../../features/plan/usePlan';
import { useCohorts, useSteps } from '../../features/program/useProgram';
import { usePlanT } from '../../i18n/plan';

/**
 * A group formed after its cohort's deadline for forming groups (step 2) joins the next cohort
 * (issue 13), with a reason; offered only to those who change the group, and only when it applies.
 */
export function MoveCohortSection({ group }: { group: Group }) {
  const t = usePlanT();
  const { data: me } = useMe();
  const cohorts = useCohorts();
  const steps = useSteps();
  const move = useMoveCohort();
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(move.error);
  const next = (cohorts.data?.cohorts ?? []).map((c) => c.cohort).filter((y) => y > group.cohort).sort((a, b) => a - b)[0];
  const due = steps.data?.find((s) => s.step === 2)?.schedule.find((s) => s.cohort === group.cohort)?.dueOn ?? null;
  const late = !!due && !!group.foundedOn && group.foundedOn > due;
  if (!hasPermission(me, 'group.update') || !next || !late) return null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="move-cohort">
      <Stack gap="xs">
        <Title order={3} size="h5">{t('move.title')}</Title>
        <Text size="sm" c="dimmed">{t('move.hint', { year: next })}</Text>
        <Textarea label={t('move.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxLength={500} error={errors.reason} />
        {!!move.error && <ErrorAlert error={move.error} hideIssues />}
        <Row><Button variant="light" disabled={reason.trim().length < 3} loading={move.isPending} onClick={() => move.mutate({ groupId: group.id, cohort: next, reason: reason.trim(), version: group.version })}>{t('move.submit', { year: next })}</Button></Row>
      </Stack>
    </Paper>
  );
}
