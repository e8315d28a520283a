import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOfflineT } from '../i18n/offline';
import { unsentCount } from './db';
import { useOnline, useSyncBusy } from './hooks';
import { clearLocalData } from './signOut';
import { syncNow } from './sync';

/**
 * Sign-out on a shared phone: the user's data on the phone is deleted; unsent items are named
 * first (with "ซิงก์ก่อน" while there is signal), so nothing is lost without a warning.
 */
export function SignOutDialog({ opened, onClose, onSignOut }: { opened: boolean; onClose: () => void; onSignOut: () => void }) {
  const t = useOfflineT();
  const unsent = useLiveQuery(unsentCount, [], 0);
  const online = useOnline();
  const busy = useSyncBusy();
  const confirm = async () => {
    await clearLocalData();
    onSignOut();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('off.signOutTitle')} centered>
      <Stack>
        {unsent > 0 && (
          <Alert color="red" variant="light" role="alert" data-testid="unsent-warning">
            {t('off.signOutUnsent', { n: unsent })}
          </Alert>
        )}
        <Text size="sm">{t('off.signOutClears')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('off.cancel')}
          </Button>
          {unsent > 0 && online && (
            <Button variant="light" loading={busy} onClick={() => void syncNow()}>
              {t('off.syncFirst')}
            </Button>
          )}
          <Button color="red" onClick={() => void confirm()}>
            {t('off.signOutAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
