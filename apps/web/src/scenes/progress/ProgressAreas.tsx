import { Anchor, Badge, Group, Paper, Progress, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AreaProgress } from '../../api/contract';
import { formatNumber } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { STEP_COLOURS } from './StepIcon';

type Level = 'province' | 'district' | 'tambon';

const pct = (n: number, of: number) => (of ? (n / of) * 100 : 0);

/**
 * The areas below the unit — the country's (or an agency's) provinces, a province's districts, a
 * district's tambons — each with its groups, how many finished each step and how many are late:
 * the counts come from the server for every group (the list below is a page of them). Tapping an
 * area drills down to it (province → district → its groups); `step` highlights that step.
 */
export function ProgressAreas({ areas, level, step, onPick }: { areas: AreaProgress[]; level: Level; step: number | null; onPick: (code: string) => void }) {
  const t = useProgressT();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (!areas.length) return null;
  const caption = t(`areas.caption.${level}`);
  if (phone) {
    return (
      <Stack gap={6} data-testid="progress-areas" aria-label={caption}>
        <Text size="sm" fw={600}>
          {caption}
        </Text>
        {areas.map((a) => {
          const s = step ? a.steps[step - 1]! : null;
          return (
            <UnstyledButton key={a.code} onClick={() => onPick(a.code)} data-testid="progress-area" data-code={a.code} style={{ display: 'block' }}>
              <Paper withBorder radius="md" px="sm" py={6}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={600} size="sm" c="ntag.8" lineClamp={1}>
                    {a.nameTh}
                  </Text>
                  {a.overdueGroups > 0 && (
                    <Badge color="red" variant="light" size="sm" style={{ flex: 'none' }}>
                      {t('areas.late', { n: formatNumber(a.overdueGroups) })}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {s
                    ? t('areas.stepLine', { n: step!, done: formatNumber(s.done), groups: formatNumber(a.groups) })
                    : t('areas.line', { groups: formatNumber(a.groups), all: formatNumber(a.allStepsDone) })}
                </Text>
                <Progress.Root size={8} radius="sm" mt={4} aria-hidden>
                  <Progress.Section value={pct(s ? s.done : a.allStepsDone, a.groups)} color={STEP_COLOURS.done} />
                </Progress.Root>
              </Paper>
            </UnstyledButton>
          );
        })}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table striped highlightOnHover verticalSpacing={4} horizontalSpacing="xs" data-testid="progress-areas" fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`areas.col.${level}`)}</Table.Th>
            <Table.Th ta="right">{t('areas.col.groups')}</Table.Th>
            {[1, 2, 3, 4, 5, 6, 7].map((n) => (
              <Table.Th key={n} ta="right" style={{ whiteSpace: 'nowrap', background: step === n ? 'var(--mantine-color-ntag-0)' : undefined }}>
                {t('progress.col.step', { n })}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('areas.col.allDone')}</Table.Th>
            <Table.Th ta="right" c="red.8">
              {t('areas.col.late')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((a) => (
            <Table.Tr key={a.code} data-testid="progress-area" data-code={a.code}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onPick(a.code)} fw={600} size="sm">
                  {a.nameTh}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(a.groups)}</Table.Td>
              {a.steps.map((s) => (
                <Table.Td key={s.step} ta="right" style={{ whiteSpace: 'nowrap', background: step === s.step ? 'var(--mantine-color-ntag-0)' : undefined }}
                  title={t('areas.cell', { n: s.step, done: formatNumber(s.done), groups: formatNumber(a.groups), late: formatNumber(s.overdue) })}>
                  {formatNumber(s.done)}
                  {s.overdue > 0 && (
                    <Text span size="xs" c="red.8" fw={600}>
                      {' '}
                      ({formatNumber(s.overdue)})
                    </Text>
                  )}
                </Table.Td>
              ))}
              <Table.Td ta="right">{formatNumber(a.allStepsDone)}</Table.Td>
              <Table.Td ta="right" c={a.overdueGroups ? 'red.8' : undefined} fw={a.overdueGroups ? 600 : undefined}>
                {formatNumber(a.overdueGroups)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
