import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useMe } from '../../features/auth/useMe';
import { useSetSigner } from '../../features/auth/useSession';
import { useT } from '../../i18n/I18nProvider';

/**
 * My real name and position for the signature lines of the forms I print or send (issue 15):
 * asked once, kept on my account (PUT /api/me/signer), printed instead of the account's name.
 */
export function SignerForm() {
  const t = useT();
  const me = useMe();
  const save = useSetSigner();
  const signer = me.data?.user.signer ?? null;
  const [name, setName] = useState(signer?.name ?? '');
  const [position, setPosition] = useState(signer?.position ?? '');
  useEffect(() => {
    if (signer) {
      setName(signer.name);
      setPosition(signer.position);
    }
  }, [signer?.name, signer?.position]);
  const errors = useFieldErrors(save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ name, position });
  };

  return (
    <Paper withBorder p="md" radius="md" maw={480} mt="md" data-testid="signer-form">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4">
            {t('signer.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('signer.help')}
          </Text>
          {!signer && !save.isSuccess && (
            <Alert color="yellow" variant="light">
              {t('signer.missing')}
            </Alert>
          )}
          {save.isSuccess && (
            <Alert color="ntag" variant="light" role="status">
              {t('signer.saved')}
            </Alert>
          )}
          {!!save.error && <ErrorAlert error={save.error} hideIssues />}
          <TextInput label={t('signer.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required maxLength={150} />
          <TextInput label={t('signer.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} error={errors.position} required maxLength={200} />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
