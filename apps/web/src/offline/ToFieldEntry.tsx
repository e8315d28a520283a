import { useEffect } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useLocation } from 'react-router';
import { useOfflineT } from '../i18n/offline';

/**
 * /field, /outbox, /outbox/:id reached inside the main app (a notification's link, the back
 * button): those pages are the field entry's own (field.html, docs/adr/0021), so the browser
 * loads it. A document that was itself loaded at this path was answered index.html (an older
 * service worker, a server without the field entry): it offers the link instead of looping.
 */
export function ToFieldEntry() {
  const t = useOfflineT();
  const { pathname, search } = useLocation();
  const nav = performance.getEntriesByType?.('navigation')[0];
  const loadedHere = !!nav && new URL(nav.name).pathname === pathname;
  useEffect(() => {
    if (!loadedHere) location.replace(pathname + search);
  }, [loadedHere, pathname, search]);
  if (!loadedHere) return null;
  return (
    <Text>
      <Anchor href={pathname + search}>{t('off.openField')}</Anchor>
    </Text>
  );
}
