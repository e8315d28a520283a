import { Button, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDateTime } from '@ntag/shared';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLang } from '../../i18n/I18nProvider';
import { useShellT } from '../../i18n/shell';
import type { Notification } from '../../api/contract';
import { useMarkRead, useNotifications } from './useNotifications';

function BellIcon() {
  return (
    <svg width={22} height={22} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's bell: how many notifications are unread (report returned, accepted, submitted
 * to me, reminders), and the list of them; opening one marks it read and follows its link.
 */
export function NotificationBell() {
  const t = useShellT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkRead();
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = list.data?.unread ?? 0;
  const label = unread ? t('notifications.openUnread', { n: unread }) : t('notifications.open');

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    close();
    if (n.link) navigate(n.link);
  };

  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" width="min(380px, calc(100vw - 16px))" shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={!unread} offset={4} data-testid="notification-count">
          {/* Not ActionIcon: sharing it would split it out of the sign-in page's chunk into one more download. */}
          <Button variant="subtle" color="gray" px={6} onClick={toggle} aria-label={label} title={label} aria-expanded={opened} data-testid="notification-bell">
            <BellIcon />
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-label={t('notifications.title')}>
        <Text fw={700} px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          {t('notifications.title')}
        </Text>
        {list.error ? (
          <ErrorAlert error={list.error} />
        ) : !list.data?.items.length ? (
          <Text c="dimmed" size="sm" p="sm">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="min(70vh, 480px)" type="auto">
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((n) => (
                <li key={n.id}>
                  <UnstyledButton
                    onClick={() => open(n)}
                    w="100%"
                    px="sm"
                    py="xs"
                    data-testid="notification"
                    data-unread={n.readAt ? undefined : 'true'}
                    style={{ display: 'block', borderBottom: '1px solid var(--mantine-color-gray-2)', background: n.readAt ? undefined : 'var(--mantine-color-ntag-0)' }}
                  >
                    <Text size="sm" fw={n.readAt ? 500 : 700}>
                      {n.title}
                    </Text>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {n.body}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(n.createdAt, lang)}
                      {!n.readAt && ` · ${t('notifications.new')}`}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
