import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { TaskList } from './tasks.schemas';
import * as service from './tasks.service';

export async function taskRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/tasks', { schema: { tags: ['tasks'], summary: "My to-do: what waits for me in my role and area, with counts and where to act (the home page)", response: { 200: TaskList } } },
    async (req) => service.myTasks(deps, ctxOf(req)));
}
