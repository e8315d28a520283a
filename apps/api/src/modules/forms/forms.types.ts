/**
 * What the printed forms show, already resolved to display values by the services (names,
 * masked or full national ids, Thai labels). Renderers (pdf/, xlsx/) format dates in the
 * Buddhist era and lay out; they never query the database.
 * Dates are ISO strings (YYYY-MM-DD, timestamps ISO 8601); the renderers show them in BE.
 */

export interface NamedUnit {
  code: string;
  nameTh: string;
}

/** The administrative place a form belongs to, for its heading. */
export interface FormPlace {
  tambon?: NamedUnit;
  district?: NamedUnit;
  province: NamedUnit;
  /** The host agency that follows the province, e.g. { code: 'DLD', nameTh: 'กรมปศุสัตว์' }. */
  agency?: NamedUnit | null;
}

export interface FormHeader {
  /** Cohort year, Buddhist era (e.g. 2569). */
  cohortYear: number;
  place: FormPlace;
  /** When the form was produced (timestamp), printed in the footer. */
  printedAt: string;
  /** Who produced it (their signer name, else the account's display name), printed in the footer. */
  printedBy: string;
  /**
   * The printing officer as they sign (PUT /api/me/signer) and the level they work at: their name
   * and position fill the signature block that is theirs (issue 15). Null until they give them.
   */
  signer?: FormSigner | null;
}

export interface FormSigner {
  name: string;
  position: string;
  /** The role they print as: decides which signature block is theirs. */
  level: string | null;
}

export interface CriterionResult {
  met: boolean;
  remark: string | null;
}

/** แบบ กท.01 — selection of farmers for one tambon and cohort. */
export interface Kt01Data extends FormHeader {
  candidates: {
    no: number;
    fullName: string;
    /** Full or masked (1-2345-xxxxx-xx-1) as the caller may see it. */
    nationalId: string;
    address: string;
    activities: string;
    criteria: { pondDug: CriterionResult; sameProducts: CriterionResult; sharedIdeas: CriterionResult; readyAndAble: CriterionResult };
    /** 'เสนอ' / 'ไม่เสนอ' */
    proposal: string;
    /** 'คัดเลือก' / 'ไม่คัดเลือก' / '' (not decided yet) */
    decision: string;
    decisionReason: string | null;
  }[];
  summary: { candidates: number; proposed: number; selected: number };
}

/** แบบ กท.02 — one farmer's production plan and potential assessment for a cohort year. */
export interface Kt02Data extends FormHeader {
  groupName: string | null;
  farmer: {
    fullName: string;
    nationalId: string;
    birthDate: string | null;
    sex: string | null;
    phone: string | null;
    address: string;
    householdSize: number | null;
    farmerRegistryNo: string | null;
    /** "3-2-50 ไร่" (rai-ngan-wa), or null. */
    plotArea: string | null;
    titleDeed: string | null;
    pond: string;
    activities: string;
  };
  currentActivities: { activity: string; size: string; output: string }[];
  plannedProducts: {
    product: string;
    unit: string;
    quantity: number;
    /** Months of the year the product is produced, 1–12. */
    months: number[];
    /** Shares in percent (0–100) of household consumption, exchange and sale. */
    shareHousehold: number;
    shareExchange: number;
    shareSale: number;
    expectedIncome: number | null;
  }[];
  assessment: {
    skills: { label: string; score: number | null }[];
    assessor: string | null;
    assessedOn: string | null;
  };
  developmentNeeds: string | null;
}

/** แบบ กท.03 — a group's production and marketing plan with development topics. */
export interface Kt03Data extends FormHeader {
  group: {
    name: string;
    foundedOn: string | null;
    memberCount: number;
    committee: { role: string; fullName: string }[];
    contact: string;
    /** Registered community enterprise code, when there is one (later issues). */
    enterpriseCode?: string | null;
  };
  products: { product: string; unit: string; monthly: number[]; total: number }[];
  markets: { channel: string; target: string | null; note: string | null }[];
  topics: { topic: string; plannedOn: string | null }[];
  resources: { item: string; quantity: string | null; note: string | null }[];
  /** Per product: the group plan's total against the sum of its members' กท.02 plans. */
  rollup: { product: string; unit: string; groupPlan: number; membersPlan: number; difference: number }[];
}

/** A whole group in one file: cover, กท.03, then each member's กท.02. */
export interface GroupBundleData {
  kt03: Kt03Data;
  members: Kt02Data[];
  /** The cover's summary of the group (issue 15): its seven steps and its community enterprise. */
  cover?: {
    steps: { step: number; name: string; status: string; date: string | null; overdue: boolean }[];
    enterprise: string;
  };
}

/** A monthly figure: this month and so far (to the end of the month). */
export interface MonthFigure {
  month: number;
  total: number;
}

/**
 * The monthly report of a province (to its host agency) or of a host agency (แบบ กท.05, to the
 * ministry): display-ready. Money in baht; quantities with their unit label; dates ISO.
 */
export interface MonthlyReportData {
  /** 'province' — รายงานผลการดำเนินงานประจำเดือน (จังหวัด → หน่วยงานเจ้าภาพหลัก); 'agency' — แบบ กท.05. */
  kind: 'province' | 'agency';
  unit: { code: string; nameTh: string };
  /** The host agency of a province report, or the agency itself. */
  agency: { code: string; nameTh: string } | null;
  /** YYYY-MM (Gregorian); print it as "ตุลาคม 2569" with formatMonth from @ntag/shared. */
  period: string;
  dueOn: string;
  state: string;
  /** Which version is printed ("ฉบับที่ 2") and when it was submitted, if it was. */
  versionNumber: number | null;
  submittedAt: string | null;
  submittedBy: string | null;
  /** The position of whoever signs as ผู้รายงาน, when they gave one (PUT /api/me/signer). */
  submittedByPosition?: string | null;
  decision: string | null;
  printedAt: string;
  printedBy: string;
  cohorts: {
    cohort: number;
    /** The ministry's target tambons of the cohort in the unit (0 in reports frozen before targets were kept). */
    targetTambons: number;
    groups: number;
    groupsFormed: MonthFigure;
    members: number;
    /** The seven steps: label, done this month, done so far, overdue at the end of the month. */
    steps: { step: number; label: string; doneMonth: number; doneTotal: number; overdue: number }[];
  }[];
  learning: { sessions: MonthFigure; attendance: MonthFigure };
  /** Production by product group, unit and use (already Thai labels). */
  production: { category: string; unit: string; use: string; month: number; total: number }[];
  productionValue: MonthFigure;
  sales: { channel: string; kind: string; value: MonthFigure; count: MonthFigure }[];
  salesTotal: { sale: MonthFigure; exchange: MonthFigure };
  enterprises: MonthFigure;
  /** Advisory visits and lecturer training (null in reports frozen before they were counted). */
  support: { visits: MonthFigure; lecturerTrainings: MonthFigure; trainingHours: MonthFigure } | null;
  /** A province report's partners working with it in the month (sector as a Thai label); null on กท.05. */
  partners: { name: string; sector: string; support: string; groups: number; from: string; to: string | null }[] | null;
  /** กท.05 only: its provinces and whether each report is accepted (others are listed as missing). */
  provinces?: { code: string; nameTh: string; state: string; accepted: boolean }[];
  narrative: { label: string; text: string }[];
}

/** The national summary workbook: one sheet per host agency (its กท.05 figures and provinces). */
export interface NationalSummaryData {
  period: string;
  printedAt: string;
  agencies: MonthlyReportData[];
}
