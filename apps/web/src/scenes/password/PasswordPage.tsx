import { useState, type FormEvent } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { ERROR_MESSAGES, PASSWORD_MIN_LENGTH } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { PageHeader } from '../../components/PageHeader';
import { useChangePassword } from '../../features/auth/useSession';
import { useLang, useT } from '../../i18n/I18nProvider';
import { SignerForm } from './SignerForm';

/** Change my own password; the API checks the current one and the minimum length. */
export function PasswordPage() {
  const t = useT();
  const { lang } = useLang();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = useFieldErrors(change.error);
  const wrongCurrent = isApiError(change.error) && change.error.code === 'auth.wrong_current_password';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!current) problems.currentPassword = t('password.required');
    if (next.length < PASSWORD_MIN_LENGTH) problems.newPassword = t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
    if (next !== confirm) problems.confirm = t('password.mismatch');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      { onSuccess: () => { setCurrent(''); setNext(''); setConfirm(''); } },
    );
  };

  return (
    <>
      <PageHeader title={t('password.title')} />
      <Paper withBorder p="md" radius="md" maw={480}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {change.isSuccess && (
              <Alert color="ntag" variant="light" role="status">
                {t('password.changed')}
              </Alert>
            )}
            {!!change.error && !wrongCurrent && <ErrorAlert error={change.error} hideIssues />}
            <PasswordInput
              label={t('password.current')}
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={local.currentPassword ?? server.currentPassword ?? (wrongCurrent ? ERROR_MESSAGES['auth.wrong_current_password'][lang] : undefined)}
              required
            />
            <PasswordInput
              label={t('password.new')}
              description={t('password.tooShort', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={local.newPassword ?? server.newPassword}
              required
            />
            <PasswordInput
              label={t('password.confirm')}
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={local.confirm}
              required
            />
            <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <SignerForm />
    </>
  );
}
