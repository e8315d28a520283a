import { clearMe } from './cachedMe';
import { clearAll } from './db';

/** Signing out on a shared phone: the next person finds nothing of this user. */
export async function clearLocalData(): Promise<void> {
  clearMe();
  await clearAll();
}
