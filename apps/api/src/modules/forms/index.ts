/**
 * The printed forms of the program: PDF (official A4 layout) and Excel renderers of แบบ กท.01,
 * กท.02, กท.03, a group's bundle, the monthly reports (a province's report and a host agency's
 * แบบ กท.05) and the national summary workbook. Inputs are the display-ready shapes of
 * forms.types.ts.
 */
export type { GroupBundleData, Kt01Data, Kt02Data, Kt03Data, MonthFigure, MonthlyReportData, NationalSummaryData } from './forms.types';
export { renderKt01Pdf } from './pdf/kt01';
export { renderKt02Pdf } from './pdf/kt02';
export { renderKt03Pdf } from './pdf/kt03';
export { renderGroupBundlePdf } from './pdf/bundle';
export { renderMonthlyReportPdf } from './pdf/monthly';
export { kt01Xlsx } from './xlsx/kt01';
export { kt02Xlsx } from './xlsx/kt02';
export { kt03Xlsx } from './xlsx/kt03';
export { monthlyReportXlsx, nationalSummaryXlsx } from './xlsx/monthly';
