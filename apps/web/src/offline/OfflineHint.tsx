import { Alert, Anchor } from '@mantine/core';
import { useOfflineT } from '../i18n/offline';
import { useOnline } from './online';

/** On a step screen with no signal (it reads the server): the way to the offline entry screen (the field entry, a full-page load). */
export function OfflineHint() {
  const t = useOfflineT();
  const online = useOnline();
  if (online) return null;
  return (
    <Alert color="orange" variant="light" mb="sm" data-testid="offline-hint">
      <Anchor href="/field" fw={600}>
        {t('off.goField')}
      </Anchor>
    </Alert>
  );
}
