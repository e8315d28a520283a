import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { User } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useUpdateUser } from '../../features/users/useUsers';
import { useT } from '../../i18n/I18nProvider';

/**
 * Display name and enable/disable. After a 409 the drawer reloads the user (see useUsers):
 * the message stays, the header shows the current record, and saving again sends the
 * current version — the user decides again instead of the app overwriting silently.
 */
export function UserAccountForm({ user, isSelf }: { user: User; isSelf: boolean }) {
  const t = useT();
  const update = useUpdateUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const errors = useFieldErrors(update.error);

  return (
    <Stack gap="xs">
      {!!update.error && <ErrorAlert error={update.error} hideIssues={!errors.active} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: user.id, displayName: displayName.trim(), version: user.version });
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('users.displayName')}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
            style={{ flex: '1 1 200px', minWidth: 0 }}
          />
          <Button type="submit" variant="light" loading={update.isPending && update.variables?.displayName !== undefined} disabled={!displayName.trim() || displayName.trim() === user.displayName}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      {!isSelf && (
        <Button
          variant="light"
          color={user.active ? 'red' : 'ntag'}
          style={{ alignSelf: 'flex-start' }}
          loading={update.isPending && update.variables?.active !== undefined}
          onClick={() => update.mutate({ id: user.id, active: !user.active, version: user.version })}
        >
          {user.active ? t('users.disable') : t('users.enable')}
        </Button>
      )}
    </Stack>
  );
}
