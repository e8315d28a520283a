import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Task } from '../../api/contract';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useTasks } from '../../features/tasks/useTasks';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useWorkT } from '../../i18n/work';

/** Lines that are news rather than work: shown, but not in the warning colour. */
const INFO = new Set(['kt05.received', 'group.next_step']);
const URGENT = new Set(['report.returned', 'group.overdue', 'report.late', 'kt05.missing', 'visit.follow_up']);

function TaskRow({ task }: { task: Task }) {
  const t = useWorkT();
  const { lang } = useLang();
  const colour = URGENT.has(task.kind) ? 'red' : INFO.has(task.kind) ? 'gray' : 'ntag';
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`task-${task.kind}`}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Group gap="sm" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
          <Badge size="xl" radius="sm" color={colour} variant={INFO.has(task.kind) ? 'light' : 'filled'} miw={52} data-testid="task-count">
            {formatNumber(task.count)}
          </Badge>
          <Text size="sm" fw={500} style={{ minWidth: 0 }}>
            {lang === 'en' ? task.titleEn : task.title}
          </Text>
        </Group>
        <Button component={Link} to={task.link} size="sm" variant={INFO.has(task.kind) ? 'default' : 'filled'} style={{ flexShrink: 0 }}>
          {t('home.act')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The home page's to-do (GET /api/tasks): each line a count and one tap to act. */
export function TaskList() {
  const t = useWorkT();
  const tasks = useTasks();
  const { data: me } = useMe();
  if (tasks.isPending) return <Loading />;
  if (tasks.error) return <ErrorAlert error={tasks.error} />;
  if (!tasks.data.items.length) {
    return (
      <EmptyState title={t('home.nothing')} hint={t('home.nothingHint')} testId="tasks-empty">
        {hasPermission(me, 'farmer.create') && (
          <Button size="sm" variant="light" component={Link} to="/farmers/new">
            {t('empty.addFarmer')}
          </Button>
        )}
        {hasPermission(me, 'progress.read') && (
          <Button size="sm" variant="default" component={Link} to="/progress">
            {t('home.progress')}
          </Button>
        )}
      </EmptyState>
    );
  }
  return (
    <Stack gap="xs" data-testid="tasks">
      {tasks.data.items.map((task) => (
        <TaskRow key={`${task.kind}:${task.link}:${task.title}`} task={task} />
      ))}
    </Stack>
  );
}
