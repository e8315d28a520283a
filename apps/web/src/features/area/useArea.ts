import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { UnitCounts } from '../../api/contract';

/** One unit of my area with its parents and children; no code = the top of my scope. */
export function useArea(unit: string | undefined) {
  return useQuery({
    queryKey: ['area', unit ?? ''],
    queryFn: ({ signal }) => unwrap(api.GET('/api/area', { params: { query: { unit } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The counts a unit may carry, in the order of the hierarchy (each kind has a subset). */
export const COUNT_KEYS = ['provinces', 'districts', 'tambons', 'users'] as const satisfies readonly (keyof UnitCounts)[];
