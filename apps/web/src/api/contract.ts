/**
 * Names for the API's shapes the web app uses, every one taken from the generated OpenAPI
 * types (schema.gen.ts; `npm run api:types`) — none is written out by hand. When a zod schema
 * in apps/api changes, regenerating changes these, and TypeScript points at every screen the
 * change reaches.
 */
import type { components, paths } from './schema.gen';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON answer (200 or 201) of an operation. */
export type Answer<P extends keyof paths, M extends Method = 'get'> = Op<P, M> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201>]> : never;
/** The JSON body an operation takes. */
export type Body<P extends keyof paths, M extends Method> = Op<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** A record's editable fields: what a create takes without the ids the client makes. */
type Fields<P extends keyof paths> = Omit<Body<P, 'post'>, 'id' | 'groupId'>;

/* ── Sign-in, users, areas ─────────────────────────────────────────────────────────────────── */
export type Me = Answer<'/api/me'>;
export type LoginResult = Answer<'/api/auth/login', 'post'>;
export type Area = Answer<'/api/area'>;
export type AreaUnit = Area['unit'];
export type UnitRef = Area['parents'][number];
export type UnitCounts = AreaUnit['counts'];
export type UserPage = Answer<'/api/users'>;
export type User = Answer<'/api/users/{id}'>;
export type RoleGrant = User['roles'][number];
export type AuditPage = Answer<'/api/audit'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditFilters = Omit<QueryOf<'/api/audit'>, 'page' | 'pageSize'>;

/* ── Geography and the program ─────────────────────────────────────────────────────────────── */
export type GeoProvince = Answer<'/api/geo/provinces'>[number];
export type GeoUnit = Answer<'/api/geo/provinces/{code}/districts'>[number];
export type GeoHit = Answer<'/api/geo/units/{code}'>;
export type GeoParent = GeoHit['parents'][number];
export type GeoLevel = GeoUnit['level'];
export type GeoPatch = Body<'/api/geo/units/{code}', 'patch'>;
export type Region = Answer<'/api/program/regions'>[number];
export type Agency = Answer<'/api/program/agencies'>[number];
export type AgencyProvince = Agency['provinces'][number];
export type ProvinceAgency = Answer<'/api/program/provinces/{code}/agency', 'put'>;
export type CohortList = Answer<'/api/program/cohorts'>;
export type Cohort = CohortList['cohorts'][number];
export type StepSchedule = Cohort['schedule'][number];
export type ProgramTarget = Answer<'/api/program/targets'>[number];
export type Step = Answer<'/api/program/steps'>[number];
export type ReportDeadline = Answer<'/api/program/report-deadlines'>[number];

/* ── Farmers and selection (step 1) ────────────────────────────────────────────────────────── */
export type Farmer = Answer<'/api/farmers/{id}'>;
export type FarmerList = Answer<'/api/farmers'>;
export type FarmerFilter = Omit<QueryOf<'/api/farmers'>, 'limit' | 'cursor'>;
export type FarmerInput = Omit<Body<'/api/farmers', 'post'>, 'id'>;
export type FarmerActivity = Farmer['activities'][number];
/** A place a farmer or a group lives in, named (tambon, district, province). */
export type Place = Farmer['tambon'];
export type CreatedFarmer = Answer<'/api/farmers', 'post'>;
export type PossibleDuplicate = CreatedFarmer['possibleDuplicates'][number];
export type ImportReport = Answer<'/api/farmers/import', 'post'>;
export type ImportProblem = ImportReport['problems'][number];
export type ImportColumn = ImportReport['mapping']['columns'][number];
export type ImportField = NonNullable<ImportColumn['field']>;
/** The JSON of the import's multipart field `mapping` (components.schemas.ImportMapping). */
export type ImportMapping = components['schemas']['ImportMapping'];
export type ImportBatch = Answer<'/api/farmers/import/batches/{id}'>;
export type UndoResult = Answer<'/api/farmers/import/batches/{id}/undo', 'post'>;
export type SelectionList = Answer<'/api/selection'>;
export type Candidate = SelectionList['candidates'][number];
export type Criteria = Candidate['criteria'];
export type SelectionSummary = Answer<'/api/selection/summary'>;
export type WaitingTambon = Answer<'/api/selection/waiting'>['tambons'][number];
export type TaskList = Answer<'/api/tasks'>;
export type Task = TaskList['items'][number];
export type SelectionSummaryRow = SelectionSummary['totals'];

/* ── Groups and plans (step 2) ─────────────────────────────────────────────────────────────── */
export type GroupSummary = Answer<'/api/groups'>[number];
export type Group = Answer<'/api/groups/{id}'>;
export type GroupFilter = QueryOf<'/api/groups'>;
export type GroupMember = Group['members'][number];
export type GroupInput = Omit<Body<'/api/groups/{id}', 'patch'>, 'version'>;
export type NewGroup = Body<'/api/groups', 'post'>;
export type CommitteeSeatInput = Body<'/api/groups/{id}/committee', 'put'>[number];
export type IndividualPlan = Answer<'/api/farmers/{id}/plans/{cohort}'>;
export type IndividualPlanInput = Body<'/api/farmers/{id}/plans/{cohort}', 'put'>;
export type GroupPlan = Answer<'/api/groups/{id}/plans/{cohort}'>;
export type GroupPlanInput = Body<'/api/groups/{id}/plans/{cohort}', 'put'>;
export type GroupTopic = GroupPlan['topics'][number];
export type RollupLine = GroupPlan['rollup'][number];

/* ── Field records (steps 3–6) ─────────────────────────────────────────────────────────────── */
export type RecordFilter = Omit<QueryOf<'/api/production'>, 'cursor'>;
export type ProductionRecord = Answer<'/api/production/{id}'>;
/** The fields every record the API keeps carries. */
export type RecordMeta = Pick<ProductionRecord, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
/** A page of a record list: newest first, `nextCursor` for the next page (null on the last). */
export type RecordPage<T> = Omit<Answer<'/api/production'>, 'items'> & { items: T[] };
export type ProductionInput = Fields<'/api/production'>;
export type Uses = ProductionRecord['uses'];
export type Product = Answer<'/api/products'>[number];
export type LearningCentre = Answer<'/api/groups/{id}/learning-centre'>;
export type CentreInput = Body<'/api/groups/{id}/learning-centre', 'put'>;
export type LearningSession = Answer<'/api/learning-sessions/{id}'>;
export type SessionInput = Fields<'/api/learning-sessions'>;
export type Photo = LearningSession['photos'][number];
export type SurveyFramework = Answer<'/api/provinces/{code}/survey-framework'>;
export type SurveyQuestion = SurveyFramework['questions'][number];
export type Outlet = Answer<'/api/outlets/{id}'>;
export type OutletInput = Fields<'/api/outlets'>;
export type OnlineChannel = Answer<'/api/channels/{id}'>;
export type ChannelInput = Omit<Body<'/api/channels', 'post'>, 'id'>;
export type MarketAnalysis = Answer<'/api/markets/analysis'>;
export type Transaction = Answer<'/api/transactions/{id}'>;
export type TransactionInput = Fields<'/api/transactions'>;
export type MarketingEvent = Answer<'/api/events/{id}'>;
export type EventInput = Omit<Body<'/api/events', 'post'>, 'id'>;
export type EventFilter = QueryOf<'/api/events'>;
export type Enterprise = Answer<'/api/groups/{id}/enterprise'>;
export type EnterpriseInput = Body<'/api/groups/{id}/enterprise', 'put'>;

/* ── Progress, timeline, reports, dashboard, notifications ────────────────────────────────── */
export type Progress = Answer<'/api/progress'>;
export type ProgressFilter = QueryOf<'/api/progress'>;
export type GroupProgress = Progress['groups'][number];
export type StepView = GroupProgress['steps'][number];
export type StepTotals = Progress['totals'][number];
export type AreaProgress = Progress['areas'][number];
export type OverrideInput = Body<'/api/groups/{id}/steps/{step}', 'put'>;
export type Timeline = Answer<'/api/groups/{id}/timeline'>;
export type TimelineItem = Timeline['items'][number];
export type ReportsOfUnit = Answer<'/api/reports'>;
export type Report = Answer<'/api/reports/{id}'>;
export type ReportVersion = Report['versions'][number];
export type ReportContent = Report['content'];
export type CohortFigures = ReportContent['cohorts'][number];
export type MonthTotal = ReportContent['productionValue'];
export type Inbox = Answer<'/api/reports/inbox'>;
export type InboxUnit = Inbox['units'][number];
export type Completeness = Answer<'/api/reports/completeness'>;
export type CompletenessCounts = Completeness['totals'];
export type CompletenessLevel = QueryOf<'/api/reports/completeness'>['level'];
export type Dashboard = Answer<'/api/dashboard'>;
export type DashboardFilter = QueryOf<'/api/dashboard'>;
/** What the map colours and the area tables list, for a province, a district or an agency. */
export type AreaFigures = Dashboard['totals'];
export type AreaMeasure = keyof AreaFigures;
/** The charts whose tables GET /api/dashboard.xlsx?chart= returns as a sheet. */
export type DashboardChart = NonNullable<QueryOf<'/api/dashboard.xlsx'>['chart']>;
export type NotificationList = Answer<'/api/notifications'>;
export type Notification = NotificationList['items'][number];

/* ── The groups' market (issue #14) ────────────────────────────────────────────────────────── */
export type Listing = Answer<'/api/listings/{id}'>;
export type ListingPage = Answer<'/api/listings'>;
export type ListingFilter = Omit<QueryOf<'/api/listings'>, 'page' | 'pageSize'>;
export type ListingInput = Omit<Body<'/api/listings', 'post'>, 'id' | 'groupId'>;
export type ListingCertification = NonNullable<ListingInput['certifications']>[number];
export type ProposedMonths = Answer<'/api/listings/proposed-months'>;
export type Enquiry = Answer<'/api/enquiries/{id}'>;
export type EnquiryMessage = NonNullable<Enquiry['messages']>[number];
export type EnquiryPage = Answer<'/api/enquiries'>;
export type EnquiryAnswerInput = Body<'/api/enquiries/{id}/answer', 'post'>;
export type EnquiryDeliveredInput = Body<'/api/enquiries/{id}/delivered', 'post'>;
export type EnquiryDashboard = Answer<'/api/dashboard/enquiries'>;
export type EnquiryDashboardFilter = QueryOf<'/api/dashboard/enquiries'>;
/* ── The program as the ministry runs it (issue 13) ──────────────────────────────────────── */
export type TargetTambons = Answer<'/api/program/cohorts/{cohort}/target-tambons'>;
export type TargetTambon = TargetTambons['tambons'][number];
export type ResolvedTambons = Answer<'/api/program/cohorts/{cohort}/target-tambons/resolve', 'post'>;
export type NewCohort = Body<'/api/program/cohorts', 'post'>;
export type Coverage = NonNullable<Dashboard['coverage']>;
export type CoverageProvince = Coverage['byProvince'][number];
export type SelectionResults = Answer<'/api/selection/results'>;
export type SelectionResult = SelectionResults['results'][number];
export type SelectionResultUnit = SelectionResults['units'][number];
export type SelectionContent = SelectionResult['content'];
export type SelectionTotals = SelectionContent['totals'];
export type Visit = Answer<'/api/visits/{id}'>;
export type VisitInput = Omit<Body<'/api/visits', 'post'>, 'id' | 'groupId'>;
export type FollowUps = Answer<'/api/visits/follow-ups'>;
export type FollowUp = FollowUps['items'][number];
export type LecturerTraining = Answer<'/api/lecturer-trainings/{id}'>;
export type TrainingInput = Omit<Body<'/api/lecturer-trainings', 'post'>, 'id' | 'groupId'>;
export type Partner = Answer<'/api/partners/{id}'>;
export type PartnerInput = Omit<Body<'/api/partners', 'post'>, 'id'>;
export type MyReminders = Answer<'/api/reminders'>;
export type Reminder = MyReminders['items'][number];
