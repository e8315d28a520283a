/** Pure rules of the to-do list (issue 15). */

/** A step due within this many days is "near due" on the district's home. */
export const DUE_SOON_DAYS = 14;

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

interface StepLike { step: number; status: string; dueOn: string | null; overdue: boolean }

/** A group's next step: the first one not done (with its due day and whether it is late), or null when all seven are. */
export function groupWork(steps: StepLike[]): { step: number; dueOn: string | null; overdue: boolean } | null {
  const s = steps.find((x) => x.status !== 'done');
  return s ? { step: s.step, dueOn: s.dueOn, overdue: s.overdue } : null;
}

/** Where a group's step is worked on in the web app. */
export function taskLink(groupId: string, step: number): string {
  const page: Record<number, string> = { 3: 'plans', 4: 'learning', 5: 'production', 6: 'market', 7: 'enterprise' };
  return step === 3 ? `/groups/${groupId}` : page[step] ? `/groups/${groupId}/${page[step]}` : `/groups/${groupId}`;
}
