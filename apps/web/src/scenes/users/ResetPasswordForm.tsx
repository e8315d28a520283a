import { useState } from 'react';
import { Alert, Button, Group, PasswordInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@ntag/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useResetPassword } from '../../features/users/useUsers';
import { useT } from '../../i18n/I18nProvider';

/** Set a new password for someone who forgot theirs; their open sessions end (API side). */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useT();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const tooShort = password.length > 0 && password.length < PASSWORD_MIN_LENGTH;
  const errors = useFieldErrors(reset.error);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (password.length >= PASSWORD_MIN_LENGTH) reset.mutate({ id: userId, newPassword: password }, { onSuccess: () => setPassword('') });
      }}
    >
      {reset.isSuccess && (
        <Alert color="ntag" variant="light" mb="xs" role="status">
          {t('users.passwordReset')}
        </Alert>
      )}
      {!!reset.error && <ErrorAlert error={reset.error} hideIssues />}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <PasswordInput
          label={t('users.resetPassword')}
          placeholder={t('users.newPassword')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          error={tooShort ? t('password.tooShort', { min: PASSWORD_MIN_LENGTH }) : errors.newPassword}
          style={{ flex: '1 1 200px', minWidth: 0 }}
        />
        <Button type="submit" variant="light" loading={reset.isPending} disabled={password.length < PASSWORD_MIN_LENGTH}>
          {t('users.resetPassword')}
        </Button>
      </Group>
    </form>
  );
}
