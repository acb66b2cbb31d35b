import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setLanguageSource } from '../api/client';
import { formatDate, formatDateTime } from './dates';
import { messages, type Language, type MessageKey } from './messages';

/** Where the reader's choice of language is kept: a preference, never a credential. */
export const LANGUAGE_STORAGE_KEY = 'madoguchi.language';

type Vars = Record<string, string | number>;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** The message in the current language, with {name} placeholders filled. */
  t(key: MessageKey, vars?: Vars): string;
  /** The Japanese or English one of a pair the API sent; Japanese where the English is missing. */
  pick(ja: string | null | undefined, en: string | null | undefined): string;
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
}

const I18nContext = createContext<I18n | null>(null);

export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  const text: string = messages[key][language];
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
}

export function storedLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return stored === 'ja' || stored === 'en' ? stored : null;
  } catch {
    return null;
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(initial ?? storedLanguage() ?? 'ja');

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // a browser that keeps no storage still switches for this page
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    setLanguageSource(() => language);
  }, [language]);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, vars) => translate(language, key, vars),
      pick: (ja, en) => (language === 'en' && en ? en : (ja ?? en ?? '')),
      date: (value) => formatDate(value, language),
      dateTime: (value) => formatDateTime(value, language),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n outside I18nProvider');
  }
  return context;
}
