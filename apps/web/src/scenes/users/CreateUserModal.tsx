import { useState, type FormEvent } from 'react';
import { Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useCreateUser } from '../../features/users/useUsers';
import { useT } from '../../i18n/I18nProvider';

interface Props {
  defaultUnit?: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** "เพิ่มผู้ใช้": the same rules as the API, checked here first so the user fixes them at once. */
export function CreateUserModal({ defaultUnit, onClose, onCreated }: Props) {
  const t = useT();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [unitCode, setUnitCode] = useState(defaultUnit ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = useFieldErrors(create.error);
  const err = (f: string) => local[f] ?? server[f];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!USERNAME_PATTERN.test(username.trim())) problems.username = t('users.usernameHint');
    if (!displayName.trim()) problems.displayName = t('password.required');
    if (password.length < PASSWORD_MIN_LENGTH) problems.password = t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { username: username.trim(), displayName: displayName.trim(), password, unitCode: unitCode.trim() || undefined },
      { onSuccess: (user) => { onClose(); onCreated(user.id); } },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('users.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {!!create.error && <ErrorAlert error={create.error} hideIssues />}
          <TextInput
            label={t('users.username')}
            description={t('users.usernameHint')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            error={err('username')}
            required
            data-autofocus
          />
          <TextInput label={t('users.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={err('displayName')} required />
          <PasswordInput
            label={t('users.password')}
            description={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={err('password')}
            required
          />
          <TextInput
            label={t('users.unitCode')}
            description={t('users.unitCodeHint')}
            value={unitCode}
            onChange={(e) => setUnitCode(e.currentTarget.value)}
            error={err('unitCode') ?? (isApiError(create.error) && create.error.code === 'unit.not_found' ? t('users.unitNotFound') : undefined)}
          />
          <FormButtons onCancel={onClose} pending={create.isPending} label={t('users.add')} />
        </Stack>
      </form>
    </Modal>
  );
}
