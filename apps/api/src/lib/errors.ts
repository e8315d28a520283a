import type { ErrorCode, FieldIssue } from '@ntag/shared';
import { ERROR_MESSAGES } from '@ntag/shared';

/**
 * The one error type. `code` is stable (the client translates it), `status` is the HTTP
 * status, `details` carries field issues or the current record on a conflict.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? ERROR_MESSAGES[code].en);
    this.name = 'AppError';
  }
}

export const notFound = (code: ErrorCode = 'http.not_found') => new AppError(code, 404);
export const forbidden = () => new AppError('authz.forbidden', 403);

/** A 400 naming each bad field, for rules the schema cannot express. */
export function invalid(issues: FieldIssue[]): AppError {
  const fields = issues.map((i) => i.path).join(', ');
  return new AppError('validation.failed', 400, { issues }, `Invalid fields: ${fields}`);
}

/** A stale edit: answers 409 with the current record so the client can merge. */
export function stale(current: unknown): AppError {
  return new AppError('record.stale', 409, { current });
}
