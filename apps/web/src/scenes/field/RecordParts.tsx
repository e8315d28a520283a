import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useFieldT } from '../../i18n/field';

/**
 * "แก้ไข" and "ลบ" of one row of a record list. Deleting asks first, in a dialog; with
 * `askReason` (a record a tambon worker may have made in the field) it also takes a reason,
 * which goes to whoever recorded it when that is someone else — the record is refused, and they
 * see why in the app and on their phone.
 */
export function RowActions({ label, onEdit, onDelete, deleting, askReason }: { label: string; onEdit?: () => void; onDelete?: (reason?: string) => void; deleting?: boolean; askReason?: boolean }) {
  const t = useFieldT();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const close = () => {
    setAsking(false);
    setReason('');
  };
  return (
    <Group gap="xs" wrap="nowrap">
      {onEdit && (
        <Button size="compact-sm" variant="light" onClick={onEdit} aria-label={t('rec.editFor', { name: label })}>
          {t('common.edit')}
        </Button>
      )}
      {onDelete && (
        <Button size="compact-sm" variant="subtle" color="red" loading={deleting} onClick={() => setAsking(true)} aria-label={t('rec.deleteFor', { name: label })}>
          {t('rec.delete')}
        </Button>
      )}
      {onDelete && (
        <Modal opened={asking} onClose={close} title={t('rec.deleteConfirm', { name: label })} centered>
          <Stack gap="sm">
            {askReason && (
              <Textarea
                label={t('rec.deleteReason')}
                description={t('rec.deleteReasonHint')}
                value={reason}
                maxLength={500}
                autosize
                minRows={2}
                onChange={(e) => setReason(e.currentTarget.value)}
                data-autofocus
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                onClick={() => {
                  onDelete(reason.trim() || undefined);
                  close();
                }}
              >
                {t('rec.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}

/** "โหลดเพิ่ม" under a paged list. */
export function LoadMore({ show, loading, onMore }: { show: boolean; loading: boolean; onMore: () => void }) {
  const t = useFieldT();
  if (!show) return null;
  return (
    <Group>
      <Button variant="light" onClick={onMore} loading={loading}>
        {t('rec.loadMore')}
      </Button>
    </Group>
  );
}

/**
 * What went wrong with a save: an id already used with other values (the form was saved
 * before, e.g. a double tap or a lost answer) offers a fresh form; other errors are shown with
 * their field issues left to the fields.
 */
export function SaveError({ error, idConflict, onStartNew }: { error: unknown; idConflict: boolean; onStartNew: () => void }) {
  const t = useFieldT();
  if (!error) return null;
  if (idConflict) {
    return (
      <Alert color="orange" variant="light" role="alert">
        <Text size="sm" mb="xs">
          {t('rec.idConflict')}
        </Text>
        <Button size="compact-sm" variant="light" onClick={onStartNew}>
          {t('rec.startNew')}
        </Button>
      </Alert>
    );
  }
  return <ErrorAlert error={error} hideIssues={isApiError(error) && error.code === 'validation.failed'} />;
}

/** The green line after a save. */
export function SavedNote({ children }: { children: ReactNode }) {
  return (
    <Alert color="ntag" variant="light" role="status" py={6} data-testid="record-saved">
      <Text size="sm">{children}</Text>
    </Alert>
  );
}

/**
 * After a 409 on an edit: "someone changed this record after you opened it; it now reads …" and
 * a way to start again from it. Every record screen and dialog of steps 3–7 says it alike; each
 * only describes its record (`children`). Renders nothing while there is no newer record.
 */
export function StaleRecord<T>({ current, onUseCurrent, children }: { current: T | null; onUseCurrent: (current: T) => void; children: (current: T) => ReactNode }) {
  const t = useFieldT();
  if (!current) return null;
  return (
    <StaleNotice onUseCurrent={() => onUseCurrent(current)}>
      {t('rec.staleHint')} {children(current)}
    </StaleNotice>
  );
}

/**
 * The foot of a record form: "ยกเลิก" while a record is being changed (`onCancel`), any further
 * button (`extra`), and the save button, big enough for a thumb and as wide as the phone when it
 * stands alone.
 */
export function RecordFormButtons({ label, pending, onCancel, extra }: { label: string; pending: boolean; onCancel?: () => void; extra?: ReactNode }) {
  const t = useFieldT();
  return (
    <Group justify="flex-end" gap="sm">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      {extra}
      <Button type="submit" loading={pending} size="md" style={{ flex: onCancel || extra ? undefined : '1 1 auto', maxWidth: 360 }}>
        {label}
      </Button>
    </Group>
  );
}
