import { useState, type FormEvent } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { STEP_STATUS_LABELS, STEP_STATUSES, todayIso, type StepStatus } from '@ntag/shared';
import type { StepView } from '../../api/contract';
import type { Group } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useOverrideStep } from '../../features/progress/useProgress';
import { useLang } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';

interface Props {
  group: Group;
  step: StepView;
  stepName: string;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * The district confirms a step the records do not show (work done on paper) or corrects one,
 * always with a reason; the change is audited and shown on the stepper as "ยืนยันโดยอำเภอ".
 */
export function StepOverrideModal({ group: g, step, stepName, onClose, onSaved }: Props) {
  const t = useProgressT();
  const { lang } = useLang();
  const save = useOverrideStep();
  const [status, setStatus] = useState<StepStatus>(step.overridden ? step.status : 'done');
  const [doneOn, setDoneOn] = useState<string | null>(step.doneOn ?? todayIso());
  const [reason, setReason] = useState(step.overridden ? (step.reason ?? '') : '');
  const [submitted, setSubmitted] = useState(false);
  const server = useFieldErrors(save.error);
  const local: Record<string, string> = {};
  if (submitted && reason.trim().length < 3) local.reason = t('override.reasonRequired');
  if (submitted && status === 'done' && !doneOn) local.doneOn = t('override.dateRequired');
  const err = (k: string) => local[k] ?? server[k];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (reason.trim().length < 3 || (status === 'done' && !doneOn)) return;
    save.mutate({ groupId: g.id, step: step.step, status, doneOn: status === 'done' ? doneOn : null, reason: reason.trim() }, { onSuccess: onSaved });
  };

  return (
    <Modal opened onClose={onClose} title={t('override.title', { n: step.step })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {stepName}
          </Text>
          <Text size="sm" c="dimmed">
            {t('override.hint')}
          </Text>
          <div>
            <Text size="sm" fw={500} mb={4} id="override-status">
              {t('override.status')}
            </Text>
            <SegmentedChoice
              labelledBy="override-status"
              value={status}
              onChange={setStatus}
              fullWidth
              data={[...STEP_STATUSES].reverse().map((s) => ({ value: s, label: STEP_STATUS_LABELS[s][lang] }))}
            />
          </div>
          {status === 'done' && (
            <BeDateInput label={t('override.doneOn')} value={doneOn} onChange={setDoneOn} max={todayIso()} min={g.foundedOn ?? undefined} error={err('doneOn')} required />
          )}
          <Textarea
            label={t('override.reason')}
            description={t('override.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={err('reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
          />
          {!!save.error && <ErrorAlert error={save.error} hideIssues />}
          <FormButtons onCancel={onClose} pending={save.isPending} label={t('override.save')} gap="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
