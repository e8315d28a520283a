import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** What waits for me (GET /api/tasks): the home page's to-do, re-read with the bell's rhythm. */
export function useTasks() {
  return useQuery({
    queryKey: ['tasks'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tasks', { signal })),
    refetchInterval: 120_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}
