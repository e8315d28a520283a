import { Button, Container, Paper, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/**
 * A page that threw while rendering, or a chunk that no longer exists after a new release
 * (the old index.html asked for it): reloading fetches the current build.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  console.error(error);
  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('app.short')}
        </Title>
        <Text mb="md">{t('error.pageCrashed')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Paper>
    </Container>
  );
}
