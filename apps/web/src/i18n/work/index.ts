import { definePart } from '../I18nProvider';
import { workEn } from './en';
import { workTh } from './th';

export type { WorkKey } from './th';

/** `useT()` that also knows issue 15's texts: the home's to-do, empty states, warnings, the Thai date input. */
export const useWorkT = definePart({ th: workTh, en: workEn });
