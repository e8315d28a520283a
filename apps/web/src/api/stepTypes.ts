/**
 * Shapes of the answers of steps 3–7 and the progress (issue #4), written from
 * /api/openapi.json (apps/api/src/modules/{learning,production,markets,sales,enterprise,progress}).
 */
import type { Channel, OnlineKind, OutletType, ProduceUse, QuantityUnit, StepStatus } from '@ntag/shared';

/** Every group record list: newest first, `nextCursor` for the next page (null on the last). */
export interface RecordPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** The fields every record the API keeps carries. */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Person {
  farmerId: string;
  fullName: string;
}

/* ── Step 3: learning ───────────────────────────────────────────────────────────────────────── */

export interface LearningCentre {
  groupId: string;
  exists: boolean;
  name: string | null;
  description: string | null;
  mainLecturer: Person | null;
  assistantLecturers: Person[];
  version: number;
}

export interface CentreInput {
  name: string;
  description: string | null;
  mainLecturerId: string | null;
  assistantLecturerIds: string[];
  /** Absent to create the centre. */
  version?: number;
}

export interface Photo {
  id: string;
  url: string;
  width: number;
  height: number;
}

export interface LearningSession extends RecordMeta {
  groupId: string;
  heldOn: string;
  topic: string;
  planCohort: number | null;
  planTopicIndex: number | null;
  lecturers: Person[];
  attendees: Person[];
  outsideParticipants: number;
  /** Members present plus outside participants. */
  participants: number;
  notes: string | null;
  photos: Photo[];
}

export interface SessionInput {
  heldOn: string;
  topic?: string;
  planCohort: number | null;
  planTopicIndex: number | null;
  lecturerIds: string[];
  attendeeIds: string[];
  outsideParticipants: number;
  notes: string | null;
}

/* ── Step 4: production ─────────────────────────────────────────────────────────────────────── */

export interface Product {
  code: string;
  nameTh: string;
  nameEn: string;
  category: string;
  units: QuantityUnit[];
}

export type Uses = Record<ProduceUse, number>;

export interface ProductionRecord extends RecordMeta {
  groupId: string;
  farmerId: string | null;
  farmerName: string | null;
  recordedOn: string;
  period: 'day' | 'month';
  productCode: string | null;
  productName: string;
  unit: QuantityUnit;
  quantity: number;
  uses: Uses;
  valueBaht: number | null;
  notes: string | null;
}

export interface ProductionInput {
  farmerId: string | null;
  recordedOn: string;
  period: 'day' | 'month';
  productCode: string | null;
  productName?: string;
  unit: QuantityUnit;
  quantity: number;
  uses: Uses;
  valueBaht: number | null;
  notes: string | null;
}

/* ── Step 5: market survey ──────────────────────────────────────────────────────────────────── */

export interface SurveyQuestion {
  key: string;
  text: string;
}

export interface SurveyFramework {
  provinceCode: string;
  /** False while the province still uses the default framework. */
  custom: boolean;
  outletTypes: OutletType[];
  questions: SurveyQuestion[];
  version: number;
}

export interface OutletInput {
  type: OutletType;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  products: string[];
  volume: string | null;
  frequency: string | null;
  price: string | null;
  contact: string | null;
  answers: Record<string, string>;
  surveyedOn: string;
}

/** An outlet as kept: what was sent, on its group. */
export interface Outlet extends RecordMeta, OutletInput {
  groupId: string;
}

export interface ChannelInput {
  provinceCode: string;
  groupId: string | null;
  kind: OnlineKind;
  name: string;
  url: string;
  notes: string | null;
}

/** An online channel as kept: exactly what was sent. */
export interface OnlineChannel extends RecordMeta, ChannelInput {}

export interface MarketAnalysis {
  province: { code: string; nameTh: string };
  outlets: number;
  byType: { type: OutletType; outlets: number; groups: number }[];
  byProduct: { product: string; outlets: number; types: OutletType[] }[];
  channels: OnlineChannel[];
}

/* ── Step 6: exchange and sales ─────────────────────────────────────────────────────────────── */

export interface Transaction extends RecordMeta {
  groupId: string;
  farmerId: string | null;
  farmerName: string | null;
  occurredOn: string;
  productCode: string | null;
  productName: string;
  unit: QuantityUnit;
  quantity: number;
  unitPrice: number | null;
  /** As given, or quantity × unit price. */
  valueBaht: number | null;
  channel: Channel;
  kind: 'exchange' | 'sale';
  outletId: string | null;
  eventId: string | null;
  platform: string | null;
  notes: string | null;
}

export interface TransactionInput {
  farmerId: string | null;
  occurredOn: string;
  productCode: string | null;
  productName?: string;
  unit: QuantityUnit;
  quantity: number;
  unitPrice: number | null;
  valueBaht: number | null;
  channel: Channel;
  outletId: string | null;
  eventId: string | null;
  platform: string | null;
  notes: string | null;
}

export interface MarketingEvent extends RecordMeta {
  provinceCode: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  place: string | null;
  groups: { id: string; name: string }[];
  notes: string | null;
}

export interface EventInput {
  provinceCode: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  place: string | null;
  groupIds: string[];
  notes: string | null;
}

/* ── Step 7: community enterprise ───────────────────────────────────────────────────────────── */

export interface Enterprise {
  groupId: string;
  exists: boolean;
  informedOn: string | null;
  appliedOn: string | null;
  registeredOn: string | null;
  registrationCode: string | null;
  /** X-XX-XX-XX/X-XXXX, as the certificate prints it. */
  registrationCodeDisplay: string | null;
  marketsItself: boolean;
  ownChannels: OnlineKind[];
  version: number;
}

export interface EnterpriseInput {
  informedOn: string | null;
  appliedOn: string | null;
  registeredOn: string | null;
  registrationCode: string | null;
  marketsItself: boolean;
  ownChannels: OnlineKind[];
  version?: number;
}

/* ── Progress and timeline ──────────────────────────────────────────────────────────────────── */

export interface StepView {
  step: number;
  status: StepStatus;
  doneOn: string | null;
  dueOn: string | null;
  overdue: boolean;
  /** Confirmed or changed by the district (with `reason`). */
  overridden: boolean;
  reason: string | null;
}

export interface ProgressPlace {
  code: string;
  nameTh: string;
}

export interface GroupProgress {
  id: string;
  name: string;
  cohort: number;
  tambon: ProgressPlace;
  district: ProgressPlace;
  province: ProgressPlace;
  enterpriseCode: string | null;
  steps: StepView[];
}

export interface StepTotals {
  step: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export interface Progress {
  unit: ProgressPlace;
  cohort: number | null;
  today: string;
  groups: GroupProgress[];
  /** Over every group of the unit and cohort, before the step and overdue filters. */
  totals: StepTotals[];
  groupCount: number;
}

export interface OverrideInput {
  status: StepStatus;
  doneOn: string | null;
  reason: string;
}

export interface TimelineItem {
  on: string;
  kind: string;
  /** Thai, from the API. */
  title: string;
  refId: string | null;
}

export interface Timeline {
  items: TimelineItem[];
  /** Pass as `before` for older items; null when there are none. */
  nextBefore: string | null;
}
