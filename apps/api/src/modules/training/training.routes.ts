import type { App, ModuleDeps } from '../../module';
import { recordRoutes } from '../records/records.routes';
import { CreateTrainingBody, TrainingOut, UpdateTrainingBody } from './training.schemas';
import { trainingService } from './training.service';

export async function trainingRoutes(app: App, deps: ModuleDeps): Promise<void> {
  recordRoutes(app, deps, {
    path: '/api/lecturer-trainings', tag: 'learning', what: "training attended by the group's lecturers (step 3)",
    service: trainingService, create: CreateTrainingBody, update: UpdateTrainingBody, out: TrainingOut,
  });
}
