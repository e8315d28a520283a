import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '@ntag/shared';
import { en } from './en';
import { th, type MessageKey } from './th';

const STORAGE_KEY = 'ntag.lang';
const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { th, en };

interface I18nState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nState>({ lang: 'th', setLang: () => {} });

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th'; // storage blocked (private mode): Thai, the default
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this page.
    }
  }, []);
  // Screen readers and the browser's line breaking follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLang(): I18nState {
  return useContext(I18nContext);
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** `t('area.today', { date })`: the message in the current language with `{date}` filled. */
export function useT(): Translate {
  const { lang } = useLang();
  return useCallback<Translate>(
    (key, vars) => {
      const text = CATALOGUES[lang][key] ?? th[key] ?? key;
      if (!vars) return text;
      return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
    },
    [lang],
  );
}

/** A record's name in the current language (records carry nameTh and an optional nameEn). */
export function useNameOf(): (r: { nameTh: string; nameEn?: string | null }) => string {
  const { lang } = useLang();
  return useCallback((r) => (lang === 'en' && r.nameEn ? r.nameEn : r.nameTh), [lang]);
}

/** Numbers with thousands separators ("4,009"): Arabic digits, as Thai offices write them. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}
