import { todayIso, type CertificationKind, type Fulfilment, type ProductCategory, type QuantityUnit } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { notFound } from '../../lib/errors';
import { certificationValid, publicPhone, queryTokens } from '../listings/listings.rules';
import { safeUrl } from './market.html';
import type { DirectoryInput } from './market.schemas';
import * as repo from './market.repo';

/**
 * The public directory's reads (issue #14): no sign-in, published listings only, nothing about
 * a member. The same shapes feed the JSON API (/api/public/…) and the HTML pages (/market).
 */
type Deps = Pick<ModuleDeps, 'db'>;

const place = (r: { tambonCode: string; districtTh: string | null; provinceTh: string | null }) => ({ tambonCode: r.tambonCode, district: r.districtTh, province: r.provinceTh });
const validCerts = (certs: { kind: string; number: string; expiresOn: string }[], today: string) =>
  certs.filter((c) => certificationValid(c, today)).map((c) => ({ kind: c.kind as CertificationKind, number: c.number, expiresOn: c.expiresOn }));

export const productPath = (id: string) => `/market/products/${id}`;
export const groupPath = (id: string) => `/market/groups/${id}`;
export const photoPath = (id: string, size: 'card' | 'thumb' | 'full') => `/market/photos/${id}/${size}.jpg`;

function card(r: repo.ListingCard, today: string) {
  return {
    id: r.id, url: productPath(r.id), product: r.productCode ?? r.productName, productNameTh: r.productName, category: r.category as ProductCategory, unit: r.unit as QuantityUnit,
    priceMin: r.priceMin, priceMax: r.priceMax, months: r.months, certifications: validCerts(r.certifications, today),
    group: { id: r.groupId, name: r.groupName, url: groupPath(r.groupId) }, place: place(r),
    thumbUrl: r.photoId ? photoPath(r.photoId, 'thumb') : null, publishedAt: r.publishedAt,
  };
}
export type Card = ReturnType<typeof card>;

export async function directory(deps: Deps, q: DirectoryInput) {
  const today = todayIso();
  const { items, total } = await repo.searchListings(deps.db, {
    tokens: q.q ? queryTokens(q.q) : [], province: q.province, district: q.district, category: q.category, month: q.month, cert: q.cert,
    today, offset: (q.page - 1) * q.pageSize, limit: q.pageSize,
  });
  return { items: items.map((r) => card(r, today)), total, page: q.page, pageSize: q.pageSize };
}

/** The filter lists change when a listing is published somewhere new: a minute's staleness is harmless and saves a scan per page. */
const placeCache = new Map<string, { at: number; rows: Awaited<ReturnType<typeof repo.placesWithListings>> }>();
export async function filterPlaces(deps: Deps, province?: string) {
  const key = province ?? '';
  const hit = placeCache.get(key);
  if (hit && Date.now() - hit.at < 60_000) return hit.rows;
  const rows = await repo.placesWithListings(deps.db, province);
  placeCache.set(key, { at: Date.now(), rows });
  return rows;
}
export const clearMarketCaches = () => {
  placeCache.clear();
  openCache = null;
};

function seller(g: repo.PublicGroup) {
  const facebookUrl = safeUrl(g.facebookPage) ?? (g.facebookPage && /^[\w.-]{3,80}$/.test(g.facebookPage) ? `https://www.facebook.com/${g.facebookPage}` : null);
  const lineId = g.lineOaId?.trim() || null;
  return {
    id: g.id, name: g.name, url: groupPath(g.id),
    place: { tambonCode: g.tambonCode, district: g.districtTh, province: g.provinceTh },
    placeNames: { th: [g.tambonTh, g.districtTh, g.provinceTh], en: [g.tambonEn, g.districtEn, g.provinceEn] },
    enterpriseCode: g.enterpriseCode, learningCentre: g.learningCentre,
    position: g.latitude !== null && g.longitude !== null ? { latitude: g.latitude, longitude: g.longitude } : null,
    contact: {
      line: lineId, lineUrl: lineId && /^@?[\w.-]{2,40}$/.test(lineId) ? `https://line.me/R/ti/p/${encodeURIComponent(lineId.startsWith('@') ? lineId : `@${lineId}`)}` : null,
      facebook: g.facebookPage, facebookUrl, phone: publicPhone(g.phone, g.memberPhones), website: safeUrl(g.website),
    },
  };
}
export type Seller = ReturnType<typeof seller>;

/** One published product with its photos, its group and the group's other products. */
export async function product(deps: Deps, id: string) {
  const r = await repo.publicListing(deps.db, id);
  if (!r) throw notFound('listing.not_found');
  const [photos, g, others] = await Promise.all([repo.photosOf(deps.db, id), repo.publicGroup(deps.db, r.groupId), repo.listingsOfGroup(deps.db, r.groupId, 13)]);
  const today = todayIso();
  return {
    ...card(r, today), description: r.description, minOrder: r.minOrder, fulfilment: r.fulfilment as Fulfilment, deliveryArea: r.deliveryArea,
    photos: photos.map((p) => ({ id: p.id, url: photoPath(p.id, 'card'), fullUrl: photoPath(p.id, 'full'), width: p.width, height: p.height })),
    seller: seller(g!), enquiryUrl: `${productPath(id)}#enquiry`, updatedAt: r.updatedAt,
    others: others.filter((o) => o.id !== id).slice(0, 12).map((o) => card(o, today)),
  };
}
export type Product = Awaited<ReturnType<typeof product>>;

export async function group(deps: Deps, id: string) {
  const g = await repo.publicGroup(deps.db, id);
  if (!g) throw notFound('group.not_found');
  const today = todayIso();
  return { ...seller(g), products: (await repo.listingsOfGroup(deps.db, id)).map((o) => card(o, today)) };
}
export type Group = Awaited<ReturnType<typeof group>>;

export async function groups(deps: Deps, q: { province?: string; district?: string; page: number; pageSize: number }) {
  const { items, total } = await repo.publicGroups(deps.db, { province: q.province, district: q.district, offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
  return { items: items.map((g) => ({ ...g, url: groupPath(g.id) })), total, page: q.page, pageSize: q.pageSize };
}

export async function photo(deps: Deps, photoId: string, size: 'card' | 'thumb' | 'full') {
  const bytes = await repo.publicPhoto(deps.db, photoId, size);
  if (!bytes) throw notFound('record.not_found');
  return bytes;
}

export const sitemap = (deps: Deps) => repo.sitemapEntries(deps.db);

/** Open data: computed at most once a minute, like the summary (docs/adr/0009). */
let openCache: { at: number; rows: ReturnType<typeof openRow>[] } | null = null;
function openRow(r: repo.OpenListing, today: string) {
  return {
    id: r.id, url: productPath(r.id), product: r.productCode ?? r.productName, productNameTh: r.productName, category: r.category, unit: r.unit,
    priceMin: r.priceMin, priceMax: r.priceMax, months: r.months.join(' '), certifications: validCerts(r.certifications, today).map((c) => c.kind).join(' '),
    groupId: r.groupId, groupName: r.groupName, groupUrl: groupPath(r.groupId), tambonCode: r.tambonCode, tambonNameTh: r.tambonTh,
    districtCode: r.tambonCode.slice(0, 4), districtNameTh: r.districtTh, provinceCode: r.tambonCode.slice(0, 2), provinceNameTh: r.provinceTh,
    publishedAt: r.publishedAt, updatedAt: r.updatedAt,
  };
}
export type OpenListingRow = ReturnType<typeof openRow>;

export async function openListings(deps: Deps) {
  if (openCache && Date.now() - openCache.at < 60_000) return openCache.rows;
  const today = todayIso();
  const rows = (await repo.openListings(deps.db)).map((r) => openRow(r, today));
  openCache = { at: Date.now(), rows };
  return rows;
}

const OPEN_COLUMNS: (keyof OpenListingRow)[] = [
  'id', 'url', 'product', 'productNameTh', 'category', 'unit', 'priceMin', 'priceMax', 'months', 'certifications', 'groupId', 'groupName', 'groupUrl',
  'tambonCode', 'tambonNameTh', 'districtCode', 'districtNameTh', 'provinceCode', 'provinceNameTh', 'publishedAt', 'updatedAt',
];
const cell = (v: unknown) => (v === null || v === undefined ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
/** UTF-8 with a BOM (Excel opens Thai correctly); a cell starting with = + - @ is a text, not a formula. */
export function openListingsCsv(rows: OpenListingRow[]): string {
  const safe = (v: unknown) => cell(typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v);
  return `\ufeff${[OPEN_COLUMNS.join(','), ...rows.map((r) => OPEN_COLUMNS.map((c) => safe(r[c])).join(','))].join('\r\n')}\r\n`;
}
