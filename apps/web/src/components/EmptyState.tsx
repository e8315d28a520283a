import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useWorkT } from '../i18n/work';

/**
 * An empty list says why it is empty and what to do next (issue 15): add, import, or change the
 * filter. `children` are the actions (buttons or links).
 */
export function EmptyState({ title, hint, children, testId = 'empty-state' }: { title: string; hint?: string; children?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId} style={{ borderStyle: 'dashed' }}>
      <Stack gap={6} align="flex-start">
        <Text fw={600}>{title}</Text>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children && (
          <Group gap="xs" mt={4} wrap="wrap">
            {children}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** A field-record list with nothing yet: the record button is above it. */
export function RecordsEmpty({ title }: { title: string }) {
  const t = useWorkT();
  return <EmptyState title={title} hint={t('empty.recordsHint')} />;
}
