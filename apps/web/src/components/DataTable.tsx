import type { ReactNode } from 'react';
import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** The column that titles each card on a phone. */
  primary?: boolean;
  /** Left out of the phone cards (e.g. a code already in the title). */
  hideOnCard?: boolean;
}

interface Props<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: ReactNode;
  /** Below this width the table scrolls inside its own box instead of the page. */
  minWidth?: number;
  /** Phones get cards instead of a table unless this is false. */
  cards?: boolean;
  caption?: string;
  /** Extra content under a row (e.g. audit details), shown in both layouts. */
  expanded?: (row: T) => ReactNode;
  /** Cards list "label: value" rows even for few fields (values that are blocks, e.g. lists). */
  stacked?: boolean;
}

/**
 * The one table of the app. At 360 px a table of five columns cannot be read, so phones get
 * one card per row (label: value pairs); wider screens get a table that scrolls sideways
 * inside its own container, never the page.
 */
export function DataTable<T>({ columns, rows, rowKey, empty, minWidth = 640, cards = true, caption, expanded, stacked = false }: Props<T>) {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {empty}
      </Text>
    );
  }
  if (phone && cards) {
    const primary = columns.find((c) => c.primary) ?? columns[0];
    const rest = columns.filter((c) => c !== primary && !c.hideOnCard);
    // Few fields: one line of "label value" pairs keeps a list of 18 tambons short on a phone.
    const inline = rest.length <= 3 && !stacked;
    return (
      <Stack gap={6} aria-label={caption}>
        {rows.map((row) => (
          <Paper key={rowKey(row)} withBorder px="sm" py={6} radius="md">
            {primary && <Text fw={600}>{primary.cell(row)}</Text>}
            {inline ? (
              <Group gap="md" wrap="wrap" style={{ rowGap: 0 }}>
                {rest.map((c) => (
                  <Text key={c.key} size="sm" span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {c.header && (
                      <Text c="dimmed" size="sm" span>
                        {c.header}{' '}
                      </Text>
                    )}
                    {c.cell(row)}
                  </Text>
                ))}
              </Group>
            ) : (
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 12, rowGap: 2 }}>
                {rest.map((c) => (
                  <CardField key={c.key} label={c.header} value={c.cell(row)} />
                ))}
              </dl>
            )}
            {expanded?.(row)}
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        {caption && <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} style={{ textAlign: c.align ?? 'left', whiteSpace: 'nowrap' }}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} row={row} columns={columns} expanded={expanded} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TableRow<T>({ row, columns, expanded }: { row: T; columns: Column<T>[]; expanded?: (row: T) => ReactNode }) {
  const extra = expanded?.(row);
  return (
    <>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Td key={c.key} style={{ textAlign: c.align ?? 'left' }}>
            {c.cell(row)}
          </Table.Td>
        ))}
      </Table.Tr>
      {extra && (
        <Table.Tr>
          <Table.Td colSpan={columns.length}>{extra}</Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function CardField({ label, value }: { label: string; value: ReactNode }) {
  // A column without a header (row actions) takes the card's full width.
  if (!label) return <dd style={{ margin: '4px 0 0', gridColumn: '1 / -1' }}>{value}</dd>;
  return (
    <>
      <dt>
        <Text size="sm" c="dimmed" span>
          {label}
        </Text>
      </dt>
      <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        <Text size="sm" span>
          {value}
        </Text>
      </dd>
    </>
  );
}
