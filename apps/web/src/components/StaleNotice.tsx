import type { ReactNode } from 'react';
import { Button, Paper, Text } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

/** After a 409: what the record holds now, and a way to start the edit again from it. */
export function StaleNotice({ children, onUseCurrent }: { children: ReactNode; onUseCurrent: () => void }) {
  const t = useT();
  return (
    <Paper withBorder p="sm" bg="yellow.0">
      <Text size="sm" fw={600}>
        {t('common.current')}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
      <Button mt="xs" size="compact-sm" variant="light" onClick={onUseCurrent}>
        {t('common.useCurrent')}
      </Button>
    </Paper>
  );
}
