import { Button, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('error.notFoundTitle')} />
      <Paper withBorder p="lg" maw={560}>
        <Title order={3} size="h4" mb="xs">
          {t('error.notFoundTitle')}
        </Title>
        <Text mb="md">{t('error.notFoundBody')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('error.toHome')}
        </Button>
      </Paper>
    </>
  );
}
