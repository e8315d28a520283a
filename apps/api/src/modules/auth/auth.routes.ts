import type { App } from '../../module';
import { clearSessionCookie, ctxOf, requireActor, setSessionCookie } from '../../plugins/auth';
import { AppError } from '../../lib/errors';
import { ChangePasswordBody, CsrfResponse, LoginBody, LoginResponse, MeResponse, Ok, SignerBody, SignerOut } from './auth.schemas';
import * as service from './auth.service';

export async function authRoutes(app: App, deps: service.AuthDeps): Promise<void> {
  const cookie = { secure: deps.config.cookieSecure, maxAgeMs: deps.config.sessionTtlMs };

  app.post('/api/auth/login', {
    config: { csrf: false },
    schema: { tags: ['auth'], summary: 'Sign in', body: LoginBody, response: { 200: LoginResponse } },
  }, async (req, reply) => {
    const result = await service.login(deps, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] }, String(req.id));
    setSessionCookie(reply, result.token, cookie);
    return { user: result.user, csrfToken: result.csrfToken };
  });

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: Ok } } }, async (req, reply) => {
    await service.logout(deps, ctxOf(req));
    clearSessionCookie(reply, cookie.secure);
    return { ok: true as const };
  });

  app.get('/api/auth/csrf', { schema: { tags: ['auth'], summary: "The session's CSRF token", response: { 200: CsrfResponse } } }, async (req) => {
    requireActor(req);
    if (!req.csrfToken) throw new AppError('auth.required', 401);
    return { csrfToken: req.csrfToken };
  });

  app.post('/api/auth/password', {
    schema: { tags: ['auth'], summary: 'Change my password', body: ChangePasswordBody, response: { 200: Ok } },
  }, async (req) => {
    await service.changePassword(deps, ctxOf(req), req.body);
    return { ok: true as const };
  });

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'Who am I: roles, scope, permissions', response: { 200: MeResponse } } }, async (req) => {
    return service.describeActor(deps.db, requireActor(req));
  });

  app.put('/api/me/signer', {
    schema: { tags: ['auth'], summary: 'My name and position as printed on the signature lines of the forms I print or send', body: SignerBody, response: { 200: SignerOut } },
  }, async (req) => service.setSigner(deps, ctxOf(req), req.body));
}
