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
  // Farmer registry. `farmer.read_id` sees national ids in full in lists and exports (roles that
  // work with individual farmers); `farmer.reveal_id` may reveal one id at a time, audited.
  'farmer.read',
  'farmer.read_id',
  'farmer.reveal_id',
  'farmer.create',
  'farmer.update',
  'farmer.import',
  'farmer.export',
  // Selection (step 1, form กท.01): the district proposes, the province decides.
  'selection.read',
  'selection.propose',
  'selection.decide',
  // Model groups (step 2) with members and committee; plans กท.02 and กท.03.
  'group.read',
  'group.create',
  'group.update',
  'plan.read',
  'plan.update',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
