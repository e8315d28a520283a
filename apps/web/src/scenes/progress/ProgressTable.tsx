import { memo } from 'react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDate, STEP_STATUS_LABELS, type Lang } from '@ntag/shared';
import { Link } from 'react-router';
import type { GroupProgress, StepView } from '../../api/contract';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useProgressT, type ProgressT } from '../../i18n/progress';
import { EnterpriseBadge } from '../groups/EnterpriseBadge';
import { PROGRESS_PAGE } from '../../features/progress/useProgress';
import { compactDate } from './format';
import { STEP_COLOURS, StepIcon } from './StepIcon';

/** "ขั้นตอนที่ 4 เสร็จแล้ว 20 พ.ย. 2569" / "… ยังไม่เริ่ม กำหนด 31 ส.ค. 2569 เลยกำหนด": what a cell says aloud. */
function cellText(s: StepView, t: ProgressT, lang: Lang): string {
  const parts = [t('cell.step', { n: s.step }), STEP_STATUS_LABELS[s.status][lang]];
  if (s.status === 'done' && s.doneOn) parts.push(formatDate(s.doneOn, lang));
  else if (s.dueOn) parts.push(t('cell.due', { date: formatDate(s.dueOn, lang) }));
  if (s.overdue) parts.push(t('stepper.overdue'));
  if (s.overridden) parts.push(t('cell.overridden'));
  return parts.join(' ');
}

function StepCell({ s, lang, t }: { s: StepView; lang: Lang; t: ProgressT }) {
  const date = s.status === 'done' ? s.doneOn : s.dueOn;
  return (
    <span data-testid="step-cell" data-step={s.step} data-status={s.status} data-overdue={s.overdue ? 'true' : undefined} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}>
      <StepIcon status={s.status} overdue={s.overdue} size={16} />
      <span aria-hidden style={{ fontSize: 12, color: s.overdue ? STEP_COLOURS.overdue : s.status === 'done' ? undefined : 'var(--mantine-color-dimmed)', fontWeight: s.overdue ? 600 : undefined }}>
        {date ? compactDate(date, lang) : '–'}
        {s.overridden ? '*' : ''}
      </span>
      <VisuallyHidden>{cellText(s, t, lang)}</VisuallyHidden>
    </span>
  );
}

/** The group as a row's first cell and a card's head say it: its name (a link), its enterprise code, its place and cohort. */
function GroupName({ g, t, small }: { g: GroupProgress; t: ProgressT; small?: boolean }) {
  return (
    <>
      <Anchor component={Link} to={`/groups/${g.id}`} fw={600} size={small ? 'sm' : undefined}>
        {g.name}
      </Anchor>
      {g.enterpriseCode && (
        <div>
          <EnterpriseBadge code={g.enterpriseCode} size="xs" />
        </div>
      )}
      <div>
        <Text size="xs" c="dimmed" span>
          {t('progress.place', { tambon: g.tambon.nameTh, district: g.district.nameTh, province: g.province.nameTh })} · {t('frame.cohort', { year: g.cohort })}
        </Text>
      </div>
    </>
  );
}

const Row = memo(function Row({ g, step, lang, t }: { g: GroupProgress; step: number | null; lang: Lang; t: ProgressT }) {
  return (
    <Table.Tr data-testid="progress-row" data-group={g.id}>
      <Table.Td style={{ minWidth: 220 }}>
        <GroupName g={g} t={t} small />
      </Table.Td>
      {g.steps.map((s) => (
        <Table.Td key={s.step} style={{ background: s.overdue ? 'var(--mantine-color-red-0)' : step === s.step ? 'var(--mantine-color-ntag-0)' : undefined }}>
          <StepCell s={s} lang={lang} t={t} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
});

/** A phone's card: the group and its seven steps as small numbered chips. */
const Card = memo(function Card({ g, step, lang, t }: { g: GroupProgress; step: number | null; lang: Lang; t: ProgressT }) {
  const picked = step ? g.steps[step - 1] : null;
  return (
    <Paper withBorder px="sm" py={8} radius="md" data-testid="progress-row" data-group={g.id}>
      <GroupName g={g} t={t} />
      <Group gap={6} mt={6} wrap="nowrap">
        {g.steps.map((s) => (
          <Chip key={s.step} s={s} lang={lang} t={t} selected={step === s.step} />
        ))}
      </Group>
      {picked && (
        <Text size="xs" mt={4} c={picked.overdue ? 'red.8' : 'dimmed'}>
          {cellText(picked, t, lang)}
        </Text>
      )}
    </Paper>
  );
});

function Chip({ s, lang, t, selected }: { s: StepView; lang: Lang; t: ProgressT; selected: boolean }) {
  const late = s.overdue;
  const colour = late ? STEP_COLOURS.overdue : STEP_COLOURS[s.status];
  const filled = s.status === 'done' || late;
  return (
    <span
      data-testid="step-cell"
      data-step={s.step}
      data-status={s.status}
      data-overdue={late ? 'true' : undefined}
      style={{
        display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 30, height: 30, borderRadius: 15, flex: 'none',
        fontSize: 13, fontWeight: 700, border: `2px solid ${colour}`, outline: selected ? '2px solid var(--mantine-color-dark-4)' : undefined, outlineOffset: 1,
        background: filled ? colour : s.status === 'in_progress' ? `linear-gradient(90deg, ${colour} 50%, #fff 50%)` : '#fff',
        color: filled ? '#fff' : 'var(--mantine-color-dark-6)',
      }}
    >
      <span aria-hidden>{s.step}</span>
      <VisuallyHidden>{cellText(s, t, lang)}</VisuallyHidden>
    </span>
  );
}

/**
 * Groups × steps: a table on wide screens (each cell an icon with the done date or the due
 * date, overdue cells red), one card per group with seven chips on phones; the groups come a
 * page at a time from the server ("แสดงเพิ่ม" asks for the next one).
 */
export function ProgressTable({ groups, left, loadingMore, onMore, step, stepName }: {
  groups: GroupProgress[];
  /** Groups that match but are not loaded yet. */
  left: number;
  loadingMore: boolean;
  onMore?: () => void;
  step: number | null;
  stepName: (n: number) => string;
}) {
  const t = useProgressT();
  const { lang } = useLang();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (groups.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('progress.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {phone ? (
        <Stack gap={6} data-testid="progress-table">
          {groups.map((g) => (
            <Card key={g.id} g={g} step={step} lang={lang} t={t} />
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={980} type="native">
          <Table striped highlightOnHover verticalSpacing={6} horizontalSpacing="xs" data-testid="progress-table">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{t('progress.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('progress.col.group')}</Table.Th>
                {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                  <Table.Th key={n} title={stepName(n)} style={{ whiteSpace: 'nowrap', background: step === n ? 'var(--mantine-color-ntag-0)' : undefined }}>
                    {t('progress.col.step', { n })}
                    <VisuallyHidden> {stepName(n)}</VisuallyHidden>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Row key={g.id} g={g} step={step} lang={lang} t={t} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {onMore && left > 0 && (
        <Group gap="sm">
          <Button variant="light" onClick={onMore} loading={loadingMore} data-testid="progress-more">
            {t('progress.moreServer', { n: formatNumber(Math.min(PROGRESS_PAGE, left)), left: formatNumber(left) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
