import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { NotificationList, NotificationOut, NotificationsQuery } from './notifications.schemas';
import * as service from './notifications.service';

export async function notificationRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['notifications'];
  app.get('/api/notifications', { schema: { tags, summary: 'My notifications (reminders, returns, decisions), newest first', querystring: NotificationsQuery, response: { 200: NotificationList } } },
    async (req) => service.myNotifications(deps, ctxOf(req), req.query));
  app.post('/api/notifications/:id/read', { schema: { tags, summary: 'Mark a notification read', params: IdParams, response: { 200: NotificationOut } } },
    async (req) => service.markRead(deps, ctxOf(req), req.params.id));
}
