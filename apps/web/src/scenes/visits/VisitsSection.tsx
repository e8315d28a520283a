import { useState } from 'react';
import { Badge, Button, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '@ntag/shared';
import type { Group as GroupT, Visit } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useDeleteVisit, useVisits } from '../../features/plan/usePlan';
import { useStepName } from '../../features/program/useProgram';
import { useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { VisitModal } from './VisitModal';

const FOLLOW_COLOUR = { due: 'blue', overdue: 'red', done: 'ntag', none: 'gray' } as const;

/** The district's visits to this group (steps 4 and 6), newest first, each with its follow-up and photos. */
export function VisitsSection({ group }: { group: GroupT }) {
  const t = usePlanT();
  const { lang } = useLang();
  const stepName = useStepName();
  const { data: me } = useMe();
  const visits = useVisits(group.id);
  const remove = useDeleteVisit();
  const canWrite = hasPermission(me, 'visit.write');
  const [editing, setEditing] = useState<Visit | null | 'new'>(null);
  if (!hasPermission(me, 'visit.read')) return null;
  const followUp = (v: Visit) => {
    if (v.followUp === 'none' || !v.followUpOn) return null;
    const date = formatDate(v.followUp === 'done' ? v.followedUpOn : v.followUpOn, lang);
    return <Badge color={FOLLOW_COLOUR[v.followUp]} variant="light" style={{ textTransform: 'none' }} data-testid="visit-follow-up" data-state={v.followUp}>{t(`visits.followUp.${v.followUp}`, { date })}</Badge>;
  };
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" data-testid="visits">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} size="h4">{t('visits.title')}</Title>
          <Text size="sm" c="dimmed">{t('visits.hint')}</Text>
        </Stack>
        {canWrite && <Button onClick={() => setEditing('new')} data-testid="visit-add">{t('visits.add')}</Button>}
      </Group>
      {visits.isPending && <Loading />}
      {(visits.error || remove.error) && <ErrorAlert error={visits.error ?? remove.error} />}
      {visits.data && !visits.data.items.length && <Text c="dimmed" size="sm">{t('visits.none')}</Text>}
      <Stack gap="xs">
        {visits.data?.items.map((v) => (
          <Paper key={v.id} withBorder p="xs" radius="sm" data-testid="visit" data-id={v.id}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={600} size="sm">{formatDate(v.visitedOn, lang, 'long')} · {t('visits.step')} {v.step} {stepName(v.step)}</Text>
              {followUp(v)}
            </Group>
            <Text size="sm" c="dimmed">{t('visits.visitors')}: {v.visitors}</Text>
            <Text size="sm"><b>{t('visits.advice')}:</b> {v.advice}</Text>
            {v.problems && <Text size="sm"><b>{t('visits.problems')}:</b> {v.problems}</Text>}
            {v.photos.length > 0 && (
              <SimpleGrid cols={{ base: 3, sm: 5 }} spacing={4} mt={4}>
                {v.photos.map((p) => <Image key={p.id} src={p.url} alt={t('visits.photos')} radius="sm" h={72} fit="cover" />)}
              </SimpleGrid>
            )}
            {canWrite && (
              <Group gap={4} mt={4}>
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing(v)}>{t('visits.edit')}</Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => window.confirm(t('visits.deleteConfirm', { date: formatDate(v.visitedOn, lang) })) && remove.mutate({ id: v.id, version: v.version })}>{t('visits.delete')}</Button>
              </Group>
            )}
          </Paper>
        ))}
      </Stack>
      {editing && <VisitModal groupId={group.id} visit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
