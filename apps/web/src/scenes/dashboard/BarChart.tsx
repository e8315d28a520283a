import { Box, Group, Stack, Text } from '@mantine/core';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

interface Props {
  title: string;
  rows: BarRow[];
  series: BarSeries[];
  /** Segments of one bar (parts of a whole) instead of one bar per series. */
  stacked?: boolean;
  format: (n: number) => string;
  /** The value a full bar stands for; the largest bar by default. */
  max?: number;
  /** The figure written at the end of a row; the row's total (or each series') by default. */
  valueLabel?: (row: BarRow) => string;
}

function Legend({ series }: { series: BarSeries[] }) {
  if (series.length < 2) return null;
  return (
    <Group gap="md" wrap="wrap" aria-hidden="true">
      {series.map((s) => (
        <Group key={s.key} gap={6} wrap="nowrap">
          <Box w={12} h={12} style={{ background: s.color, borderRadius: 2, flex: 'none' }} />
          <Text size="xs">{s.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Horizontal bars drawn with CSS (no chart library: the dashboard's chunk stays small). Each
 * row's label sits above its bar so long Thai names wrap on a phone; the numbers themselves
 * are in the table beside every chart, so the drawing is one image for screen readers.
 */
export function BarChart({ title, rows, series, stacked = false, format, max, valueLabel }: Props) {
  const valueOf = (r: BarRow, s: BarSeries) => r.values[s.key] ?? 0;
  const sumOf = (r: BarRow) => series.reduce((n, s) => n + valueOf(r, s), 0);
  const top = max ?? Math.max(1, ...rows.map((r) => (stacked ? sumOf(r) : Math.max(0, ...series.map((s) => valueOf(r, s))))));
  const width = (v: number) => `${Math.min(100, (v / top) * 100)}%`;
  return (
    <Stack gap="xs" role="img" aria-label={title}>
      <Legend series={series} />
      {rows.map((r) => (
        <div key={r.key} data-testid="bar-row" data-key={r.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-end">
            <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {r.label}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {valueLabel ? valueLabel(r) : stacked || series.length === 1 ? format(sumOf(r)) : series.map((s) => format(valueOf(r, s))).join(' / ')}
            </Text>
          </Group>
          {stacked ? (
            <Box h={14} bg="gray.1" style={{ borderRadius: 3, overflow: 'hidden', display: 'flex' }}>
              {series.map((s) => (
                <Box key={s.key} h="100%" style={{ width: width(valueOf(r, s)), background: s.color }} />
              ))}
            </Box>
          ) : (
            <Stack gap={2}>
              {series.map((s) => (
                <Box key={s.key} h={series.length > 1 ? 8 : 14} bg="gray.1" style={{ borderRadius: 3, overflow: 'hidden' }}>
                  <Box h="100%" style={{ width: width(valueOf(r, s)), background: s.color }} />
                </Box>
              ))}
            </Stack>
          )}
        </div>
      ))}
    </Stack>
  );
}
