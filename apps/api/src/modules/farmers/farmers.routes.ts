import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { publishedSchemas } from '../../plugins/openapi';
import { IdParams } from '../common.schemas';
import { requirePermission } from '../../lib/authz';
import { AppError } from '../../lib/errors';
import { exportFarmers, importTemplate } from './farmers.export';
import { checkForMarks, importFarmers, type ImportRequest } from './farmers.import';
import { getBatch, listBatches, listMappings, undoBatch } from './farmers.import.batches';
import { markedWorkbook } from './farmers.import.marked';
import {
  CreateFarmerBody, CreateFarmerResponse, ExportQuery, FarmerList, FarmerListQuery, FarmerOut, ImportBatchList, ImportBatchOut, ImportMapping, ImportQuery, SavedMappingList, ImportReportOut,
  RevealResponse, UndoImportOut, UpdateFarmerBody,
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

  /** The multipart request: the file (field `file`) and, before or after it, the mapping (field `mapping`, JSON). */
  async function readUpload(req: FastifyRequest): Promise<Omit<ImportRequest, 'batchId'>> {
    if (!req.isMultipart()) throw missingFile();
    let file: { buffer: Buffer; fileName: string } | undefined;
    let mapping: string | undefined;
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer();
          continue;
        }
        file = { buffer: await part.toBuffer(), fileName: part.filename };
      } else if (part.fieldname === 'mapping') {
        mapping = String(part.value ?? '');
      }
    }
    if (!file) throw missingFile();
    return { ...file, mapping };
  }
  const missingFile = () => new AppError('import.missing_file', 400, { issues: [{ path: 'file', message: 'send the spreadsheet as multipart field "file"' }] });

  // The shape of the multipart field `mapping`, published as components.schemas.ImportMapping.
  const { $schema: _, ...mappingSchema } = z.toJSONSchema(ImportMapping, { io: 'input' }) as Record<string, unknown>;
  publishedSchemas.ImportMapping = { title: 'ImportMapping', description: 'The JSON sent as multipart field `mapping` of POST /api/farmers/import', ...mappingSchema };

  app.get('/api/farmers/import/mappings', { schema: { tags, summary: 'The column mappings saved for my office (a file with the same headings maps itself)', response: { 200: SavedMappingList } } },
    async (req) => listMappings(deps, ctxOf(req)));

  app.post('/api/farmers/import', {
    schema: {
      tags, querystring: ImportQuery, response: { 200: ImportReportOut },
      summary: 'Import farmers from the office\'s own .xlsx or .csv: multipart field `file`, optional field `mapping` (JSON, the ImportMapping schema); dryRun reports without writing',
    },
  }, async (req) => {
    const ctx = ctxOf(req);
    requirePermission(ctx.actor, 'farmer.import');
    return importFarmers(deps, ctx, async () => ({ ...(await readUpload(req)), batchId: req.query.batch, cohort: req.query.cohort }), req.query.dryRun);
  });

  app.post('/api/farmers/import/marked.xlsx', {
    schema: { tags, summary: 'The sent workbook back with each problem cell highlighted and a comment (multipart `file`, optional `mapping` as for the import); writes nothing' },
  }, async (req, reply) => {
    const ctx = ctxOf(req);
    requirePermission(ctx.actor, 'farmer.import');
    const { file, table, problems } = await checkForMarks(deps, ctx, () => readUpload(req));
    const name = `${file.fileName.replace(/\.[^.]*$/, '') || 'import'}-ตรวจแล้ว.xlsx`;
    return reply.type(XLSX).header('content-disposition', attachment(name)).send(await markedWorkbook(file, table, problems));
  });

  app.get('/api/farmers/import/batches', { schema: { tags, summary: 'The office\'s committed imports of the last 30 days', response: { 200: ImportBatchList } } },
    async (req) => listBatches(deps, ctxOf(req)));

  app.get('/api/farmers/import/batches/:id', { schema: { tags, summary: 'An import\'s progress (rows done / total) and what it wrote', params: IdParams, response: { 200: ImportBatchOut } } },
    async (req) => getBatch(deps, ctxOf(req), req.params.id));

  app.post('/api/farmers/import/batches/:id/undo', { schema: { tags, summary: 'Undo a committed import as a whole within 7 days (farmers changed since are kept and named)', params: IdParams, response: { 200: UndoImportOut } } },
    async (req) => undoBatch(deps, ctxOf(req), req.params.id));

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
