import type { ModuleDeps } from '../../module';
import type { NewNotification } from '../notifications/notifications.repo';
import { usersWithRoleOn } from '../notifications/notifications.repo';

/**
 * Who hears about a group's enquiries: its committee users (a group grant on the group) and
 * the officers of its district (a district grant). Messages never carry the buyer's name or
 * contact: they travel by e-mail and LINE.
 */
export async function notifyGroup(deps: Pick<ModuleDeps, 'db' | 'notifier'>, group: { id: string; tambonCode: string }, n: NewNotification, who: { group: boolean; district: boolean }) {
  const [committee, district] = await Promise.all([
    who.group ? usersWithRoleOn(deps.db, [group.id], ['group']) : Promise.resolve([]),
    who.district ? usersWithRoleOn(deps.db, [group.tambonCode.slice(0, 4)], ['district']) : Promise.resolve([]),
  ]);
  return deps.notifier.notify(deps.db, [...committee, ...district].map((u) => u.id), n);
}
