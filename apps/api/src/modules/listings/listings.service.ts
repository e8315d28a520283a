import { CERTIFICATION_LABELS, PRODUCT_CATEGORY_LABELS, todayIso, type CertificationKind, type Fulfilment, type ProductCategory, type QuantityUnit } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { AppError, invalid, notFound, stale } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { areaOfUnit, findUnit } from '../geo/units';
import { findProduct } from '../production/products.repo';
import { groupFor } from '../records/records.kit';
import type { CreateListingInput, ListingFields, UpdateListingInput } from './listings.schemas';
import { certificationValid, personalDataIn, searchTokens } from './listings.rules';
import { MAX_PHOTOS_PER_LISTING, productPhoto } from './listings.photos';
import * as repo from './listings.repo';

type Deps = Pick<ModuleDeps, 'db'>;
type ListingRow = repo.ListingRow;
type GroupRow = repo.GroupRow;

/** A listing the actor holds `permission` on (through its group), else 404. */
async function listingFor(db: Executor, actor: Actor, permission: 'listing.read' | 'listing.write', id: string) {
  requirePermission(actor, permission);
  const found = await repo.findListing(db, id);
  if (!found || !unitInScope(scopeOf(actor, permission), { code: found.group.id, kind: 'group', tambonCode: found.group.tambonCode })) throw notFound('listing.not_found');
  return found;
}

/** Proposed from the newest กท.03 plan that has the product: the months it plans an amount for. */
export async function proposedMonths(db: Executor, groupId: string, names: string[]): Promise<{ months: number[]; cohort: number | null }> {
  const wanted = new Set(names.map((n) => n.trim()).filter(Boolean));
  for (const plan of await repo.planProducts(db, groupId)) {
    const lines = plan.products.filter((p) => wanted.has(p.product.trim()));
    if (!lines.length) continue;
    const months = new Set<number>();
    for (const l of lines) l.monthly.forEach((amount, i) => amount > 0 && months.add(i + 1));
    return { months: [...months].sort((a, b) => a - b), cohort: plan.cohort };
  }
  return { months: [], cohort: null };
}

/** Validates a whole listing against its group and returns the columns to store. */
/**
 * The listing's product: a code of the product list (which must be counted in the unit), or a
 * name typed in — a catalogue product's Thai name typed in is that product.
 */
async function resolveListingProduct(db: Executor, input: { productCode?: string | null; productName?: string; unit: string }) {
  const typed = input.productName?.trim();
  if (!input.productCode && !typed) throw invalid([{ path: 'productName', message: 'a product code or a product name is required' }]);
  const p = await findProduct(db, input.productCode ?? typed!);
  if (input.productCode && (!p || !p.active || p.code !== input.productCode)) throw invalid([{ path: 'productCode', message: `no product ${input.productCode} in GET /api/products` }]);
  if (!p?.active) return { productCode: null, productName: typed!, catalogue: undefined };
  if (!p.units.includes(input.unit)) throw new AppError('product.unit_mismatch', 400, { issues: [{ path: 'unit', message: `${p.nameTh} is counted in ${p.units.join(', ')}` }] });
  return { productCode: p.code, productName: p.nameTh, catalogue: p };
}

async function prepare(db: Executor, input: ListingFields, group: GroupRow, creating: boolean) {
  const resolved = await resolveListingProduct(db, { productCode: input.productCode, productName: input.productName, unit: input.unit });
  const catalogue = resolved.catalogue;
  const category = (catalogue?.category ?? 'other') as ProductCategory;
  const issues = [];
  if (input.priceMin != null && input.priceMax != null && input.priceMax < input.priceMin) issues.push({ path: 'priceMax', message: 'below priceMin' });
  if (input.priceMax != null && input.priceMin == null) issues.push({ path: 'priceMin', message: 'a range needs its lower price' });
  (input.certifications ?? []).forEach((c, i) => {
    if (creating && !certificationValid(c, todayIso())) issues.push({ path: `certifications.${i}.expiresOn`, message: 'already expired' });
  });
  if (issues.length) throw invalid(issues);

  const members = await repo.memberIdentities(db, group.id);
  for (const field of ['productName', 'description', 'deliveryArea'] as const) {
    const text = field === 'productName' ? resolved.productName : input[field];
    const found = text ? personalDataIn(text, members) : null;
    if (found) throw new AppError('listing.personal_data', 400, { issues: [{ path: field, message: `contains a member's ${found.replace('_', ' ')}` }] });
  }

  let months = input.months;
  if (months === undefined) months = creating ? (await proposedMonths(db, group.id, [resolved.productName, catalogue?.nameTh ?? ''])).months : [];
  const places = await repo.placeNames(db, group.tambonCode);
  const certifications = (input.certifications ?? []).map((c) => ({ kind: c.kind, number: c.number, expiresOn: c.expiresOn }));
  const columns = {
    productCode: resolved.productCode, productName: resolved.productName, category, description: input.description ?? null, unit: input.unit,
    priceMin: input.priceMin ?? null, priceMax: input.priceMax ?? null, months: [...months].sort((a, b) => a - b), minOrder: input.minOrder ?? null,
    fulfilment: input.fulfilment ?? 'both', deliveryArea: input.deliveryArea ?? null, certifications,
  };
  const tokens = searchTokens([
      resolved.productName, catalogue?.nameTh, catalogue?.nameEn, PRODUCT_CATEGORY_LABELS[category]!.th, input.description, group.name,
      places.tambon?.nameTh, places.district?.nameTh, places.province?.nameTh, places.province?.nameEn,
    ...certifications.map((c) => CERTIFICATION_LABELS[c.kind as CertificationKind].th),
  ]);
  return { columns, tokens };
}

/** A stored listing in the shape of the input, so that an update can patch it. */
const toInput = (r: ListingRow): ListingFields => ({
  productCode: r.productCode, productName: r.productName, description: r.description, unit: r.unit as QuantityUnit, priceMin: r.priceMin, priceMax: r.priceMax,
  months: r.months, minOrder: r.minOrder, fulfilment: r.fulfilment as Fulfilment, deliveryArea: r.deliveryArea,
  certifications: r.certifications.map((c) => ({ ...c, kind: c.kind as CertificationKind })), published: r.published,
});

async function present(db: Executor, rows: { listing: ListingRow; group: GroupRow }[]) {
  const ids = rows.map((r) => r.listing.id);
  const [photos, open, reports] = await Promise.all([repo.photosOf(db, ids), repo.openEnquiryCounts(db, ids), repo.openReportsOf(db, ids)]);
  const today = todayIso();
  return rows.map(({ listing: l, group: g }) => ({
    id: l.id, groupId: l.groupId, groupName: g.name, productCode: l.productCode, productName: l.productName, category: l.category as ProductCategory,
    description: l.description, unit: l.unit as QuantityUnit, priceMin: l.priceMin, priceMax: l.priceMax, months: l.months, minOrder: l.minOrder,
    fulfilment: l.fulfilment as Fulfilment, deliveryArea: l.deliveryArea,
    certifications: l.certifications.map((c) => ({ kind: c.kind as CertificationKind, number: c.number, expiresOn: c.expiresOn, valid: certificationValid(c, today) })),
    published: l.published, publishedAt: l.publishedAt?.toISOString() ?? null, publicUrl: l.published ? `/market/products/${l.id}` : null,
    photos: photos.filter((p) => p.listingId === l.id).map((p) => ({
      id: p.id, url: `/api/listings/${l.id}/photos/${p.id}?size=card`, thumbUrl: `/api/listings/${l.id}/photos/${p.id}?size=thumb`, width: p.width, height: p.height,
    })),
    openEnquiries: open.get(l.id) ?? 0,
    openReports: reports.filter((r) => r.listingId === l.id).map((r) => ({ id: r.id, reason: r.reason, message: r.message, createdAt: r.createdAt.toISOString() })),
    createdAt: l.createdAt.toISOString(), updatedAt: l.updatedAt.toISOString(), version: l.version,
  }));
}
const one = async (db: Executor, row: { listing: ListingRow; group: GroupRow }) => (await present(db, [row]))[0]!;

export async function listListings(deps: Deps, ctx: Ctx, q: { group?: string; unit?: string; published?: boolean; page: number; pageSize: number }) {
  const { actor } = ctx;
  requirePermission(actor, 'listing.read');
  let area;
  if (q.unit) {
    const unit = await findUnit(deps.db, q.unit);
    requireInScope(actor, 'listing.read', unit);
    area = await areaOfUnit(deps.db, unit!);
  }
  if (q.group) await groupFor(deps.db, actor, 'listing.read', q.group);
  const { rows, total } = await repo.listListings(deps.db, {
    scope: scopeOf(actor, 'listing.read'), area, groupId: q.group, published: q.published, offset: (q.page - 1) * q.pageSize, limit: q.pageSize,
  });
  return { items: await present(deps.db, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getListing(deps: Deps, ctx: Ctx, id: string) {
  return one(deps.db, await listingFor(deps.db, ctx.actor, 'listing.read', id));
}

export async function getProposedMonths(deps: Deps, ctx: Ctx, q: { group: string; productCode?: string; productName?: string }) {
  const group = await groupFor(deps.db, ctx.actor, 'listing.read', q.group);
  const catalogue = q.productCode ? await findProduct(deps.db, q.productCode) : null;
  return proposedMonths(deps.db, group.id, [q.productName ?? '', catalogue?.nameTh ?? '']);
}

/** Same id and body again: the same listing (created false); same id, another body: 409. */
export async function createListing(deps: Deps, ctx: Ctx, input: CreateListingInput) {
  const group = await groupFor(deps.db, ctx.actor, 'listing.write', input.groupId);
  const { id = newId(), groupId: _g, published = false, ...fields } = input;
  const { columns, tokens } = await prepare(deps.db, fields, group, true);
  const existing = await repo.findAnyListing(deps.db, id);
  if (existing) {
    const same = existing.groupId === group.id && !existing.deletedAt && existing.published === published
      && Object.entries(columns).every(([k, v]) => JSON.stringify(v) === JSON.stringify((existing as Record<string, unknown>)[k]));
    if (!same) throw new AppError('record.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another listing' }] });
    return { created: false, listing: await one(deps.db, (await repo.findListing(deps.db, id))!) };
  }
  await deps.db.transaction(async (tx) => {
    const row = await repo.insertListing(tx, { ...columns, id, groupId: group.id, published, publishedAt: published ? new Date() : null, createdBy: ctx.actor.userId });
    await repo.saveTokens(tx, id, tokens);
    await audit(tx, ctx, { verb: 'listing.create', targetType: 'listing', targetId: id, after: row });
  });
  return { created: true, listing: await one(deps.db, (await repo.findListing(deps.db, id))!) };
}

/**
 * Changes a listing; `published: false` hides it from the public pages at once (they read the
 * table on every request). With `version` a stale edit is a 409 carrying the current listing.
 */
export async function updateListing(deps: Deps, ctx: Ctx, id: string, input: UpdateListingInput) {
  const { listing: before, group } = await listingFor(deps.db, ctx.actor, 'listing.write', id);
  const { version, published, ...patch } = input;
  if (version !== undefined && version !== before.version) throw stale(await one(deps.db, { listing: before, group }));
  const merged = { ...toInput(before), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as ListingFields;
  const { columns, tokens } = await prepare(deps.db, merged, group, false);
  const nowPublished = published ?? before.published;
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.updateListing(tx, id, before.version, {
      ...columns, published: nowPublished, publishedAt: nowPublished ? (before.published ? before.publishedAt : new Date()) : null,
    });
    if (r) {
      await repo.saveTokens(tx, id, tokens);
      const verb = published === undefined || published === before.published ? 'listing.update' : published ? 'listing.publish' : 'listing.unpublish';
      await audit(tx, ctx, { verb, targetType: 'listing', targetId: id, before, after: r });
    }
    return r;
  });
  const current = await repo.findListing(deps.db, id);
  if (!row) throw stale(await one(deps.db, current!));
  return one(deps.db, current!);
}

/** Soft delete: the listing leaves the public pages; its enquiries and their sales stay. */
export async function deleteListing(deps: Deps, ctx: Ctx, id: string, version: number | undefined) {
  const found = await listingFor(deps.db, ctx.actor, 'listing.write', id);
  if (version !== undefined && version !== found.listing.version) throw stale(await one(deps.db, found));
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.updateListing(tx, id, found.listing.version, { deletedAt: new Date(), published: false });
    if (r) await audit(tx, ctx, { verb: 'listing.delete', targetType: 'listing', targetId: id, before: found.listing });
    return r;
  });
  if (!row) throw stale(await one(deps.db, (await repo.findListing(deps.db, id)) ?? found));
  return { ok: true as const };
}

export async function addPhoto(deps: Deps, ctx: Ctx, id: string, file: Buffer) {
  const found = await listingFor(deps.db, ctx.actor, 'listing.write', id);
  const { n, last } = await repo.countPhotos(deps.db, id);
  if (n >= MAX_PHOTOS_PER_LISTING) throw new AppError('listing.too_many_photos', 409, { issues: [{ path: 'file', message: `at most ${MAX_PHOTOS_PER_LISTING} photos` }] });
  const photo = await productPhoto(file);
  const photoId = newId();
  await deps.db.transaction(async (tx) => {
    // Photos are not fields of the listing: adding one does not move its version (an edit open meanwhile stays valid).
    await repo.insertPhoto(tx, { id: photoId, listingId: id, position: last + 1, ...photo });
    await audit(tx, ctx, { verb: 'listing.photo_add', targetType: 'listing', targetId: id, after: { photoId, width: photo.width, height: photo.height } });
  });
  return one(deps.db, (await repo.findListing(deps.db, id)) ?? found);
}

export async function getPhoto(deps: Deps, ctx: Ctx, id: string, photoId: string, size: 'full' | 'card' | 'thumb') {
  await listingFor(deps.db, ctx.actor, 'listing.read', id);
  const bytes = await repo.photoBytes(deps.db, id, photoId, size);
  if (!bytes) throw notFound('record.not_found');
  return bytes;
}

export async function removePhoto(deps: Deps, ctx: Ctx, id: string, photoId: string) {
  await listingFor(deps.db, ctx.actor, 'listing.write', id);
  const removed = await deps.db.transaction(async (tx) => {
    const ok = await repo.deletePhoto(tx, id, photoId);
    if (ok) await audit(tx, ctx, { verb: 'listing.photo_delete', targetType: 'listing', targetId: id, before: { photoId } });
    return ok;
  });
  if (!removed) throw notFound('record.not_found');
  return one(deps.db, (await repo.findListing(deps.db, id))!);
}

/** The district (or the group) has looked at a visitor's report: it leaves the list. */
export async function resolveReport(deps: Deps, ctx: Ctx, id: string, reportId: string) {
  await listingFor(deps.db, ctx.actor, 'listing.write', id);
  const ok = await deps.db.transaction(async (tx) => {
    const done = await repo.resolveReport(tx, id, reportId, ctx.actor.userId);
    if (done) await audit(tx, ctx, { verb: 'listing.report_resolve', targetType: 'listing', targetId: id, after: { reportId } });
    return done;
  });
  if (!ok) throw notFound('record.not_found');
  return one(deps.db, (await repo.findListing(deps.db, id))!);
}
