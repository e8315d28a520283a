import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { offlineEn } from './en';
import { offlineTh, type OfflineKey } from './th';

export type { OfflineKey } from './th';
export type OfflineT = Translate<MessageKey | OfflineKey>;

/** `useT()` that also knows the offline field app's texts (outbox, conflicts, sync status). */
export const useOfflineT = definePart({ th: offlineTh, en: offlineEn });
