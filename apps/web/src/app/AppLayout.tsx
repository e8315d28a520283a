import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, AppShell, Burger, Button, Group, NavLink, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, NavLink as RouterNavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { isApiError } from '../api/ApiError';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { hasPermission, useMe } from '../features/auth/useMe';
import { useLogout } from '../features/auth/useSession';
import { useShellT } from '../i18n/shell';
import { markSignOutPending } from '../offline/cachedMe';
import { syncsOffline } from '../offline/fieldRoles';
import { LangSwitch } from './LangSwitch';
import { activeEntry, NAV } from './nav';
import { UserBadge } from './UserBadge';

/**
 * The bell comes in its own chunk, imported from here: its list of chunks then travels in this
 * chunk rather than in the entry chunk that /login downloads (see laterPages.ts).
 */
const NotificationBell = lazy(async () => ({ default: (await import('../features/notifications/NotificationBell')).NotificationBell }));
/** The offline field app's parts of the shell (docs/adr/0021), in their own chunk with Dexie. */
const OfflineStatus = lazy(async () => ({ default: (await import('../offline/OfflineStatus')).OfflineStatus }));
const UpdatePrompt = lazy(async () => ({ default: (await import('../offline/UpdatePrompt')).UpdatePrompt }));
const LastSyncPanel = lazy(async () => ({ default: (await import('../offline/LastSyncPanel')).LastSyncPanel }));
const SignOutDialog = lazy(async () => ({ default: (await import('../offline/SignOutDialog')).SignOutDialog }));

/** The frame of every signed-in page: header, menu (a drawer on phones), content. */
export function AppLayout() {
  const t = useShellT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [signingOut, setSigningOut] = useState(false);
  // Fetch the small map of the later pages' chunks while the user reads the first page.
  useEffect(() => {
    void import('./laterPages');
  }, []);

  if (me.isError && isApiError(me.error, 401)) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} />;

  const user = me.data;
  const entries = NAV.filter((e) => (!e.permission || hasPermission(user, e.permission)) && (!e.show || e.show(user)));
  const active = activeEntry(entries, location.pathname);
  // Signing out first warns about unsent items and clears the phone's data (SignOutDialog).
  const onLogout = () => setSigningOut(true);
  const signOut = () =>
    logout.mutate(undefined, {
      // No signal: the server's session is ended the next time the app reaches it (cachedMe.ts).
      onError: () => markSignOutPending(true),
      onSettled: () => navigate('/login', { replace: true }),
    });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <a href="#main" className="ntag-skip">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        {navigation.state === 'loading' && <Progress value={100} animated size="xs" radius={0} pos="absolute" top={0} left={0} right={0} />}
        <Group h="100%" px="sm" gap="xs" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <UnstyledButton component={Link} to="/" onClick={close} style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
              <img src="/favicon.svg" alt="" width={30} height={30} />
              <Text fw={700} c="ntag.8" size="lg">
                {t('app.short')}
              </Text>
              <Text visibleFrom="md" size="sm" c="dimmed" truncate>
                {t('app.name')}
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
            <UserBadge account={user} visibleFrom="sm" />
            <LangSwitch />
            <Button visibleFrom="sm" variant="default" size="xs" onClick={onLogout} loading={logout.isPending}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      {/* Scrolls on a short phone: a district's menu is taller than the screen, sign-out at its foot. */}
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')} style={{ overflowY: 'auto' }}>
        <AppShell.Section grow component="nav">
          {entries.map((e) => (
            e.fullPage ? (
              // The offline field app is its own entry (field.html): the browser loads it.
              <NavLink key={e.to} href={e.to} label={t(e.label)} styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }} />
            ) : (
              <NavLink
                key={e.to}
                component={RouterNavLink}
                to={e.to}
                end={e.to === '/' || entries.some((o) => o.to.startsWith(`${e.to}/`))}
                label={t(e.label)}
                onClick={close}
                active={e === active}
                styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
              />
            )
          ))}
        </AppShell.Section>
        {/* On phones the header has no room: who is signed in, and sign-out, live here. */}
        <AppShell.Section hiddenFrom="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Stack gap="xs">
            <UserBadge account={user} />
            <Button variant="default" onClick={onLogout} loading={logout.isPending}>
              {t('nav.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
        <AppShell.Section visibleFrom="sm" pt="sm">
          <Text size="xs" c="dimmed">
            {t('app.ministry')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main">
        {user.demo && (
          <Alert color="yellow" variant="light" mb="sm" py={6} data-testid="demo-banner" role="note">
            {t('demo.banner')}
          </Alert>
        )}
        <Suspense fallback={null}>
          {/* No signal, items waiting: a line above the page (the header has no room on a phone). */}
          <OfflineStatus autoSync={syncsOffline(user)} />
          {location.pathname === '/' && <LastSyncPanel />}
          <UpdatePrompt />
          {signingOut && <SignOutDialog opened onClose={() => setSigningOut(false)} onSignOut={signOut} />}
        </Suspense>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
