// The interface languages. Content (topics, quotes, names) stays in the language it was
// written in; only the interface around it follows the reader's choice.
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';
/** The reader's explicit choice, remembered for a year (set by /api/locale). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The first of our languages an Accept-Language header names, in the order the browser gave
 * (weights only reorder equal tags in practice; browsers list the preferred language first).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    const language = tag.split('-')[0];
    if (isLocale(language)) return language;
  }
  return null;
}

/** The interface language of a request: the reader's choice (cookie), then the browser's, then Chinese. */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
