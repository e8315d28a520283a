import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { requireActor } from '../../plugins/auth';
import { recordRoutes } from '../records/records.routes';
import { CreateProductionBody, ProductOut, ProductionOut, UpdateProductionBody } from './production.schemas';
import { productionService } from './production.service';
import { listProducts } from './products.repo';

export async function productionRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get('/api/products', { schema: { tags: ['production'], summary: 'The controlled product list with each product’s units', response: { 200: z.array(ProductOut) } } },
    async (req) => {
      requireActor(req);
      return (await listProducts(deps.db)).map(({ active: _a, ...p }) => p) as z.output<typeof ProductOut>[];
    });
  recordRoutes(app, deps, { path: '/api/production', tag: 'production', what: 'production (step 4)', service: productionService, create: CreateProductionBody, update: UpdateProductionBody, out: ProductionOut });
}
