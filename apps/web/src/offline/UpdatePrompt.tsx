import { useEffect, useState } from 'react';
import { Button, Group, Notification, Text } from '@mantine/core';
import { useOfflineT } from '../i18n/offline';

/**
 * Registers the service worker (production builds only) and, when a new version is waiting,
 * offers it: the page reloads only when the user taps "อัปเดต", never in the middle of an entry.
 */
export function UpdatePrompt() {
  const t = useOfflineT();
  const [update, setUpdate] = useState<null | (() => Promise<void>)>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let live = true;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const reload = registerSW({
        immediate: true,
        onNeedRefresh: () => {
          if (live) setUpdate(() => () => reload(true));
        },
      });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!update) return null;
  return (
    <Notification
      title={t('off.update')}
      onClose={() => setUpdate(null)}
      withCloseButton={false}
      pos="fixed"
      bottom={12}
      left={12}
      right={12}
      style={{ zIndex: 300, maxWidth: 480, marginInline: 'auto' }}
      role="status"
    >
      <Text size="sm">{t('off.updateHint')}</Text>
      <Group mt="xs" gap="xs">
        <Button size="xs" onClick={() => void update()}>
          {t('off.updateNow')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setUpdate(null)}>
          {t('off.later')}
        </Button>
      </Group>
    </Notification>
  );
}
