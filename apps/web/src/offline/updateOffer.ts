import { useEffect, useState } from 'react';

/**
 * Registers the service worker (production builds only) and answers, once a new version is
 * waiting, the function that takes it (the page reloads then). Both entries use it: the main
 * app's UpdatePrompt and the field entry's (docs/adr/0021). Nothing is taken without a tap.
 */
export function useUpdateOffer(): [update: null | (() => Promise<void>), dismiss: () => void] {
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
  return [update, () => setUpdate(null)];
}
