import { useState, type ReactNode } from 'react';
import { isApiError, staleCurrent } from '../../api/ApiError';
import { newId } from '../../api/newId';
import type { RecordMeta } from '../../api/contract';
import type { RecordHooks } from '../../features/records/useRecords';

/** What every record form takes from the screen's editor (`useRecordEditor().formProps`). */
export interface EditorFormProps {
  editing: boolean;
  pending: boolean;
  /** The save's error (none while the stale-record notice speaks for it). */
  error: unknown;
  /** This form's id was saved before with other values: offer a fresh form. */
  idConflict: boolean;
  onStartNew: () => void;
  /** Leaves the record being changed (none for a new one). */
  onCancel?: () => void;
  /** The stale-record notice, above the fields. */
  notice?: ReactNode;
}

/**
 * The state of a record screen's form: a new record under an id made once per form (kept
 * until it is saved, so a retry on a weak signal returns the saved record instead of a second
 * one), or a record being changed with the version it was read at (a 409 gives the current
 * record to start again from). `saved` is the last record saved, for the confirmation line and
 * for what the next entry starts from.
 */
export function useRecordEditor<T extends RecordMeta, In>(hooks: RecordHooks<T, In>, groupId: string) {
  const create = hooks.useCreate();
  const update = hooks.useUpdate();
  const remove = hooks.useRemove();
  const [editing, setEditing] = useState<T | null>(null);
  const [id, setId] = useState(newId);
  const [saved, setSaved] = useState<T | null>(null);
  const mutation = editing ? update : create;

  const save = (input: In, onDone?: (r: T) => void) => {
    setSaved(null);
    if (editing) {
      update.mutate({ ...(input as Partial<In>), id: editing.id, version: editing.version }, {
        onSuccess: (r) => {
          setEditing(null);
          setSaved(r);
          onDone?.(r);
        },
      });
    } else {
      create.mutate({ ...input, id, groupId }, {
        onSuccess: (r) => {
          setId(newId());
          setSaved(r);
          onDone?.(r);
        },
      });
    }
  };
  const startEdit = (r: T) => {
    create.reset();
    update.reset();
    setSaved(null);
    setEditing(r);
  };
  const cancelEdit = () => {
    update.reset();
    setEditing(null);
  };
  /** After an id conflict (this form's id was saved before with other values): a fresh form. */
  const startNew = () => {
    create.reset();
    setId(newId());
  };

  const idConflict = !editing && isApiError(create.error, 409) && create.error.code === 'record.id_conflict';
  /** The record as it is now, after a 409 on an edit. */
  const current = editing ? staleCurrent<T>(update.error) : null;

  return {
    editing,
    startEdit,
    save,
    saved,
    current,
    remove,
    /** Changes whenever the form should start afresh (another record, or after a save). */
    formKey: editing ? `${editing.id}:${editing.version}` : id,
    /** The form's share of this state (pending, error, id conflict, cancel), to spread on it. */
    formProps: {
      editing: !!editing,
      pending: mutation.isPending,
      error: current ? null : mutation.error,
      idConflict,
      onStartNew: startNew,
      onCancel: editing ? cancelEdit : undefined,
    } satisfies EditorFormProps,
  };
}

export type RecordEditor<T extends RecordMeta, In> = ReturnType<typeof useRecordEditor<T, In>>;
