import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { FIELD_APP_PATH } from '@ntag/shared';

/**
 * The service worker (docs/adr/0021), built by vite-plugin-pwa (`injectManifest`): it precaches
 * the whole built app (both entries' chunks, the CSS, the Sarabun fonts) and answers a navigation
 * with no signal from that cache: `/field`, `/outbox`, `/outbox/:id` with the field entry
 * (field.html), every other page with the main app (index.html). `/api/*` is never cached:
 * the data offline lives in IndexedDB. A new version waits until the page asks for it (the
 * update prompt's "อัปเดต" posts SKIP_WAITING): never forced in the middle of an entry.
 */
declare const self: {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/field.html'), { allowlist: [FIELD_APP_PATH] }));
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));
