import { definePart, type Translate } from '../I18nProvider';
import type { MessageKey } from '../th';
import { marketEn } from './en';
import { marketTh, type MarketKey } from './th';

export type { MarketKey } from './th';
export type MarketT = Translate<MessageKey | MarketKey>;

/** `useT()` that also knows the texts of the market screen and the dashboard's enquiry section. */
export const useMarketT = definePart({ th: marketTh, en: marketEn });
