import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

export function Loading() {
  const t = useT();
  return (
    <Center py="xl" aria-busy="true" aria-label={t('app.loading')}>
      <Loader size="md" />
    </Center>
  );
}
