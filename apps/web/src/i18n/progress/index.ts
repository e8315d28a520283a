import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { progressEn } from './en';
import { progressTh, type ProgressKey } from './th';

export type { ProgressKey } from './th';
export type ProgressT = Translate<MessageKey | ProgressKey>;

/**
 * `useT()` that also knows the texts of the progress (stepper, progress table, timeline, the
 * links between a group's screens). Importing it loads them, with those pages only.
 */
export const useProgressT = definePart({ th: progressTh, en: progressEn });
