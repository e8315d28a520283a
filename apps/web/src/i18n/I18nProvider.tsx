import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '@ntag/shared';
import { th, type MessageKey } from './th';

const STORAGE_KEY = 'ntag.lang';
/**
 * Thai, the default, ships with every page. English is fetched the first time it is chosen
 * (or at start-up for a user who chose it before): most users never download it, and the
 * sign-in page stays small.
 */
const CATALOGUES: Partial<Record<Lang, Record<MessageKey, string>>> = { th };
/**
 * Catalogue parts that pages bring with them (definePart): their texts travel in the page's own
 * chunk, so the sign-in page, which loads this file, does not download them.
 */
const PARTS: Record<Lang, Record<string, string>> = { th: {}, en: {} };

let english: Promise<void> | null = null;
function loadCatalogue(lang: Lang): Promise<void> {
  if (CATALOGUES[lang]) return Promise.resolve();
  english ??= import('./en').then(
    (m) => {
      CATALOGUES.en = m.en;
    },
    (e: unknown) => {
      english = null; // offline: try again next time
      throw e;
    },
  );
  return english;
}

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
  const [wanted] = useState<Lang>(storedLang);
  const [lang, setLangState] = useState<Lang>(() => (CATALOGUES[wanted] ? wanted : 'th'));
  // A user who chose English waits for its catalogue (a few ms) rather than seeing Thai flash.
  const [ready, setReady] = useState(lang === wanted);
  useEffect(() => {
    if (ready) return;
    loadCatalogue(wanted)
      .then(() => setLangState(wanted), () => {})
      .finally(() => setReady(true));
  }, [ready, wanted]);
  const setLang = useCallback((next: Lang) => {
    loadCatalogue(next).then(
      () => {
        setLangState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not persisted; the choice still holds for this page.
        }
      },
      () => {}, // offline: the language stays as it is
    );
  }, []);
  // Screen readers and the browser's line breaking follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

export function useLang(): I18nState {
  return useContext(I18nContext);
}

export type Translate<K extends string = MessageKey> = (key: K, vars?: Record<string, string | number>) => string;

/** `t('area.today', { date })`: the message in the current language with `{date}` filled. */
export function useT(): Translate {
  const { lang } = useLang();
  return useCallback<Translate>(
    (key, vars) => {
      const text = CATALOGUES[lang]?.[key] ?? PARTS[lang][key] ?? th[key] ?? PARTS.th[key] ?? key;
      if (!vars) return text;
      return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
    },
    [lang],
  );
}

/**
 * Adds a part of the catalogue (Thai, and English with the same keys) and returns the `useT`
 * that knows its keys. Called at the top of the part's module, so that importing the hook is
 * what loads the texts: a page that uses `useStepsT()` cannot render before its texts exist.
 */
export function definePart<K extends string>(part: { th: Record<K, string>; en: Record<K, string> }): () => Translate<MessageKey | K> {
  Object.assign(PARTS.th, part.th);
  Object.assign(PARTS.en, part.en);
  return useT as () => Translate<MessageKey | K>;
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
