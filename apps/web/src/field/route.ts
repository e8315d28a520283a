import { useSyncExternalStore, type MouseEvent } from 'react';
import { isFieldAppPath } from '@ntag/shared';

/**
 * The field entry's path switch, in place of a router: three pages (`/field`, `/outbox`,
 * `/outbox/:id`) need no more than the path and history.pushState. A path outside them is a
 * full-page navigation into the main app (its own entry, index.html).
 */
const CHANGE = 'ntag:field-path';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

export function go(path: string, opts: { replace?: boolean } = {}): void {
  if (!isFieldAppPath(new URL(path, location.href).pathname)) {
    if (opts.replace) location.replace(path);
    else location.assign(path);
    return;
  }
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.scrollTo({ top: 0 });
  window.dispatchEvent(new Event(CHANGE));
}

/** A plain left click on a link to a field page stays in this page; anything else is the browser's. */
export function followLink(e: MouseEvent<HTMLAnchorElement>): void {
  const href = e.currentTarget.getAttribute('href');
  if (!href || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.currentTarget.target) return;
  if (!isFieldAppPath(new URL(href, location.href).pathname)) return;
  e.preventDefault();
  go(href);
}
