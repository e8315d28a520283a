import type { ReactNode } from 'react';
import { Paper, Text } from '@mantine/core';
import { formatNumber } from '../i18n/I18nProvider';

/** One figure with its label, for the rows of counts at the top of a page. */
export function StatCard({ label, value, action }: { label: string; value: number | string; action?: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" h="100%">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={26} lh={1.4}>
        {typeof value === 'number' ? formatNumber(value) : value}
      </Text>
      {action}
    </Paper>
  );
}
