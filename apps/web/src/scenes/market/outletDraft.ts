import { normalizeDigits, todayIso, type OutletType } from '@ntag/shared';
import type { Outlet, OutletInput, SurveyFramework } from '../../api/contract';
import { parseNumber } from '../../components/NumberField';
import type { FieldT } from '../../i18n/field';

export interface OutletDraft {
  type: OutletType | null;
  name: string;
  date: string | null;
  products: string[];
  volume: string;
  frequency: string;
  price: string;
  address: string;
  latitude: string;
  longitude: string;
  contact: string;
  answers: Record<string, string>;
}

export function newDraft(framework: SurveyFramework | undefined): OutletDraft {
  return {
    type: framework?.outletTypes.length === 1 ? framework.outletTypes[0]! : null,
    name: '',
    date: todayIso(),
    products: [],
    volume: '',
    frequency: '',
    price: '',
    address: '',
    latitude: '',
    longitude: '',
    contact: '',
    answers: {},
  };
}

export function draftOf(o: Outlet): OutletDraft {
  return {
    type: o.type,
    name: o.name,
    date: o.date,
    products: o.products,
    volume: o.volume ?? '',
    frequency: o.frequency ?? '',
    price: o.price ?? '',
    address: o.address ?? '',
    latitude: o.latitude === null ? '' : String(o.latitude),
    longitude: o.longitude === null ? '' : String(o.longitude),
    contact: o.contact ?? '',
    answers: { ...o.answers },
  };
}

export function validate(d: OutletDraft, t: FieldT): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.type) e.type = t('market.pickType');
  if (!d.name.trim()) e.name = t('rec.required');
  if (!d.date) e.date = t('rec.required');
  else if (d.date > todayIso()) e.date = t('rec.future');
  const lat = parseNumber(d.latitude);
  const lng = parseNumber(d.longitude);
  if (lat !== null && (!Number.isFinite(lat) || lat < 5 || lat > 21)) e.latitude = t('market.latBad');
  if (lng !== null && (!Number.isFinite(lng) || lng < 97 || lng > 106)) e.longitude = t('market.lngBad');
  if ((lat === null) !== (lng === null)) e[lat === null ? 'latitude' : 'longitude'] = t('market.bothCoords');
  return e;
}

const text = (v: string) => v.trim() || null;

/**
 * The answers with their keys in the order PostgreSQL keeps a jsonb object (shorter keys first,
 * then byte order). The API compares a repeated create with the stored record key by key in
 * order: sent in any other order, a retry of the same survey (after a lost answer) would be
 * refused as "another record" instead of returning the one saved.
 */
export function jsonbOrder(answers: Record<string, string>): Record<string, string> {
  const keys = Object.keys(answers).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, answers[k]!]));
}

/** Only the framework's questions are sent, and only those answered. */
export function inputOf(d: OutletDraft, framework: SurveyFramework | undefined): OutletInput {
  const keys = new Set(framework?.questions.map((q) => q.key) ?? Object.keys(d.answers));
  const answers = Object.fromEntries(Object.entries(d.answers).filter(([k, v]) => keys.has(k) && v.trim()).map(([k, v]) => [k, v.trim()]));
  return {
    type: d.type!,
    name: d.name.trim(),
    date: d.date!,
    products: d.products.map((p) => normalizeDigits(p).trim()).filter(Boolean),
    volume: text(d.volume),
    frequency: text(d.frequency),
    price: text(d.price),
    address: text(d.address),
    latitude: parseNumber(d.latitude),
    longitude: parseNumber(d.longitude),
    contact: text(d.contact),
    answers: jsonbOrder(answers),
  };
}
