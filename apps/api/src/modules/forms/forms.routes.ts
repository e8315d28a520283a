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
import { contentDisposition, formFileName, monthBe } from './forms.filenames';
import * as service from './forms.service';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a form: `name` is the UTF-8 file name (form code, name, BE year), `ascii` its stand-in. */
function send(reply: FastifyReply, type: string, name: string, ascii: string, body: Buffer, inline = false) {
  return reply.type(type).header('content-disposition', contentDisposition(name, ascii, inline)).send(body);
}

const BUNDLE = 'แฟ้มกลุ่ม-กท.03-กท.02';

export async function formRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['forms'];
  app.get('/api/forms/kt01.pdf', { schema: { tags, summary: 'แบบ กท.01 of a tambon and cohort (PDF)', querystring: Kt01Query } }, async (req, reply) => {
    const d = await service.kt01Data(deps, ctxOf(req), req.query.tambon, req.query.cohort);
    return send(reply, PDF, formFileName(['กท.01', `ตำบล${d.place.tambon?.nameTh ?? req.query.tambon}`, d.cohortYear], 'pdf'), `kt01-${req.query.tambon}-${d.cohortYear}.pdf`, await renderKt01Pdf(d), true);
  });
  app.get('/api/forms/kt01.xlsx', { schema: { tags, summary: 'แบบ กท.01 (Excel)', querystring: Kt01Query } }, async (req, reply) => {
    const d = await service.kt01Data(deps, ctxOf(req), req.query.tambon, req.query.cohort);
    return send(reply, XLSX, formFileName(['กท.01', `ตำบล${d.place.tambon?.nameTh ?? req.query.tambon}`, d.cohortYear], 'xlsx'), `kt01-${req.query.tambon}-${d.cohortYear}.xlsx`, await kt01Xlsx(d));
  });

  app.get('/api/forms/kt02.pdf', { schema: { tags, summary: "แบบ กท.02 of a farmer and cohort (PDF)", querystring: Kt02Query } }, async (req, reply) => {
    const d = await service.kt02Data(deps, ctxOf(req), req.query.farmer, req.query.cohort);
    return send(reply, PDF, formFileName(['กท.02', d.farmer.fullName, d.cohortYear], 'pdf'), `kt02-${d.cohortYear}.pdf`, await renderKt02Pdf(d), true);
  });
  app.get('/api/forms/kt02.xlsx', { schema: { tags, summary: 'แบบ กท.02 (Excel)', querystring: Kt02Query } }, async (req, reply) => {
    const d = await service.kt02Data(deps, ctxOf(req), req.query.farmer, req.query.cohort);
    return send(reply, XLSX, formFileName(['กท.02', d.farmer.fullName, d.cohortYear], 'xlsx'), `kt02-${d.cohortYear}.xlsx`, await kt02Xlsx(d));
  });

  app.get('/api/forms/kt03.pdf', { schema: { tags, summary: 'แบบ กท.03 of a group and cohort (PDF)', querystring: GroupFormQuery } }, async (req, reply) => {
    const d = await service.kt03Data(deps, ctxOf(req), req.query.group, req.query.cohort);
    return send(reply, PDF, formFileName(['กท.03', d.group.name, d.cohortYear], 'pdf'), `kt03-${d.cohortYear}.pdf`, await renderKt03Pdf(d), true);
  });
  app.get('/api/forms/kt03.xlsx', { schema: { tags, summary: 'แบบ กท.03 (Excel)', querystring: GroupFormQuery } }, async (req, reply) => {
    const d = await service.kt03Data(deps, ctxOf(req), req.query.group, req.query.cohort);
    return send(reply, XLSX, formFileName(['กท.03', d.group.name, d.cohortYear], 'xlsx'), `kt03-${d.cohortYear}.xlsx`, await kt03Xlsx(d));
  });

  app.get('/api/forms/group.pdf', { schema: { tags, summary: "A group's whole file: cover, กท.03 and each member's กท.02 (PDF)", querystring: GroupFormQuery } }, async (req, reply) => {
    const d = await service.groupBundleData(deps, ctxOf(req), req.query.group, req.query.cohort);
    return send(reply, PDF, formFileName([BUNDLE, d.kt03.group.name, d.kt03.cohortYear], 'pdf'), `group-kt03-kt02-${d.kt03.cohortYear}.pdf`, await renderGroupBundlePdf(d), true);
  });

  app.get('/api/forms/kt05.pdf', { schema: { tags, summary: "แบบ กท.05: a host agency's monthly report to the ministry (PDF)", querystring: Kt05Query } }, async (req, reply) => {
    const d = await reportFormData(deps, ctxOf(req), req.query.agency, req.query.period, 'agency');
    return send(reply, PDF, formFileName(['กท.05', d.unit.nameTh, monthBe(d.period)], 'pdf'), `kt05-${req.query.agency}-${req.query.period}.pdf`, await renderMonthlyReportPdf(d), true);
  });
  app.get('/api/forms/kt05.xlsx', { schema: { tags, summary: 'แบบ กท.05 (Excel)', querystring: Kt05Query } }, async (req, reply) => {
    const d = await reportFormData(deps, ctxOf(req), req.query.agency, req.query.period, 'agency');
    return send(reply, XLSX, formFileName(['กท.05', d.unit.nameTh, monthBe(d.period)], 'xlsx'), `kt05-${req.query.agency}-${req.query.period}.xlsx`, await monthlyReportXlsx(d));
  });

  app.get('/api/forms/province-report.pdf', { schema: { tags, summary: "A province's monthly report to its host agency (PDF)", querystring: ProvinceReportQuery } }, async (req, reply) => {
    const d = await reportFormData(deps, ctxOf(req), req.query.province, req.query.period, 'province');
    return send(reply, PDF, formFileName(['รายงานจังหวัด', d.unit.nameTh, monthBe(d.period)], 'pdf'), `province-report-${req.query.province}-${req.query.period}.pdf`, await renderMonthlyReportPdf(d), true);
  });
  app.get('/api/forms/province-report.xlsx', { schema: { tags, summary: "A province's monthly report (Excel)", querystring: ProvinceReportQuery } }, async (req, reply) => {
    const d = await reportFormData(deps, ctxOf(req), req.query.province, req.query.period, 'province');
    return send(reply, XLSX, formFileName(['รายงานจังหวัด', d.unit.nameTh, monthBe(d.period)], 'xlsx'), `province-report-${req.query.province}-${req.query.period}.xlsx`, await monthlyReportXlsx(d));
  });

  app.get('/api/forms/national-summary.xlsx', { schema: { tags, summary: 'The national summary: one sheet per host agency (Excel)', querystring: NationalSummaryQuery } }, async (req, reply) =>
    send(reply, XLSX, formFileName(['สรุประดับประเทศ', monthBe(req.query.period)], 'xlsx'), `national-summary-${req.query.period}.xlsx`, await nationalSummaryXlsx(await nationalSummaryData(deps, ctxOf(req), req.query.period))));

  // The selection result sent up (issue 13): a province's to its host agency, an agency's summary to the ministry.
  app.get('/api/forms/selection-result.pdf', { schema: { tags, summary: "A province's selection result for a cohort (PDF)", querystring: SelectionResultQuery } }, async (req, reply) => {
    const d = await selectionResultData(deps, ctxOf(req), req.query.province, req.query.cohort, 'province');
    return send(reply, PDF, formFileName(['ผลการคัดเลือก', d.unit.nameTh, d.cohortYear], 'pdf'), `selection-result-${req.query.province}-${d.cohortYear}.pdf`, await renderSelectionResultPdf(d), true);
  });
  app.get('/api/forms/selection-result.xlsx', { schema: { tags, summary: "A province's selection result (Excel)", querystring: SelectionResultQuery } }, async (req, reply) => {
    const d = await selectionResultData(deps, ctxOf(req), req.query.province, req.query.cohort, 'province');
    return send(reply, XLSX, formFileName(['ผลการคัดเลือก', d.unit.nameTh, d.cohortYear], 'xlsx'), `selection-result-${req.query.province}-${d.cohortYear}.xlsx`, await selectionResultXlsx(d));
  });
  app.get('/api/forms/selection-summary.pdf', { schema: { tags, summary: "A host agency's summary of its provinces' selection results (PDF)", querystring: SelectionSummaryQuery } }, async (req, reply) => {
    const d = await selectionResultData(deps, ctxOf(req), req.query.agency, req.query.cohort, 'agency');
    return send(reply, PDF, formFileName(['สรุปผลการคัดเลือก', d.unit.nameTh, d.cohortYear], 'pdf'), `selection-summary-${req.query.agency}-${d.cohortYear}.pdf`, await renderSelectionResultPdf(d), true);
  });
  app.get('/api/forms/selection-summary.xlsx', { schema: { tags, summary: "A host agency's summary of selection results (Excel)", querystring: SelectionSummaryQuery } }, async (req, reply) => {
    const d = await selectionResultData(deps, ctxOf(req), req.query.agency, req.query.cohort, 'agency');
    return send(reply, XLSX, formFileName(['สรุปผลการคัดเลือก', d.unit.nameTh, d.cohortYear], 'xlsx'), `selection-summary-${req.query.agency}-${d.cohortYear}.xlsx`, await selectionResultXlsx(d));
  });
}
