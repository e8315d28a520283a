import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useReportsT } from '../../i18n/reports';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure" before a step that freezes a report (submit, accept): a stray tap on a phone must not do it. */
export function ConfirmModal({ title, children, confirmLabel, busy, error, onConfirm, onClose }: Props) {
  const t = useReportsT();
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <Stack gap="sm">
        <Text size="sm" component="div">
          {children}
        </Text>
        {!!error && <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={busy} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
