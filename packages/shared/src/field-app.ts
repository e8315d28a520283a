/**
 * The offline field app's own pages (docs/adr/0021): `/field`, `/outbox` and `/outbox/:id` are
 * served from `field.html`, a small entry of their own without the main app's UI library, by the
 * API (apps/api plugins/web.ts), by the service worker with no signal (apps/web src/sw.ts) and by
 * the field entry's path switch (apps/web src/field/route.ts). One definition for the three.
 */
export const FIELD_APP_PATH = /^\/(?:field|outbox(?:\/[^/?#]+)?)\/?$/;

export function isFieldAppPath(pathname: string): boolean {
  return FIELD_APP_PATH.test(pathname);
}
