import type { FieldIssue } from '@ntag/shared';

/**
 * Every failed call becomes one of these. `code` is the API's stable error code (translated
 * by components/ErrorAlert), `issues` names the bad fields of a validation error, and
 * `details` keeps the rest (e.g. `current` on a 409, `retryAfterSeconds` on a 429).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly requestId: string | null = null,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Status 0: the request never reached the server (offline, DNS, proxy). */
export const NETWORK_ERROR_CODE = 'network';

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

/** The current record that a 409 `record.stale` answer carries, typed by the caller. */
export function staleCurrent<T>(e: unknown): T | null {
  if (!isApiError(e, 409) || !e.details || typeof e.details.current !== 'object') return null;
  return e.details.current as T;
}

/** Turns field issues into `{ field: message }` for forms (first issue per field wins). */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(e)) return out;
  for (const issue of e.issues) {
    const key = issue.path || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
