import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { LangSwitch } from '../../app/LangSwitch';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLogin } from '../../features/auth/useSession';
import { useT } from '../../i18n/I18nProvider';

/** Only paths of this app: `?next=//evil.example` must not become an open redirect. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.short')}`;
  }, [t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) },
    );
  };

  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }}>
      <Container size={440} px="sm">
        <Group justify="flex-end" mb="sm">
          <LangSwitch />
        </Group>
        <Stack align="center" gap={4} mb="lg" ta="center">
          <img src="/favicon.svg" alt="" width={56} height={56} />
          <Text size="sm" c="dimmed">
            {t('app.ministry')}
          </Text>
          <Title order={1} size="h3" c="ntag.8">
            {t('app.name')}
          </Title>
        </Stack>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'lg' }} radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2} size="h4">
                {t('login.title')}
              </Title>
              {missing && (
                <Alert color="yellow" variant="light" role="alert">
                  {t('login.required')}
                </Alert>
              )}
              {login.error && <ErrorAlert error={login.error} />}
              <TextInput
                label={t('login.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                size="md"
              />
              <PasswordInput
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                size="md"
              />
              <Button type="submit" size="md" fullWidth loading={login.isPending}>
                {t('login.submit')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('login.help')}
              </Text>
            </Stack>
          </form>
        </Paper>
      </Container>
    </Box>
  );
}
