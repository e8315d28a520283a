import { randomUUID } from 'node:crypto';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { learningSession } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { AppError, invalid, notFound } from '../../lib/errors';
import { findGroupPlan } from '../plans/plans.repo';
import { farmerNames } from '../production/products.repo';
import { memberIds } from '../records/records.repo';
import { checkRecordDate, groupFor, recordService, type RecordKind } from '../records/records.kit';
import { deleteOnePerGroup, saveOnePerGroup } from '../records/one-per-group';
import type { SessionInput } from './learning.schemas';
import * as repo from './learning.repo';
import { MAX_PHOTOS_PER_SESSION, normalisePhoto } from './photos';

type Deps = Pick<ModuleDeps, 'db'>;
type SessionRow = typeof learningSession.$inferSelect;

/** Every id must be a member of the group; the bad ones are named by their position. */
async function requireMembers(db: Executor, groupId: string, ids: string[], field: string) {
  const members = await memberIds(db, groupId);
  const bad = ids.map((id, i) => ({ id, i })).filter(({ id }) => !members.has(id));
  if (bad.length) throw new AppError('record.not_member', 400, { issues: bad.map(({ i }) => ({ path: `${field}.${i}`, message: 'not a member of this group' })) });
}

const person = (names: Map<string, string>) => (id: string) => ({ farmerId: id, fullName: names.get(id) ?? '' });

const sessionKind: RecordKind<SessionInput, Awaited<ReturnType<typeof presentSessions>>[number]> = {
  noun: 'learning_session',
  refusal: { what: 'การเรียนรู้', page: 'learning' },
  table: learningSession,
  date: learningSession.heldOn,
  dateKey: 'heldOn',
  read: 'learning.read',
  write: 'learning.write',
  notFound: 'record.not_found',
  fact: 'session',
  stats: true,
  async prepare(db, input, group) {
    checkRecordDate(input.date!, group, 'date');
    await requireMembers(db, group.id, input.lecturerIds ?? [], 'lecturerIds');
    await requireMembers(db, group.id, input.attendeeIds ?? [], 'attendeeIds');
    let topic = input.topic?.trim() ?? '';
    if (input.planCohort != null || input.planTopicIndex != null) {
      const plan = input.planCohort != null ? await findGroupPlan(db, group.id, input.planCohort) : null;
      const planned = (plan?.topics as { topic: string }[] | undefined)?.[input.planTopicIndex ?? -1];
      if (!planned) throw invalid([{ path: 'planTopicIndex', message: "not a development topic of the group's plan (กท.03)" }]);
      topic ||= planned.topic;
    }
    if (!topic) throw invalid([{ path: 'topic', message: 'required' }]);
    return {
      heldOn: input.date, topic, planCohort: input.planCohort ?? null, planTopicIndex: input.planTopicIndex ?? null,
      lecturerIds: input.lecturerIds ?? [], attendeeIds: input.attendeeIds ?? [], outsideParticipants: input.outsideParticipants ?? 0, notes: input.notes ?? null,
    };
  },
  toInput(row) {
    const r = row as unknown as SessionRow;
    return { date: r.heldOn, topic: r.topic, planCohort: r.planCohort, planTopicIndex: r.planTopicIndex, lecturerIds: r.lecturerIds, attendeeIds: r.attendeeIds, outsideParticipants: r.outsideParticipants, notes: r.notes };
  },
  present: (db, _actor, rows) => presentSessions(db, rows as unknown as SessionRow[]),
};

async function presentSessions(db: Executor, rows: SessionRow[]) {
  const names = await farmerNames(db, rows.flatMap((r) => [...r.lecturerIds, ...r.attendeeIds]));
  const photos = await repo.photosOf(db, rows.map((r) => r.id));
  const p = person(names);
  return rows.map((r) => ({
    id: r.id, groupId: r.groupId, date: r.heldOn, topic: r.topic, planCohort: r.planCohort, planTopicIndex: r.planTopicIndex,
    lecturers: r.lecturerIds.map(p), attendees: r.attendeeIds.map(p), outsideParticipants: r.outsideParticipants,
    participants: r.attendeeIds.length + r.outsideParticipants, notes: r.notes,
    photos: photos.filter((ph) => ph.sessionId === r.id).map((ph) => ({ id: ph.id, url: `/api/learning-sessions/${r.id}/photos/${ph.id}`, width: ph.width, height: ph.height })),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  }));
}

export const sessionService = recordService(sessionKind);

/** Up to five photos per session; each is re-encoded (no EXIF) and kept in the database. */
export async function addPhoto(deps: Deps, ctx: Ctx, sessionId: string, file: Buffer) {
  const session = await sessionService.get(deps, ctx, sessionId);
  await groupFor(deps.db, ctx.actor, 'learning.write', session.groupId);
  if ((await repo.countPhotos(deps.db, sessionId)) >= MAX_PHOTOS_PER_SESSION) throw new AppError('photo.too_many', 409, { issues: [{ path: 'file', message: `at most ${MAX_PHOTOS_PER_SESSION} photos` }] });
  const photo = await normalisePhoto(file);
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await repo.insertPhoto(tx, { id, sessionId, ...photo });
    await audit(tx, ctx, { verb: 'learning_session.photo_add', targetType: 'learning_session', targetId: sessionId, after: { photoId: id, width: photo.width, height: photo.height } });
  });
  return sessionService.get(deps, ctx, sessionId);
}

export async function getPhoto(deps: Deps, ctx: Ctx, sessionId: string, photoId: string) {
  await sessionService.get(deps, ctx, sessionId);
  const photo = await repo.findPhoto(deps.db, sessionId, photoId);
  if (!photo) throw notFound('record.not_found');
  return photo;
}

export async function removePhoto(deps: Deps, ctx: Ctx, sessionId: string, photoId: string) {
  const session = await sessionService.get(deps, ctx, sessionId);
  await groupFor(deps.db, ctx.actor, 'learning.write', session.groupId);
  if (!(await repo.findPhoto(deps.db, sessionId, photoId))) throw notFound('record.not_found');
  await deps.db.transaction(async (tx) => {
    await repo.deletePhoto(tx, photoId);
    await audit(tx, ctx, { verb: 'learning_session.photo_delete', targetType: 'learning_session', targetId: sessionId, before: { photoId } });
  });
  return sessionService.get(deps, ctx, sessionId);
}

async function centreOut(db: Executor, groupId: string, row: repo.CentreRow | null) {
  const names = await farmerNames(db, row ? [row.mainLecturerId, ...row.assistantLecturerIds] : []);
  const p = person(names);
  return {
    groupId, exists: !!row, name: row?.name ?? null, description: row?.description ?? null,
    mainLecturer: row?.mainLecturerId ? p(row.mainLecturerId) : null,
    assistantLecturers: (row?.assistantLecturerIds ?? []).map(p), version: row?.version ?? 0,
  };
}

export async function getCentre(deps: Deps, ctx: Ctx, groupId: string) {
  await groupFor(deps.db, ctx.actor, 'learning.read', groupId);
  return centreOut(deps.db, groupId, await repo.findCentre(deps.db, groupId));
}

const one = (db: Executor, groupId: string) => ({ noun: 'learning_centre', what: 'the centre', groupId, present: (r: repo.CentreRow | null) => centreOut(db, groupId, r) });

/** The learning centre of step 3; its lecturers are members of the group. */
export async function putCentre(deps: Deps, ctx: Ctx, groupId: string, input: { name: string; description?: string | null; mainLecturerId?: string | null; assistantLecturerIds: string[]; version?: number }) {
  await groupFor(deps.db, ctx.actor, 'learning.write', groupId);
  if (input.mainLecturerId) await requireMembers(deps.db, groupId, [input.mainLecturerId], 'mainLecturerId');
  await requireMembers(deps.db, groupId, input.assistantLecturerIds, 'assistantLecturerIds');
  const fields = { name: input.name, description: input.description ?? null, mainLecturerId: input.mainLecturerId ?? null, assistantLecturerIds: input.assistantLecturerIds, createdBy: ctx.actor.userId };
  const row = await saveOnePerGroup(deps, ctx, {
    ...one(deps.db, groupId), stored: await repo.findAnyCentre(deps.db, groupId), version: input.version,
    write: (tx, version) => repo.upsertCentre(tx, groupId, fields, version),
  });
  return centreOut(deps.db, groupId, row);
}

/** Soft-deletes the centre (with the version read); step 3 then waits for a new one. */
export async function deleteCentre(deps: Deps, ctx: Ctx, groupId: string, version: number) {
  await groupFor(deps.db, ctx.actor, 'learning.write', groupId);
  return deleteOnePerGroup(deps, ctx, {
    ...one(deps.db, groupId), before: await repo.findCentre(deps.db, groupId), version,
    remove: (tx, v) => repo.softDeleteCentre(tx, groupId, v),
  });
}
