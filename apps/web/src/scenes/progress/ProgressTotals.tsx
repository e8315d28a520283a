import type { ReactNode } from 'react';
import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { StepTotals } from '../../api/contract';
import { formatNumber } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { STEP_COLOURS, StepIcon } from './StepIcon';

const pct = (n: number, of: number) => (of ? (n / of) * 100 : 0);

/**
 * The seven steps' totals over every group of the unit and cohort, as compact bars (done / in
 * progress / not started) with the overdue count in red. Tapping a step filters the table on it.
 */
export function ProgressTotals({ totals, groupCount, stepName, selected, onPick }: {
  totals: StepTotals[];
  groupCount: number;
  stepName: (n: number) => string;
  selected: number | null;
  onPick: (step: number) => void;
}) {
  const t = useProgressT();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (phone) return <TotalsTable totals={totals} stepName={stepName} selected={selected} onPick={onPick} />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="xs" verticalSpacing="xs" data-testid="progress-totals">
      {totals.map((s) => (
        <UnstyledButton key={s.step} onClick={() => onPick(s.step)} aria-pressed={selected === s.step} data-step={s.step} style={{ display: 'block' }}>
          <Paper withBorder radius="md" px="sm" py={8} style={{ borderColor: selected === s.step ? 'var(--mantine-color-ntag-7)' : undefined, borderWidth: selected === s.step ? 2 : undefined }}>
            <Stack gap={4}>
              <Text size="sm" fw={600} lineClamp={1}>
                {s.step}. {stepName(s.step)}
              </Text>
              <Progress.Root size={14} radius="sm" aria-hidden>
                <Progress.Section value={pct(s.done, groupCount)} color={STEP_COLOURS.done} />
                <Progress.Section value={pct(s.inProgress, groupCount)} color={STEP_COLOURS.in_progress} />
                <Progress.Section value={pct(s.notStarted, groupCount)} color="var(--mantine-color-gray-3)" />
              </Progress.Root>
              <Group gap="sm" wrap="wrap" style={{ rowGap: 0 }}>
                <Text size="xs" c="ntag.8" fw={600}>
                  {t('totals.done', { n: formatNumber(s.done) })}
                </Text>
                <Text size="xs" c="yellow.9">
                  {t('totals.inProgress', { n: formatNumber(s.inProgress) })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('totals.notStarted', { n: formatNumber(s.notStarted) })}
                </Text>
                {s.overdue > 0 && (
                  <Text size="xs" c="red.8" fw={600}>
                    {t('totals.overdue', { n: formatNumber(s.overdue) })}
                  </Text>
                )}
              </Group>
            </Stack>
          </Paper>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}

/** On a phone: the seven steps as a compact table of counts (tap a step to filter on it). */
function TotalsTable({ totals, stepName, selected, onPick }: { totals: StepTotals[]; stepName: (n: number) => string; selected: number | null; onPick: (step: number) => void }) {
  const t = useProgressT();
  return (
    <div style={{ overflowX: 'auto' }}>
    <Table verticalSpacing={4} horizontalSpacing={6} data-testid="progress-totals" withTableBorder fz="sm">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{t('totals.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('totals.step')}</Table.Th>
          <Table.Th ta="right" c="ntag.8" fz="xs" style={{ whiteSpace: 'nowrap' }}>{t('legend.doneShort')}</Table.Th>
          <Table.Th ta="right" c="yellow.9" fz="xs" style={{ whiteSpace: 'nowrap' }}>{t('legend.inProgressShort')}</Table.Th>
          <Table.Th ta="right" c="dimmed" fz="xs" style={{ whiteSpace: 'nowrap' }}>{t('legend.notStartedShort')}</Table.Th>
          <Table.Th ta="right" c="red.8" fz="xs" style={{ whiteSpace: 'nowrap' }}>{t('legend.overdueShort')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totals.map((s) => (
          <Table.Tr key={s.step} data-step={s.step} bg={selected === s.step ? 'ntag.0' : undefined}>
            <Table.Td>
              <UnstyledButton onClick={() => onPick(s.step)} aria-pressed={selected === s.step} style={{ display: 'flex', alignItems: 'center', gap: 6, minHeight: 32 }}>
                <StepIcon status={s.done === 0 ? 'not_started' : s.notStarted + s.inProgress === 0 ? 'done' : 'in_progress'} size={16} />
                <Text size="sm" fw={600}>
                  {s.step}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1} style={{ maxWidth: 72 }} title={stepName(s.step)}>
                  {stepName(s.step)}
                </Text>
              </UnstyledButton>
            </Table.Td>
            <Table.Td ta="right" fw={600}>{formatNumber(s.done)}</Table.Td>
            <Table.Td ta="right">{formatNumber(s.inProgress)}</Table.Td>
            <Table.Td ta="right">{formatNumber(s.notStarted)}</Table.Td>
            <Table.Td ta="right" c={s.overdue ? 'red.8' : undefined} fw={s.overdue ? 600 : undefined}>{formatNumber(s.overdue)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
    </div>
  );
}

/** What the icons mean. */
export function ProgressLegend() {
  const t = useProgressT();
  const item = (icon: ReactNode, text: string) => (
    <Group gap={4} wrap="nowrap">
      {icon}
      <Text size="xs" c="dimmed">
        {text}
      </Text>
    </Group>
  );
  return (
    <Group gap="md" wrap="wrap" style={{ rowGap: 4 }} aria-label={t('legend.label')}>
      {item(<StepIcon status="done" size={14} />, t('legend.done'))}
      {item(<StepIcon status="in_progress" size={14} />, t('legend.inProgress'))}
      {item(<StepIcon status="not_started" size={14} />, t('legend.notStarted'))}
      {item(<StepIcon status="not_started" overdue size={14} />, t('legend.overdue'))}
      <Text size="xs" c="dimmed">
        {t('legend.dates')}
      </Text>
    </Group>
  );
}
