import { useEffect, useState } from 'react';
import type { Permission } from '@ntag/shared';
import { isApiError } from '../api/ApiError';
import type { Me } from '../api/contract';
import { loadMe } from '../offline/cachedMe';
import { readMe } from '../offline/readMe';

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
    void readMe(ctrl.signal).then(
      (me) => setState({ status: 'ready', me }),
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        if (isApiError(e, 401)) {
          location.replace(`/login?next=${encodeURIComponent(location.pathname)}`);
          return;
        }
        if (!loadMe()) setState({ status: 'signedOut' });
      },
    );
    return () => ctrl.abort();
  }, []);
  return state;
}

export function can(me: Me | undefined, permission: Permission): boolean {
  return !!me?.permissions.includes(permission);
}
