/**
 * Shapes of the API's answers, written from /api/openapi.json (the API is the source of
 * truth; keep these in step with apps/api/src/modules/<domain>/<domain>.schemas.ts).
 */
import type { Permission, Role, UnitKind } from '@ntag/shared';

export interface UnitRef {
  code: string;
  kind: UnitKind;
  nameTh: string;
  nameEn: string | null;
}

export interface Me {
  user: { id: string; username: string; displayName: string; homeUnit: UnitRef };
  roles: { role: Role; unitCode: string; unitKind: UnitKind; nameTh: string; nameEn: string | null }[];
  scope: { all: boolean; prefixes: string[]; agencies: string[]; groups: string[] };
  permissions: Permission[];
}

export interface LoginResult {
  user: { id: string; username: string; displayName: string };
  csrfToken: string;
}

export interface UnitCounts {
  provinces?: number;
  districts?: number;
  tambons?: number;
  users: number;
}

export interface AreaUnit extends UnitRef {
  counts: UnitCounts;
}

export interface Area {
  unit: AreaUnit;
  parents: UnitRef[];
  children: AreaUnit[];
  roots: UnitRef[];
}

export type GeoLevel = 'province' | 'district' | 'tambon';

export interface GeoUnit {
  code: string;
  level: GeoLevel;
  parentCode: string | null;
  nameTh: string;
  nameEn: string | null;
  postalCode: string | null;
  active: boolean;
  version: number;
  childCount: number;
}

export interface GeoProvince extends GeoUnit {
  agencyCode: string | null;
  regionCode: string | null;
}

export interface GeoParent {
  code: string;
  nameTh: string;
  nameEn: string | null;
}

export interface GeoHit extends GeoUnit {
  parents: GeoParent[];
}

export interface Region {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface Agency {
  code: string;
  shortTh: string;
  nameTh: string;
  nameEn: string;
  regionCode: string | null;
  provinceCount: number;
  provinces: AgencyProvince[];
  version: number;
}

export interface ProvinceAgency {
  provinceCode: string;
  agencyCode: string;
  version: number;
}

export interface StepSchedule {
  cohortYear: number;
  stepNumber: number;
  startsOn: string | null;
  dueOn: string | null;
  version: number;
}

export interface Cohort {
  yearBe: number;
  tambonTarget: number;
  version: number;
  schedule: StepSchedule[];
}

export interface CohortList {
  cohorts: Cohort[];
  cohortTargetTotal: number;
}

export interface ProgramTarget {
  key: string;
  value: number;
  nameTh: string;
  nameEn: string;
  version: number;
}

export interface Step {
  number: number;
  nameTh: string;
  nameEn: string;
  form: string | null;
  schedule: StepSchedule[];
}

export interface ReportDeadline {
  code: string;
  fromLevel: string;
  toLevel: string;
  dueDay: number;
  enabled: boolean;
  nameTh: string;
  nameEn: string;
  version: number;
}

export interface RoleGrant {
  id: string;
  role: Role;
  unitCode: string;
  unitKind: UnitKind;
  unitNameTh: string;
  unitNameEn: string | null;
  grantedAt: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  homeUnit: UnitRef;
  active: boolean;
  locked: boolean;
  roles: RoleGrant[];
  createdAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  verb: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** A province in an agency's list, with the version a reassignment must send. */
export interface AgencyProvince extends GeoParent {
  assignmentVersion: number;
}
