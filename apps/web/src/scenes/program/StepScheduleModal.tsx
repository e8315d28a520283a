import { useState } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { ERROR_MESSAGES, formatDate } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import type { Step, StepSchedule } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { StaleNotice } from '../../components/StaleNotice';
import { useUpdateStepSchedule } from '../../features/program/useProgram';
import { useLang, useNameOf, useT } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/** Start and due dates of one step for one cohort, with the reason for the change (audited); ISO in the input, BE beside it. */
export function StepScheduleModal({ step, schedule, onClose }: { step: Step; schedule: StepSchedule; onClose: () => void }) {
  const t = useT();
  const pt = usePlanT();
  const { lang } = useLang();
  const nameOf = useNameOf();
  const update = useUpdateStepSchedule();
  const [base, setBase] = useState(schedule);
  const [startsOn, setStartsOn] = useState(schedule.startsOn);
  const [dueOn, setDueOn] = useState(schedule.dueOn);
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(update.error);
  const current = staleCurrent<StepSchedule>(update.error);
  // ISO dates compare correctly as strings; the API checks the same rule.
  const badOrder = !!startsOn && !!dueOn && startsOn > dueOn;

  return (
    <Modal opened onClose={onClose} title={t('program.editStep', { number: step.step })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (badOrder || reason.trim().length < 3) return;
          update.mutate(
            { step: step.step, cohort: base.cohort, startsOn, dueOn, reason: reason.trim(), version: base.version },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <Text size="sm">
            {nameOf(step)} · {t('common.beYear', { year: base.cohort })}
          </Text>
          {!!update.error && <ErrorAlert error={update.error} hideIssues />}
          {current && (
            <StaleNotice
              onUseCurrent={() => {
                setBase(current);
                setStartsOn(current.startsOn);
                setDueOn(current.dueOn);
                update.reset();
              }}
            >
              {t('program.startsOn')}: {formatDate(current.startsOn, lang) || '–'} · {t('program.dueOn')}: {formatDate(current.dueOn, lang) || '–'}
            </StaleNotice>
          )}
          <BeDateInput label={t('program.startsOn')} value={startsOn} onChange={setStartsOn} error={errors.startsOn} description={t('program.dateHint')} />
          <BeDateInput
            label={t('program.dueOn')}
            value={dueOn}
            onChange={setDueOn}
            error={errors.dueOn ?? (badOrder ? ERROR_MESSAGES['program.bad_dates'][lang] : undefined)}
          />
          <Textarea label={pt('schedule.reason')} description={pt('schedule.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} error={errors.reason} />
          <FormButtons onCancel={onClose} pending={update.isPending} disabled={badOrder || reason.trim().length < 3} />
        </Stack>
      </form>
    </Modal>
  );
}
