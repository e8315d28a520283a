import { useState } from 'react';
import { Modal, NumberInput, Stack, Text } from '@mantine/core';
import { toBuddhistYear, todayIso } from '@ntag/shared';
import type { Cohort } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useCreateCohort } from '../../features/program/useProgram';
import { useT } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/** A new cohort year: proposes the year after the last one and the last one's target. */
export function AddCohortModal({ existing, onClose }: { existing: Cohort[]; onClose: () => void }) {
  const t = useT();
  const pt = usePlanT();
  const create = useCreateCohort();
  const last = existing.at(-1);
  const [year, setYear] = useState<number | string>(last ? last.cohort + 1 : toBuddhistYear(Number(todayIso().slice(0, 4))));
  const [target, setTarget] = useState<number | string>(last?.tambonTarget ?? 0);
  const errors = useFieldErrors(create.error);
  const valid = typeof year === 'number' && year > 2500 && typeof target === 'number' && target >= 0;

  return (
    <Modal opened onClose={onClose} title={pt('cohort.open')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) create.mutate({ cohort: year as number, tambonTarget: target as number }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {!!create.error && <ErrorAlert error={create.error} hideIssues />}
          <NumberInput label={t('program.cohortYear')} value={year} onChange={setYear} allowDecimal={false} min={2500} error={errors.cohort} />
          <NumberInput label={t('program.tambonTarget')} value={target} onChange={setTarget} allowDecimal={false} min={0} thousandSeparator="," error={errors.tambonTarget} />
          <Text size="sm" c="dimmed">{pt('cohort.openHint')}</Text>
          <FormButtons onCancel={onClose} pending={create.isPending} disabled={!valid} />
        </Stack>
      </form>
    </Modal>
  );
}
