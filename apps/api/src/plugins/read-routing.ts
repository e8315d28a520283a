import type { FastifyInstance } from 'fastify';
import { runWithReadTarget } from '../db/read-routing';

/** The cookie that marks a browser's recent write (its value: when, in ms since 1970). */
export const WROTE_COOKIE = 'ntag_wrote';
const READS = new Set(['GET', 'HEAD']);

/**
 * Read-your-writes with a read replica (docs/adr/0025). A successful POST/PUT/PATCH/DELETE
 * answers with a short-lived cookie; for as long as it lasts (READ_YOUR_WRITES_SECONDS) that
 * browser's reads go to the primary, so an officer who saves a record and opens the dashboard
 * sees it even if the replica is a moment behind. Everyone else's GETs of the routes registered
 * with the routed handle (dashboards, progress, open data, exports) read from the replica. The
 * state is in the cookie, so it holds whichever process answers the next request.
 */
export function registerReadRouting(app: FastifyInstance, opts: { windowMs: number; secure: boolean }): void {
  app.addHook('onRequest', (req, _reply, done) => {
    let replica = READS.has(req.method);
    if (replica) {
      const wrote = Number(req.cookies[WROTE_COOKIE]);
      if (Number.isFinite(wrote) && Date.now() - wrote < opts.windowMs) replica = false;
    }
    runWithReadTarget(replica, done);
  });
  app.addHook('onSend', async (req, reply) => {
    if (READS.has(req.method) || reply.statusCode >= 400 || !req.url.startsWith('/api/') || opts.windowMs <= 0) return;
    reply.setCookie(WROTE_COOKIE, String(Date.now()), { httpOnly: true, sameSite: 'lax', secure: opts.secure, path: '/', maxAge: Math.ceil(opts.windowMs / 1000) });
  });
}
