import { Alert, Anchor, CloseButton, Group, Stack, Text } from '@mantine/core';
import { isFieldAppPath } from '@ntag/shared';
import { Link } from 'react-router';
import { useLang } from '../i18n/I18nProvider';
import { useOfflineT } from '../i18n/offline';
import { db } from './db';
import { useNotices } from './hooks';
import { reasonText } from './reason';

/**
 * The home screen's "จากการซิงก์ครั้งล่าสุด": what came back to the phone (a report returned for
 * correction, a record refused, a step the district overrode, a conflict), each until closed.
 * A link into the outbox is a page of the field entry (field.html): a full-page navigation.
 */
export function LastSyncPanel() {
  const t = useOfflineT();
  const notices = useNotices();
  const { lang } = useLang();
  if (notices.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('off.fromLastSync')} mb="md" data-testid="last-sync-panel">
      <Stack gap={6}>
        {notices.slice(0, 8).map((n) => (
          <Group key={n.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {t(`off.notice.${n.kind}`)}: {n.link ? isFieldAppPath(n.link) ? <Anchor href={n.link}>{n.title}</Anchor> : <Anchor component={Link} to={n.link}>{n.title}</Anchor> : n.title}
              </Text>
              {n.detail && (
                <Text size="xs" c="dimmed">
                  {n.kind === 'refused' || n.kind === 'conflict' ? reasonText(n.detail, lang) : n.detail}
                </Text>
              )}
            </div>
            <CloseButton size="sm" aria-label={t('off.dismiss')} onClick={() => void db.notices.update(n.id, { dismissed: true })} />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
