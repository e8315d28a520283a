import { normalizeDigits, todayIso, toBuddhistYear, toRaiNganWa, toSquareMetres, type ActivityKind, type Sex, type TitleDeedType } from '@ntag/shared';
import type { Farmer, FarmerInput } from '../../api/contract';
import { nationalIdProblem } from '../../components/NationalIdInput';
import type { Translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/th';

/** Titles offered in the select; anything else is typed under "อื่น ๆ". */
export const COMMON_TITLES = ['นาย', 'นาง', 'นางสาว'] as const;
export const OTHER_TITLE = 'อื่น ๆ';

/** A number input's value: '' while empty. */
export type Num = number | '';

export interface ActivityRow {
  /** For React keys only (rows are added and removed). */
  key: string;
  kind: ActivityKind | null;
  detail: string;
}

/** What the form holds while editing: strings and '' as inputs give them, not API shapes. */
export interface FarmerFormState {
  nationalId: string;
  titleChoice: string | null;
  titleOther: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  sex: Sex | null;
  phone: string;
  householdSize: Num;
  farmerRegistryNo: string;
  houseNo: string;
  villageNo: Num;
  villageName: string;
  tambonCode: string;
  rai: Num;
  ngan: Num;
  wa: Num;
  titleDeedType: TitleDeedType | null;
  pondDug: boolean;
  pondYear: Num;
  pondVolumeM3: Num;
  activities: ActivityRow[];
  notes: string;
}

let rowSeq = 0;
export const newActivityRow = (kind: ActivityKind | null = null, detail = ''): ActivityRow => ({ key: `a${++rowSeq}`, kind, detail });

export function emptyForm(areaCode = ''): FarmerFormState {
  return {
    nationalId: '', titleChoice: null, titleOther: '', firstName: '', lastName: '', birthDate: null, sex: null,
    phone: '', householdSize: '', farmerRegistryNo: '',
    houseNo: '', villageNo: '', villageName: '', tambonCode: areaCode,
    rai: '', ngan: '', wa: '', titleDeedType: null, pondDug: false, pondYear: '', pondVolumeM3: '',
    activities: [newActivityRow()], notes: '',
  };
}

export function fromFarmer(f: Farmer): FarmerFormState {
  const common = (COMMON_TITLES as readonly string[]).includes(f.title ?? '');
  const land = f.plotAreaSqm === null ? null : toRaiNganWa(f.plotAreaSqm);
  return {
    // A masked id cannot be edited (and is never sent back).
    nationalId: f.nationalIdMasked ? '' : f.nationalId,
    titleChoice: f.title ? (common ? f.title : OTHER_TITLE) : null,
    titleOther: f.title && !common ? f.title : '',
    firstName: f.firstName, lastName: f.lastName, birthDate: f.birthDate, sex: f.sex,
    phone: f.phone ?? '', householdSize: f.householdSize ?? '', farmerRegistryNo: f.farmerRegistryNo ?? '',
    houseNo: f.houseNo ?? '', villageNo: f.villageNo ?? '', villageName: f.villageName ?? '', tambonCode: f.tambonCode,
    rai: land ? land.rai : '', ngan: land ? land.ngan : '', wa: land ? land.wa : '',
    titleDeedType: f.titleDeedType, pondDug: f.pondDug, pondYear: f.pondYear ?? '', pondVolumeM3: f.pondVolumeM3 ?? '',
    activities: f.activities.length ? f.activities.map((a) => newActivityRow(a.kind, a.detail ?? '')) : [newActivityRow()],
    notes: f.notes ?? '',
  };
}

const text = (v: string): string | null => v.trim() || null;
const num = (v: Num): number | null => (v === '' ? null : v);

export function toInput(s: FarmerFormState): FarmerInput {
  const landGiven = s.rai !== '' || s.ngan !== '' || s.wa !== '';
  const title = s.titleChoice === OTHER_TITLE ? text(s.titleOther) : s.titleChoice;
  return {
    nationalId: s.nationalId,
    title,
    firstName: s.firstName.trim(),
    lastName: s.lastName.trim(),
    birthDate: s.birthDate,
    sex: s.sex,
    phone: text(normalizeDigits(s.phone).replace(/[\s-]/g, '')),
    householdSize: num(s.householdSize),
    farmerRegistryNo: text(s.farmerRegistryNo),
    houseNo: text(s.houseNo),
    villageNo: num(s.villageNo),
    villageName: text(s.villageName),
    tambonCode: s.tambonCode,
    plotAreaSqm: landGiven ? toSquareMetres(num(s.rai) ?? 0, num(s.ngan) ?? 0, num(s.wa) ?? 0) : null,
    titleDeedType: s.titleDeedType,
    pondDug: s.pondDug,
    pondYear: s.pondDug ? num(s.pondYear) : null,
    pondVolumeM3: s.pondDug ? num(s.pondVolumeM3) : null,
    activities: s.activities
      .filter((a) => a.kind)
      .map((a) => (a.detail.trim() ? { kind: a.kind!, detail: a.detail.trim() } : { kind: a.kind! })),
    notes: text(s.notes),
  };
}

/** The fields that differ from the record as loaded: what a PATCH sends. */
export function changedFields(before: FarmerInput, after: FarmerInput): Partial<FarmerInput> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(v) !== JSON.stringify(before[k as keyof FarmerInput])) out[k] = v;
  }
  return out as Partial<FarmerInput>;
}

/** This year in the Buddhist era (Thailand time). */
export const currentBeYear = () => toBuddhistYear(Number(todayIso().slice(0, 4)));

/**
 * The rules the API checks, checked here first so the officer fixes them before sending (in
 * the field, on a slow connection). Keys are the API's field paths, so errors land in one place.
 */
export function validate(s: FarmerFormState, t: Translate, opts: { checkId: boolean }): Record<string, string> {
  const e: Record<string, string> = {};
  if (opts.checkId) {
    const p = nationalIdProblem(s.nationalId);
    if (p === 'empty') e.nationalId = t('password.required');
    else if (p === 'short') e.nationalId = t('farmers.idShort');
    else if (p === 'checksum') e.nationalId = t('farmers.idChecksum');
  }
  if (!s.firstName.trim()) e.firstName = t('password.required');
  if (!s.lastName.trim()) e.lastName = t('password.required');
  if (s.birthDate && (s.birthDate < '1900-01-01' || s.birthDate > todayIso())) e.birthDate = t('farmers.birthDateBad');
  const phone = normalizeDigits(s.phone).replace(/[\s-]/g, '');
  if (phone && !/^0\d{8,9}$/.test(phone)) e.phone = t('farmers.phoneBad');
  if (s.householdSize !== '' && (s.householdSize < 1 || s.householdSize > 50)) e.householdSize = t('farmers.rangeBad', { min: 1, max: 50 });
  if (s.villageNo !== '' && (s.villageNo < 1 || s.villageNo > 99)) e.villageNo = t('farmers.rangeBad', { min: 1, max: 99 });
  if (!/^\d{6}$/.test(s.tambonCode)) e.tambonCode = t('farmers.pickTambon');
  if (s.ngan !== '' && (s.ngan < 0 || s.ngan > 3)) e.plotAreaSqm = t('farmers.nganBad');
  else if (s.wa !== '' && (s.wa < 0 || s.wa >= 100)) e.plotAreaSqm = t('farmers.waBad');
  else if (s.rai !== '' && s.rai < 0) e.plotAreaSqm = t('farmers.negative');
  if (s.pondDug && s.pondYear !== '' && (s.pondYear < 2493 || s.pondYear > currentBeYear())) {
    e.pondYear = t('farmers.pondYearBad', { max: currentBeYear() });
  }
  if (s.pondDug && s.pondVolumeM3 !== '' && s.pondVolumeM3 < 0) e.pondVolumeM3 = t('farmers.negative');
  s.activities.forEach((a, i) => {
    if (!a.kind && a.detail.trim()) e[`activities.${i}.kind`] = t('farmers.activityKindMissing');
  });
  return e;
}

/** The label of each API field, for "what changed" in the stale-record notice. */
export const FIELD_LABELS: Record<keyof FarmerInput, MessageKey> = {
  nationalId: 'farmers.nationalId', title: 'farmers.nameTitle', firstName: 'farmers.firstName', lastName: 'farmers.lastName',
  birthDate: 'farmers.birthDate', sex: 'farmers.sex', phone: 'farmers.phone', householdSize: 'farmers.householdSize',
  farmerRegistryNo: 'farmers.farmerRegistryNo', houseNo: 'farmers.houseNo', villageNo: 'farmers.villageNo',
  villageName: 'farmers.villageName', tambonCode: 'kind.tambon', plotAreaSqm: 'farmers.plotArea',
  titleDeedType: 'farmers.titleDeedType', pondDug: 'farmers.pond', pondYear: 'farmers.pondYear',
  pondVolumeM3: 'farmers.pondVolume', activities: 'farmers.section.activities', notes: 'farmers.section.notes',
};
