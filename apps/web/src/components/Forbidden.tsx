import { useEffect } from 'react';
import { Button, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** Shown instead of a page the user lacks the permission for (the API would answer 403). */
export function Forbidden() {
  const t = useT();
  useEffect(() => {
    document.title = `${t('error.forbiddenTitle')} · ${t('app.short')}`;
  }, [t]);
  return (
    <Paper withBorder p="lg" radius="md" maw={560}>
      <Title order={2} size="h3" c="red.8" mb="xs">
        {t('error.forbiddenTitle')}
      </Title>
      <Text mb="md">{t('error.forbiddenBody')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('error.toHome')}
      </Button>
    </Paper>
  );
}
