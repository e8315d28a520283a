import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { stepsEn } from './en';
import { stepsTh, type StepsKey } from './th';

export type { StepsKey } from './th';
export type StepsT = Translate<MessageKey | StepsKey>;

/**
 * `useT()` that also knows the texts of steps 1–2. Importing it loads them: they are bundled
 * with the selection, group and plan pages, not with the sign-in page.
 */
export const useStepsT = definePart({ th: stepsTh, en: stepsEn });
