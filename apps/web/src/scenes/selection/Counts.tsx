import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatNumber } from '../../i18n/I18nProvider';

export interface Count {
  label: string;
  value: number | string;
  note?: ReactNode;
}

/**
 * A row of figures, compact enough that five fit in two rows on a 360-px phone (the page's
 * list starts on the first screen) and in one row from the desktop up.
 */
export function Counts({ items, testId }: { items: Count[]; testId?: string }) {
  return (
    <SimpleGrid cols={{ base: 3, md: items.length }} spacing="xs" verticalSpacing="xs" data-testid={testId}>
      {items.map((c) => (
        <Paper key={c.label} withBorder px="sm" py={6} radius="md">
          <Text size="xs" c="dimmed" lh={1.35}>
            {c.label}
          </Text>
          <Text fw={700} fz={22} lh={1.35}>
            {typeof c.value === 'number' ? formatNumber(c.value) : c.value}
          </Text>
          {c.note}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
