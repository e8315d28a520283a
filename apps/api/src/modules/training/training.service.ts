import type { Executor } from '../../db/client';
import { lecturerTraining } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { findCentre } from '../learning/learning.repo';
import { farmerNames } from '../production/products.repo';
import { checkRecordDate, recordService, type RecordKind } from '../records/records.kit';
import type { TrainingInput } from './training.schemas';

/**
 * Lecturer development (issue 13, step 3: "พัฒนาทักษะวิทยากรประจำแหล่งเรียนรู้"): the courses the
 * lecturers of a group's learning centre attend, a group-owned record kept with the learning
 * records (learning.read / learning.write) and counted in the monthly figures.
 */
type TrainingRow = typeof lecturerTraining.$inferSelect;

async function present(db: Executor, rows: TrainingRow[]) {
  const names = await farmerNames(db, rows.map((r) => r.farmerId));
  return rows.map((r) => ({
    id: r.id, groupId: r.groupId, farmerId: r.farmerId, fullName: names.get(r.farmerId) ?? '', date: r.trainedOn, course: r.course, organiser: r.organiser,
    hours: Number(r.hours), notes: r.notes, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  }));
}

const trainingKind: RecordKind<TrainingInput, Awaited<ReturnType<typeof present>>[number]> = {
  noun: 'lecturer_training',
  table: lecturerTraining,
  date: lecturerTraining.trainedOn,
  dateKey: 'trainedOn',
  read: 'learning.read',
  write: 'learning.write',
  notFound: 'record.not_found',
  stats: true,
  async prepare(db, input, group) {
    checkRecordDate(input.date!, group, 'date');
    const centre = await findCentre(db, group.id);
    const lecturers = new Set([centre?.mainLecturerId, ...(centre?.assistantLecturerIds ?? [])].filter(Boolean));
    if (!lecturers.has(input.farmerId!)) {
      throw new AppError('training.not_lecturer', 400, { issues: [{ path: 'farmerId', message: centre ? "not a lecturer of the group's learning centre" : 'the group has no learning centre yet' }] });
    }
    return { farmerId: input.farmerId, trainedOn: input.date, course: input.course, organiser: input.organiser, hours: input.hours, notes: input.notes ?? null };
  },
  toInput(row) {
    const r = row as unknown as TrainingRow;
    return { farmerId: r.farmerId, date: r.trainedOn, course: r.course, organiser: r.organiser, hours: Number(r.hours), notes: r.notes };
  },
  present: (db, _actor, rows) => present(db, rows as unknown as TrainingRow[]),
};

export const trainingService = recordService(trainingKind);
