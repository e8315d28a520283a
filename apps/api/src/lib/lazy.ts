/**
 * Libraries a request needs now and then — spreadsheets, PDFs, images, mail, the job queue —
 * loaded on first use instead of at start-up, where together they took about 0.4 s before
 * the server could answer anything. Each loads once; later calls reuse it.
 */
import './exceljs-utf8';

const once = <T>(load: () => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
};

export const loadExcel = once(async () => (await import('exceljs')).default);
export const loadPdfmake = once(async () => (await import('pdfmake')).default);
export const loadSharp = once(async () => (await import('sharp')).default);
export const loadNodemailer = once(async () => (await import('nodemailer')).default);
export const loadPgBoss = once(async () => (await import('pg-boss')).default);
