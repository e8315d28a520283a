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
