import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { fieldEn } from './en';
import { fieldTh, type FieldKey } from './th';

export type { FieldKey } from './th';
export type FieldT = Translate<MessageKey | FieldKey>;

/**
 * `useT()` that also knows the texts of the record screens of steps 3–7 and of the province's
 * market and event pages. Importing it loads them: they travel in those pages' chunks.
 */
export const useFieldT = definePart({ th: fieldTh, en: fieldEn });
