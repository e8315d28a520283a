import { createHmac, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A URL-safe random token (sessions, CSRF). */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const hmac = (secret: string, value: string): string => createHmac('sha256', secret).update(value).digest('base64url');

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
