import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's filters live in the query string (links and Back keep them). `patch({ q: 'x',
 * page: undefined })` sets or removes keys; `replace` for typing, so Back skips keystrokes.
 */
export function usePatchParams() {
  const [params, setParams] = useSearchParams();
  const patch = useCallback(
    (changes: Record<string, string | undefined>, replace = false) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );
  return [params, patch] as const;
}
