import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: Notification[];
  unread: number;
}

const KEY = ['notifications'] as const;

/**
 * My notifications, newest first, with the unread count for the bell. Re-read every two
 * minutes and when the tab comes back: reminders and decisions arrive without a reload.
 */
export function useNotifications() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api<NotificationList>('/api/notifications', { query: { limit: 30 }, signal }),
    refetchInterval: 120_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}

/** Marks one read; the bell's count drops at once and the list is re-read afterwards. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Notification>(`/api/notifications/${id}/read`, { method: 'POST' }),
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
