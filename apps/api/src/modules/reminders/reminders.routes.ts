import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { MyRemindersOut } from './reminders.schemas';
import * as service from './reminders.service';

export async function reminderRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/reminders', { schema: { tags: ['notifications'], summary: 'The reminders I will get: report and step deadlines, when each goes out next, and by which channels', response: { 200: MyRemindersOut } } },
    async (req) => service.myReminders(deps, ctxOf(req)));
}
