import { z } from 'zod';

/** What waits for the signed-in user (issue 15): one line per kind of work, with a count and where to act. */
export const TaskOut = z.object({
  kind: z.string().describe('selection.decide, report.submit, report.returned, report.review, report.late, group.overdue, group.due_soon, visit.follow_up, group.next_step, coverage.missing, kt05.received, kt05.missing'),
  count: z.number().int(),
  title: z.string(),
  titleEn: z.string(),
  link: z.string(),
});
export const TaskList = z.object({ items: z.array(TaskOut) });
export type Task = z.infer<typeof TaskOut>;
