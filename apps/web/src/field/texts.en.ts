import { offlineEn } from '../i18n/offline/en';
import type { OfflineKey } from '../i18n/offline/th';
import { workEn } from '../i18n/work/en';
import type { WorkKey } from '../i18n/work/th';

/** English for the field entry (texts.ts): fetched only by a user who chose English. */
export const EN: Record<OfflineKey | WorkKey, string> = { ...workEn, ...offlineEn };
