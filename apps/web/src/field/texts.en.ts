import { offlineEn } from '../i18n/offline/en';
import { workEn } from '../i18n/work/en';
import type { Catalogue } from './texts';

/** English for the field entry: fetched only by a user who chose English. */
export const EN: Catalogue = { ...workEn, ...offlineEn };
