import { Alert, Divider, Drawer, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { grantableRoles, hasPermission, useMe } from '../../features/auth/useMe';
import { useUser } from '../../features/users/useUsers';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { GrantRoleForm } from './GrantRoleForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserAccountForm } from './UserAccountForm';
import { UserRoles } from './UserRoles';
import { UserStatus } from './UsersTable';

/** One user: who they are, their roles, and what the actor's permissions allow on them. */
export function UserDrawer({ userId, onClose }: { userId: string | undefined; onClose: () => void }) {
  const t = useT();
  const nameOf = useNameOf();
  const { data: me } = useMe();
  const user = useUser(userId);
  // The server decides per user: authority over every role it holds (docs/PERMISSIONS.md).
  const manageable = !!user.data?.manageable;
  const canUpdate = hasPermission(me, 'user.update') && manageable;
  const canGrant = hasPermission(me, 'role.grant') && manageable;
  const grantable = grantableRoles(me);

  return (
    <Drawer opened={!!userId} onClose={onClose} position="right" size="lg" title={t('users.detail')}>
      {user.isPending && userId && <Loading />}
      {user.error && <ErrorAlert error={user.error} />}
      {user.data && (
        <Stack gap="md">
          <div>
            <Text fw={700} size="lg">
              {user.data.displayName}
            </Text>
            <Text size="sm" c="dimmed">
              {user.data.username}
            </Text>
            <Text size="sm">
              {t('users.homeUnit')}: {nameOf(user.data.homeUnit)} ({user.data.homeUnit.code})
            </Text>
            <Text size="sm">
              {t('users.createdAt')}: <ThaiDate value={user.data.createdAt} withTime />
            </Text>
            <UserStatus user={user.data} />
          </div>
          {hasPermission(me, 'user.update') && !manageable && (
            <Alert color="gray" variant="light" data-testid="not-manageable">
              {t('users.notManageable')}
            </Alert>
          )}
          <Divider />
          <UserRoles user={user.data} canRevoke={canGrant} grantable={grantable} />
          {canGrant && grantable.length > 0 && <GrantRoleForm key={user.data.id} user={user.data} grantable={grantable} />}
          {canUpdate && (
            <>
              <Divider />
              <UserAccountForm key={user.data.id} user={user.data} isSelf={user.data.id === me?.user.id} />
              <ResetPasswordForm key={user.data.id} userId={user.data.id} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
