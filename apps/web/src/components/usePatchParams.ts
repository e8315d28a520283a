import { useCallback, useEffect, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';

type Patch = ReturnType<typeof usePatchParams>[1];

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

/**
 * A search box whose text lives in `?q=`: written there once typing pauses for `delay` ms
 * (replacing the history entry, so Back skips keystrokes), and taken from there when the URL
 * changes otherwise (Back, a link). `reset` names keys that a new search removes (e.g. `page`).
 * Answers the box's text and its setter.
 */
export function useSearchText(params: URLSearchParams, patch: Patch, delay: number, reset: string[] = []) {
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), delay);
  useEffect(() => {
    if (debounced !== q) patch({ q: debounced || undefined, ...Object.fromEntries(reset.map((k) => [k, undefined])) }, true);
  }, [debounced]); // a new pause in typing only
  useEffect(() => {
    if (q !== debounced) setSearch(q);
  }, [q]);
  return [search, setSearch] as const;
}
