import { useState, type ReactNode } from 'react';
import { Modal, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { staleCurrent } from '../../api/ApiError';
import { newId } from '../../api/newId';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { StaleRecord } from './RecordParts';

interface Saved {
  id: string;
  version: number;
}

/**
 * The save of a dialog that adds or changes one record of the province (a marketing event, an
 * online channel): a new one under an id made once per dialog (a retry after a lost answer
 * returns the record saved), a change with the version it was read at. After a 409, `current`
 * is the record as it is now and `rebase` starts the change again from it.
 */
export function useDialogEditor<T extends Saved, Body>(
  record: T | null,
  create: UseMutationResult<T, Error, Body & { id: string }>,
  update: UseMutationResult<T, Error, Partial<Body> & Saved>,
) {
  const [base, setBase] = useState(record);
  const [id] = useState(newId);
  const mutation = base ? update : create;

  const save = (body: Body, onSuccess: () => void) => {
    if (base) update.mutate({ ...body, id: base.id, version: base.version }, { onSuccess });
    else create.mutate({ ...body, id }, { onSuccess });
  };
  const rebase = (current: T) => {
    update.reset();
    setBase(current);
  };

  return { base, save, rebase, error: mutation.error, pending: mutation.isPending, current: staleCurrent<T>(update.error) };
}

type DialogEditor<T extends Saved> = Pick<ReturnType<typeof useDialogEditor<T, never>>, 'rebase' | 'error' | 'pending' | 'current'>;

/**
 * The dialog around such a record's fields: the record as it is now after a 409 (`describe`
 * says it; `onUseCurrent` refills the fields from it, the save is held until then), the save's
 * error (field issues stay under their fields), "ยกเลิก" and "บันทึก".
 */
export function RecordDialog<T extends Saved>({ title, dialog, onClose, onSubmit, onUseCurrent, describe, children }: {
  title: string;
  dialog: DialogEditor<T>;
  onClose: () => void;
  /** Checks the fields and saves (`useDialogEditor().save`). */
  onSubmit: () => void;
  onUseCurrent: (current: T) => void;
  describe: (current: T) => ReactNode;
  children: ReactNode;
}) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <StaleRecord
            current={dialog.current}
            onUseCurrent={(c) => {
              dialog.rebase(c);
              onUseCurrent(c);
            }}
          >
            {describe}
          </StaleRecord>
          {!!dialog.error && !dialog.current && <ErrorAlert error={dialog.error} hideIssues />}
          {children}
          <FormButtons onCancel={onClose} pending={dialog.pending} disabled={!!dialog.current} gap="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
