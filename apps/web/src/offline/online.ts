import { useEffect, useState } from 'react';
import { isReachable, onReachability } from '../api/reachability';

/**
 * Whether the API can be reached: the browser has a connection ('online'/'offline') and the last
 * request did not fail on it (api/reachability.ts — navigator.onLine alone stays true on a
 * signal too weak to carry data). No Dexie: cheap to import anywhere.
 */
export function useOnline(): boolean {
  const [online, setOnline] = useState(isReachable);
  useEffect(() => onReachability(setOnline), []);
  return online;
}
