import type { Me } from '../api/contract';

/**
 * The signed-in user, kept on the phone so that the shell opens with no signal (the session
 * cookie is still there; the API decides again at the next request). Cleared on sign-out and on
 * a 401.
 */
const KEY = 'ntag.offline.me';

export function saveMe(me: Me): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(me));
  } catch {
    // Storage blocked: the shell then needs the network, as before.
  }
}

export function loadMe(): Me | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

export function clearMe(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}

/**
 * A sign-out made with no signal could not end the session on the server: remembered here, and
 * done before anything else the next time the app reaches the API (useMe), so the next person on
 * a shared phone is not signed in as the last one.
 */
const PENDING = 'ntag.offline.signOutPending';

export function markSignOutPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(PENDING, '1');
    else localStorage.removeItem(PENDING);
  } catch {
    // Storage blocked: nothing to remember it with.
  }
}

export function signOutPending(): boolean {
  try {
    return localStorage.getItem(PENDING) === '1';
  } catch {
    return false;
  }
}
