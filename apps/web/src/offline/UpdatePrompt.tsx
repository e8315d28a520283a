import { Button, Group, Notification, Text } from '@mantine/core';
import { useOfflineT } from '../i18n/offline';
import { useUpdateOffer } from './updateOffer';

/**
 * The main app's offer of a new version (the field entry has its own, field/UpdatePrompt.tsx):
 * the page reloads only when the user taps "อัปเดต", never in the middle of an entry.
 */
export function UpdatePrompt() {
  const t = useOfflineT();
  const [update, dismiss] = useUpdateOffer();
  if (!update) return null;
  return (
    <Notification
      title={t('off.update')}
      onClose={dismiss}
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
        <Button size="xs" variant="default" onClick={dismiss}>
          {t('off.later')}
        </Button>
      </Group>
    </Notification>
  );
}
