import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { PullOut, PullQuery, PushBody, PushOut } from './sync.schemas';
import { pull } from './sync.pull';
import { push } from './sync.service';

export async function syncRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['sync'];
  app.post('/api/sync/push', {
    schema: {
      tags, body: PushBody, response: { 200: PushOut },
      summary: 'Send the offline outbox: up to 500 items, each checked on its own as the record route would (a run of creates written together in one transaction, edits and farmers each in their own), idempotent on its id; one answer per item, in order, after the commit (docs/adr/0020)',
    },
  }, async (req) => push(deps, ctxOf(req), req.body));

  app.get('/api/sync/pull', {
    schema: { tags, querystring: PullQuery, response: { 200: PullOut }, summary: 'What changed in my scope since the cursor, a page at a time (docs/adr/0020)' },
  }, async (req) => pull(deps, ctxOf(req), req.query));
}
