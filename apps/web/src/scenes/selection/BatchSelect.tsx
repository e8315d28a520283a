import { Badge, Button, Group, Modal, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { SELECTION_CRITERIA } from '@ntag/shared';
import type { Candidate } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDecideMany, useWaitingTambons } from '../../features/selection/useSelection';
import { formatNumber } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { useWorkT } from '../../i18n/work';
import { cannotSelect } from './CandidatesTable';

/** A candidate the province may tick for a batch: proposed, criterion 1 met, not decided. */
export const batchable = (c: Candidate) => !c.decision && cannotSelect(c) === null;

/** The province's tambons with candidates waiting for its decision, most first: one tap opens a tambon (issue 15). */
export function WaitingTambons({ cohort, current, onPick }: { cohort: number | null; current: string; onPick: (code: string) => void }) {
  const t = useWorkT();
  const waiting = useWaitingTambons(cohort, !!cohort);
  if (!waiting.data) return null;
  const rows = waiting.data.tambons;
  return (
    <Paper withBorder p="sm" radius="md" mb="md" data-testid="waiting-tambons">
      <Text fw={600} size="sm" mb={6}>
        {t('waiting.title')}
      </Text>
      {!rows.length ? (
        <Text size="sm" c="dimmed">
          {t('waiting.none')}
        </Text>
      ) : (
        <Group gap="xs" wrap="wrap">
          {rows.map((r) => (
            <UnstyledButton key={`${r.code}:${r.cohort}`} onClick={() => onPick(r.code)} data-testid={`waiting-${r.code}`} aria-current={r.code === current || undefined}>
              <Badge size="lg" radius="sm" variant={r.code === current ? 'filled' : 'light'} color="yellow" c={r.code === current ? undefined : 'yellow.9'} style={{ textTransform: 'none', cursor: 'pointer' }}>
                ต.{r.nameTh}
                {r.districtNameTh ? ` (${r.districtNameTh})` : ''} · {t('waiting.count', { n: formatNumber(r.waiting) })}
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      )}
    </Paper>
  );
}

/** One confirmation naming every ticked candidate (and any criterion 2–4 they miss), then all are selected in one request. */
export function BatchConfirmModal({ candidates, onClose, onDone }: { candidates: Candidate[]; onClose: () => void; onDone: () => void }) {
  const t = useWorkT();
  const st = useStepsT();
  const decide = useDecideMany();
  return (
    <Modal opened onClose={onClose} title={t('batch.confirmTitle', { n: candidates.length })} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('batch.confirmBody')}</Text>
        <Stack gap={4} component="ol" m={0} pl="lg" data-testid="batch-list">
          {candidates.map((c) => {
            const unmet = SELECTION_CRITERIA.filter((k) => !c.criteria[k].met);
            return (
              <li key={c.id}>
                <Text size="sm" fw={600} span>
                  {c.farmer.fullName}
                </Text>
                {unmet.length > 0 && (
                  <Text size="xs" c="orange.9">
                    {t('batch.unmet', { list: unmet.map((k) => `${SELECTION_CRITERIA.indexOf(k) + 1}. ${st(`criteria.short.${k}`)}`).join(', ') })}
                  </Text>
                )}
              </li>
            );
          })}
        </Stack>
        {!!decide.error && <ErrorAlert error={decide.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('warn.cancel')}
          </Button>
          <Button loading={decide.isPending} data-autofocus data-testid="batch-confirm" onClick={() => decide.mutate(candidates.map((c) => ({ id: c.id, version: c.version })), { onSuccess: onDone })}>
            {t('batch.confirm', { n: candidates.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
