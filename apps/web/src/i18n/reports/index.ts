import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { reportsEn } from './en';
import { reportsTh, type ReportsKey } from './th';

export type { ReportsKey } from './th';
export type ReportsT = Translate<MessageKey | ReportsKey>;

/**
 * `useT()` that also knows the texts of monthly reporting and the dashboards. Importing it
 * loads them, with those pages only.
 */
export const useReportsT = definePart({ th: reportsTh, en: reportsEn });
