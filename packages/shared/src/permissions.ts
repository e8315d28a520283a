/** Every permission in the system, as `noun.verb`. Checked only in apps/api/src/lib/authz.ts. */
export const PERMISSIONS = [
  'area.read',
  'geo.read',
  'geo.update',
  'program.read',
  'program.update',
  'target.update',
  'agency.assign',
  'user.read',
  'user.create',
  'user.update',
  'role.grant',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
