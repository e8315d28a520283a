import { createContext, useContext } from 'react';
import type { Lang } from '@ntag/shared';
import { offlineTh, type OfflineKey } from '../i18n/offline/th';
import { workTh, type WorkKey } from '../i18n/work/th';

/**
 * The field entry's texts: only the offline catalogue (i18n/offline) and the Thai date input's
 * lines (i18n/work), not the main app's whole catalogue. Thai ships with the entry; English is
 * fetched (texts.en.ts) only for a user who chose it in the main app (`ntag.lang`, the same key
 * as I18nProvider).
 */
export type FieldKey = OfflineKey | WorkKey;
export type Catalogue = Record<FieldKey, string>;
export type FieldT = (key: FieldKey, vars?: Record<string, string | number>) => string;

const TH: Catalogue = { ...workTh, ...offlineTh };

export function storedLang(): Lang {
  try {
    return localStorage.getItem('ntag.lang') === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

/** The catalogue for a language: English comes in its own chunk (and falls back to Thai offline if never fetched). */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  if (lang === 'th') return TH;
  try {
    return (await import('./texts.en')).EN;
  } catch {
    return TH;
  }
}

/** `{n}`-style placeholders filled in, as the main app's translate does. */
export function translator(cat: Catalogue): FieldT {
  return (key, vars) => {
    const text = cat[key] ?? TH[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : String(vars[k]))) : text;
  };
}

export const I18n = createContext<{ t: FieldT; lang: Lang }>({ t: translator(TH), lang: 'th' });

export function useFieldT(): FieldT {
  return useContext(I18n).t;
}

export function useFieldLang(): Lang {
  return useContext(I18n).lang;
}
