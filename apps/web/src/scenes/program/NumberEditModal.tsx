import { useState } from 'react';
import { Modal, NumberInput, Stack } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { StaleNotice } from '../../components/StaleNotice';

interface Props {
  title: string;
  label: string;
  value: number;
  /** The API's field name, to put its validation message under the input. */
  field: string;
  min?: number;
  max?: number;
  pending: boolean;
  error: unknown;
  /** Set after a 409: the value now stored, to restart from. */
  current?: number | null;
  onSave: (value: number) => void;
  onUseCurrent: () => void;
  onClose: () => void;
}

/** Edit one whole number (a target, a cohort's tambons), with the 409 story of every edit. */
export function NumberEditModal({ title, label, value, field, min = 0, max, pending, error, current, onSave, onUseCurrent, onClose }: Props) {
  const [draft, setDraft] = useState<number | string>(value);
  const errors = useFieldErrors(error);
  const valid = typeof draft === 'number' && Number.isInteger(draft) && draft >= min && (max === undefined || draft <= max);
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave(draft as number);
        }}
      >
        <Stack>
          {!!error && <ErrorAlert error={error} hideIssues />}
          {current !== undefined && current !== null && (
            <StaleNotice
              onUseCurrent={() => {
                setDraft(current);
                onUseCurrent();
              }}
            >
              {current.toLocaleString('en-US')}
            </StaleNotice>
          )}
          <NumberInput
            label={label}
            value={draft}
            onChange={setDraft}
            min={min}
            max={max}
            allowDecimal={false}
            thousandSeparator=","
            error={errors[field]}
            data-autofocus
          />
          <FormButtons onCancel={onClose} pending={pending} disabled={!valid} />
        </Stack>
      </form>
    </Modal>
  );
}
