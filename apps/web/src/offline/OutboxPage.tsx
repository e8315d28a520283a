import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { ThaiDate } from '../components/ThaiDate';
import { useLang } from '../i18n/I18nProvider';
import { useOfflineT } from '../i18n/offline';
import { db, type OutboxItem } from './db';
import { useOutbox } from './hooks';
import { clearSent, dropItem } from './outbox';
import { reasonText } from './reason';
import { SyncCard } from './SyncCard';

const STATE_COLOUR: Record<OutboxItem['state'], string> = { waiting: 'orange', sending: 'blue', sent: 'green', refused: 'red', conflict: 'grape' };

/** /outbox: every item recorded on this phone with its state, the sync button, the sync status. */
export function OutboxPage() {
  const t = useOfflineT();
  const { lang } = useLang();
  const items = useOutbox();
  const photoCounts = useLiveQuery(async () => {
    const m = new Map<string, number>();
    await db.photos.each((p) => m.set(p.sessionId, (m.get(p.sessionId) ?? 0) + 1));
    return m;
  }, []);
  const hasSent = items?.some((i) => i.state === 'sent');
  return (
    <Stack maw={720}>
      <Group justify="space-between">
        <Title order={2}>{t('off.outboxTitle')}</Title>
        <Button component={Link} to="/field" variant="light">
          {t('off.fieldTitle')}
        </Button>
      </Group>
      <SyncCard />
      {items && items.length === 0 && <Text c="dimmed">{t('off.outboxEmpty')}</Text>}
      <Stack gap="xs" data-testid="outbox-list">
        {items?.map((i) => (
          <Card key={i.id} withBorder padding="sm" data-testid="outbox-item" data-state={i.state}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} truncate>
                  {t(`off.kind.${i.kind}`)}
                  {i.baseVersion !== undefined ? ` · ${t('off.edit')}` : ''}: {i.label}
                </Text>
                <Text size="xs" c="dimmed">
                  <ThaiDate value={i.createdAt} withTime />
                  {photoCounts?.get(i.id) ? ` · ${t('off.photos', { n: photoCounts.get(i.id)! })}` : ''}
                </Text>
              </div>
              <Badge color={STATE_COLOUR[i.state]} variant="light" style={{ flexShrink: 0 }}>
                {t(`off.state.${i.state}`)}
              </Badge>
            </Group>
            {i.state === 'refused' && (
              <Alert color="red" variant="light" mt="xs" p="xs">
                <Text size="sm">{reasonText(i.error?.code, lang, i.error?.field)}</Text>
                <Group mt={4} gap="xs">
                  <Button size="compact-xs" variant="default" onClick={() => window.confirm(t('off.removeConfirm')) && void dropItem(i.id)}>
                    {t('off.remove')}
                  </Button>
                </Group>
              </Alert>
            )}
            {i.state === 'conflict' && (
              <Group mt="xs">
                <Anchor component={Link} to={`/outbox/${i.id}`} size="sm" fw={600}>
                  {t('off.resolve')}
                </Anchor>
              </Group>
            )}
          </Card>
        ))}
      </Stack>
      {hasSent && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => void clearSent()}>
            {t('off.clearSent')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
