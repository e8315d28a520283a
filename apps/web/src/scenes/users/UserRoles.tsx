import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDate, ROLE_LABELS, type Role } from '@ntag/shared';
import type { User } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRevokeRole } from '../../features/users/useUsers';
import { useLang, useT } from '../../i18n/I18nProvider';

/** The user's grants; the actor may revoke those of roles they could also grant. */
export function UserRoles({ user, canRevoke, grantable }: { user: User; canRevoke: boolean; grantable: Role[] }) {
  const t = useT();
  const { lang } = useLang();
  const revoke = useRevokeRole();

  return (
    <section>
      <Title order={3} size="h5" mb="xs">
        {t('users.roles')}
      </Title>
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {user.roles.length === 0 && <Text c="dimmed">{t('users.noRoles')}</Text>}
      <Stack gap="xs">
        {user.roles.map((r) => {
          const role = ROLE_LABELS[r.role][lang];
          const unit = `${lang === 'en' && r.unitNameEn ? r.unitNameEn : r.unitNameTh} (${r.unitCode})`;
          return (
            <Paper key={r.id} withBorder p="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {role}
                  </Text>
                  <Text size="sm">{unit}</Text>
                  <Text size="xs" c="dimmed">
                    {t('users.grantedAt', { date: formatDate(r.grantedAt, lang) })}
                  </Text>
                </div>
                {canRevoke && grantable.includes(r.role) && (
                  <Button
                    size="compact-sm"
                    color="red"
                    variant="light"
                    loading={revoke.isPending && revoke.variables?.grantId === r.id}
                    onClick={() => {
                      if (window.confirm(t('users.revokeConfirm', { role, unit }))) revoke.mutate({ id: user.id, grantId: r.id });
                    }}
                  >
                    {t('users.revoke')}
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}
