import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { SelectionResult } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useResultAction } from '../../features/plan/usePlan';
import { usePlanT } from '../../i18n/plan';
import { useT } from '../../i18n/I18nProvider';

/**
 * What the caller may do with a selection result now: its unit sends it (with notes for the
 * reviewer), the level above accepts it or returns it with a reason — the monthly reports' rules.
 */
export function ResultActions({ result }: { result: SelectionResult }) {
  const t = usePlanT();
  const common = useT();
  const act = useResultAction();
  const [notes, setNotes] = useState(result.notes ?? '');
  const [confirm, setConfirm] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(act.error);
  const done = act.isSuccess && act.data?.state === 'submitted' && act.variables?.action === 'submit';
  if (!result.can.submit && !result.can.review) return done ? <Text c="green.8" data-testid="result-done">{t('results.submitted')}</Text> : null;
  return (
    <Stack gap="xs">
      {result.can.submit && (
        <>
          <Textarea label={t('results.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxLength={5000} />
          <Group><Button onClick={() => { act.reset(); setConfirm(true); }} data-testid="result-submit">{t('results.submit')}</Button></Group>
        </>
      )}
      {result.can.review && (
        <Group gap="sm">
          <Button color="ntag" onClick={() => act.mutate({ id: result.id, action: 'accept', version: result.version })} loading={act.isPending && act.variables?.action === 'accept'} data-testid="result-accept">
            {t('results.accept')}
          </Button>
          <Button color="orange" variant="light" onClick={() => { act.reset(); setReturning(true); }} data-testid="result-return">{t('results.return')}</Button>
        </Group>
      )}
      {!!act.error && !confirm && !returning && <ErrorAlert error={act.error} />}
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t('results.submit')}>
        <Stack gap="sm">
          <Text size="sm">{t('results.submitConfirm', { year: result.cohort, to: result.sentTo?.nameTh ?? '', version: result.versions.length + 1 })}</Text>
          {!!act.error && <ErrorAlert error={act.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>{common('common.cancel')}</Button>
            <Button loading={act.isPending} onClick={() => act.mutate({ id: result.id, action: 'submit', version: result.version, notes: notes.trim() || undefined }, { onSuccess: () => setConfirm(false) })}>
              {t('results.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={returning} onClose={() => setReturning(false)} title={t('results.returnTitle')}>
        <Stack gap="sm">
          <Textarea label={t('results.returnReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} maxLength={2000} required error={errors.reason} data-autofocus />
          {!!act.error && <ErrorAlert error={act.error} hideIssues />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>{common('common.cancel')}</Button>
            <Button color="orange" disabled={reason.trim().length < 3} loading={act.isPending}
              onClick={() => act.mutate({ id: result.id, action: 'return', version: result.version, reason: reason.trim() }, { onSuccess: () => { setReturning(false); setReason(''); } })}>
              {t('results.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
