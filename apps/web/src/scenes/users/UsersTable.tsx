import { Anchor, Badge, Group } from '@mantine/core';
import type { User } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { EmptyState } from '../../components/EmptyState';
import { useWorkT } from '../../i18n/work';
import { RoleList } from './RoleList';

/** Username, display name, home unit, roles, status; the username opens the detail drawer. */
export function UsersTable({ users, onOpen }: { users: User[]; onOpen: (id: string) => void }) {
  const t = useT();
  const workT = useWorkT();
  const nameOf = useNameOf();
  const columns: Column<User>[] = [
    {
      key: 'username',
      header: t('users.username'),
      primary: true,
      cell: (u) => (
        <Anchor component="button" type="button" fw={600} onClick={() => onOpen(u.id)} style={{ textAlign: 'start' }}>
          {u.username}
        </Anchor>
      ),
    },
    { key: 'displayName', header: t('users.displayName'), cell: (u) => u.displayName },
    { key: 'home', header: t('users.homeUnit'), cell: (u) => `${nameOf(u.homeUnit)} (${u.homeUnit.code})` },
    { key: 'roles', header: t('users.roles'), cell: (u) => <RoleList roles={u.roles} /> },
    { key: 'status', header: t('users.status'), cell: (u) => <UserStatus user={u} /> },
  ];
  return <DataTable columns={columns} rows={users} rowKey={(u) => u.id} minWidth={820} empty={<EmptyState title={t('users.none')} hint={workT('empty.usersHint')} />} />;
}

export function UserStatus({ user }: { user: User }) {
  const t = useT();
  return (
    <Group gap={4} wrap="wrap" component="span">
      <Badge variant="light" size="md" color={user.active ? 'ntag' : 'gray'}>
        {user.active ? t('users.active') : t('users.disabled')}
      </Badge>
      {user.locked && (
        <Badge variant="light" size="md" color="orange">
          {t('users.locked')}
        </Badge>
      )}
    </Group>
  );
}
