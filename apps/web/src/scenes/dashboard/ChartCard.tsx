import type { ReactNode } from 'react';
import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormDownloads } from '../../components/FormDownloads';
import { downloadChart, type DashboardFilter } from '../../features/dashboard/useDashboard';
import type { DashboardChart } from '../../api/contract';
import { useReportsT } from '../../i18n/reports';

interface Props {
  title: string;
  note?: ReactNode;
  chart: DashboardChart;
  filter: DashboardFilter;
  /** The drawing; beside its table on a wide screen, above it on a phone. */
  figure: ReactNode;
  table: ReactNode;
  /** Buttons beside the download (e.g. close). */
  actions?: ReactNode;
  /** Twelfths of a wide screen the drawing takes; the table takes the rest (tables need the room). */
  figureSpan?: number;
}

/** Every chart of the dashboard: the drawing, the table of its numbers, and the table as .xlsx. */
export function ChartCard({ title, note, chart, filter, figure, table, actions, figureSpan = 5 }: Props) {
  const t = useReportsT();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-label={title} data-testid={`chart-${chart}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Title order={3} size="h4">
            {title}
          </Title>
          {note && (
            <Text size="sm" c="dimmed">
              {note}
            </Text>
          )}
        </Stack>
        <Group gap="xs" align="flex-start" wrap="wrap">
          <FormDownloads errorTitle={t('print.error')} items={[{ key: chart, label: t('dash.xlsx'), run: () => downloadChart(chart, filter) }]} />
          {actions}
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: figureSpan }} miw={0}>
          {figure}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 12 - figureSpan }} miw={0}>
          {table}
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
