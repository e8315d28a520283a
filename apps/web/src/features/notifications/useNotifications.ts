import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NotificationList } from '../../api/contract';

const KEY = ['notifications'] as const;

/**
 * My notifications, newest first, with the unread count for the bell. Re-read every two
 * minutes and when the tab comes back: reminders and decisions arrive without a reload.
 */
export function useNotifications() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/notifications', { params: { query: { limit: 30 } }, signal })),
    refetchInterval: 120_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}

/** Marks one read; the bell's count drops at once and the list is re-read afterwards. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onMutate: (id) => {
      qc.setQueryData<NotificationList>(KEY, (old) =>
        old && {
          unread: Math.max(0, old.unread - (old.items.some((n) => n.id === id && !n.readAt) ? 1 : 0)),
          items: old.items.map((n) => (n.id === id && !n.readAt ? { ...n, readAt: new Date().toISOString() } : n)),
        },
      );
    },
    onSettled: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
