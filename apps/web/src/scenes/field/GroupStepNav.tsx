import { Button, Group } from '@mantine/core';
import type { Permission } from '@ntag/shared';
import { Link } from 'react-router';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useProgressT, type ProgressKey } from '../../i18n/progress';

export type GroupScreen = 'overview' | 'learning' | 'production' | 'market' | 'sales' | 'enterprise' | 'timeline';

const SCREENS: { key: GroupScreen; path: string; label: ProgressKey; permission: Permission }[] = [
  { key: 'overview', path: '', label: 'stepnav.overview', permission: 'group.read' },
  { key: 'learning', path: '/learning', label: 'stepnav.learning', permission: 'learning.read' },
  { key: 'production', path: '/production', label: 'stepnav.production', permission: 'production.read' },
  { key: 'market', path: '/market', label: 'stepnav.market', permission: 'market.read' },
  { key: 'sales', path: '/sales', label: 'stepnav.sales', permission: 'sales.read' },
  { key: 'enterprise', path: '/enterprise', label: 'stepnav.enterprise', permission: 'enterprise.read' },
  { key: 'timeline', path: '/timeline', label: 'stepnav.timeline', permission: 'progress.read' },
];

/**
 * The group's screens as a row of buttons that wraps (two short lines on a 360 px phone, big
 * enough to tap): the overview with its steps, the record screens of steps 3–7, the timeline.
 */
export function GroupStepNav({ groupId, current }: { groupId: string; current: GroupScreen }) {
  const t = useProgressT();
  const { data: me } = useMe();
  const shown = SCREENS.filter((s) => hasPermission(me, s.permission));
  return (
    <Group component="nav" aria-label={t('stepnav.label')} gap={6} mb="md" data-testid="group-step-nav">
      {shown.map((s) => (
        <Button
          key={s.key}
          component={Link}
          to={`/groups/${groupId}${s.path}`}
          variant={s.key === current ? 'filled' : 'light'}
          aria-current={s.key === current ? 'page' : undefined}
          size="sm"
          px="sm"
        >
          {t(s.label)}
        </Button>
      ))}
    </Group>
  );
}
