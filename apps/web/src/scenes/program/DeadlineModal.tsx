import { useState } from 'react';
import { Modal, NumberInput, Stack, Switch } from '@mantine/core';
import { staleCurrent } from '../../api/ApiError';
import type { ReportDeadline } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { StaleNotice } from '../../components/StaleNotice';
import { useUpdateDeadline } from '../../features/program/useProgram';
import { useNameOf, useT } from '../../i18n/I18nProvider';

/** Day of the following month (1–28, so that every month has it) and whether it applies. */
export function DeadlineModal({ deadline, onClose }: { deadline: ReportDeadline; onClose: () => void }) {
  const t = useT();
  const nameOf = useNameOf();
  const update = useUpdateDeadline();
  const [base, setBase] = useState(deadline);
  const [dueDay, setDueDay] = useState<number | string>(deadline.dueDay);
  const [enabled, setEnabled] = useState(deadline.enabled);
  const errors = useFieldErrors(update.error);
  const current = staleCurrent<ReportDeadline>(update.error);
  const valid = typeof dueDay === 'number' && Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 28;

  return (
    <Modal opened onClose={onClose} title={t('program.editDeadline', { name: nameOf(deadline) })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) update.mutate({ code: base.code, dueDay: dueDay as number, enabled, version: base.version }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {!!update.error && <ErrorAlert error={update.error} hideIssues />}
          {current && (
            <StaleNotice
              onUseCurrent={() => {
                setBase(current);
                setDueDay(current.dueDay);
                setEnabled(current.enabled);
                update.reset();
              }}
            >
              {t('program.dueDayValue', { day: current.dueDay })} · {current.enabled ? t('program.enabled') : t('program.disabled')}
            </StaleNotice>
          )}
          <NumberInput label={t('program.dueDayLabel')} value={dueDay} onChange={setDueDay} min={1} max={28} allowDecimal={false} error={errors.dueDay} />
          <Switch label={t('program.enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} error={errors.enabled} />
          <FormButtons onCancel={onClose} pending={update.isPending} disabled={!valid} />
        </Stack>
      </form>
    </Modal>
  );
}
