import type { ModuleDeps, NotifierService } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { notFound } from '../../lib/errors';
import { emailChannel, lineChannel, type Channel, type ChannelConfig } from './channels';
import * as repo from './notifications.repo';

/**
 * Sends notifications: the in-app rows first, then each new one to e-mail and LINE where
 * configured and the user has an address. A failed delivery is logged, never thrown: the
 * in-app notification is there either way.
 */
export function createNotifier(config: ChannelConfig): NotifierService {
  const channels = [emailChannel(config), lineChannel(config)].filter((c): c is Channel => !!c);

  async function deliver(db: Executor, created: repo.NotificationRow[]) {
    if (!channels.length || !created.length) return;
    const contacts = new Map((await repo.contactsOf(db, created.map((n) => n.userId))).map((c) => [c.id, c]));
    for (const n of created) {
      const to = contacts.get(n.userId);
      if (!to) continue;
      for (const ch of channels.filter((c) => c.reaches(to))) {
        try {
          await ch.send(to, { title: n.title, body: n.body, link: n.link });
          await repo.logDelivery(db, n.id, ch.name, 'sent');
        } catch (err) {
          await repo.logDelivery(db, n.id, ch.name, 'failed', err instanceof Error ? err.message : String(err));
        }
      }
    }
  }

  return {
    async notify(db: Executor, userIds: string[], n: repo.NewNotification) {
      const created = await repo.insertNotifications(db, userIds, n);
      await deliver(db, created);
      return created;
    },
  };
}

const out = (n: repo.NotificationRow) => ({
  id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null,
});

export async function myNotifications(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, q: { unread: boolean; limit: number }) {
  const [items, unread] = await Promise.all([repo.listForUser(deps.db, ctx.actor.userId, q.unread, q.limit), repo.unreadCount(deps.db, ctx.actor.userId)]);
  return { items: items.map(out), unread };
}

/** Marks one of the caller's own notifications read (another user's is 404), audited in the same transaction. */
export async function markRead(deps: Pick<ModuleDeps, 'db'>, ctx: Ctx, id: string) {
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.markRead(tx, ctx.actor.userId, id);
    if (r) await audit(tx, ctx, { verb: 'notification.read', targetType: 'notification', targetId: id, after: { readAt: r.readAt } });
    return r;
  });
  if (!row) throw notFound('record.not_found');
  return out(row);
}
