import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { planEn } from './en';
import { planTh, type PlanKey } from './th';

export type { PlanKey } from './th';
export type PlanT = Translate<MessageKey | PlanKey>;

/** `useT()` that also knows issue 13's texts (targets, coverage, selection results, visits, training, partners, reminders). */
export const usePlanT = definePart({ th: planTh, en: planEn });
