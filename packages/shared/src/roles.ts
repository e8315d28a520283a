/**
 * Roles, the kind of org unit each is granted on, and the permissions each carries.
 * A role granted on a unit covers every unit below it (see apps/api/src/lib/authz.ts).
 */
import { PERMISSIONS, type Permission } from './permissions';

export const UNIT_KINDS = ['country', 'agency', 'province', 'district', 'tambon', 'group'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ROLES = ['admin', 'ministry', 'agency', 'province', 'district', 'tambon', 'group'] as const;
export type Role = (typeof ROLES)[number];

/** The kind of unit a role is granted on. */
export const ROLE_UNIT_KIND: Record<Role, UnitKind> = {
  admin: 'country',
  ministry: 'country',
  agency: 'agency',
  province: 'province',
  district: 'district',
  tambon: 'tambon',
  group: 'group',
};

const READ_AREA: Permission[] = ['area.read', 'geo.read', 'program.read'];
/** Following the program from above: everything readable, national ids masked (reveal one, audited). */
const STEP_READ: Permission[] = ['learning.read', 'production.read', 'market.read', 'sales.read', 'enterprise.read', 'progress.read', 'listing.read', 'enquiry.read', 'visit.read', 'partner.read'];
/** Publishing a group's products and answering its buyers: the committee and its district (issue #14). */
const SELLING: Permission[] = ['listing.write', 'enquiry.answer', 'enquiry.contact'];
const OVERSIGHT: Permission[] = ['farmer.read', 'farmer.reveal_id', 'selection.read', 'group.read', 'plan.read', ...STEP_READ];
/** Working with individual farmers in the field. */
const FIELD: Permission[] = [
  'farmer.read', 'farmer.read_id', 'farmer.create', 'farmer.update', 'selection.read', 'group.read', 'plan.read', 'plan.update',
  ...STEP_READ, 'production.write', 'market.write', 'sales.write',
];

/** Permissions of each role. The administrator holds every permission. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // The ministry sets the operational plan (cohorts, target tambons, step calendar) and receives
  // the host agencies' selection summaries for the subcommittee.
  ministry: [...READ_AREA, 'target.update', 'cohort.plan', 'user.read', ...OVERSIGHT, 'selection.review', 'report.read', 'report.review', 'dashboard.read'],
  agency: [...READ_AREA, 'user.read', 'user.create', 'user.update', 'role.grant', ...OVERSIGHT, 'selection.report', 'selection.review', 'report.read', 'report.submit', 'report.review', 'dashboard.read'],
  // The province sets the market-survey framework, runs marketing events and analyses markets.
  province: [
    ...READ_AREA, 'user.read', 'user.create', 'user.update', 'role.grant', ...FIELD, 'farmer.export', 'selection.decide', 'selection.report', 'survey.configure', 'event.write', 'partner.write',
    'report.read', 'report.submit', 'report.review', 'dashboard.read',
  ],
  // The district runs steps 2–7 with the groups and confirms steps the records cannot show.
  district: [
    ...READ_AREA, 'user.read', ...FIELD, 'farmer.import', 'farmer.export', 'selection.propose', 'group.create', 'group.update',
    'learning.write', 'enterprise.write', 'step.override', 'visit.write', 'report.read', 'report.submit', 'dashboard.read', ...SELLING, 'enquiry.review',
  ],
  // Tambon workers collect field data: surveys, production and sales records.
  tambon: [...READ_AREA, ...FIELD, 'dashboard.read'],
  // A group's committee sees its own group and members (ids masked), keeps its plans and
  // records its own learning, production and sales.
  // It publishes its products and answers its buyers (issue #14).
  group: [...READ_AREA, 'farmer.read', 'group.read', 'group.update', 'plan.read', 'plan.update', ...STEP_READ, 'learning.write', 'production.write', 'sales.write', ...SELLING],
};

/** Which roles a holder of `role.grant` may hand out (always inside their own scope). */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  admin: ROLES,
  ministry: [],
  agency: ['agency', 'province', 'district', 'tambon', 'group'],
  province: ['province', 'district', 'tambon', 'group'],
  district: [],
  tambon: [],
  group: [],
};

/** Thai and English names of the roles, for screens and exports. */
export const ROLE_LABELS: Record<Role, { th: string; en: string }> = {
  admin: { th: 'ผู้ดูแลระบบ', en: 'System administrator' },
  ministry: { th: 'กระทรวง / คณะอนุกรรมการ', en: 'Ministry / subcommittee' },
  agency: { th: 'หน่วยงานเจ้าภาพหลัก', en: 'Host agency officer' },
  province: { th: 'คณะทำงานระดับจังหวัด', en: 'Provincial working group' },
  district: { th: 'คณะทำงานระดับอำเภอ', en: 'District working group' },
  tambon: { th: 'แรงงานระดับตำบล', en: 'Tambon worker' },
  group: { th: 'คณะกรรมการกลุ่ม', en: 'Group committee' },
};
