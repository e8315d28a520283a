import { randomUUID } from 'node:crypto';
import { todayIso } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { advisoryVisit } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { AppError, notFound } from '../../lib/errors';
import { areaOfUnit, findUnit, tambonPlaces } from '../geo/units';
import { MAX_PHOTOS_PER_SESSION, normalisePhoto } from '../learning/photos';
import { checkRecordDate, groupFor, recordService, type RecordKind } from '../records/records.kit';
import type { VisitInput } from './visits.schemas';
import * as repo from './visits.repo';
import { daysLate, followUpState } from './visits.rules';

/**
 * The district's advice and support visits (issue 13, steps 4 and 6: "ให้คำแนะนำ ส่งเสริม และ
 * สนับสนุน"): a group-owned record of the records kit, counted in the monthly figures (`visits`),
 * shown on the group's timeline; a follow-up whose day passes with no later visit is overdue
 * and shows on the district's home.
 */
type Deps = Pick<ModuleDeps, 'db'>;
type VisitRow = typeof advisoryVisit.$inferSelect;

async function present(db: Executor, rows: VisitRow[]) {
  const [next, photos] = await Promise.all([repo.nextVisits(db, rows), repo.photosOf(db, rows.map((r) => r.id))]);
  const today = todayIso();
  return rows.map((r) => ({
    id: r.id, groupId: r.groupId, visitedOn: r.visitedOn, step: r.step, visitors: r.visitors, advice: r.advice, problems: r.problems, followUpOn: r.followUpOn,
    followUp: followUpState(r.followUpOn, next.get(r.id) ?? null, today), followedUpOn: r.followUpOn ? (next.get(r.id) ?? null) : null,
    photos: photos.filter((p) => p.visitId === r.id).map((p) => ({ id: p.id, url: `/api/visits/${r.id}/photos/${p.id}`, width: p.width, height: p.height })),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  }));
}

const visitKind: RecordKind<VisitInput, Awaited<ReturnType<typeof present>>[number]> = {
  noun: 'visit',
  table: advisoryVisit,
  date: advisoryVisit.visitedOn,
  dateKey: 'visitedOn',
  read: 'visit.read',
  write: 'visit.write',
  notFound: 'record.not_found',
  stats: true,
  async prepare(_db, input, group) {
    checkRecordDate(input.visitedOn!, group, 'visitedOn');
    if (input.followUpOn && input.followUpOn < input.visitedOn!) {
      throw new AppError('visit.follow_up_before_visit', 400, { issues: [{ path: 'followUpOn', message: `before the visit (${input.visitedOn})` }] });
    }
    return { visitedOn: input.visitedOn, step: input.step, visitors: input.visitors, advice: input.advice, problems: input.problems ?? null, followUpOn: input.followUpOn ?? null };
  },
  toInput(row) {
    const r = row as unknown as VisitRow;
    return { visitedOn: r.visitedOn, step: r.step, visitors: r.visitors, advice: r.advice, problems: r.problems, followUpOn: r.followUpOn };
  },
  present: (db, _actor, rows) => present(db, rows as unknown as VisitRow[]),
};

export const visitService = recordService(visitKind);

/** Overdue follow-ups in my scope (or a unit's area): what waits on the district's home. */
export async function followUps(deps: Deps, ctx: Ctx, q: { unit?: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'visit.read');
  let area;
  if (q.unit) {
    const unit = await findUnit(deps.db, q.unit);
    requireInScope(actor, 'visit.read', unit);
    area = await areaOfUnit(deps.db, unit!);
  }
  const today = todayIso();
  const rows = await repo.overdueFollowUps(deps.db, scopeOf(actor, 'visit.read'), area, today);
  const placesOf = await tambonPlaces(deps.db, rows.map((r) => r.tambonCode));
  return {
    today,
    items: rows.map(({ tambonCode, ...r }) => ({ ...r, ...placesOf(tambonCode), daysLate: daysLate(r.followUpOn, today) })),
  };
}

/** Up to five photos per visit; each is re-encoded (no EXIF) and kept in the database (docs/adr/0007). */
export async function addPhoto(deps: Deps, ctx: Ctx, visitId: string, file: Buffer) {
  const visit = await visitService.get(deps, ctx, visitId);
  await groupFor(deps.db, ctx.actor, 'visit.write', visit.groupId);
  if ((await repo.countPhotos(deps.db, visitId)) >= MAX_PHOTOS_PER_SESSION) throw new AppError('photo.too_many', 409, { issues: [{ path: 'file', message: `at most ${MAX_PHOTOS_PER_SESSION} photos` }] });
  const photo = await normalisePhoto(file);
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await repo.insertPhoto(tx, { id, visitId, ...photo });
    await audit(tx, ctx, { verb: 'visit.photo_add', targetType: 'visit', targetId: visitId, after: { photoId: id, width: photo.width, height: photo.height } });
  });
  return visitService.get(deps, ctx, visitId);
}

export async function getPhoto(deps: Deps, ctx: Ctx, visitId: string, photoId: string) {
  await visitService.get(deps, ctx, visitId);
  const photo = await repo.findPhoto(deps.db, visitId, photoId);
  if (!photo) throw notFound('record.not_found');
  return photo;
}

export async function removePhoto(deps: Deps, ctx: Ctx, visitId: string, photoId: string) {
  const visit = await visitService.get(deps, ctx, visitId);
  await groupFor(deps.db, ctx.actor, 'visit.write', visit.groupId);
  if (!(await repo.findPhoto(deps.db, visitId, photoId))) throw notFound('record.not_found');
  await deps.db.transaction(async (tx) => {
    await repo.deletePhoto(tx, photoId);
    await audit(tx, ctx, { verb: 'visit.photo_delete', targetType: 'visit', targetId: visitId, before: { photoId } });
  });
  return visitService.get(deps, ctx, visitId);
}
