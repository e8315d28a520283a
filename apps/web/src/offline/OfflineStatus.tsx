import { Badge, Group } from '@mantine/core';
import { useOfflineT } from '../i18n/offline';
import { useAutoSync, useOnline, useSyncBusy, useUnsentCount } from './hooks';

/**
 * The main app's line about the phone: no signal, syncing, items waiting (a link to the outbox,
 * a page of the field entry: a full-page navigation). Runs the auto-sync. The field entry has its
 * own (field/OfflineStatus.tsx).
 */
export function OfflineStatus({ autoSync }: { autoSync: boolean }) {
  const t = useOfflineT();
  useAutoSync(autoSync);
  const online = useOnline();
  const busy = useSyncBusy();
  const unsent = useUnsentCount();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end" mb={online && unsent === 0 ? 0 : 'xs'} data-testid="offline-status">
      {!online && (
        <Badge color="gray" variant="filled" size="sm">
          {t('off.offline')}
        </Badge>
      )}
      {busy && online && (
        <Badge color="blue" variant="light" size="sm" visibleFrom="sm">
          {t('off.syncing')}
        </Badge>
      )}
      {unsent > 0 && (
        <Badge component="a" href="/outbox" color="orange" variant="light" size="sm" style={{ cursor: 'pointer' }}>
          {t('off.waiting', { n: unsent })}
        </Badge>
      )}
    </Group>
  );
}
