/** Every permission in the system, as `noun.verb`. Checked only in apps/api/src/lib/authz.ts. */
export const PERMISSIONS = [
  'area.read',
  'geo.read',
  'geo.update',
  'program.read',
  'program.update',
  'target.update',
  // The ministry's operational plan (issue 13): open a cohort, set its target tambons, change
  // its step calendar with a reason.
  'cohort.plan',
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
  // The selection result goes up (issue 13): the province sends its result, the host agency its
  // summary of the provinces; the level above accepts or returns it with a reason.
  'selection.report',
  'selection.review',
  // Model groups (step 2) with members and committee; plans กท.02 and กท.03.
  'group.read',
  'group.create',
  'group.update',
  'plan.read',
  'plan.update',
  // Steps 3–7 (issue #4): records of learning, production, market survey, sales, enterprise.
  'learning.read',
  'learning.write',
  'production.read',
  'production.write',
  'market.read',
  'market.write',
  'survey.configure',
  'sales.read',
  'sales.write',
  'event.write',
  'enterprise.read',
  'enterprise.write',
  'progress.read',
  'step.override',
  // Advice and support (issue 13): the district's visits to its groups (steps 4 and 6) and the
  // province's partners from the public, private and academic sectors (step 7).
  'visit.read',
  'visit.write',
  'partner.read',
  'partner.write',
  // Monthly reporting (issue #5): reports go up the chain; the level above reviews them.
  'report.read',
  'report.submit',
  'report.review',
  'dashboard.read',
  // The public directory of products and purchase enquiries (issue #14). `enquiry.contact` sees
  // a buyer's name and contact (the group and its district only); `enquiry.review` releases or
  // rejects enquiries held as possible spam.
  'listing.read',
  'listing.write',
  'enquiry.read',
  'enquiry.answer',
  'enquiry.contact',
  'enquiry.review',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
