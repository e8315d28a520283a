import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { requirePermission } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { exportFarmers, importTemplate } from './farmers.export';
import { importFarmers } from './farmers.import';
import {
  CreateFarmerBody, CreateFarmerResponse, ExportQuery, FarmerList, FarmerListQuery, FarmerOut, ImportQuery, ImportReportOut, RevealResponse, UpdateFarmerBody,
} from './farmers.schemas';
import * as service from './farmers.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function farmerRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['farmers'];
  app.get('/api/farmers/import-template.xlsx', { schema: { tags, summary: 'The import template (Thai headings)' } }, async (req, reply) => {
    ctxOf(req);
    return reply.type(XLSX).header('content-disposition', attachment('แบบนำเข้าทะเบียนเกษตรกร.xlsx')).send(await importTemplate());
  });

  app.post('/api/farmers/import', { schema: { tags, summary: 'Import farmers from .xlsx or .csv (multipart field `file`); dryRun reports without writing', querystring: ImportQuery, response: { 200: ImportReportOut } } },
    async (req) => {
      const ctx = ctxOf(req);
      requirePermission(ctx.actor, 'farmer.import');
      return importFarmers(deps, ctx, async () => {
        const file = req.isMultipart() ? await req.file() : undefined;
        if (!file) throw new AppError('import.missing_file', 400, { issues: [{ path: 'file', message: 'send the spreadsheet as multipart field "file"' }] });
        return { buffer: await file.toBuffer(), fileName: file.filename };
      }, req.query.dryRun);
    });

  app.get('/api/farmers/export.xlsx', { schema: { tags, summary: 'The farmer list in my scope as .xlsx (audited)', querystring: ExportQuery } }, async (req, reply) => {
    const { buffer } = await exportFarmers(deps, ctxOf(req), req.query);
    return reply.type(XLSX).header('content-disposition', attachment('ทะเบียนเกษตรกร.xlsx')).send(buffer);
  });

  app.get('/api/farmers', { schema: { tags, summary: 'Farmers in my scope (search by name or national id)', querystring: FarmerListQuery, response: { 200: FarmerList } } },
    async (req) => service.listFarmers(deps, ctxOf(req), req.query));

  app.post('/api/farmers', { schema: { tags, summary: 'Register a farmer (idempotent on the client id)', body: CreateFarmerBody, response: { 200: CreateFarmerResponse, 201: CreateFarmerResponse } } },
    async (req, reply) => {
      const { created, farmer } = await service.createFarmer(deps, ctxOf(req), req.body);
      return reply.status(created ? 201 : 200).send(farmer);
    });

  app.get('/api/farmers/:id', { schema: { tags, summary: 'One farmer', params: IdParams, response: { 200: FarmerOut } } },
    async (req) => service.getFarmer(deps, ctxOf(req), req.params.id));

  app.patch('/api/farmers/:id', { schema: { tags, summary: 'Change a farmer (with the version read)', params: IdParams, body: UpdateFarmerBody, response: { 200: FarmerOut } } },
    async (req) => service.updateFarmer(deps, ctxOf(req), req.params.id, req.body));

  app.post('/api/farmers/:id/reveal-id', { schema: { tags, summary: 'Reveal one national id (audited)', params: IdParams, response: { 200: RevealResponse } } },
    async (req) => service.revealNationalId(deps, ctxOf(req), req.params.id));
}
