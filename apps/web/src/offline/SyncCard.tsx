import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useOfflineT } from '../i18n/offline';
import { useOnline, useSyncBusy, useSyncInfo } from './hooks';
import { agoParts, formatBytes } from './outbox';
import { syncNow } from './sync';

/** How long since the last sync, what it did, how much the phone stores, and the sync button. */
export function SyncCard() {
  const t = useOfflineT();
  const info = useSyncInfo();
  const busy = useSyncBusy();
  const online = useOnline();
  const ago = agoParts(info.lastSync);
  const o = info.lastOutcome;
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text size="sm" fw={600} data-testid="last-sync">
            {ago ? t('off.lastSync', { ago: t(ago.key, { n: ago.n }) }) : t('off.neverSynced')}
          </Text>
          {o && (
            <Text size="xs" c={o.error ? 'red' : 'dimmed'} data-testid="sync-outcome">
              {o.error ? t('off.syncFailed') : t('off.syncResult', o)}
            </Text>
          )}
          {info.usage !== undefined && (
            <Text size="xs" c="dimmed">
              {t('off.stored', { size: formatBytes(info.usage) })} · {info.persisted ? t('off.persisted') : t('off.notPersisted')}
            </Text>
          )}
        </Stack>
        <Button onClick={() => void syncNow()} loading={busy} disabled={!online} data-testid="sync-now">
          {online ? t('off.syncNow') : t('off.offline')}
        </Button>
      </Group>
    </Paper>
  );
}
