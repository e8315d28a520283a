import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../lib/audit';
import type { Actor } from '../lib/authz';
import { AppError } from '../lib/errors';
import { csrfMatches, loadSession, type AuthDeps } from '../modules/auth/auth.service';

export const SESSION_COOKIE = 'ntag_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    csrfToken?: string;
  }
  interface FastifyContextConfig {
    /** false on the few routes that take no CSRF token (sign-in). */
    csrf?: boolean;
  }
}

/**
 * Turns the session cookie into `req.actor` and enforces CSRF: a state-changing request made
 * with a live session must carry `x-csrf-token` equal to the session's token.
 */
export function registerAuth(app: FastifyInstance, deps: AuthDeps): void {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('csrfToken', undefined);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const loaded = await loadSession(deps, token);
    if (!loaded) return;
    req.actor = loaded.actor;
    req.csrfToken = loaded.csrfToken;
    if (UNSAFE.has(req.method) && req.routeOptions.config?.csrf !== false) {
      const header = req.headers['x-csrf-token'];
      if (!csrfMatches(loaded.csrfToken, Array.isArray(header) ? header[0] : header)) throw new AppError('auth.csrf', 403);
    }
  });
}

/** The signed-in actor, or 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('auth.required', 401);
  return req.actor;
}

/** The service context of a request: who acts, and the request id for the audit trail. */
export function ctxOf(req: FastifyRequest): Ctx {
  return { actor: requireActor(req), requestId: String(req.id) };
}

export function setSessionCookie(reply: FastifyReply, token: string, opts: { secure: boolean; maxAgeMs: number }): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true, sameSite: 'lax', secure: opts.secure, path: '/', maxAge: Math.floor(opts.maxAgeMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
