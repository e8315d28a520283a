/**
 * Shapes of the API's answers, written from /api/openapi.json (the API is the source of
 * truth; keep these in step with apps/api/src/modules/<domain>/<domain>.schemas.ts).
 */
import type {
  ActivityKind, AssessmentSkill, Channel, CommitteeRole, Decision, Permission, Proposal, QuantityUnit, Role, SelectionCriterion, Sex, TitleDeedType, UnitKind,
} from '@ntag/shared';

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
  /** The caller has authority over every role this user holds (edit, reset, grant, revoke). */
  manageable: boolean;
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

/** A place a farmer lives in, named (tambon, district, province). */
export type Place = GeoParent;

export interface FarmerActivity {
  kind: ActivityKind;
  detail?: string;
}

/** The editable fields, as POST /api/farmers (with `id`) and PATCH (with `version`) take them. */
export interface FarmerInput {
  nationalId: string;
  title: string | null;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  sex: Sex | null;
  phone: string | null;
  houseNo: string | null;
  villageNo: number | null;
  villageName: string | null;
  tambonCode: string;
  householdSize: number | null;
  farmerRegistryNo: string | null;
  plotAreaSqm: number | null;
  titleDeedType: TitleDeedType | null;
  pondDug: boolean;
  /** Buddhist era. */
  pondYear: number | null;
  pondVolumeM3: number | null;
  activities: FarmerActivity[];
  notes: string | null;
}

/** One farmer of the registry (apps/api/src/modules/farmers/farmers.schemas.ts, FarmerOut). */
export interface Farmer extends FarmerInput {
  id: string;
  /** In full, or masked (1-2345-xxxxx-xx-1) when `nationalIdMasked`. */
  nationalId: string;
  nationalIdMasked: boolean;
  tambon: Place;
  district: Place;
  province: Place;
  groupId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface PossibleDuplicate {
  id: string;
  fullName: string;
  birthDate: string | null;
  tambon: Place;
}

export interface CreatedFarmer extends Farmer {
  /** Same district, similar name, same birth date: shown as a warning, never blocked. */
  possibleDuplicates: PossibleDuplicate[];
  /** Such a farmer also exists in an area the caller may not read (not named). */
  possibleDuplicateElsewhere: boolean;
}

export interface FarmerList {
  items: Farmer[];
  total: number;
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/** Where a national id is already registered (409 farmer.duplicate_national_id details). */
export interface DuplicateIdDetails {
  registeredIn?: { tambon: Place; district: Place; province: Place };
  /** Only when the caller may open that record. */
  farmerId?: string;
}

export interface ImportProblem {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  column: string | null;
  /** Thai, from the API. */
  message: string;
  code: string;
}

export interface ImportReport {
  dryRun: boolean;
  fileName: string;
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  problemCount: number;
  problems: ImportProblem[];
  /** Only the first problems are listed (problemCount has them all). */
  truncated: boolean;
}

/* ── Step 1: selection (แบบ กท.01) ─────────────────────────────────────────────────────────── */

export interface CriterionValue {
  met: boolean;
  remark?: string | null;
}

export type Criteria = Record<SelectionCriterion, CriterionValue>;

/** A farmer proposed (or not) by the district, with the province's decision. */
export interface Candidate {
  id: string;
  cohort: number;
  tambonCode: string;
  farmer: {
    id: string;
    fullName: string;
    /** In full, or masked for oversight roles. */
    nationalId: string;
    nationalIdMasked: boolean;
    address: string;
    pondDug: boolean;
    pondYear: number | null;
    /** "ปลูกพืช: ข้าว; เลี้ยงสัตว์: ไก่" */
    activities: string;
  };
  criteria: Criteria;
  proposal: Proposal;
  proposedAt: string;
  decision: Decision | null;
  decisionReason: string | null;
  decidedAt: string | null;
  version: number;
}

export interface SelectionCounts {
  candidates: number;
  proposed: number;
  selected: number;
  notSelected: number;
  undecided: number;
}

export interface SelectionList {
  tambon: Place;
  cohort: number;
  candidates: Candidate[];
  summary: SelectionCounts;
}

export interface SelectionSummaryRow {
  tambonsWithCandidates: number;
  candidates: number;
  selected: number;
  groups: number;
  groupsFormed: number;
}

export interface SelectionSummary {
  unit: { code: string; nameTh: string };
  cohort: number;
  provinces: (SelectionSummaryRow & { code: string; nameTh: string; nameEn: string | null; agencyCode: string | null })[];
  totals: SelectionSummaryRow;
}

/* ── Step 2: model groups ──────────────────────────────────────────────────────────────────── */

export interface GroupSummary {
  id: string;
  name: string;
  cohort: number;
  tambon: Place;
  district: Place;
  province: Place;
  foundedOn: string | null;
  memberCount: number;
  /** Formed once it has a president. */
  formed: boolean;
  /** Its community enterprise registration code once registered (step 7). */
  enterpriseCode?: string | null;
  version: number;
}

export interface GroupMember {
  farmerId: string;
  fullName: string;
  nationalId: string;
  nationalIdMasked: boolean;
  address: string;
  joinedAt: string;
}

export interface CommitteeSeat {
  farmerId: string;
  fullName: string;
  role: CommitteeRole;
  title: string | null;
}

export interface GroupContact {
  foundedOn: string | null;
  phone: string | null;
  facebookPage: string | null;
  lineOaId: string | null;
  website: string | null;
  learningCentre: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface Group extends GroupSummary, GroupContact {
  members: GroupMember[];
  committee: CommitteeSeat[];
}

/** What PATCH /api/groups/{id} takes besides `version`. */
export type GroupInput = Partial<GroupContact & { name: string }>;

/* ── Plans: แบบ กท.02 (a farmer) and กท.03 (a group) ─────────────────────────────────────── */

export interface CurrentActivity {
  activity: string;
  kind?: ActivityKind | null;
  areaSqm?: number | null;
  headcount?: number | null;
  output?: number | null;
  unit?: QuantityUnit | null;
  note?: string | null;
}

export interface PlannedProduct {
  product: string;
  unit: QuantityUnit;
  quantity: number;
  /** 1 = January … 12 = December. */
  months: number[];
  shareHousehold: number;
  shareExchange: number;
  shareSale: number;
  expectedIncome?: number | null;
}

export interface Assessment {
  scores: Record<AssessmentSkill, number | null>;
  assessor?: string | null;
  assessedOn?: string | null;
}

export interface IndividualPlanInput {
  currentActivities: CurrentActivity[];
  plannedProducts: PlannedProduct[];
  assessment: Assessment | null;
  developmentNeeds: string | null;
  /** Absent to create the plan; the version read to change it. */
  version?: number;
}

export interface IndividualPlan extends Required<Omit<IndividualPlanInput, 'version'>> {
  farmerId: string;
  cohort: number;
  exists: boolean;
  version: number;
  updatedAt: string | null;
}

export interface GroupProduct {
  product: string;
  unit: QuantityUnit;
  /** Twelve amounts, January to December. */
  monthly: number[];
}

export interface GroupMarket {
  channel: Channel;
  target?: string | null;
  note?: string | null;
}

export interface GroupTopic {
  /** Stays the same when the topic is renamed or moved; learning sessions follow it. Absent on a new topic. */
  id?: string;
  topic: string;
  plannedOn?: string | null;
}

export interface GroupResource {
  item: string;
  quantity?: string | null;
  note?: string | null;
}

export interface GroupPlanInput {
  products: GroupProduct[];
  markets: GroupMarket[];
  topics: GroupTopic[];
  resources: GroupResource[];
  version?: number;
}

/** The group's plan against the sum of its members' กท.02 for one product and unit. */
export interface RollupLine {
  product: string;
  unit: QuantityUnit;
  groupPlan: number;
  membersPlan: number;
  difference: number;
}

export interface GroupPlan extends Required<Omit<GroupPlanInput, 'version'>> {
  groupId: string;
  cohort: number;
  exists: boolean;
  version: number;
  updatedAt: string | null;
  rollup: RollupLine[];
  membersWithPlan: number;
  memberCount: number;
}
