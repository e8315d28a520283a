import { isApiError, NETWORK_ERROR_CODE } from '../api/ApiError';
import { api, unwrap } from '../api/client';
import type { Me } from '../api/contract';
import { isReachable } from '../api/reachability';
import { clearMe, loadMe, markSignOutPending, saveMe, signOutPending } from './cachedMe';

/**
 * The signed-in user, as the main app (useMe) and the field entry (useFieldMe) both decide it:
 * with the API out of reach the user kept on the phone (docs/adr/0021); otherwise a sign-out made
 * with no signal is finished first, then /api/me is asked and kept. A failed network or a server
 * error falls back to the kept user; a 401 clears it and is thrown for the caller to send the
 * person to sign in.
 */
export async function readMe(signal?: AbortSignal): Promise<Me> {
  const kept = loadMe();
  if (kept && !isReachable()) return kept;
  if (signOutPending()) {
    try {
      await unwrap(api.POST('/api/auth/logout'));
    } catch (e) {
      if (isApiError(e) && e.code === NETWORK_ERROR_CODE) throw e;
    }
    markSignOutPending(false);
  }
  try {
    const me = await unwrap(api.GET('/api/me', { signal }));
    saveMe(me);
    return me;
  } catch (e) {
    if (kept && isApiError(e) && (e.code === NETWORK_ERROR_CODE || e.status >= 500)) return kept;
    if (isApiError(e, 401)) clearMe();
    throw e;
  }
}
