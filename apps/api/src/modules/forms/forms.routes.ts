import type { FastifyReply } from 'fastify';
import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import {
  kt01Xlsx, kt02Xlsx, kt03Xlsx, monthlyReportXlsx, nationalSummaryXlsx, renderGroupBundlePdf, renderKt01Pdf, renderKt02Pdf, renderKt03Pdf, renderMonthlyReportPdf,
} from './index';
import { reportFormData, nationalSummaryData } from './forms.monthly';
import { selectionResultData } from './forms.selection';
import { renderSelectionResultPdf } from './pdf/selection';
import { selectionResultXlsx } from './xlsx/selection';
import { GroupFormQuery, Kt01Query, Kt02Query, Kt05Query, NationalSummaryQuery, ProvinceReportQuery, SelectionResultQuery, SelectionSummaryQuery } from './forms.schemas';
import * as service from './forms.service';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(reply: FastifyReply, type: string, fileName: string, body: Buffer, inline = false) {
  const disposition = `${inline ? 'inline' : 'attachment'}; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return reply.type(type).header('content-disposition', disposition).send(body);
}

export async function formRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['forms'];
  app.get('/api/forms/kt01.pdf', { schema: { tags, summary: 'แบบ กท.01 of a tambon and cohort (PDF)', querystring: Kt01Query } }, async (req, reply) =>
    send(reply, PDF, `กท01-${req.query.tambon}-${req.query.cohort}.pdf`, await renderKt01Pdf(await service.kt01Data(deps, ctxOf(req), req.query.tambon, req.query.cohort)), true));
  app.get('/api/forms/kt01.xlsx', { schema: { tags, summary: 'แบบ กท.01 (Excel)', querystring: Kt01Query } }, async (req, reply) =>
    send(reply, XLSX, `กท01-${req.query.tambon}-${req.query.cohort}.xlsx`, await kt01Xlsx(await service.kt01Data(deps, ctxOf(req), req.query.tambon, req.query.cohort))));

  app.get('/api/forms/kt02.pdf', { schema: { tags, summary: "แบบ กท.02 of a farmer and cohort (PDF)", querystring: Kt02Query } }, async (req, reply) =>
    send(reply, PDF, `กท02-${req.query.cohort}.pdf`, await renderKt02Pdf(await service.kt02Data(deps, ctxOf(req), req.query.farmer, req.query.cohort)), true));
  app.get('/api/forms/kt02.xlsx', { schema: { tags, summary: 'แบบ กท.02 (Excel)', querystring: Kt02Query } }, async (req, reply) =>
    send(reply, XLSX, `กท02-${req.query.cohort}.xlsx`, await kt02Xlsx(await service.kt02Data(deps, ctxOf(req), req.query.farmer, req.query.cohort))));

  app.get('/api/forms/kt03.pdf', { schema: { tags, summary: 'แบบ กท.03 of a group and cohort (PDF)', querystring: GroupFormQuery } }, async (req, reply) =>
    send(reply, PDF, `กท03-${req.query.cohort}.pdf`, await renderKt03Pdf(await service.kt03Data(deps, ctxOf(req), req.query.group, req.query.cohort)), true));
  app.get('/api/forms/kt03.xlsx', { schema: { tags, summary: 'แบบ กท.03 (Excel)', querystring: GroupFormQuery } }, async (req, reply) =>
    send(reply, XLSX, `กท03-${req.query.cohort}.xlsx`, await kt03Xlsx(await service.kt03Data(deps, ctxOf(req), req.query.group, req.query.cohort))));

  app.get('/api/forms/group.pdf', { schema: { tags, summary: "A group's whole file: cover, กท.03 and each member's กท.02 (PDF)", querystring: GroupFormQuery } }, async (req, reply) =>
    send(reply, PDF, `กลุ่ม-${req.query.cohort}.pdf`, await renderGroupBundlePdf(await service.groupBundleData(deps, ctxOf(req), req.query.group, req.query.cohort)), true));

  app.get('/api/forms/kt05.pdf', { schema: { tags, summary: "แบบ กท.05: a host agency's monthly report to the ministry (PDF)", querystring: Kt05Query } }, async (req, reply) =>
    send(reply, PDF, `กท05-${req.query.agency}-${req.query.period}.pdf`, await renderMonthlyReportPdf(await reportFormData(deps, ctxOf(req), req.query.agency, req.query.period, 'agency')), true));
  app.get('/api/forms/kt05.xlsx', { schema: { tags, summary: 'แบบ กท.05 (Excel)', querystring: Kt05Query } }, async (req, reply) =>
    send(reply, XLSX, `กท05-${req.query.agency}-${req.query.period}.xlsx`, await monthlyReportXlsx(await reportFormData(deps, ctxOf(req), req.query.agency, req.query.period, 'agency'))));

  app.get('/api/forms/province-report.pdf', { schema: { tags, summary: "A province's monthly report to its host agency (PDF)", querystring: ProvinceReportQuery } }, async (req, reply) =>
    send(reply, PDF, `รายงานจังหวัด-${req.query.province}-${req.query.period}.pdf`, await renderMonthlyReportPdf(await reportFormData(deps, ctxOf(req), req.query.province, req.query.period, 'province')), true));
  app.get('/api/forms/province-report.xlsx', { schema: { tags, summary: "A province's monthly report (Excel)", querystring: ProvinceReportQuery } }, async (req, reply) =>
    send(reply, XLSX, `รายงานจังหวัด-${req.query.province}-${req.query.period}.xlsx`, await monthlyReportXlsx(await reportFormData(deps, ctxOf(req), req.query.province, req.query.period, 'province'))));

  app.get('/api/forms/national-summary.xlsx', { schema: { tags, summary: 'The national summary: one sheet per host agency (Excel)', querystring: NationalSummaryQuery } }, async (req, reply) =>
    send(reply, XLSX, `สรุประดับประเทศ-${req.query.period}.xlsx`, await nationalSummaryXlsx(await nationalSummaryData(deps, ctxOf(req), req.query.period))));

  // The selection result sent up (issue 13): a province's to its host agency, an agency's summary to the ministry.
  app.get('/api/forms/selection-result.pdf', { schema: { tags, summary: "A province's selection result for a cohort (PDF)", querystring: SelectionResultQuery } }, async (req, reply) =>
    send(reply, PDF, `ผลการคัดเลือก-${req.query.province}-${req.query.cohort}.pdf`, await renderSelectionResultPdf(await selectionResultData(deps, ctxOf(req), req.query.province, req.query.cohort, 'province')), true));
  app.get('/api/forms/selection-result.xlsx', { schema: { tags, summary: "A province's selection result (Excel)", querystring: SelectionResultQuery } }, async (req, reply) =>
    send(reply, XLSX, `ผลการคัดเลือก-${req.query.province}-${req.query.cohort}.xlsx`, await selectionResultXlsx(await selectionResultData(deps, ctxOf(req), req.query.province, req.query.cohort, 'province'))));
  app.get('/api/forms/selection-summary.pdf', { schema: { tags, summary: "A host agency's summary of its provinces' selection results (PDF)", querystring: SelectionSummaryQuery } }, async (req, reply) =>
    send(reply, PDF, `สรุปผลการคัดเลือก-${req.query.agency}-${req.query.cohort}.pdf`, await renderSelectionResultPdf(await selectionResultData(deps, ctxOf(req), req.query.agency, req.query.cohort, 'agency')), true));
  app.get('/api/forms/selection-summary.xlsx', { schema: { tags, summary: "A host agency's summary of selection results (Excel)", querystring: SelectionSummaryQuery } }, async (req, reply) =>
    send(reply, XLSX, `สรุปผลการคัดเลือก-${req.query.agency}-${req.query.cohort}.xlsx`, await selectionResultXlsx(await selectionResultData(deps, ctxOf(req), req.query.agency, req.query.cohort, 'agency'))));
}
