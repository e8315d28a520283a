import { useEffect, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

interface Props {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}

/** The page's heading; also names the browser tab, so history and tabs read well. */
export function PageHeader({ title, subtitle, actions }: Props) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('app.short')}`;
  }, [title, t]);
  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="md" wrap="wrap">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Title order={2} size="h3">
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
