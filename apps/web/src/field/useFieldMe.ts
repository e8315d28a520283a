import { useEffect, useState } from 'react';
import type { Permission } from '@ntag/shared';
import { isApiError, NETWORK_ERROR_CODE } from '../api/ApiError';
import { api, unwrap } from '../api/client';
import type { Me } from '../api/contract';
import { clearMe, loadMe, markSignOutPending, saveMe, signOutPending } from '../offline/cachedMe';

export type MeState = { status: 'ready'; me: Me } | { status: 'loading' } | { status: 'signedOut' };

/**
 * The signed-in user for the field entry, as the main app's useMe decides it (without its query
 * library): the user kept on the phone draws the page at once, with or without signal; with
 * signal /api/me is asked again (a sign-out made offline is finished first). A 401 sends the
 * page to sign in; a failed network keeps the kept user.
 */
export function useFieldMe(): MeState {
  const [state, setState] = useState<MeState>(() => {
    const kept = loadMe();
    return kept ? { status: 'ready', me: kept } : { status: 'loading' };
  });
  useEffect(() => {
    const ctrl = new AbortController();
    const kept = loadMe();
    if (kept && !navigator.onLine) return;
    void (async () => {
      try {
        if (signOutPending()) {
          try {
            await unwrap(api.POST('/api/auth/logout'));
          } catch (e) {
            if (isApiError(e) && e.code === NETWORK_ERROR_CODE) throw e;
          }
          markSignOutPending(false);
        }
        const me = await unwrap(api.GET('/api/me', { signal: ctrl.signal }));
        saveMe(me);
        setState({ status: 'ready', me });
      } catch (e) {
        if (ctrl.signal.aborted) return;
        if (isApiError(e, 401)) {
          clearMe();
          location.replace(`/login?next=${encodeURIComponent(location.pathname)}`);
          return;
        }
        if (!kept) setState({ status: 'signedOut' });
      }
    })();
    return () => ctrl.abort();
  }, []);
  return state;
}

export function can(me: Me | undefined, permission: Permission): boolean {
  return !!me?.permissions.includes(permission);
}
